/**
 * "Frys baslinjen" / "Freeze baseline" through Office.js, in two round trips: read the workbook's grids
 * (one), plan the freeze (src/templates/freeze.ts: the rows, the date and the fingerprint, or why not),
 * write it (one): the Baslinje table's blank rows filled and the rest added with one `rows.add`
 * (ExcelApi 1.1), the date as a date serial with a date format, the fingerprint as text. A baseline once
 * frozen is never overwritten: planFreeze refuses, and nothing is written.
 */
import type { Bilingual } from "../domain/vocabulary";
import { excelSerial } from "../domain/years";
import { parseRange, splitAddress } from "../templates/a1";
import { parseFollowUpGrids } from "../templates/follow-up-parser";
import { FOLLOW_UP_TABLES } from "../templates/follow-up-tables";
import { MISSING_CELLS, planFreeze, type FreezePlan, type FreezeRefusal } from "../templates/freeze";
import type { WorkbookGrids } from "../templates/grid-parser";
import { asTextEntry } from "../templates/render";
import { NUMBER_FORMATS } from "../templates/styles";
import { ownWrite } from "./events";
import { ensureExcelApi, runExcel } from "./host";
import { readWorkbookGrids } from "./office-reader";

export interface FreezeDone {
  readonly ok: true;
  /** Baseline rows written, and the sheet of the Baslinje table. */
  readonly rows: number;
  readonly sheet: string;
  readonly date: Date;
  readonly fingerprint: string;
  readonly roundTrips: number;
}

export interface FreezeRefused {
  readonly ok: false;
  /** planFreeze's reasons, or `missingCells`: the table's columns or the named cells are not where to write. */
  readonly reason: FreezeRefusal["reason"] | "missingCells";
  readonly message: Bilingual;
  readonly roundTrips: number;
}

const BASELINE = FOLLOW_UP_TABLES.baseline;

/** Where the freeze writes, from the grids just read: the table's columns and blank rows, the two named cells. */
interface Target {
  readonly sheet: string;
  /** Zero-based sheet column of each of planFreeze's row entries (kind, year, unit, amount). */
  readonly columns: readonly number[];
  /** The table's first column and width, its first data row (zero-based) and its blank data rows. */
  readonly c1: number;
  readonly width: number;
  readonly firstRow: number;
  readonly blankRows: number;
  /** "Sheet!A1" of Baslinje_fryst and Baslinje_fingeravtryck. */
  readonly dateCell: string;
  readonly fingerprintCell: string;
}

/** The columns found as the parser finds them (by header, either language); undefined when something is missing. */
function targetOf(grids: WorkbookGrids): Target | undefined {
  const grid = grids.tables[BASELINE.name];
  const { cells } = parseFollowUpGrids(grids);
  const columns = BASELINE.columns.map((c) => cells.get(`baseline.rows.header.${c.key}`));
  const dateCell = cells.get("baseline.frozenOn");
  const fingerprintCell = cells.get("baseline.fingerprint");
  if (!grid || columns.some((c) => c === undefined) || !dateCell || !fingerprintCell) return undefined;
  const box = parseRange(grid.address);
  return {
    sheet: grid.sheet,
    columns: columns.map((c) => parseRange(splitAddress(c!).range).c1),
    c1: box.c1,
    width: box.c2 - box.c1 + 1,
    firstRow: box.r1 + 1,
    blankRows: Math.max(0, grid.values.length - 1 - (grid.totalsRows ?? 0)),
    dateCell,
    fingerprintCell,
  };
}

const MISSING: Bilingual = MISSING_CELLS.message;

/** A text entry that Excel will not read as a formula; numbers as they are. */
const entry = (v: string | number): string | number => (typeof v === "string" ? asTextEntry(v) : v);

/** Queues the freeze: the table's rows, then the date and the fingerprint (last, so a failure leaves them blank). */
function queueFreeze(context: Excel.RequestContext, t: Target, plan: FreezePlan): void {
  const wb = context.workbook;
  const ws = wb.worksheets.getItem(t.sheet);
  const rows = plan.rows.map((r) => r.map(entry));
  const filled = Math.min(t.blankRows, rows.length);
  // The blank rows, column by column: any other column of the user's stays as it is.
  if (filled > 0)
    t.columns.forEach((col, j) => {
      ws.getRangeByIndexes(t.firstRow, col, filled, 1).values = rows.slice(0, filled).map((r) => [r[j]!]);
    });
  const rest = rows.slice(filled).map((r) => {
    const line: (string | number)[] = new Array<string | number>(t.width).fill("");
    t.columns.forEach((col, j) => (line[col - t.c1] = r[j]!));
    return line;
  });
  if (rest.length > 0) wb.tables.getItem(BASELINE.name).rows.add(undefined, rest);
  const d = plan.date;
  const date = cellRange(wb, t.dateCell);
  date.numberFormat = [[NUMBER_FORMATS.date]];
  date.values = [[Math.round(excelSerial(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()))))]];
  const fingerprint = cellRange(wb, t.fingerprintCell);
  fingerprint.numberFormat = [["@"]]; // text before the value: a fingerprint is never read as a number
  fingerprint.values = [[asTextEntry(plan.fingerprint)]];
  ws.activate();
}

const cellRange = (wb: Excel.Workbook, address: string): Excel.Range => {
  const { sheet, range } = splitAddress(address);
  return wb.worksheets.getItem(sheet).getRange(range);
};

/** Freezes the baseline (two round trips), or says why not after one (nothing is written then). */
export async function freezeWorkbookBaseline(today = new Date()): Promise<FreezeDone | FreezeRefused> {
  ensureExcelApi();
  const { grids } = await readWorkbookGrids();
  const plan = planFreeze(grids, today);
  if (!plan.ok) return { ...plan, roundTrips: 1 };
  const target = targetOf(grids);
  if (!target) return { ok: false, reason: "missingCells", message: MISSING, roundTrips: 1 };
  await ownWrite(() =>
    runExcel(async (context) => {
      queueFreeze(context, target, plan);
      await context.sync();
    }),
  );
  return {
    ok: true,
    rows: plan.rows.length,
    sheet: target.sheet,
    date: plan.date,
    fingerprint: plan.fingerprint,
    roundTrips: 2,
  };
}
