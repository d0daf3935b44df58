/**
 * What the checklist (checklist.ts) and the rules (rules.ts) share: the shape of one assessment,
 * the amount tolerance, and the views of the application several of them read.
 */
import { perYear, type KeyFigures } from "./figures";
import type { FindingSink } from "./findings";
import { formatKr } from "./format";
import type { FieldRef } from "./model";
import type { NParty, NormalisedApplication } from "./normalised";
import { nameKey, type Bilingual } from "./vocabulary";

/** One checklist item or rule: reads the normalised application and the key figures, reports to the sink. */
export type Assessment = (n: NormalisedApplication, f: KeyFigures, sink: FindingSink) => void;

/** Amount comparisons allow half a krona, so öre from a multiplication never make a finding. */
export const TOLERANCE_KR = 0.5;

export const kr = (n: number): Bilingual => ({ sv: formatKr(n, "sv"), en: formatKr(n, "en") });

/**
 * A cell already reported as unusable (R17/R18) is not reported again as missing: the user sees
 * one finding per cell, the one that says what is wrong with what is there.
 */
export const reported = (sink: FindingSink, ref: FieldRef): boolean =>
  sink.findings.some((f) => (f.id === "R17" || f.id === "R18") && f.refs.includes(ref));

/** Parties by name key (the first row of a name wins). */
export function partyIndex(n: NormalisedApplication): Map<string, NParty> {
  const map = new Map<string, NParty>();
  for (const p of n.parties) if (p.key !== "" && !map.has(p.key)) map.set(p.key, p);
  return map;
}

export interface RepayingUnit {
  readonly label: string;
  readonly refs: FieldRef[];
  /** Savings and repayments per year of the view (t = 0 …). */
  readonly saving: number[];
  readonly repay: number[];
}

/** Each unit named in the repayment plan, with its own savings and repayments per year. */
export function repayingUnits(n: NormalisedApplication, f: KeyFigures): RepayingUnit[] {
  const first = f.firstYear;
  if (first === null) return [];
  const units = new Map<string, { label: string; refs: FieldRef[] }>();
  for (const p of n.repayments) {
    if (p.unit === "") continue;
    const u = units.get(nameKey(p.unit)) ?? { label: p.unit, refs: [] };
    units.set(nameKey(p.unit), u);
    u.refs.push(`repayments[${p.index}].amount`);
  }
  return [...units].map(([key, u]) => ({
    ...u,
    saving: perYear(
      n.savings,
      first,
      (s) => s.amount,
      (s) => nameKey(s.party) === key,
    ),
    repay: perYear(
      n.repayments,
      first,
      (p) => p.amount,
      (p) => nameKey(p.unit) === key,
    ),
  }));
}
