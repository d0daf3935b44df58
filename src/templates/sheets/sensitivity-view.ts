/**
 * The Känslighet sheet's per-year view (C*_t and S*_t in the low, base and high scenario, and their
 * net, for NPV) and its helper columns, which list the repaying units without the dynamic arrays of
 * Excel 365 (unit-helpers.ts).
 */
import type { Scenario } from "../../domain/robustness";
import { TIMELINE_YEARS } from "../../domain/years";
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
import { writeUnitHelpers, type UnitHelpers } from "./unit-helpers";

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

/** The repaying units: parties that the repayment plan names. */
export function writeRepayingUnits(s: SheetBuilder, f: SensitivityFormulas): UnitHelpers {
  const units = f.r.col("repayments", "unit");
  return writeUnitHelpers(s, f.r, {
    top: LAYOUT.firstKeyRow,
    left: LAYOUT.helperLeftCol,
    what: { sv: "Återför (första gången)", en: "Repays (first time)" },
    holds: (name) => `SUMPRODUCT(--(TRIM(${units})=TRIM(${name})))`,
  });
}
