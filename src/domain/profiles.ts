/**
 * Rule profiles: which checks and rules apply, at which severity, with which parameters and
 * default fund settings. A profile is data, so another fund's profile is added here without code.
 */
import { ALL_IDS, CATALOGUE, type FindingId, type Severity } from "./catalogue";
import type { Bilingual } from "./vocabulary";

export interface RuleProfile {
  readonly id: string;
  readonly title: Bilingual;
  /** IDs switched off in this profile. */
  readonly disabled: readonly FindingId[];
  /** Severities that differ from the catalogue's. */
  readonly severity: Readonly<Partial<Record<FindingId, Severity>>>;
  readonly params: {
    /** R01: an external party is required (two different principals), not just two internal units. */
    readonly requireExternalParty: boolean;
    /** C18: every repayment row must name its year (a time-bound plan). */
    readonly repaymentNeedsYear: boolean;
    /** R21/R22 (Part 2): the fund's margin K14 the region's cashable savings must leave. */
    readonly minMargin: number;
    /** F02 (follow-up): a unit's savings realisation may fall this far below 1. */
    readonly tolerance: number;
    /** F05 (follow-up): actual cost to date may exceed the baseline by this share. */
    readonly costTolerance: number;
  };
  /** Default fund settings, used where the workbook leaves a setting blank. */
  readonly defaults: {
    readonly discountRate: number;
    readonly repaymentHorizonYears: number;
    /** Optimism bias (Part 2): savings cut by `OB_S`, costs raised by `OB_C`. */
    readonly optimismBiasSavings: number;
    readonly optimismBiasCosts: number;
  };
}

export const BLEKINGE_2016: RuleProfile = {
  id: "blekinge-2016",
  title: {
    sv: "Landstinget Blekinge, riktlinjer rev. 2016-10-12",
    en: "Landstinget Blekinge, guidelines rev. 2016-10-12",
  },
  disabled: [],
  severity: {},
  params: { requireExternalParty: false, repaymentNeedsYear: true, minMargin: 0, tolerance: 0.2, costTolerance: 0.1 },
  defaults: { discountRate: 0.03, repaymentHorizonYears: 10, optimismBiasSavings: 0, optimismBiasCosts: 0 },
};

/** The 2014 guidelines as the 2016 memo describes them: two principals, no time-bound plan. */
export const BLEKINGE_2014: RuleProfile = {
  id: "blekinge-2014",
  title: { sv: "Landstinget Blekinge, riktlinjer 2014", en: "Landstinget Blekinge, guidelines 2014" },
  disabled: ["R11"],
  severity: {},
  params: { requireExternalParty: true, repaymentNeedsYear: false, minMargin: 0, tolerance: 0.2, costTolerance: 0.1 },
  defaults: { discountRate: 0.03, repaymentHorizonYears: 10, optimismBiasSavings: 0, optimismBiasCosts: 0 },
};

export const PROFILES: readonly RuleProfile[] = [BLEKINGE_2016, BLEKINGE_2014];
export const DEFAULT_PROFILE = BLEKINGE_2016;

export function findProfile(id: unknown): RuleProfile | undefined {
  if (typeof id !== "string") return undefined;
  const key = id.trim().toLowerCase();
  return PROFILES.find((p) => p.id === key);
}

export function isEnabled(profile: RuleProfile, id: FindingId): boolean {
  return !profile.disabled.includes(id);
}

export function severityOf(profile: RuleProfile, id: FindingId): Severity {
  return profile.severity[id] ?? CATALOGUE[id].severity;
}

/** IDs a profile runs, in catalogue order. */
export function enabledIds(profile: RuleProfile): FindingId[] {
  return ALL_IDS.filter((id) => isEnabled(profile, id));
}
