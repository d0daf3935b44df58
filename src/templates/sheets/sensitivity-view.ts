/**
 * The Känslighet sheet's per-year view (C*_t and S*_t in the low, base and high scenario, and their
 * net, for NPV) and its helper columns, which list the repaying units without the dynamic arrays of
 * Excel 365: each party of the parties table that the repayment plan names gets a running number, and
 * the margin table looks the n-th one up with INDEX/MATCH.
 */
import type { Scenario } from "../../domain/robustness";
import { TIMELINE_YEARS } from "../../domain/years";
import { absoluteRange, cellAddress } from "../a1";
import { FIGURE_NAMES } from "../contract-names";
import type { SheetBuilder } from "../sheet-builder";
import type { NumberFormatKey } from "../styles";
import {
  SENSITIVITY_LAYOUT as LAYOUT,
  SENSITIVITY_NAMES as N,
  SENSITIVITY_VIEW,
  type SensitivityFormulas,
  type SensitivityViewColumn,
  sViewCell,
} from "./sensitivity-formulas";

/** How many parties the helper columns look at (the parties table has 6 rows in a new template). */
export const HELPER_PARTIES = 15;

const HEADERS: Readonly<Record<SensitivityViewColumn, { sv: string; en: string; format: NumberFormatKey }>> = {
  year: { sv: "År", en: "Year", format: "year" },
  t: { sv: "t", en: "t", format: "count" },
  cost: { sv: "Kostnad, justerad", en: "Cost, adjusted", format: "kr" },
  low: { sv: "Justerad besparing, låg", en: "Adjusted savings, low", format: "kr" },
  base: { sv: "Justerad besparing, bas", en: "Adjusted savings, base", format: "kr" },
  high: { sv: "Justerad besparing, hög", en: "Adjusted savings, high", format: "kr" },
  netLow: { sv: "Netto, låg", en: "Net, low", format: "kr" },
  netBase: { sv: "Netto, bas", en: "Net, base", format: "kr" },
  netHigh: { sv: "Netto, hög", en: "Net, high", format: "kr" },
};

function viewCell(k: SensitivityViewColumn, t: number, f: SensitivityFormulas): string | number {
  const year = `$${sViewCell("year", t)}`;
  const bySavingsYear = (s: Scenario): string =>
    `=IF(${year}="",0,SUMPRODUCT((${f.r.col("savings", "year")}=${year})*${f.rowProduct(s, false)})` +
    `*(1-${N.obSavings}))`;
  const net = (s: Scenario): string => `=${sViewCell(s, t)}-${sViewCell("cost", t)}`;
  switch (k) {
    case "year":
      return `=IF(${FIGURE_NAMES.firstYear}="","",${FIGURE_NAMES.firstYear}+${sViewCell("t", t)})`;
    case "t":
      return t;
    case "cost":
      return (
        `=IF(${year}="",0,SUMIFS(${f.r.col("costs", "amount")},${f.r.col("costs", "year")},${year}))` +
        `*(1+${N.obCosts})`
      );
    case "low":
    case "base":
    case "high":
      return bySavingsYear(k);
    case "netLow":
      return net("low");
    case "netBase":
      return net("base");
    case "netHigh":
      return net("high");
  }
}

export function writeSensitivityView(s: SheetBuilder, f: SensitivityFormulas): void {
  const left = LAYOUT.viewLeftCol;
  SENSITIVITY_VIEW.forEach((k, i) => {
    const h = HEADERS[k][s.lang];
    s.set(LAYOUT.headerRow, left + i, { value: h, style: "header" });
    s.width(left + i, k === "t" ? 5 : k === "year" ? 8 : 15);
    s.fitRow(LAYOUT.headerRow, h, 15, 1.0);
    for (let t = 0; t < TIMELINE_YEARS; t++) {
      const cell = viewCell(k, t, f);
      const row = LAYOUT.firstKeyRow + t;
      if (typeof cell === "number") s.set(row, left + i, { value: cell, style: "formula", format: HEADERS[k].format });
      else s.set(row, left + i, { formula: cell, style: "formula", format: HEADERS[k].format });
    }
  });
  s.width(left + SENSITIVITY_VIEW.length, 3);
}

const helperCol = { name: LAYOUT.helperLeftCol, repays: LAYOUT.helperLeftCol + 1, rank: LAYOUT.helperLeftCol + 2 };
const HELPER_TOP = LAYOUT.firstKeyRow;
const helperSpan = (col: number): string => absoluteRange(HELPER_TOP, col, HELPER_TOP + HELPER_PARTIES - 1, col);

/** The helper column numbering the repaying units 1, 2, … */
export const helperRankSpan = (): string => helperSpan(helperCol.rank);

/** The j-th repaying unit's name (j from 0), or "" when there are fewer. */
export const unitNameCell = (j: number): string =>
  `IFERROR(INDEX(${helperSpan(helperCol.name)},MATCH(${j + 1},${helperSpan(helperCol.rank)},0)),"")`;

export function writeUnitHelpers(s: SheetBuilder, f: SensitivityFormulas): void {
  const sv = s.lang === "sv";
  const headers = sv
    ? ["Part i parttabellen", "Återför (första gången)", "Nummer"]
    : ["Party in the parties table", "Repays (first time)", "Number"];
  headers.forEach((h, i) => {
    s.set(LAYOUT.headerRow, LAYOUT.helperLeftCol + i, { value: h, style: "header" });
    s.width(LAYOUT.helperLeftCol + i, i === 0 ? 30 : 12);
  });
  s.text(
    LAYOUT.headerRow - 1,
    LAYOUT.helperLeftCol,
    sv ? "Hjälpkolumner för marginaltabellen (ändra inget)" : "Helper columns for the margin table (do not edit)",
    "note",
  );
  const parties = f.r.col("parties", "name");
  const units = f.r.col("repayments", "unit");
  for (let k = 0; k < HELPER_PARTIES; k++) {
    const row = HELPER_TOP + k;
    const name = cellAddress(row, helperCol.name);
    const repays = cellAddress(row, helperCol.repays);
    // `&""`: INDEX of an empty cell is 0, not "".
    s.set(row, helperCol.name, { formula: `=IFERROR(INDEX(${parties},${k + 1})&"","")`, style: "formula" });
    const earlier =
      k === 0
        ? "0"
        : `SUMPRODUCT(--(TRIM(${absoluteRange(HELPER_TOP, helperCol.name, row - 1, helperCol.name)})=TRIM(${name})))`;
    s.set(row, helperCol.repays, {
      formula: `=IF(${name}="",0,IF(AND(SUMPRODUCT(--(TRIM(${units})=TRIM(${name})))>0,${earlier}=0),1,0))`,
      style: "formula",
      format: "count",
    });
    s.set(row, helperCol.rank, {
      formula: `=IF(${repays}=1,SUM(${absoluteRange(HELPER_TOP, helperCol.repays, row, helperCol.repays)}),"")`,
      style: "formula",
      format: "count",
    });
  }
}
