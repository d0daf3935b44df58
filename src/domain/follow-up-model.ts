/**
 * After the board's decision (`shared/domain.md` Part 2, follow-up): the decision block, the frozen
 * baseline of the approved plan and the actuals reported against it — as raw cell values, like the
 * application (model.ts) — and their normalised form, which U01–U05 and F01–F07 read.
 */
import type { FieldRef, RawValue } from "./model";
import type { Bilingual } from "./vocabulary";

export type DecisionStatus = "applied" | "granted" | "rejected" | "closed" | "writtenOff";

/** The statuses of an application at the fund, as the decision block's drop-down shows them. */
export const DECISION_STATUSES: Readonly<Record<DecisionStatus, Bilingual>> = {
  applied: { sv: "ansökt", en: "applied" },
  granted: { sv: "beviljad", en: "granted" },
  rejected: { sv: "avslagen", en: "rejected" },
  closed: { sv: "avslutad", en: "closed" },
  writtenOff: { sv: "avskriven", en: "written off" },
};

/**
 * What the baseline freezes. Co-financing per year is frozen beside the cost (domain.md lists cost,
 * savings and repayments): the fund's ledger spreads a granted amount as the approved A_t = C_t − F_t.
 */
export type BaselineKind = "cost" | "coFinancing" | "saving" | "repayment";

export const BASELINE_KINDS: Readonly<Record<BaselineKind, Bilingual>> = {
  cost: { sv: "Kostnad", en: "Cost" },
  coFinancing: { sv: "Medfinansiering", en: "Co-financing" },
  saving: { sv: "Besparing", en: "Saving" },
  repayment: { sv: "Återföring", en: "Repayment" },
};

/** The decision block (named cells). */
export interface DecisionBlock {
  decisionDate: RawValue;
  reference: RawValue;
  /** May differ from K03; blank: K03 of the plan. */
  grantedAmount: RawValue;
  status: RawValue;
  /** The year up to which actuals are reported (Y); blank: the current year. */
  followUpYear: RawValue;
  finalReportDone: RawValue;
}

/** One frozen value of the approved plan: cost per year (no unit), savings and repayments per unit and year. */
export interface BaselineRow {
  kind: RawValue;
  year: RawValue;
  unit: RawValue;
  amount: RawValue;
}

export interface Baseline {
  frozenOn: RawValue;
  fingerprint: RawValue;
  rows: BaselineRow[];
}

export interface FollowUpInput {
  decision: DecisionBlock;
  baseline: Baseline;
  actualCosts: { year: RawValue; party: RawValue; amount: RawValue }[];
  actualCoFinancing: { year: RawValue; party: RawValue; amount: RawValue }[];
  /** Verified saving = measured volume × unit cost × effect share. */
  measuredSavings: {
    year: RawValue;
    unit: RawValue;
    volume: RawValue;
    unitCost: RawValue;
    effectShare: RawValue;
    evidence: RawValue;
  }[];
  /** Repayments booked (the budget-frame cut), with the booking date. */
  bookedRepayments: { year: RawValue; unit: RawValue; amount: RawValue; date: RawValue }[];
  measurements: { effect: RawValue; year: RawValue; value: RawValue; target: RawValue }[];
}

export function emptyFollowUp(): FollowUpInput {
  return {
    decision: {
      decisionDate: null,
      reference: null,
      grantedAmount: null,
      status: null,
      followUpYear: null,
      finalReportDone: null,
    },
    baseline: { frozenOn: null, fingerprint: null, rows: [] },
    actualCosts: [],
    actualCoFinancing: [],
    measuredSavings: [],
    bookedRepayments: [],
    measurements: [],
  };
}

/** A value per year and unit, with the cell it came from. */
export interface NAmount {
  readonly year: number;
  readonly unit: string;
  readonly amount: number;
  readonly ref: FieldRef;
}

export interface NBaselineRow {
  readonly kind: BaselineKind;
  readonly year: number;
  readonly unit: string;
  readonly amount: number;
}

export interface NormalisedFollowUp {
  readonly decision: {
    readonly date: Date | null;
    readonly reference: string;
    readonly granted: number | null;
    readonly status: DecisionStatus | undefined;
    /** Y as given; null: blank (the caller's current year applies). */
    readonly year: number | null;
    readonly finalReportDone: boolean;
  };
  readonly baseline: {
    readonly frozenOn: Date | null;
    readonly fingerprint: string;
    readonly rows: readonly NBaselineRow[];
    /** Rows that could not be read (each an R17): the fingerprint cannot match then. */
    readonly unreadable: number;
  };
  readonly actualCosts: readonly NAmount[];
  readonly actualCoFinancing: readonly NAmount[];
  readonly verifiedSavings: readonly NAmount[];
  readonly booked: readonly NAmount[];
  readonly measurements: readonly { readonly effect: string; readonly year: number; readonly ref: FieldRef }[];
}
