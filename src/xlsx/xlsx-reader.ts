/**
 * The .xlsx twin of src/excel/read.ts: fetches the contract's tables and named cells from a file
 * as plain grids for the shared parser (templates/read.ts). Values are the cells' own: for a formula
 * cell its cached result (`cell.model.result`: `cell.value` drops a result of 0).
 */
import ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../templates/a1";
import { CONTRACT_NAMES, CONTRACT_TABLES, type GridRange, type WorkbookGrids } from "../templates/grid-parser";

const plainText = (v: ExcelJS.CellRichTextValue): string => v.richText.map((t) => t.text).join("");

/** A cell's value as a reader of the workbook sees it. */
export function plainValue(cell: ExcelJS.Cell): unknown {
  const model = cell.model as { formula?: string; sharedFormula?: string; result?: unknown; value?: unknown };
  const v = cell.value;
  if (
    model.formula !== undefined ||
    model.sharedFormula !== undefined ||
    (v !== null && typeof v === "object" && "formula" in v)
  ) {
    return model.result ?? "";
  }
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return plainText(v);
    if ("text" in v) {
      // A hyperlink. Read from a file, its text is rich text when the link text is formatted, or
      // missing, whatever ExcelJS's types say.
      const text = v.text as string | ExcelJS.CellRichTextValue | undefined;
      if (typeof text === "string") return text;
      return text && "richText" in text ? plainText(text) : "";
    }
    if ("error" in v) return { error: v.error };
    return v.result ?? ""; // a shared formula (its model said so above): its cached result
  }
  return v;
}

function gridOf(ws: ExcelJS.Worksheet, range: string): GridRange {
  const { r1, c1, r2, c2 } = parseRange(range);
  const values: unknown[][] = [];
  for (let r = r1; r <= r2; r++) {
    const line: unknown[] = [];
    for (let c = c1; c <= c2; c++) line.push(plainValue(ws.getCell(r + 1, c + 1)));
    values.push(line);
  }
  return { sheet: ws.name, address: rangeAddress(r1, c1, r2, c2), values };
}

/** Tables and names of the contract, read from a loaded workbook. */
export function gridsFromWorkbook(wb: ExcelJS.Workbook): WorkbookGrids {
  const tables: Record<string, GridRange> = {};
  const wanted = new Set(CONTRACT_TABLES.map((t) => t.toLowerCase()));
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef?: string; ref?: string } }[]) {
      const ref = t.table.tableRef ?? t.table.ref;
      const name = CONTRACT_TABLES.find((n) => n.toLowerCase() === t.table.name.toLowerCase());
      if (ref && name && wanted.has(name.toLowerCase())) tables[name] = gridOf(ws, ref);
    }
  }
  const names: Record<string, GridRange | { error: string }> = {};
  for (const d of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const name = CONTRACT_NAMES.find((n) => n.toLowerCase() === d.name.toLowerCase());
    if (!name) continue;
    const ref = d.ranges[0];
    const m = ref ? /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref) : null;
    const ws = m ? wb.getWorksheet(m[1]!.replace(/''/g, "'")) : undefined;
    if (!m || !ws) {
      names[name] = { error: "#REF!" };
      continue;
    }
    names[name] = gridOf(ws, `${m[2]}${m[3]}`);
  }
  return { tables, names };
}
