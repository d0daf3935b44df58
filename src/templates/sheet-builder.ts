/** The mutable grid a sheet is laid out on, then frozen into a `SheetPlan`. */
import type { Lang } from "../domain/vocabulary";
import { rangeAddress } from "./a1";
import { SHEET_NAMES, referencesIn } from "./contract-names";
import { VALUE_KIND_RULES, listSource } from "./data-validation";
import type {
  ChartPlan,
  ConditionalFormatPlan,
  DataValidationRule,
  Fill,
  PlainValue,
  PlannedCell,
  SheetKey,
  SheetPlan,
  TablePlan,
} from "./sheet-plan";
import { FLAG_FORMAT, NUMBER_FORMATS, TABLE_STYLE, type CellStyle, type NumberFormatKey } from "./styles";
import { Refs, TABLES, type TableKey } from "./tables";

/** Mutable grid used while a sheet is laid out. */
export class SheetBuilder {
  readonly cells: (PlannedCell | null)[][] = [];
  readonly widths: number[] = [];
  readonly tables: TablePlan[] = [];
  readonly names: { name: string; range: string }[] = [];
  readonly dataValidations: { range: string; rule: DataValidationRule }[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly needs = new Set<string>();
  readonly provides = new Set<string>();
  readonly heights = new Map<number, number>();

  constructor(readonly lang: Lang) {}

  set(row: number, col: number, cell: Omit<PlannedCell, "numberFormat"> & { format?: NumberFormatKey }): void {
    while (this.cells.length <= row) this.cells.push([]);
    const line = this.cells[row]!;
    while (line.length <= col) line.push(null);
    const { format, ...rest } = cell;
    line[col] = {
      ...rest,
      numberFormat: format === "flag" ? FLAG_FORMAT[this.lang] : NUMBER_FORMATS[format ?? "general"],
    };
    if (cell.style === "title") this.heights.set(row, 24);
    if (cell.formula) for (const ref of referencesIn(cell.formula)) this.needs.add(ref);
  }

  text(row: number, col: number, value: string, style: CellStyle): void {
    this.set(row, col, { value, style });
  }

  /** Makes a row tall enough for `text` wrapped in a column `chars` wide (15 pt a line). */
  fitRow(row: number, text: string, chars: number, perChar = 1.2): void {
    // A column `chars` wide holds about 1.2 × chars characters of proportional text (1.0 in bold).
    const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (chars * perChar))), 0);
    if (lines > 1) this.heights.set(row, Math.max(this.heights.get(row) ?? 0, Math.min(lines, 12) * 15));
  }

  width(col: number, chars: number): void {
    while (this.widths.length <= col) this.widths.push(10);
    this.widths[col] = chars;
  }

  name(name: string, row: number, col: number, row2 = row, col2 = col): void {
    this.names.push({ name, range: rangeAddress(row, col, row2, col2) });
    this.provides.add(name);
  }

  /** An Excel table at (top, left): header row, then the fill's rows and at least the blank rows. */
  table(key: TableKey, top: number, left: number, fill: Fill, minRows?: number): { firstRow: number; lastRow: number } {
    const def = TABLES[key];
    const refs = new Refs(this.lang);
    const data = fill.rows[key] ?? [];
    const count = Math.max(minRows ?? def.blankRows, data.length + (data.length > 0 ? (def.spareRows ?? 2) : 0));
    def.columns.forEach((col, i) => {
      this.set(top, left + i, { value: col.header[this.lang], style: "header" });
      this.fitRow(top, col.header[this.lang], col.width, 1.0);
      this.width(left + i, col.width);
      for (let r = 0; r < count; r++) {
        const row = top + 1 + r;
        if (col.formula) this.set(row, left + i, { formula: col.formula(refs), style: "formula", format: col.format });
        else {
          const value = data[r]?.[col.key];
          this.set(row, left + i, { ...plainCell(value), style: "input", format: col.format });
          if (typeof value === "string") this.fitRow(row, value, col.width);
        }
      }
      const body = rangeAddress(top + 1, left + i, top + count, left + i);
      if (col.list) {
        this.dataValidations.push({ range: body, rule: { type: "list", source: listSource(col.list, this.lang) } });
        if (col.list === "partyName") this.needs.add(TABLES.parties.name);
      } else if (col.valueKind) this.dataValidations.push({ range: body, rule: VALUE_KIND_RULES[col.valueKind] });
    });
    this.tables.push({
      key,
      name: def.name,
      range: rangeAddress(top, left, top + count, left + def.columns.length - 1),
      headers: def.columns.map((c) => c.header[this.lang]),
      style: TABLE_STYLE,
    });
    this.provides.add(def.name);
    return { firstRow: top + 1, lastRow: top + count };
  }

  build(
    key: SheetKey,
    extra: { freezeRows?: number; chart?: ChartPlan; tabColor?: string; name?: string } = {},
  ): SheetPlan {
    const cols = Math.max(this.widths.length, ...this.cells.map((r) => r.length));
    const cells = this.cells.map((r) => [...r, ...new Array<PlannedCell | null>(cols - r.length).fill(null)]);
    for (const p of this.provides) this.needs.delete(p);
    return {
      key,
      name: extra.name ?? SHEET_NAMES[key][this.lang],
      tabColor: extra.tabColor ?? "#005A9E",
      widths: [...this.widths, ...new Array<number>(Math.max(0, cols - this.widths.length)).fill(10)],
      cells,
      tables: this.tables,
      names: this.names,
      dataValidations: this.dataValidations,
      conditionalFormats: this.conditionalFormats,
      freezeRows: extra.freezeRows ?? 0,
      heights: [...this.heights].sort((a, b) => a[0] - b[0]).map(([row, points]) => ({ row, points })),
      ...(extra.chart ? { chart: extra.chart } : {}),
      needs: [...this.needs].sort(),
      provides: [...this.provides].sort(),
    };
  }
}

export function plainCell(v: PlainValue | { error: string } | null | undefined): Pick<PlannedCell, "value" | "error"> {
  if (v === null || v === undefined) return {};
  if (typeof v === "object" && !(v instanceof Date)) return { error: v.error };
  return { value: v };
}
