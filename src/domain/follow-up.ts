/**
 * Is it happening? Follow-up figures U01–U05 of `shared/domain.md` Part 2: actual cost against the
 * frozen baseline, savings realisation, repayments booked against planned, what is still owed, and
 * when the fund will be paid back at the realisation seen so far. Everything "to date" is t ≤ Y.
 */
import type { NAmount, NBaselineRow, NormalisedFollowUp } from "./follow-up-model";
import { nameKey } from "./vocabulary";
import { TIMELINE_YEARS } from "./years";

export interface UnitFollowUp {
  /** As first written in the baseline (or, for a unit only in the actuals, there). */
  readonly unit: string;
  /** U02: verified and baseline savings to date, and their ratio (null when nothing was planned yet). */
  readonly verified: number;
  readonly plannedSavings: number;
  readonly realisation: number | null;
  /** U03: booked and planned repayments to date; overdue = max(0, planned − booked). */
  readonly booked: number;
  readonly plannedRepayments: number;
  readonly overdue: number;
  /** What the unit still owes: its baseline repayments in all years − all it has booked (not below 0). */
  readonly owes: number;
}

export interface FollowUpFigures {
  /** The follow-up year Y. */
  readonly year: number;
  readonly granted: number;
  /** U01: actual − baseline cost to date, and as a share of the baseline (null when it is 0). */
  readonly U01: {
    readonly actual: number;
    readonly baseline: number;
    readonly variance: number;
    readonly share: number | null;
  };
  readonly U02: { readonly all: number | null; readonly verified: number; readonly planned: number };
  readonly units: readonly UnitFollowUp[];
  /** U03 overdue, all units. */
  readonly U03overdue: number;
  /** U04: granted − Σ booked. */
  readonly U04: number;
  /** U05: the first year cumulative booked + projected repayments reach the granted amount; null within 30 years. */
  readonly U05: number | null;
  /** The year the baseline's own repayments reach the granted amount (what U05 is compared with). */
  readonly plannedPayback: number | null;
}

const toDate = (rows: readonly { year: number; amount: number }[], y: number): number =>
  rows.filter((r) => r.year <= y).reduce((a, r) => a + r.amount, 0);

const ofKind = (rows: readonly NBaselineRow[], kind: NBaselineRow["kind"]) => rows.filter((r) => r.kind === kind);

/** Units in order: the baseline's savings and repayments first, then any only in the actuals. */
function unitNames(f: NormalisedFollowUp): Map<string, string> {
  const names = new Map<string, string>();
  const add = (unit: string): void => {
    if (unit !== "" && !names.has(nameKey(unit))) names.set(nameKey(unit), unit);
  };
  for (const r of f.baseline.rows) if (r.kind !== "cost") add(r.unit);
  for (const r of [...f.verifiedSavings, ...f.booked]) add(r.unit);
  return names;
}

const ofUnit = <T extends { unit: string }>(rows: readonly T[], key: string): T[] =>
  rows.filter((r) => nameKey(r.unit) === key);

function unitFigures(f: NormalisedFollowUp, key: string, unit: string, y: number): UnitFollowUp {
  const verified = toDate(ofUnit(f.verifiedSavings, key), y);
  const plannedSavings = toDate(ofUnit(ofKind(f.baseline.rows, "saving"), key), y);
  const booked = toDate(ofUnit(f.booked, key), y);
  const plannedRepayments = toDate(ofUnit(ofKind(f.baseline.rows, "repayment"), key), y);
  const allPlanned = ofUnit(ofKind(f.baseline.rows, "repayment"), key).reduce((a, r) => a + r.amount, 0);
  const allBooked = ofUnit(f.booked, key).reduce((a, r) => a + r.amount, 0);
  return {
    unit,
    verified,
    plannedSavings,
    realisation: plannedSavings === 0 ? null : verified / plannedSavings,
    booked,
    plannedRepayments,
    overdue: Math.max(0, plannedRepayments - booked),
    owes: Math.max(0, allPlanned - allBooked),
  };
}

/** The first year the baseline's repayments, year by year, reach the granted amount. */
function plannedPayback(f: NormalisedFollowUp, granted: number): number | null {
  const rows = [...ofKind(f.baseline.rows, "repayment")].sort((a, b) => a.year - b.year);
  let total = 0;
  for (const r of rows) {
    total += r.amount;
    if (total >= granted - 0.5) return r.year;
  }
  return null;
}

/**
 * U05: booked repayments to Y, then the baseline's repayments after Y scaled by each unit's
 * realisation (capped at 1; a unit with nothing planned yet keeps its plan), year by year.
 */
function projectedPayback(f: NormalisedFollowUp, units: readonly UnitFollowUp[], y: number, granted: number) {
  const planned = ofKind(f.baseline.rows, "repayment");
  // The view starts at the baseline's first year (the workbook's Uppföljning sheet does the same).
  const years = [...f.baseline.rows, ...f.booked].map((r) => r.year);
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const rate = new Map(units.map((u) => [nameKey(u.unit), Math.min(1, u.realisation ?? 1)]));
  let total = 0;
  for (let year = first; year < first + TIMELINE_YEARS; year++) {
    const inYear = (rows: readonly NAmount[] | readonly NBaselineRow[]) => rows.filter((r) => r.year === year);
    if (year <= y) total += (inYear(f.booked) as NAmount[]).reduce((a, r) => a + r.amount, 0);
    else
      total += (inYear(planned) as NBaselineRow[]).reduce((a, r) => a + r.amount * (rate.get(nameKey(r.unit)) ?? 1), 0);
    if (total >= granted - 0.5) return year;
  }
  return null;
}

/** U01–U05 at the follow-up year `y`; `planAsked` (K03 of the approved plan) when no granted amount is given. */
export function followUpFigures(f: NormalisedFollowUp, y: number, planAsked: number): FollowUpFigures {
  const granted = f.decision.granted ?? planAsked;
  const actual = toDate(f.actualCosts, y);
  const baseline = toDate(ofKind(f.baseline.rows, "cost"), y);
  const units = [...unitNames(f)].map(([key, unit]) => unitFigures(f, key, unit, y));
  const verified = units.reduce((a, u) => a + u.verified, 0);
  const planned = units.reduce((a, u) => a + u.plannedSavings, 0);
  return {
    year: y,
    granted,
    U01: {
      actual,
      baseline,
      variance: actual - baseline,
      share: baseline === 0 ? null : (actual - baseline) / baseline,
    },
    U02: { all: planned === 0 ? null : verified / planned, verified, planned },
    units,
    U03overdue: units.reduce((a, u) => a + u.overdue, 0),
    U04: granted - f.booked.reduce((a, r) => a + r.amount, 0),
    U05: projectedPayback(f, units, y, granted),
    plannedPayback: plannedPayback(f, granted),
  };
}
