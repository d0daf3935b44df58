/**
 * Tables: `workbook.tables` and `worksheet.tables` (add, look up, list), and a table's name, style, range and
 * rows (`rows.add`).
 */
import { checkName } from "./excel-rules";
import { parseRange, rangeAddress } from "../../src/templates/a1";
import { splitSheetRange } from "./addresses";
import { ClientObjectDouble } from "./client-object";
import type { ContextDouble } from "./context";
import { itemNotFound, missingSheet, OfficeErrorDouble } from "./errors";
import { RangeDouble } from "./range";
import { writeEntry, type SheetState } from "./sheet";
import { nameInUse, type TableState, type WorkbookState } from "./workbook-state";

export class TableCollectionDouble extends ClientObjectDouble<{ items: { name: string }[] }> {
  constructor(
    ctx: ContextDouble,
    private readonly sheet: () => SheetState | undefined,
  ) {
    super(ctx);
  }
  protected read() {
    const s = this.sheet();
    return { items: this.ctx.state.tables.filter((t) => !s || t.sheet === s).map((t) => ({ name: t.name })) };
  }
  get items(): { name: string }[] {
    return this.get("items");
  }
  add(address: string, hasHeaders: boolean): TableDouble {
    const table: { state?: TableState } = {};
    this.ctx.enqueue(
      () => {
        const [sheetPart, rangePart] = splitSheetRange(address);
        const sheet = sheetPart
          ? (this.ctx.state.sheet(sheetPart) ?? missingSheet(sheetPart))
          : (this.sheet() ?? missingSheet("(none)"));
        table.state = createTable(this.ctx.state, sheet, rangePart, hasHeaders);
      },
      { addTable: address },
    );
    return new TableDouble(this.ctx, () => table.state ?? itemNotFound("Table not created."));
  }
  getItem(name: string): TableDouble {
    return new TableDouble(this.ctx, () => this.find(name));
  }
  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(this.ctx, () => this.find(name), true);
  }
  private find(name: string): TableState {
    return (
      this.ctx.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ??
      itemNotFound(`Table ${name} not found.`)
    );
  }
}

/**
 * Adds a table over `range` of `sheet`, named `TableN` (the first N free), with the first row's texts as
 * headers or `Column1…`; InvalidArgument if it overlaps another table.
 */
function createTable(state: WorkbookState, sheet: SheetState, range: string, hasHeaders: boolean): TableState {
  const b = parseRange(range);
  for (const t of state.tables) {
    if (t.sheet !== sheet) continue;
    const o = parseRange(t.range);
    if (b.r1 <= o.r2 && o.r1 <= b.r2 && b.c1 <= o.c2 && o.c1 <= b.c2)
      throw new OfficeErrorDouble("InvalidArgument", `A table can't overlap another table (${t.name}).`);
  }
  const headers: string[] = [];
  for (let c = b.c1; c <= b.c2; c++)
    headers.push(hasHeaders ? String(sheet.cell(b.r1, c)?.value ?? `Column${c - b.c1 + 1}`) : `Column${c - b.c1 + 1}`);
  let n = state.tables.length + 1;
  while (state.tables.some((t) => t.name === `Table${n}`)) n++;
  const table = {
    name: `Table${n}`,
    sheet,
    range: rangeAddress(b.r1, b.c1, b.r2, b.c2),
    style: "TableStyleMedium2",
    headers,
  };
  state.tables.push(table);
  return table;
}

export class TableDouble extends ClientObjectDouble<{
  name: string;
  style: string;
  isNullObject: boolean;
  showTotals: boolean;
}> {
  /** `table.rows` (ExcelApi 1.1): only `add`. */
  readonly rows: { add: (index?: number | null, values?: unknown[][]) => void };
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => TableState,
    private readonly nullable = false,
  ) {
    super(ctx);
    if (nullable) this.load("isNullObject");
    this.rows = {
      add: (index, values = [[]]) =>
        ctx.enqueue(() => addRows(this.ctx.state, this.resolve(), index ?? null, values), { addRows: values }),
    };
  }
  protected read() {
    try {
      const t = this.resolve();
      return { name: t.name, style: t.style, isNullObject: false, showTotals: false };
    } catch (e) {
      if (this.nullable && e instanceof OfficeErrorDouble && e.code === "ItemNotFound")
        return { name: "", style: "", isNullObject: true, showTotals: false };
      throw e;
    }
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  /** The double has no Total row (Excel: Table Design → Total Row). */
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  /** The table's whole range, header included. Called on a null object it gives a null object (Office.js). */
  getRange(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.resolve().sheet,
      () => this.resolve().range,
      this.nullable,
    );
  }
  /** The header row of the table's range. */
  getHeaderRowRange(): RangeDouble {
    return new RangeDouble(
      this.ctx,
      () => this.resolve().sheet,
      () => {
        const b = parseRange(this.resolve().range);
        return rangeAddress(b.r1, b.c1, b.r1, b.c2);
      },
      this.nullable,
    );
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.ctx.enqueue(
      () => {
        const t = this.resolve();
        checkName(v, "table");
        if (nameInUse(this.ctx.state, v, t))
          throw new OfficeErrorDouble("InvalidArgument", `The name ${v} is already used by a table or a name.`);
        t.name = v;
      },
      { tableName: v },
    );
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.ctx.enqueue(
      () => {
        this.resolve().style = v;
      },
      { tableStyle: v },
    );
  }
}

/**
 * `table.rows.add(index, values)` as Excel does it: the rows go in at `index` of the data body (null: at the
 * end), the cells below them in the table's columns move down, the table grows, and the new cells take the
 * number format and format of the data row above (below, at index 0). Each row of `values` must be as wide
 * as the table (InvalidArgument). A calculated column (every data row holds the same formula) fills its
 * formula into a new row whose value there is empty, as Excel does.
 * The double moves no other table, name or rule: a table below in the same columns is InvalidArgument.
 */
export function addRows(state: WorkbookState, t: TableState, index: number | null, values: unknown[][]): void {
  const b = parseRange(t.range);
  const width = b.c2 - b.c1 + 1;
  const calculated = calculatedFormulas(t);
  if (values.length === 0 || values.some((v) => !Array.isArray(v) || v.length !== width))
    throw new OfficeErrorDouble("InvalidArgument", "The values do not match the table's columns.");
  const body = b.r2 - b.r1;
  if (index !== null && (index < 0 || index > body))
    throw new OfficeErrorDouble("InvalidArgument", `Row index ${index} is outside the table.`);
  const at = b.r1 + 1 + (index ?? body);
  const n = values.length;
  const sheet = t.sheet;
  for (const other of state.tables) {
    const o = parseRange(other.range);
    if (other !== t && other.sheet === sheet && o.r1 > b.r2 && o.c1 <= b.c2 && b.c1 <= o.c2)
      throw new OfficeErrorDouble("InvalidArgument", `The double does not move the table ${other.name} below.`);
  }
  const moved = [...sheet.cells.entries()]
    .map(([key, cell]) => ({ rc: key.split(",").map(Number) as [number, number], cell }))
    .filter(({ rc: [r, c] }) => r >= at && c >= b.c1 && c <= b.c2)
    .sort((x, y) => y.rc[0] - x.rc[0]);
  for (const { rc } of moved) sheet.cells.delete(`${rc[0]},${rc[1]}`);
  for (const { rc, cell } of moved) sheet.cells.set(`${rc[0] + n},${rc[1]}`, cell);
  const like = index === 0 ? at + n : at - 1; // the data row the new ones look like
  values.forEach((line, i) =>
    line.forEach((v, j) => {
      const cell = sheet.ensure(at + i, b.c1 + j);
      const source = sheet.cell(like, b.c1 + j);
      cell.numberFormat = source?.numberFormat ?? "General";
      cell.format = { ...source?.format };
      const formula = calculated[j];
      writeEntry(cell, formula !== undefined && (v === null || v === undefined || v === "") ? formula : v, "values");
    }),
  );
  t.range = rangeAddress(b.r1, b.c1, b.r2 + n, b.c2);
}

/** Per column of the table, its formula when every data row holds the same one (a calculated column). */
function calculatedFormulas(t: TableState): (string | undefined)[] {
  const b = parseRange(t.range);
  const out: (string | undefined)[] = [];
  for (let c = b.c1; c <= b.c2; c++) {
    const formulas = new Set<string | undefined>();
    for (let r = b.r1 + 1; r <= b.r2; r++) formulas.add(t.sheet.cell(r, c)?.formula);
    const [f] = [...formulas];
    out.push(formulas.size === 1 && f !== undefined && b.r2 > b.r1 ? f : undefined);
  }
  return out;
}
