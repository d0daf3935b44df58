/**
 * The application as the rules and figures read it: every raw cell value turned into a typed one
 * (text trimmed as Excel's TRIM does, numbers or null, whole years or null, Yes/No words parsed).
 * `index` is the row's place in its table, so findings can name the cell.
 */
import type { CoFinancingType, PartyKind, PartyRole } from "./model";

export interface NParty {
  index: number;
  name: string;
  key: string;
  kind?: PartyKind;
  role?: PartyRole;
  kindText: string;
  roleText: string;
}
export interface NCost {
  index: number;
  year: number | null;
  party: string;
  category: string;
  amount: number | null;
}
export interface NCoFinancing {
  index: number;
  party: string;
  type?: CoFinancingType;
  typeText: string;
  description: string;
  year: number | null;
  amount: number | null;
}
export interface NSaving {
  index: number;
  party: string;
  year: number | null;
  volume: number | null;
  unitCost: number | null;
  effectShare: number | null;
  amount: number | null;
  basis: string;
  /** Part 2 adjustments (robustness.ts); null when blank. */
  deadweight: number | null;
  attribution: number | null;
  cashableShare: number | null;
  effectShareLow: number | null;
  effectShareHigh: number | null;
}
export interface NEffect {
  index: number;
  description: string;
  expectedYear: number | null;
  method: string;
  times: string;
  timeYears: number[];
}
export interface NRepayment {
  index: number;
  year: number | null;
  unit: string;
  amount: number | null;
}
export interface NEndorsement {
  index: number;
  party: string;
  name: string;
  title: string;
  date: Date | null;
  dateText: string;
}
export interface NFrame {
  index: number;
  year: number | null;
  amount: number | null;
}

export type YesNo = "yes" | "no" | undefined;

export interface NormalisedApplication {
  text: {
    name: string;
    description: string;
    method: string;
    references: string;
    targetGroup: string;
    targetGroupSize: number | null;
    identification: string;
    otherInterventions: string;
    costReduction: string;
    preventiveJustification: string;
    followUpPlan: string;
    coFinancingPrinciples: string;
    noExternalParties: YesNo;
    childrenAndYoungPeople: YesNo;
    preventive: YesNo;
    noCoFinancing: YesNo;
  };
  period: { start: number | null; end: number | null };
  /** First year of the per-year view: the period's start, else the earliest cost year. */
  firstYear: number | null;
  parties: NParty[];
  costs: NCost[];
  coFinancing: NCoFinancing[];
  savings: NSaving[];
  effects: NEffect[];
  repayments: NRepayment[];
  endorsements: NEndorsement[];
  settings: {
    discountRate: number;
    repaymentHorizonYears: number;
    /** Part 2: savings cut by `savings`, costs raised by `costs` (shares 0–1). */
    optimismBias: { savings: number; costs: number };
    frames: NFrame[];
  };
}
