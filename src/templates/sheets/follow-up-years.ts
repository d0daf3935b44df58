/**
 * The Uppföljning sheet's per-year view: baseline and actual cost, planned and verified savings,
 * planned and booked repayments, and for U05 the repayments booked up to Y and projected after it —
 * each unit's planned repayment times its realisation (capped at 1) — with their running total.
 */
import { TIMELINE_YEARS } from "../../domain/years";
import { columnLetter } from "../a1";
import type { SheetBuilder } from "../sheet-builder";
import type { NumberFormatKey } from "../styles";
import { FOLLOW_UP_LAYOUT as L, FOLLOW_UP_VIEW_NAMES as N, type FollowUpFormulas } from "./follow-up-formulas";

export const FOLLOW_UP_VIEW = [
  "year",
  "t",
  "baselineCost",
  "actualCost",
  "plannedSavings",
  "verified",
  "plannedRepayments",
  "booked",
  "projected",
  "cumulative",
  "repaid",
] as const;
export type FollowUpViewColumn = (typeof FOLLOW_UP_VIEW)[number];

const HEADERS: Readonly<Record<FollowUpViewColumn, { sv: string; en: string; format: NumberFormatKey }>> = {
  year: { sv: "År", en: "Year", format: "year" },
  t: { sv: "t", en: "t", format: "count" },
  baselineCost: { sv: "Kostnad, baslinje", en: "Cost, baseline", format: "kr" },
  actualCost: { sv: "Kostnad, utfall", en: "Cost, actual", format: "kr" },
  plannedSavings: { sv: "Besparing, planerad", en: "Savings, planned", format: "kr" },
  verified: { sv: "Besparing, verifierad", en: "Savings, verified", format: "kr" },
  plannedRepayments: { sv: "Återföring, planerad", en: "Repayment, planned", format: "kr" },
  booked: { sv: "Återföring, bokförd", en: "Repayment, booked", format: "kr" },
  projected: { sv: "Bokförd t.o.m. Y, sedan prognos", en: "Booked to Y, then projected", format: "kr" },
  cumulative: { sv: "Ackumulerat", en: "Cumulative", format: "kr" },
  repaid: { sv: "Återbetalt", en: "Repaid", format: "flag" },
};

const TOP = L.firstKeyRow + 1; // A1 row of t = 0
const letter = (k: FollowUpViewColumn): string => columnLetter(L.viewLeftCol + FOLLOW_UP_VIEW.indexOf(k));

/** A view column over the first `years` years (all by default). */
export const followUpViewSpan = (k: FollowUpViewColumn, years = TIMELINE_YEARS): string =>
  `$${letter(k)}$${TOP}:$${letter(k)}$${TOP + years - 1}`;

/** The unit table's cells the projection reads: the j-th unit's name and its share for the projection. */
export interface UnitCells {
  readonly nameOf: (j: number) => string;
  readonly rate: (j: number) => string;
}

function cell(k: FollowUpViewColumn, t: number, f: FollowUpFormulas, units: UnitCells): string | number {
  const x = TOP + t;
  const at = (c: FollowUpViewColumn): string => `${letter(c)}${x}`;
  const year = `$${letter("year")}${x}`;
  const zeroIfNoYear = (formula: string): string => `=IF(${year}="",0,${formula})`;
  const unitCol = (j: number): string => `${columnLetter(L.viewLeftCol + FOLLOW_UP_VIEW.length + 1 + j)}${x}`;
  switch (k) {
    case "year":
      return `=IF(${N.firstYear}="","",${N.firstYear}+${at("t")})`;
    case "t":
      return t;
    case "baselineCost":
      return zeroIfNoYear(f.baseline("cost", { year }));
    case "actualCost":
      return zeroIfNoYear(f.inYear("actualCosts", "amount", year));
    case "plannedSavings":
      return zeroIfNoYear(f.baseline("saving", { year }));
    case "verified":
      return zeroIfNoYear(f.inYear("measuredSavings", "verified", year));
    case "plannedRepayments":
      return zeroIfNoYear(f.baseline("repayment", { year }));
    case "booked":
      return zeroIfNoYear(f.inYear("bookedRepayments", "amount", year));
    case "projected": {
      const projection = Array.from({ length: L.units }, (_, j) => `${units.rate(j)}*${unitCol(j)}`).join("+");
      return zeroIfNoYear(`IF(${year}<=${N.year},${at("booked")},${projection})`);
    }
    case "cumulative":
      return t === 0 ? `=${at("projected")}` : `=${letter("cumulative")}${x - 1}+${at("projected")}`;
    case "repaid":
      return `=IF(AND(${year}<>"",${at("cumulative")}>=${N.granted}-0.5),1,0)`;
  }
}

export function writeFollowUpYears(s: SheetBuilder, f: FollowUpFormulas, units: UnitCells): void {
  const left = L.viewLeftCol;
  s.text(L.headerRow - 1, left, s.lang === "sv" ? "Första år (t = 0)" : "First year (t = 0)", "label");
  const years = `${f.r.col("baseline", "year")},${f.r.col("bookedRepayments", "year")}`;
  s.set(L.headerRow - 1, left + 2, {
    formula: `=IF(COUNT(${years})=0,"",MIN(${years}))`,
    style: "formula",
    format: "year",
  });
  s.name(N.firstYear, L.headerRow - 1, left + 2);
  FOLLOW_UP_VIEW.forEach((k, i) => {
    const h = HEADERS[k];
    s.set(L.headerRow, left + i, { value: h[s.lang], style: "header" });
    s.width(left + i, k === "t" ? 5 : k === "year" ? 8 : k === "repaid" ? 10 : 15);
    s.fitRow(L.headerRow, h[s.lang], 15, 1.0);
    for (let t = 0; t < TIMELINE_YEARS; t++) {
      const c = cell(k, t, f, units);
      const row = TOP - 1 + t;
      if (typeof c === "number") s.set(row, left + i, { value: c, style: "formula", format: h.format });
      else s.set(row, left + i, { formula: c, style: "formula", format: h.format });
    }
  });
  // Each unit's planned repayment per year, the projection's input (headed by the unit's name).
  const unitLeft = left + FOLLOW_UP_VIEW.length + 1;
  s.width(unitLeft - 1, 3);
  for (let j = 0; j < L.units; j++) {
    const col = unitLeft + j;
    s.set(L.headerRow, col, { formula: `=${units.nameOf(j)}&""`, style: "header" });
    s.width(col, 14);
    for (let t = 0; t < TIMELINE_YEARS; t++) {
      const x = TOP + t;
      const year = `$${letter("year")}${x}`;
      const name = units.nameOf(j);
      s.set(TOP - 1 + t, col, {
        formula: `=IF(OR(${year}="",${name}=""),0,${f.baseline("repayment", { unit: name, year })})`,
        style: "formula",
        format: "kr",
      });
    }
  }
}
