/**
 * The one parser both readers share: plain 2-D grids of a workbook's tables and named cells in,
 * the engine's application model out, with the cell address of every field. The Office.js reader
 * (src/excel/read.ts) and the .xlsx reader (src/xlsx/read.ts) only fetch grids; everything about
 * what the grids mean lives here, so the task pane and `sif` cannot disagree.
 *
 * It copes with what users do: tables moved or grown (found by name, wherever they are), blank
 * rows, extra or reordered columns (found by header, Swedish or English), a renamed sheet (tables
 * and names do not care), a deleted sheet or renamed table (a finding naming what is missing),
 * error values (`#REF!`) — never a throw, never a silent wrong number.
 */
import type { FindingId } from "../domain/catalogue";
import type { FindingDraft } from "../domain/findings";
import { emptyApplication, type Application, type FieldRef, type RawValue } from "../domain/model";
import { cellAddress, parseRange, sheetAddress } from "./a1";
import { APPLICATION_FORM, CONTRACT_VERSION, SETTINGS_FORM, VERSION_NAME } from "./plan";
import { TABLES, type TableDef, type TableKey } from "./tables";

/** A rectangle of cell values with its place: `address` is A1 on `sheet` (top-left first). */
export interface GridRange {
  readonly sheet: string;
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

/** What a reader hands over: every contract table and named cell it found (missing = undefined). */
export interface WorkbookGrids {
  readonly tables: Readonly<Partial<Record<string, GridRange>>>;
  /** Named cells; `{ error }` when the name exists but no longer refers to cells (`#REF!`). */
  readonly names: Readonly<Partial<Record<string, GridRange | { readonly error: string }>>>;
}

export interface ParsedWorkbook {
  readonly application: Application;
  /** Field → "Sheet!A1" (tables and whole lists → their range). */
  readonly cells: ReadonlyMap<FieldRef, string>;
  /** What is wrong with the workbook's structure, under the ID of the item it hides. */
  readonly findings: readonly FindingDraft[];
  readonly version?: string;
}

/** Which checklist item or rule a missing table or name would hide. */
const TABLE_ID: Readonly<Record<TableKey, FindingId>> = {
  parties: "C04",
  endorsements: "R03",
  costs: "C10",
  coFinancing: "C19",
  savings: "C17",
  effects: "C11",
  repayments: "C18",
  frames: "R16",
};

/** Where each table's rows go in the model, and the field path prefix of its rows. */
const TABLE_PATH: Readonly<Record<TableKey, string>> = {
  parties: "parties",
  endorsements: "endorsements",
  costs: "costs",
  coFinancing: "coFinancing",
  savings: "savings",
  effects: "effects",
  repayments: "repayments",
  frames: "settings.annualFrames",
};

const ERROR_TEXT =
  /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** A cell value as the engine takes it: "" is blank, "#REF!" an error value. */
export function rawValue(v: unknown): RawValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return ERROR_TEXT.test(v.trim()) ? { error: v.trim() } : v;
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object" && "error" in v && typeof v.error === "string") return { error: v.error };
  return cellText(v);
}

/** Any other cell content as text: numbers and booleans as written, anything unknown as nothing. */
function cellText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return "";
}

/** Headers match ignoring case and any white space around or doubled inside. */
const norm = (s: unknown): string => cellText(s).trim().toLowerCase().replace(/\s+/g, " ");

/** What the parser builds up while it reads: the application, where each field is, what is wrong. */
interface ParseState {
  readonly app: Application;
  readonly cells: Map<FieldRef, string>;
  readonly findings: FindingDraft[];
}

const problem = (st: ParseState, id: FindingId, sv: string, en: string, refs: FieldRef[]): void => {
  st.findings.push({ id, message: { sv, en }, refs });
};

/** Named cells of the application form and the settings. */
function readNamedCells(grids: WorkbookGrids, st: ParseState): void {
  const fields = [
    ...APPLICATION_FORM.flatMap((s) =>
      s.fields.map((f) => ({ name: f.name, path: f.field, id: f.id as FindingId, label: f.label })),
    ),
    ...SETTINGS_FORM.map((f) => ({ name: f.name, path: f.field, id: "R17" as const, label: f.label })),
  ];
  for (const f of fields) {
    const grid = grids.names[f.name];
    const [group, key] = f.path.split(".") as [string, string];
    if (grid === undefined) {
      // Settings may be left out (defaults apply); form fields are reported by their own check as missing.
      if (f.id !== "R17")
        problem(
          st,
          f.id,
          `Namnet ${f.name} (${f.label.sv}) saknas i arbetsboken; cellen kan ha raderats.`,
          `The name ${f.name} (${f.label.en}) is missing from the workbook; its cell may have been deleted.`,
          [f.path],
        );
      continue;
    }
    if ("error" in grid) {
      const sv = `Namnet ${f.name} pekar inte längre på någon cell (${grid.error}).`;
      problem(st, f.id, sv, `The name ${f.name} no longer refers to a cell (${grid.error}).`, [f.path]);
      continue;
    }
    const top = parseRange(grid.address);
    st.cells.set(f.path, sheetAddress(grid.sheet, cellAddress(top.r1, top.c1)));
    (st.app as unknown as Record<string, Record<string, RawValue>>)[group]![key] = rawValue(grid.values[0]?.[0]);
  }
}

/** Where each column of a table is, found by header in either language; a missing input column is a finding. */
function findColumns(def: TableDef, grid: GridRange, st: ParseState): Map<string, number> {
  const header = (grid.values[0] ?? []).map(norm);
  const columns = new Map<string, number>();
  for (const col of def.columns) {
    const at = header.findIndex((h) => h === norm(col.header.sv) || h === norm(col.header.en));
    if (at >= 0) columns.set(col.key, at);
    else if (!col.formula)
      problem(
        st,
        TABLE_ID[def.key],
        `Kolumnen ${col.header.sv} saknas i tabellen ${def.name}; dess värden kan inte läsas.`,
        `The column ${col.header.en} is missing from the table ${def.name}; its values cannot be read.`,
        [TABLE_PATH[def.key]],
      );
  }
  return columns;
}

/** One table: header row first, then its rows as raw values with their cell addresses. */
function readTable(def: TableDef, grid: GridRange | undefined, st: ParseState): void {
  const path = TABLE_PATH[def.key];
  if (grid === undefined) {
    problem(
      st,
      TABLE_ID[def.key],
      `Tabellen ${def.name} saknas i arbetsboken (bladet kan ha raderats eller tabellen bytt namn).`,
      `The table ${def.name} is missing from the workbook (its sheet may have been deleted or the table renamed).`,
      [path],
    );
    return;
  }
  const box = parseRange(grid.address);
  st.cells.set(path, sheetAddress(grid.sheet, grid.address.replace(/^.*!/, "")));
  const columns = findColumns(def, grid, st);
  const rows: Record<string, RawValue>[] = [];
  for (let r = 1; r < grid.values.length; r++) {
    const line = grid.values[r] ?? [];
    const row: Record<string, RawValue> = {};
    for (const col of def.columns.filter((c) => !c.formula)) {
      const at = columns.get(col.key);
      row[col.key] = at === undefined ? null : rawValue(line[at]);
      if (at !== undefined)
        st.cells.set(`${path}[${r - 1}].${col.key}`, sheetAddress(grid.sheet, cellAddress(box.r1 + r, box.c1 + at)));
    }
    rows.push(row);
  }
  if (def.key === "frames") st.app.settings.annualFrames = rows as unknown as Application["settings"]["annualFrames"];
  else (st.app as unknown as Record<string, unknown>)[def.key] = rows;
}

/** The template version the workbook says it follows; another major version is a warning. */
function readVersion(grids: WorkbookGrids, st: ParseState): string | undefined {
  const v = grids.names[VERSION_NAME];
  if (!v || "error" in v) return undefined;
  const version = cellText(v.values[0]?.[0]);
  if (version.split(".")[0] !== CONTRACT_VERSION.split(".")[0]) {
    st.findings.push({
      id: "R17",
      severity: "warning",
      message: {
        sv: `Arbetsboken följer mallversion ${version}; verktyget läser version ${CONTRACT_VERSION}.`,
        en: `The workbook follows template version ${version}; this tool reads version ${CONTRACT_VERSION}.`,
      },
      refs: ["settings.version"],
    });
    const top = parseRange(v.address);
    st.cells.set("settings.version", sheetAddress(v.sheet, cellAddress(top.r1, top.c1)));
  }
  return version;
}

export function parseGrids(grids: WorkbookGrids): ParsedWorkbook {
  const st: ParseState = { app: emptyApplication(), cells: new Map(), findings: [] };
  readNamedCells(grids, st);
  for (const def of Object.values(TABLES)) readTable(def, grids.tables[def.name], st);
  const version = readVersion(grids, st);
  return { application: st.app, cells: st.cells, findings: st.findings, ...(version !== undefined ? { version } : {}) };
}

/** Every contract table name and named cell a reader should fetch. */
export const CONTRACT_TABLES: readonly string[] = Object.values(TABLES).map((t) => t.name);
export const CONTRACT_NAMES: readonly string[] = [
  ...APPLICATION_FORM.flatMap((s) => s.fields.map((f) => f.name)),
  ...SETTINGS_FORM.map((f) => f.name),
  VERSION_NAME,
];

/** The cells a finding is about, as "Sheet!A1" (a list's whole range when it names a list). */
export function cellsOf(refs: readonly FieldRef[], cells: ReadonlyMap<FieldRef, string>): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    const exact = cells.get(ref);
    if (exact) {
      out.push(exact);
      continue;
    }
    // `costs[3]` or a row without that column: fall back to the list.
    const list = cells.get(ref.replace(/\[\d+\].*$/, ""));
    if (list) out.push(list);
  }
  return [...new Set(out)];
}
