/**
 * The per-year view of the key-figures sheet: one row per year of the timeline (t = 0 …), one
 * column per series of `shared/domain.md` (C_t, F_t, A_t, S_t, S^R_t, P_t and the running totals),
 * each a formula over the tables — the same series the engine's `timeline` holds.
 */
import type { Bilingual } from "../../domain/vocabulary";
import { TIMELINE_YEARS } from "../../domain/years";
import { columnLetter } from "../a1";
import { FIGURE_NAMES as N } from "../contract-names";
import type { SheetBuilder } from "../sheet-builder";
import type { NumberFormatKey } from "../styles";
import type { Refs, TableKey } from "../tables";

/** Where the key-figures sheet keeps things (zero-based), for writers, readers and tests. */
export const FIGURES_LAYOUT = {
  firstKeyRow: 4,
  valueCol: 2,
  viewHeaderRow: 3,
  viewFirstRow: 4,
  viewLeftCol: 5,
} as const;

export type ViewColumn =
  | "year"
  | "t"
  | "cost"
  | "coFin"
  | "asked"
  | "savings"
  | "region"
  | "repay"
  | "net"
  | "cumNet"
  | "cumRepay"
  | "outstanding"
  | "paidBack"
  | "repaid";

/**
 * A cell's formula in row `x` (A1 row number); `at(k)` is column k's cell in the same row, `above(k)` the row
 * before.
 */
interface RowRefs {
  readonly t: number;
  readonly at: (k: ViewColumn) => string;
  readonly above: (k: ViewColumn) => string;
  readonly sumByYear: (table: TableKey, amount: string, extra?: string) => string;
}

interface ViewColumnDef {
  readonly key: ViewColumn;
  readonly header: Bilingual;
  readonly width: number;
  readonly format: NumberFormatKey;
  /** Formula of the row (a number for constants such as t). */
  readonly cell: (x: RowRefs, r: Refs) => string | number;
}

const b = (sv: string, en: string): Bilingual => ({ sv, en });
const running = (k: ViewColumn, from: ViewColumn) => (x: RowRefs) =>
  x.t === 0 ? `=${x.at(from)}` : `=${x.above(k)}+${x.at(from)}`;

export const VIEW_COLUMNS: readonly ViewColumnDef[] = [
  {
    key: "year",
    header: b("År", "Year"),
    width: 8,
    format: "year",
    cell: (x) => `=IF(${N.firstYear}="","",${N.firstYear}+${x.at("t")})`,
  },
  { key: "t", header: b("t", "t"), width: 5, format: "count", cell: (x) => x.t },
  { key: "cost", header: b("Kostnad", "Cost"), width: 14, format: "kr", cell: (x) => x.sumByYear("costs", "amount") },
  {
    key: "coFin",
    header: b("Medfinansiering", "Co-financing"),
    width: 15,
    format: "kr",
    cell: (x) => x.sumByYear("coFinancing", "amount"),
  },
  {
    key: "asked",
    header: b("Sökt ur fonden", "Asked from fund"),
    width: 14,
    format: "kr",
    cell: (x) => `=${x.at("cost")}-${x.at("coFin")}`,
  },
  {
    key: "savings",
    header: b("Besparing, alla", "Savings, all"),
    width: 14,
    format: "kr",
    cell: (x) => x.sumByYear("savings", "amount"),
  },
  {
    key: "region",
    header: b("Besparing, regionen", "Savings, region"),
    width: 14,
    format: "kr",
    cell: (x, r) => x.sumByYear("savings", "amount", `,${r.col("savings", "isRegion")},1`),
  },
  {
    key: "repay",
    header: b("Återföring", "Repayment"),
    width: 14,
    format: "kr",
    cell: (x) => x.sumByYear("repayments", "amount"),
  },
  {
    key: "net",
    header: b("Netto (besparing − kostnad)", "Net (savings − cost)"),
    width: 17,
    format: "kr",
    cell: (x) => `=${x.at("savings")}-${x.at("cost")}`,
  },
  {
    key: "cumNet",
    header: b("Ackumulerat netto", "Cumulative net"),
    width: 15,
    format: "kr",
    cell: running("cumNet", "net"),
  },
  {
    key: "cumRepay",
    header: b("Ackumulerad återföring", "Cumulative repayment"),
    width: 15,
    format: "kr",
    cell: running("cumRepay", "repay"),
  },
  {
    key: "outstanding",
    header: b("Kvar till fonden (K10)", "Outstanding to fund (K10)"),
    width: 15,
    format: "kr",
    cell: (x) => `=${N.K03}-${x.at("cumRepay")}`,
  },
  {
    key: "paidBack",
    header: b("Lönsamt", "Paid back"),
    width: 9,
    format: "flag",
    cell: (x) => `=IF(${x.at("cumNet")}>=0,1,0)`,
  },
  {
    key: "repaid",
    header: b("Återbetalt", "Repaid"),
    width: 10,
    format: "flag",
    cell: (x) => `=IF(${x.at("cumRepay")}>=${N.K03},1,0)`,
  },
];

/** Column letter of a view column. */
export const viewLetter = (k: ViewColumn): string =>
  columnLetter(FIGURES_LAYOUT.viewLeftCol + VIEW_COLUMNS.findIndex((c) => c.key === k));

const TOP = FIGURES_LAYOUT.viewFirstRow + 1; // A1 row of t = 0
const LAST = TOP + TIMELINE_YEARS - 1;

/** `H5:H34`: a view column over all years, or over the first `years`, or from t = 1 (`rest`). */
export const viewSpan = (k: ViewColumn, years = TIMELINE_YEARS): string =>
  `${viewLetter(k)}${TOP}:${viewLetter(k)}${TOP + years - 1}`;
export const viewFirst = (k: ViewColumn): string => `${viewLetter(k)}${TOP}`;
export const viewRest = (k: ViewColumn): string => `${viewLetter(k)}${TOP + 1}:${viewLetter(k)}${LAST}`;
export const viewLast = (k: ViewColumn): string => `${viewLetter(k)}${LAST}`;

/** Writes the view's headers and its TIMELINE_YEARS rows of formulas. */
export function writePerYearView(s: SheetBuilder, r: Refs): void {
  const L = FIGURES_LAYOUT.viewLeftCol;
  VIEW_COLUMNS.forEach((c, i) => {
    s.set(FIGURES_LAYOUT.viewHeaderRow, L + i, { value: c.header[s.lang], style: "header" });
    s.width(L + i, c.width);
    s.fitRow(FIGURES_LAYOUT.viewHeaderRow, c.header[s.lang], c.width, 1.0);
  });
  for (let t = 0; t < TIMELINE_YEARS; t++) {
    const x = TOP + t;
    const year = `$${viewLetter("year")}${x}`;
    const refs: RowRefs = {
      t,
      at: (k) => `${viewLetter(k)}${x}`,
      above: (k) => `${viewLetter(k)}${x - 1}`,
      sumByYear: (table, amount, extra = "") =>
        `=IF(${year}="",0,SUMIFS(${r.col(table, amount)},${r.col(table, "year")},${year}${extra}))`,
    };
    VIEW_COLUMNS.forEach((c, i) => {
      const cell = c.cell(refs, r);
      if (typeof cell === "number") s.set(x - 1, L + i, { value: cell, style: "formula", format: c.format });
      else s.set(x - 1, L + i, { formula: cell, style: "formula", format: c.format });
    });
  }
  s.name(N.K10, TOP - 1, L + VIEW_COLUMNS.findIndex((c) => c.key === "outstanding"), LAST - 1);
}
