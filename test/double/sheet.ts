/**
 * A worksheet's contents behind the double: the cell grid (values, formulas, number formats, formats) and
 * what else the shell puts on a sheet (validations, conditional formats, charts, sizes, frozen rows).
 */
import { OfficeErrorDouble } from "./errors";
import { checkFormula } from "./excel-rules";

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontName?: string;
  wrap?: boolean;
  valign?: string;
}
export interface CellState {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}
export type RuleDouble = Record<string, unknown>;

/** A conditional format; `id` as Excel gives one to each (the host finds it by it). */
export interface ConditionalFormatState {
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  type?: string;
  id?: string;
}

export interface SeriesState {
  name: string;
  values?: string;
  xValues?: string;
  chartType?: string;
}
export interface ChartState {
  type: string;
  title: string;
  from?: string;
  to?: string;
  series: SeriesState[];
}

export class SheetState {
  readonly cells = new Map<string, CellState>();
  readonly dataValidations: { range: string; rule: RuleDouble }[] = [];
  /** `type` absent: Custom (the add-in's kind); a user's data bar or colour scale is seeded with its type. */
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  tabColor = "";
  /** A worksheet's id, as Excel's (a GUID in braces): stable when the sheet is renamed. */
  readonly id: string;
  private static made = 0;
  constructor(public name: string) {
    SheetState.made += 1;
    this.id = `{00000000-0001-0000-0000-${String(SheetState.made).padStart(12, "0")}}`;
  }

  cell(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }
  ensure(r: number, c: number): CellState {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", numberFormat: "General", format: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }
  /** Used range: the smallest rectangle holding every non-empty cell. */
  used(): { rows: number; cols: number } {
    let rows = 0,
      cols = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }
}

/**
 * Writes one entry of `values` or `formulas`: a string starting with "=" becomes a formula, a leading
 * apostrophe keeps text as text, numeric text becomes a number unless the cell is formatted as text ("@").
 */
export function writeEntry(cell: CellState, v: unknown, as: "values" | "formulas"): void {
  if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
    checkFormula(v);
    cell.formula = v;
    cell.value = "";
    return;
  }
  delete cell.formula;
  if (typeof v === "string" && v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  if (typeof v === "string" && cell.numberFormat !== "@" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) {
    cell.value = Number(v);
    return;
  }
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") {
    cell.value = v;
    return;
  }
  if (v === null || v === undefined) return; // null leaves the cell as it is, as Office.js does
  throw new OfficeErrorDouble("InvalidArgument", `Cannot write ${JSON.stringify(v)} (${as}).`);
}

/** The double does not calculate, except a formula that is an error literal (`=#REF!`), as Excel shows it. */
export function formulaValue(formula: string): string {
  if (/^=NA\(\)$/i.test(formula)) return "#N/A";
  return /^=#[A-Z0-9/]+[!?]?$/i.test(formula) ? formula.slice(1) : "";
}
