/**
 * Key figures K01–K10 of `shared/domain.md`, defined once. The workbook's key-figures sheet holds
 * the same figures as Excel formulas over a per-year view; tests prove both agree.
 *
 * The per-year view runs over TIMELINE_YEARS calendar years from the application's first year
 * (t = 0). A row counts in a year when its year is a valid whole year inside the view — which is
 * exactly what Excel's SUMIFS over the year column counts, so engine and workbook agree even on
 * rows the rules report as misplaced.
 */
import type { CoFinancingType } from "./model";
import type { NormalisedApplication } from "./normalised";
import { nameKey } from "./vocabulary";
import { TIMELINE_YEARS } from "./years";

export interface YearFigures {
  readonly year: number;
  /** t = year − first year. */
  readonly t: number;
  /** C_t */ readonly cost: number;
  /** F_t */ readonly coFinancing: number;
  /** A_t = C_t − F_t */ readonly asked: number;
  /** S_t, all parties */ readonly savings: number;
  /** S^R_t, the region's own units */ readonly savingsRegion: number;
  /** P_t */ readonly repayment: number;
  /** S_t − C_t */ readonly net: number;
  /** Σ_{τ≤t} (S_τ − C_τ) */ readonly cumulativeNet: number;
  /** Σ_{τ≤t} P_τ */ readonly cumulativeRepayment: number;
  /** K10: K03 − Σ_{τ≤t} P_τ */ readonly outstanding: number;
}

export interface KeyFigures {
  readonly firstYear: number | null;
  readonly discountRate: number;
  readonly timeline: readonly YearFigures[];
  /** Total cost Σ C_t. */
  readonly K01: number;
  /** Co-financing Σ F_t, also by party (name as first written) and by type. */
  readonly K02: {
    readonly total: number;
    readonly byParty: Readonly<Record<string, number>>;
    readonly byType: Readonly<Record<CoFinancingType, number>>;
  };
  /** Amount asked from the fund Σ A_t. */
  readonly K03: number;
  /** Expected savings, all parties and the region's own units. */
  readonly K04: { readonly all: number; readonly region: number };
  /** Net present value Σ (S_t − C_t)/(1+r)^t. */
  readonly K05: number;
  /** Benefit–cost ratio PV(S)/PV(C); null when PV(C) is 0. */
  readonly K06: number | null;
  /** Payback year, all parties; null if never within the view. */
  readonly K07: number | null;
  /** Payback year, the fund: first year cumulative repayments reach K03; null if never. */
  readonly K08: number | null;
  /** Repayment coverage Σ P_t / K03; null when nothing is asked. */
  readonly K09: number | null;
  /** Outstanding to the fund per year. */
  readonly K10: readonly { readonly year: number; readonly outstanding: number }[];
}

/** Present value at t = 0 of a series whose first element is at t = 0 (Excel: `first + NPV(r, rest)`). */
export function presentValue(series: readonly number[], rate: number): number {
  let pv = 0;
  for (let t = 0; t < series.length; t++) pv += (series[t] ?? 0) / (1 + rate) ** t;
  return pv;
}

/** First index where a running total of `series` reaches `target` (≥), or -1. */
export function firstIndexReaching(series: readonly number[], target: number): number {
  let sum = 0;
  for (let t = 0; t < series.length; t++) {
    sum += series[t] ?? 0;
    if (sum >= target) return t;
  }
  return -1;
}

export interface Dated {
  year: number | null;
}

/** Sums `amount` of rows per timeline slot; rows outside the view or without a year count nowhere. */
export function perYear<T extends Dated>(
  rows: readonly T[],
  first: number,
  amount: (row: T) => number | null,
  keep: (row: T) => boolean = () => true,
): number[] {
  const out = new Array<number>(TIMELINE_YEARS).fill(0);
  for (const row of rows) {
    if (row.year === null || !keep(row)) continue;
    const t = row.year - first;
    const a = amount(row);
    if (t >= 0 && t < TIMELINE_YEARS && a !== null) out[t] = (out[t] ?? 0) + a;
  }
  return out;
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

const NO_FIGURES = (rate: number): KeyFigures => ({
  firstYear: null,
  discountRate: rate,
  timeline: [],
  K01: 0,
  K02: { total: 0, byParty: {}, byType: { cash: 0, workTime: 0, other: 0 } },
  K03: 0,
  K04: { all: 0, region: 0 },
  K05: 0,
  K06: null,
  K07: null,
  K08: null,
  K09: null,
  K10: [],
});

/** K02 by party (named as first written; names match as `nameKey`) and by type, inside the view. */
function coFinancingBreakdown(n: NormalisedApplication, first: number): Omit<KeyFigures["K02"], "total"> {
  const byType: Record<CoFinancingType, number> = { cash: 0, workTime: 0, other: 0 };
  const byParty: Record<string, number> = {};
  const partyLabel = new Map<string, string>();
  for (const row of n.coFinancing) {
    if (row.year === null || row.amount === null) continue;
    const t = row.year - first;
    if (t < 0 || t >= TIMELINE_YEARS) continue;
    const key = nameKey(row.party);
    const label = partyLabel.get(key) ?? row.party;
    partyLabel.set(key, label);
    byParty[label] = (byParty[label] ?? 0) + row.amount;
    if (row.type !== undefined) byType[row.type] += row.amount;
  }
  return { byParty, byType };
}

interface Series {
  readonly C: number[];
  readonly F: number[];
  readonly A: number[];
  readonly S: number[];
  readonly SR: number[];
  readonly P: number[];
  readonly net: number[];
}

function timelineOf(first: number, x: Series, K03: number): YearFigures[] {
  const timeline: YearFigures[] = [];
  let cumNet = 0;
  let cumP = 0;
  for (let t = 0; t < TIMELINE_YEARS; t++) {
    cumNet += x.net[t] ?? 0;
    cumP += x.P[t] ?? 0;
    timeline.push({
      year: first + t,
      t,
      cost: x.C[t] ?? 0,
      coFinancing: x.F[t] ?? 0,
      asked: x.A[t] ?? 0,
      savings: x.S[t] ?? 0,
      savingsRegion: x.SR[t] ?? 0,
      repayment: x.P[t] ?? 0,
      net: x.net[t] ?? 0,
      cumulativeNet: cumNet,
      cumulativeRepayment: cumP,
      outstanding: K03 - cumP,
    });
  }
  return timeline;
}

/** Keys of the parties that are units of the region. */
export const internalParties = (n: NormalisedApplication): ReadonlySet<string> =>
  new Set(n.parties.filter((p) => p.kind === "internal").map((p) => p.key));

export function computeFigures(n: NormalisedApplication): KeyFigures {
  const rate = n.settings.discountRate;
  const first = n.firstYear;
  if (first === null) return NO_FIGURES(rate);
  const internal = internalParties(n);
  const amount = (r: { amount: number | null }): number | null => r.amount;
  const C = perYear(n.costs, first, amount);
  const F = perYear(n.coFinancing, first, amount);
  const S = perYear(n.savings, first, amount);
  const SR = perYear(n.savings, first, amount, (r) => internal.has(nameKey(r.party)));
  const P = perYear(n.repayments, first, amount);
  const A = C.map((c, t) => c - (F[t] ?? 0));
  const net = S.map((s, t) => s - (C[t] ?? 0));
  const K03 = sum(A);
  const timeline = timelineOf(first, { C, F, A, S, SR, P, net }, K03);
  const pvCost = presentValue(C, rate);
  const payback = firstIndexReaching(net, 0);
  const fundPayback = firstIndexReaching(P, K03);
  return {
    firstYear: first,
    discountRate: rate,
    timeline,
    K01: sum(C),
    K02: { ...coFinancingBreakdown(n, first), total: sum(F) },
    K03,
    K04: { all: sum(S), region: sum(SR) },
    K05: presentValue(net, rate),
    K06: pvCost === 0 ? null : presentValue(S, rate) / pvCost,
    K07: payback < 0 ? null : first + payback,
    K08: fundPayback < 0 ? null : first + fundPayback,
    K09: K03 === 0 ? null : sum(P) / K03,
    K10: timeline.map((y) => ({ year: y.year, outstanding: y.outstanding })),
  };
}
