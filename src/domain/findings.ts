import { CATALOGUE, type FindingId, type Severity } from "./catalogue";
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

/** Collects findings under a profile: switched-off IDs are dropped, severities come from the profile. */
export class FindingSink {
  readonly findings: Finding[] = [];
  constructor(readonly profile: RuleProfile) {}

  add(id: FindingId, message: Bilingual, refs: readonly FieldRef[] = [], severity?: Severity): void {
    if (!isEnabled(this.profile, id)) return;
    this.findings.push({ id, severity: severity ?? severityOf(this.profile, id), message, refs: [...refs] });
  }
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings in catalogue order (C01…C19, R01…R18), errors before warnings within an ID. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const order = Object.keys(CATALOGUE);
  return [...findings].sort(
    (a, b) => order.indexOf(a.id) - order.indexOf(b.id) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
