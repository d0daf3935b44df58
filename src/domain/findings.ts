import { ALL_IDS, SEVERITY_RANK, type FindingId, type Severity } from "./catalogue";
import type { FieldRef } from "./model";
import { isEnabled, severityOf, type RuleProfile } from "./profiles";
import type { Bilingual } from "./vocabulary";

/** One thing the engine has to say about an application. */
export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: Bilingual;
  /** The fields it is about (`costs[2].amount`); adapters turn them into cell addresses. */
  readonly refs: readonly FieldRef[];
}

/**
 * A finding before the profile has had its say: whoever notices something (a rule, the grid parser,
 * the check of a file's key-figures sheet) makes a draft; `underProfile` drops the IDs the profile
 * switches off and gives the rest the profile's severity — the one way a finding is made.
 */
export interface FindingDraft {
  readonly id: FindingId;
  readonly message: Bilingual;
  readonly refs: readonly FieldRef[];
  /** Only where a rule decides the severity itself (an unknown profile name is a warning, not an error). */
  readonly severity?: Severity;
}

export function underProfile(profile: RuleProfile, drafts: readonly FindingDraft[]): Finding[] {
  return drafts
    .filter((d) => isEnabled(profile, d.id))
    .map((d) => ({
      id: d.id,
      severity: d.severity ?? severityOf(profile, d.id),
      message: d.message,
      refs: [...d.refs],
    }));
}

/** Collects findings under a profile: switched-off IDs are dropped, severities come from the profile. */
export class FindingSink {
  readonly findings: Finding[] = [];
  constructor(readonly profile: RuleProfile) {}

  add(id: FindingId, message: Bilingual, refs: readonly FieldRef[] = [], severity?: Severity): void {
    this.findings.push(...underProfile(this.profile, [{ id, message, refs, ...(severity ? { severity } : {}) }]));
  }
}

/**
 * Root causes first: a cell that cannot be read (R17) or a year out of place (R18) explains the
 * checklist item or rule it upsets (an R17 on a cost cell before the R06 it causes).
 */
const ROOT_CAUSES: readonly FindingId[] = ["R17", "R18"];
const CATALOGUE_ORDER: ReadonlyMap<FindingId, number> = new Map(
  [...ROOT_CAUSES, ...ALL_IDS.filter((id) => !ROOT_CAUSES.includes(id))].map((id, i) => [id, i]),
);

/** Findings R17, R18 first, then in catalogue order (C01…C19, R01…R22); errors before warnings within an ID. */
export function sortFindings<F extends Pick<Finding, "id" | "severity">>(findings: readonly F[]): F[] {
  return [...findings].sort(
    (a, b) =>
      CATALOGUE_ORDER.get(a.id)! - CATALOGUE_ORDER.get(b.id)! || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

export function countBySeverity(findings: readonly Pick<Finding, "severity">[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
