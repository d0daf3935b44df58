/** The workbook behind the double: its sheets, tables, defined names, settings, selection and change handlers. */
import { parseRange, rangeAddress } from "../../src/templates/a1";
import { OfficeErrorDouble } from "./errors";
import { fireChanged, type ChangeHandler } from "./events";
import { checkSheetName } from "./excel-rules";
import { SheetState, writeEntry } from "./sheet";
import { addRows } from "./tables";

export interface TableState {
  name: string;
  sheet: SheetState;
  range: string;
  style: string;
  headers: string[];
}
/** A defined name; `error` once its cells are gone (a deleted sheet leaves `=#REF!`, as in Excel). */
export interface NameState {
  name: string;
  sheet: SheetState;
  range: string;
  error?: string;
}

/** The workbook behind the double: inspect it in tests, or seed it with a user's sheets. */
export class WorkbookState {
  readonly settings = new Map<string, unknown>();
  /** Who hears a user's edit (`type()`, `addTableRow()`): the fake host, which sends Excel's change message on. */
  readonly changeHandlers = new Set<ChangeHandler>();
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  selection?: { sheet: string; range: string };
  activeSheet?: string;

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  }
  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw new OfficeErrorDouble("ItemAlreadyExists", `A worksheet named ${name} already exists.`);
    checkSheetName(name);
    const s = new SheetState(name);
    this.sheets.push(s);
    return s;
  }
  /**
   * A user adds a row at the end of a table (Tab in its last cell, or typing below it): calculated columns
   * fill in their formula where `values` leaves the cell empty.
   */
  addTableRow(tableName: string, values: unknown[]): void {
    const t = this.tables.find((x) => x.name === tableName);
    if (!t) throw new OfficeErrorDouble("ItemNotFound", `There is no table ${tableName}.`);
    addRows(this, t, null, [values]);
    const { r2, c1 } = parseRange(t.range);
    fireChanged(this.changeHandlers, t.sheet.id, rangeAddress(r2, c1, r2, c1 + values.length - 1));
  }
  /** A user's typing: `=…` becomes a formula, other text and numbers constants. */
  type(sheetName: string, address: string, value: string | number | boolean): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { r1: row, c1: col } = parseRange(address);
    writeEntry(sheet.ensure(row, col), value, "values");
    fireChanged(this.changeHandlers, sheet.id, address);
  }
}

/** Tables and defined names share one namespace (case-insensitive); `except` is a table being renamed. */
export function nameInUse(state: WorkbookState, name: string, except?: TableState): boolean {
  const same = (other: string): boolean => other.toLowerCase() === name.toLowerCase();
  return state.tables.some((t) => t !== except && same(t.name)) || state.names.some((n) => same(n.name));
}
