/**
 * What the grid parser (grid-parser.ts, table-grid.ts) shares while it reads: the state it builds up,
 * how it reports a structural problem, how a cell becomes a raw value, and where each table belongs.
 */
import type { FindingId } from "../domain/catalogue";
import type { FindingDraft } from "../domain/findings";
import { UNCALCULATED, type Application, type FieldRef, type RawValue } from "../domain/model";
import type { TableKey } from "./tables";

/** Which checklist item or rule a missing table or name would hide. */
export const TABLE_ID: Readonly<Record<TableKey, FindingId>> = {
  parties: "C04",
  endorsements: "R03",
  costs: "C10",
  coFinancing: "C19",
  savings: "C17",
  effects: "C11",
  repayments: "C18",
  frames: "R16",
  // The follow-up's: an edited or missing baseline is F07; the actuals' tables are cells to read (R17).
  baseline: "F07",
  actualCosts: "R17",
  actualCoFinancing: "R17",
  measuredSavings: "R17",
  bookedRepayments: "R17",
  measurements: "R17",
  contributions: "L07",
  fundFrames: "L07",
  ledgerFlows: "L07",
  ledgerApplications: "L07",
  ledgerYears: "L07",
};

/** Where each table's rows go in the model, and the field path prefix of its rows. */
export const TABLE_PATH: Readonly<Record<TableKey, string>> = {
  parties: "parties",
  endorsements: "endorsements",
  costs: "costs",
  coFinancing: "coFinancing",
  savings: "savings",
  effects: "effects",
  repayments: "repayments",
  frames: "settings.annualFrames",
  baseline: "baseline.rows",
  actualCosts: "actualCosts",
  actualCoFinancing: "actualCoFinancing",
  measuredSavings: "measuredSavings",
  bookedRepayments: "bookedRepayments",
  measurements: "measurements",
  contributions: "fund.contributions",
  fundFrames: "fund.frames",
  ledgerFlows: "ledger.flows",
  ledgerApplications: "ledger.applications",
  ledgerYears: "ledger.years",
};

const ERROR_TEXT =
  /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** A cell value as the engine takes it: "" is blank, "#REF!" an error value. */
export function rawValue(v: unknown): RawValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return ERROR_TEXT.test(v.trim()) ? { error: v.trim() } : v;
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object" && "error" in v && typeof v.error === "string") return { error: v.error };
  if (typeof v === "object" && "uncalculated" in v) return { error: UNCALCULATED };
  return cellText(v);
}

/** Any other cell content as text: numbers and booleans as written, anything unknown as nothing. */
export function cellText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return "";
}

/** Headers match ignoring case and any white space around or doubled inside. */
export const norm = (s: unknown): string => cellText(s).trim().toLowerCase().replace(/\s+/g, " ");

/** What the parser builds up while it reads: the application, where each field is, what is wrong. */
export interface ParseState {
  readonly app: Application;
  readonly cells: Map<FieldRef, string>;
  readonly findings: FindingDraft[];
  /** Table rows whose formula cells are empty: the workbook's own sums are off by them. */
  rowsWithoutFormulas: number;
}

export const problem = (st: ParseState, id: FindingId, sv: string, en: string, refs: FieldRef[]): void => {
  st.findings.push({ id, message: { sv, en }, refs });
};
