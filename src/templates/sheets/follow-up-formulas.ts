/**
 * The formulas of the Uppföljning sheet (U01–U05, `shared/domain.md` Part 2), built from the follow-up
 * tables: the baseline's rows picked by kind (any spelling the engine reads, as `rowsOneOf` compares
 * words) and the actuals summed to the follow-up year Y. SUMPRODUCT with its amounts as a separate
 * argument takes text as 0, as the engine (R17) does.
 */
import { BASELINE_KINDS, type BaselineKind } from "../../domain/follow-up-model";
import { spellings } from "../../domain/vocabulary";
import { rowsOneOf } from "../formulas";
import type { Refs } from "../tables";

/** Where the sheet keeps things (zero-based). */
export const FOLLOW_UP_LAYOUT = {
  headerRow: 3,
  firstKeyRow: 4,
  valueCol: 2,
  unitTitleRow: 17,
  unitHeaderRow: 18,
  unitFirstRow: 19,
  units: 6,
  viewLeftCol: 12,
  helperLeftCol: 32,
} as const;

/** Names on the sheet (workbook scope). */
export const FOLLOW_UP_VIEW_NAMES = {
  year: "Uppf_ar",
  granted: "Uppf_beviljat",
  firstYear: "Uppf_forsta_ar",
  U01actual: "Uppf_U01_utfall",
  U01baseline: "Uppf_U01_baslinje",
  U01: "Uppf_U01",
  U01share: "Uppf_U01_andel",
  U02verified: "Uppf_U02_verifierat",
  U02planned: "Uppf_U02_planerat",
  U02: "Uppf_U02",
  U03: "Uppf_U03",
  U04: "Uppf_U04",
  U05: "Uppf_U05",
} as const;

const Y = FOLLOW_UP_VIEW_NAMES.year;

export class FollowUpFormulas {
  constructor(readonly r: Refs) {}

  /** 1 per baseline row of this kind. */
  kind(k: BaselineKind): string {
    return rowsOneOf(this.r.col("baseline", "kind"), spellings(BASELINE_KINDS, k));
  }

  /** 1 per row whose year is a number ≤ Y (a blank year counts for nothing, as in the engine). */
  toDate(table: "baseline" | "actualCosts" | "measuredSavings" | "bookedRepayments"): string {
    const year = this.r.col(table, "year");
    return `ISNUMBER(${year})*(${year}<=${Y})`;
  }

  /** 1 per row of the unit in `nameCell`, names matched as the engine matches them. */
  unit(table: "baseline" | "measuredSavings" | "bookedRepayments", nameCell: string): string {
    return `(TRIM(${this.r.col(table, "unit")})=TRIM(${nameCell}))`;
  }

  /** Σ baseline amounts of a kind to date (optionally of one unit, or in one year instead). */
  baseline(k: BaselineKind, opts: { unit?: string; year?: string } = {}): string {
    const when = opts.year ? `(${this.r.col("baseline", "year")}=${opts.year})` : this.toDate("baseline");
    const who = opts.unit ? `*${this.unit("baseline", opts.unit)}` : "";
    return `SUMPRODUCT(${this.kind(k)}*${when}${who},${this.r.col("baseline", "amount")})`;
  }

  verifiedToDate(unit: string): string {
    return (
      `SUMPRODUCT(${this.toDate("measuredSavings")}*${this.unit("measuredSavings", unit)},` +
      `${this.r.col("measuredSavings", "verified")})`
    );
  }

  bookedToDate(unit: string): string {
    return (
      `SUMPRODUCT(${this.toDate("bookedRepayments")}*${this.unit("bookedRepayments", unit)},` +
      `${this.r.col("bookedRepayments", "amount")})`
    );
  }

  /** Σ of a table's amount column in one year of the view. */
  inYear(table: "actualCosts" | "measuredSavings" | "bookedRepayments", amount: string, year: string): string {
    return `SUMIFS(${this.r.col(table, amount)},${this.r.col(table, "year")},${year})`;
  }
}
