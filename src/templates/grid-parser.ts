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
import { cellText, problem, rawValue, type ParseState } from "./parse-state";
import { APPLICATION_FORM, CONTRACT_VERSION, SETTINGS_FORM, VERSION_NAME } from "./plan";
import { FOLLOW_UP_NAMES } from "./follow-up-forms";
import { readTable } from "./table-grid";
import { FOLLOW_UP_TABLES } from "./follow-up-tables";
import { FUND_TABLES } from "./ledger-tables";
import { APPLICATION_TABLES } from "./tables";

export { rawValue };

/** A rectangle of cell values with its place: `address` is A1 on `sheet` (top-left first). */
export interface GridRange {
  readonly sheet: string;
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  /** A table's Total row(s) at the bottom of its range (Excel: one click on "Total Row"): not data. */
  readonly totalsRows?: number;
  /** The cells just below a table and just right of it, so data typed beside the table is not lost. */
  readonly below?: GridRange;
  readonly right?: GridRange;
  /** The cells' formulas ("=…", or "" for a constant), where the reader has them: a formula column's cell
   * without one is a row the table's formulas did not follow into. */
  readonly formulas?: readonly (readonly unknown[])[];
  /** A table longer than a reader reads: its full number of data rows (the grid holds the first ones). */
  readonly fullRows?: number;
}

/** Rows below and columns right of a table that readers hand over, so data typed beside it is seen. */
export const AROUND_ROWS = 3;
export const AROUND_COLS = 1; // the template leaves one column between two tables on a sheet

/** What a reader hands over: every contract table and named cell it found (missing = undefined). */
export interface WorkbookGrids {
  readonly tables: Readonly<Partial<Record<string, GridRange>>>;
  /** Named cells; `{ error }` when the name exists but no longer refers to cells (`#REF!`). */
  readonly names: Readonly<Partial<Record<string, GridRange | { readonly error: string }>>>;
  /** Contract names that also (or only) exist scoped to one sheet: `sheet` is where. */
  readonly sheetScopedNames?: readonly { readonly name: string; readonly sheet: string }[];
}

export interface ParsedWorkbook {
  readonly application: Application;
  /** Field → "Sheet!A1" (tables and whole lists → their range). */
  readonly cells: ReadonlyMap<FieldRef, string>;
  /** What is wrong with the workbook's structure, under the ID of the item it hides. */
  readonly findings: readonly FindingDraft[];
  readonly version?: string;
  /** Table rows whose formula cells are empty (each is a finding); the workbook's own sums miss them. */
  readonly rowsWithoutFormulas: number;
}

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

/** A contract name that also exists scoped to one sheet: the workbook's is read, and the user is told. */
function sheetScoped(grids: WorkbookGrids, st: ParseState): void {
  for (const { name, sheet } of grids.sheetScopedNames ?? []) {
    const alone = grids.names[name] === undefined;
    st.findings.push({
      id: "R17",
      severity: "warning",
      message: {
        sv: alone
          ? `Namnet ${name} finns bara för bladet ${sheet}, inte för hela arbetsboken; mallens formler ser det inte.`
          : `Namnet ${name} finns också för bladet ${sheet}; arbetsbokens ${name} läses, som mallens formler gör.`,
        en: alone
          ? `The name ${name} exists only for the sheet ${sheet}, not for the workbook; ` +
            `the template's formulas miss it.`
          : `The name ${name} also exists for the sheet ${sheet}; the workbook's ${name} is read, as the formulas do.`,
      },
      refs: [],
    });
  }
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
  const st: ParseState = { app: emptyApplication(), cells: new Map(), findings: [], rowsWithoutFormulas: 0 };
  readNamedCells(grids, st);
  for (const def of Object.values(APPLICATION_TABLES)) {
    const rows = readTable(def, grids.tables[def.name], st);
    if (def.key === "frames") st.app.settings.annualFrames = rows as unknown as Application["settings"]["annualFrames"];
    else (st.app as unknown as Record<string, unknown>)[def.key] = rows;
  }
  sheetScoped(grids, st);
  const version = readVersion(grids, st);
  return {
    application: st.app,
    cells: st.cells,
    findings: st.findings,
    rowsWithoutFormulas: st.rowsWithoutFormulas,
    ...(version !== undefined ? { version } : {}),
  };
}

/** Every contract table name and named cell a reader should fetch (the follow-up's too). */
export const CONTRACT_TABLES: readonly string[] = [
  ...Object.values(APPLICATION_TABLES),
  ...Object.values(FOLLOW_UP_TABLES),
  FUND_TABLES.contributions,
  FUND_TABLES.fundFrames,
].map((t) => t.name);
export const CONTRACT_NAMES: readonly string[] = [
  ...APPLICATION_FORM.flatMap((s) => s.fields.map((f) => f.name)),
  ...SETTINGS_FORM.map((f) => f.name),
  VERSION_NAME,
  ...FOLLOW_UP_NAMES,
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
