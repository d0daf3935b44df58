/**
 * Plans turned into the shapes a batched writer wants: whole 2-D arrays and a few rectangles per
 * style, so the Office.js shell writes a sheet in a handful of calls instead of one per cell.
 */
import { excelSerial } from "../domain/years";
import { rangeAddress } from "./a1";
import type { PlainValue, PlannedCell, SheetPlan } from "./plan";
import type { CellStyle } from "./styles";

/** Days since 1899-12-30: the number Excel stores for a date (defined in the domain's calendar). */
export { excelSerial };

/** Text that Excel would read as a formula (or a formula-like entry) is written with a leading apostrophe. */
export function asTextEntry(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}

/** What `range.formulas` gets for a cell: a formula, or a constant typed as the user would see it. */
export function entryOf(c: PlannedCell | null): string | number | boolean {
  if (!c) return "";
  if (c.formula !== undefined) return c.formula;
  if (c.error !== undefined) return `=${c.error === "#N/A" ? "NA()" : c.error}`;
  return constantEntry(c.value);
}

export function constantEntry(v: PlainValue | undefined): string | number | boolean {
  if (v === undefined) return "";
  if (v instanceof Date) return excelSerial(v);
  if (typeof v === "string") return asTextEntry(v);
  return v;
}

/** The sheet's rectangle as `range.formulas`, and its number formats. */
export function sheetGrid(plan: SheetPlan): {
  entries: (string | number | boolean)[][];
  numberFormats: string[][];
  rows: number;
  cols: number;
} {
  const rows = plan.cells.length;
  const cols = plan.widths.length;
  const entries = plan.cells.map((line) => Array.from({ length: cols }, (_, c) => entryOf(line[c] ?? null)));
  const numberFormats = plan.cells.map((line) =>
    Array.from({ length: cols }, (_, c) => line[c]?.numberFormat ?? "General"),
  );
  return { entries, numberFormats, rows, cols };
}

/** The same rectangle with formulas left blank: what can be written before the tables exist. */
export function constantGrid(plan: SheetPlan): (string | number | boolean)[][] {
  return sheetGrid(plan).entries.map((line, r) =>
    line.map((e, c) => (plan.cells[r]?.[c]?.formula !== undefined ? "" : e)),
  );
}

/** Cells of one style as few rectangles: runs down each column, joined across equal neighbours. */
export function styleRectangles(plan: SheetPlan): { range: string; style: CellStyle }[] {
  type Run = { r1: number; r2: number; c1: number; c2: number; style: CellStyle };
  const runs: Run[] = [];
  const cols = plan.widths.length;
  for (let c = 0; c < cols; c++) {
    let open: Run | undefined;
    for (let r = 0; r <= plan.cells.length; r++) {
      const style = plan.cells[r]?.[c]?.style;
      if (open && style === open.style && r === open.r2 + 1) {
        open.r2 = r;
        continue;
      }
      if (open) runs.push(open);
      open = style ? { r1: r, r2: r, c1: c, c2: c, style } : undefined;
    }
  }
  // Join a run with the one in the next column when rows and style match.
  const joined: Run[] = [];
  for (const run of runs.sort((a, b) => a.r1 - b.r1 || a.r2 - b.r2 || a.c1 - b.c1)) {
    const last = joined[joined.length - 1];
    if (last && last.style === run.style && last.r1 === run.r1 && last.r2 === run.r2 && last.c2 + 1 === run.c1)
      last.c2 = run.c2;
    else joined.push({ ...run });
  }
  return joined.map((r) => ({ range: rangeAddress(r.r1, r.c1, r.r2, r.c2), style: r.style }));
}

/** Column width in points from a width in characters (Excel's default font: about 7 px a character). */
export const widthPoints = (chars: number): number => Math.round(chars * 7 * 0.75 * 100) / 100 + 3.75;
