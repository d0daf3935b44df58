/**
 * The formulas of the Känslighet sheet (K11–K17, `shared/domain.md` Part 2), built once from the
 * table definitions: S*_it = V·UC·E·(1−DW)(1−AT)(1−OB_S), Sc = S*·CS, C*_t = C_t·(1+OB_C), for the
 * low, base and high effect shares. Array arithmetic inside SUMPRODUCT only (no IF in an array, which
 * Excel 2019 would need Ctrl+Shift+Enter for): a blank adjustment is 0 in arithmetic, and a blank
 * cashable or low/high share is replaced by its default with `(x<>"")`.
 */
import type { Scenario } from "../../domain/robustness";
import { TIMELINE_YEARS } from "../../domain/years";
import { columnLetter } from "../a1";
import { FIGURE_NAMES } from "../contract-names";
import type { Refs } from "../tables";

/** Where the sheet keeps things (zero-based), for the writers, the readers and the tests. */
export const SENSITIVITY_LAYOUT = {
  headerRow: 3,
  /** First row of the key-figure table (K11 all). */
  firstKeyRow: 4,
  /** Low, base and high columns of the key-figure table (C, D, E). */
  scenarioCols: { low: 2, base: 3, high: 4 } as Readonly<Record<Scenario, number>>,
  /** The per-unit margin table: section title, header, then one row per repaying unit. */
  unitTitleRow: 15,
  unitHeaderRow: 16,
  unitFirstRow: 17,
  units: 6,
  /** The per-year view: first column (K) and the helper columns that list the repaying units. */
  viewLeftCol: 10,
  helperLeftCol: 20,
} as const;

/** Names on the sheet (workbook scope), for the pane, `sif` and the tests. */
export const SENSITIVITY_NAMES = {
  obSavings: "Kanslighet_OB_besparingar",
  obCosts: "Kanslighet_OB_kostnader",
  K11: { low: "Kanslighet_K11_lag", base: "Kanslighet_K11", high: "Kanslighet_K11_hog" },
  K11region: "Kanslighet_K11_regionen",
  K11regionCashable: {
    low: "Kanslighet_K11_realiserbar_lag",
    base: "Kanslighet_K11_realiserbar",
    high: "Kanslighet_K11_realiserbar_hog",
  },
  K12: { low: "Kanslighet_K12_lag", base: "Kanslighet_K12", high: "Kanslighet_K12_hog" },
  K13: "Kanslighet_K13",
  K14: { low: "Kanslighet_K14_lag", base: "Kanslighet_K14", high: "Kanslighet_K14_hog" },
  K16: "Kanslighet_K16",
} as const;

export const SCENARIOS: readonly Scenario[] = ["low", "base", "high"];

/** The per-year view's columns, left to right. */
export const SENSITIVITY_VIEW = ["year", "t", "cost", "low", "base", "high", "netLow", "netBase", "netHigh"] as const;
export type SensitivityViewColumn = (typeof SENSITIVITY_VIEW)[number];

const TOP = SENSITIVITY_LAYOUT.firstKeyRow + 1; // A1 row of t = 0
const letter = (k: SensitivityViewColumn): string =>
  columnLetter(SENSITIVITY_LAYOUT.viewLeftCol + SENSITIVITY_VIEW.indexOf(k));
/** A view column over all years (`rest`: from t = 1; `first`: t = 0 only). */
export const sViewSpan = (k: SensitivityViewColumn): string =>
  `$${letter(k)}$${TOP}:$${letter(k)}$${TOP + TIMELINE_YEARS - 1}`;
export const sViewFirst = (k: SensitivityViewColumn): string => `${letter(k)}${TOP}`;
export const sViewRest = (k: SensitivityViewColumn): string =>
  `${letter(k)}${TOP + 1}:${letter(k)}${TOP + TIMELINE_YEARS - 1}`;
export const sViewCell = (k: SensitivityViewColumn, t: number): string => `${letter(k)}${TOP + t}`;

const netOf: Readonly<Record<Scenario, SensitivityViewColumn>> = { low: "netLow", base: "netBase", high: "netHigh" };
export const netColumn = (s: Scenario): SensitivityViewColumn => netOf[s];

/** Builds the array expressions of one language's structured references. */
export class SensitivityFormulas {
  constructor(readonly r: Refs) {}

  private col(key: string): string {
    return this.r.col("savings", key);
  }

  /** The effect share a scenario uses, per row: low/high where given, else the effect share. */
  effect(s: Scenario): string {
    const e = this.col("effectShare");
    if (s === "base") return e;
    const alt = this.col(s === "low" ? "effectShareLow" : "effectShareHigh");
    return `(${e}+(${alt}<>"")*(${alt}-${e}))`;
  }

  /** The cashable share per row (blank = 1). */
  cashable(): string {
    const cs = this.col("cashableShare");
    return `(1+(${cs}<>"")*(${cs}-1))`;
  }

  /** Per row: V·UC·E·(1−DW)(1−AT), optionally ·CS; without the optimism bias (applied once outside). */
  rowProduct(s: Scenario, cashable: boolean): string {
    const parts = [
      this.col("volume"),
      this.col("unitCost"),
      this.effect(s),
      `(1-${this.col("deadweight")})`,
      `(1-${this.col("attribution")})`,
      ...(cashable ? [this.cashable()] : []),
    ];
    return parts.join("*");
  }

  /** 1 per savings row whose year lies in the 30-year view. */
  inView(): string {
    return `ISNUMBER(MATCH(${this.col("year")},${sViewSpan("year")},0))`;
  }

  /** Σ S* (or Σ Sc) over the rows kept by `where` (an array of 0/1 per row), optimism bias applied. */
  adjusted(s: Scenario, where: string, cashable = false): string {
    return `SUMPRODUCT(${where}*${this.rowProduct(s, cashable)})*(1-${SENSITIVITY_NAMES.obSavings})`;
  }

  /** Rows of the region's units (the table's own Regionen column, as K04 region uses). */
  region(): string {
    return `${this.col("isRegion")}*${this.inView()}`;
  }

  /** Rows whose party is `nameCell`, matched as the engine matches names (TRIM, any case). */
  unit(nameCell: string): string {
    return `(TRIM(${this.col("party")})=TRIM(${nameCell}))*${this.inView()}`;
  }

  /** Σ repayments of the unit in `nameCell`, years in the view. */
  repaid(nameCell: string): string {
    const unit = this.r.col("repayments", "unit");
    const year = this.r.col("repayments", "year");
    return (
      `SUMPRODUCT((TRIM(${unit})=TRIM(${nameCell}))*ISNUMBER(MATCH(${year},${sViewSpan("year")},0)),` +
      `${this.r.col("repayments", "amount")})`
    );
  }

  /** 1 − part/whole, "" when the whole is 0 (the engine's "none"). */
  static margin(part: string, whole: string): string {
    return `=IF(${whole}=0,"",1-${part}/${whole})`;
  }

  static pv(k: SensitivityViewColumn): string {
    return `(${sViewFirst(k)}+NPV(${FIGURE_NAMES.rate},${sViewRest(k)}))`;
  }
}
