/**
 * How sure is the repayment? Key figures K11–K17 of `shared/domain.md` Part 2: savings adjusted for
 * deadweight, attribution and optimism bias, the cashable part that can repay the fund, the margins
 * of the fund and of each repaying unit, the delay the plan tolerates, and the applicant's own low
 * and high scenarios.
 * Blank adjustments give K11 = K04 and K12 = K05. The Känslighet sheet computes the same figures as
 * live formulas (templates/sheets/sensitivity.ts); rules R19–R22 read them (robustness-rules.ts).
 */
import { perYear, presentValue, sum, type KeyFigures } from "./figures";
import type { NSaving, NormalisedApplication } from "./normalised";
import { nameKey } from "./vocabulary";

/** The optional adjustments of one savings row (blank: no deadweight or attribution, all cashable). */
export interface SavingsAdjustments {
  readonly deadweight?: number | null;
  readonly attribution?: number | null;
  readonly cashableShare?: number | null;
  readonly effectShareLow?: number | null;
  readonly effectShareHigh?: number | null;
}

/** Optimism bias, from the fund settings (profile defaults 0). */
export interface OptimismBias {
  readonly savings: number;
  readonly costs: number;
}

export type Scenario = "low" | "base" | "high";

export interface ScenarioFigures {
  /** K11 all: Σ S*. */
  readonly adjustedSavings: number;
  /** K12. */
  readonly adjustedNpv: number;
  /** K14; null when the region's cashable adjusted savings are 0. */
  readonly fundMargin: number | null;
  /** K15 per repaying unit (name as first written in the repayment plan). */
  readonly unitMargins: readonly { readonly unit: string; readonly margin: number | null }[];
}

export interface RobustFigures {
  readonly K11: { readonly all: number; readonly region: number; readonly regionCashable: number };
  readonly K12: number;
  /** PV(S*)/PV(C*); null when PV(C*) is 0. */
  readonly K13: number | null;
  readonly K14: number | null;
  readonly K15: ScenarioFigures["unitMargins"];
  /** Whole years the savings may come late and still cover the costs; "unlimited" at r = 0; null when K13 < 1. */
  readonly K16: number | "unlimited" | null;
  readonly K17: Readonly<Record<Scenario, ScenarioFigures>>;
}

type AdjustedRow = NSaving;

const share = (v: number | null | undefined, blank: number): number => (v === null || v === undefined ? blank : v);

/** S* of one row in a scenario: V·UC·E·(1−DW)(1−AT)(1−OB_S); null where the row has no amount. */
function adjusted(row: AdjustedRow, scenario: Scenario, ob: OptimismBias): number | null {
  if (row.volume === null || row.unitCost === null || row.effectShare === null) return null;
  const effect =
    scenario === "low"
      ? share(row.effectShareLow, row.effectShare)
      : scenario === "high"
        ? share(row.effectShareHigh, row.effectShare)
        : row.effectShare;
  const kept = (1 - share(row.deadweight, 0)) * (1 - share(row.attribution, 0)) * (1 - ob.savings);
  return row.volume * row.unitCost * effect * kept;
}

const cashable = (row: AdjustedRow, scenario: Scenario, ob: OptimismBias): number | null => {
  const s = adjusted(row, scenario, ob);
  return s === null ? null : s * share(row.cashableShare, 1);
};

/** 1 − part / whole; null when there is nothing to cover with. */
const margin = (part: number, whole: number): number | null => (whole === 0 ? null : 1 - part / whole);

function scenarioFigures(n: NormalisedApplication, f: KeyFigures, scenario: Scenario, ob: OptimismBias) {
  const first = f.firstYear!;
  const rows = n.savings as readonly AdjustedRow[];
  const internal = new Set(n.parties.filter((p) => p.kind === "internal").map((p) => p.key));
  const inRegion = (r: AdjustedRow): boolean => internal.has(nameKey(r.party));
  const S = perYear(rows, first, (r) => adjusted(r, scenario, ob));
  const C = f.timeline.map((y) => y.cost * (1 + ob.costs));
  const regionCashable = sum(perYear(rows, first, (r) => cashable(r, scenario, ob), inRegion));
  const units = new Map<string, string>();
  for (const p of n.repayments) if (p.unit !== "" && !units.has(nameKey(p.unit))) units.set(nameKey(p.unit), p.unit);
  const unitMargins = [...units].map(([key, unit]) => {
    const repaid = sum(
      perYear(
        n.repayments,
        first,
        (p) => p.amount,
        (p) => nameKey(p.unit) === key,
      ),
    );
    const own = sum(
      perYear(
        rows,
        first,
        (r) => cashable(r, scenario, ob),
        (r) => nameKey(r.party) === key,
      ),
    );
    return { unit, margin: margin(repaid, own) };
  });
  return {
    S,
    C,
    region: sum(perYear(rows, first, (r) => adjusted(r, scenario, ob), inRegion)),
    regionCashable,
    figures: {
      adjustedSavings: sum(S),
      adjustedNpv: presentValue(
        S.map((s, t) => s - (C[t] ?? 0)),
        f.discountRate,
      ),
      fundMargin: margin(f.K03, regionCashable),
      unitMargins,
    },
  };
}

/** K16 from K13 and r: the largest whole d ≥ 0 with K13 / (1+r)^d ≥ 1. */
export function delayTolerance(bcr: number | null, rate: number): number | "unlimited" | null {
  if (bcr === null || bcr < 1) return null;
  if (rate === 0) return "unlimited";
  // A hair of slack so that a ratio of exactly (1+r)^d gives d, not d − 1, after rounding.
  return Math.floor(Math.log(bcr) / Math.log(1 + rate) + 1e-9);
}

export function robustFigures(
  n: NormalisedApplication,
  f: KeyFigures,
  ob: OptimismBias = { savings: 0, costs: 0 },
): RobustFigures | null {
  if (f.firstYear === null) return null;
  const base = scenarioFigures(n, f, "base", ob);
  const pvCost = presentValue(base.C, f.discountRate);
  const K13 = pvCost === 0 ? null : presentValue(base.S, f.discountRate) / pvCost;
  return {
    K11: { all: base.figures.adjustedSavings, region: base.region, regionCashable: base.regionCashable },
    K12: base.figures.adjustedNpv,
    K13,
    K14: base.figures.fundMargin,
    K15: base.figures.unitMargins,
    K16: delayTolerance(K13, f.discountRate),
    K17: {
      low: scenarioFigures(n, f, "low", ob).figures,
      base: base.figures,
      high: scenarioFigures(n, f, "high", ob).figures,
    },
  };
}
