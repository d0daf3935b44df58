/**
 * The application model: what one application to the social investment fund says.
 *
 * Every field that a user types into the workbook is held as a `RawValue` — exactly what the
 * cell held (a number, text, a date, an error such as `#REF!`, or nothing). The engine turns raw
 * values into typed ones itself (`normalise.ts`) and reports what it cannot use (R17, R18), so it
 * never throws on user data and never silently uses a wrong number.
 *
 * Field paths (`FieldRef`) name the place a finding is about: `text.name`, `period.startYear`,
 * `costs[2].amount`, `settings.discountRate`. Adapters map them to cell addresses.
 */

/** An error value from a spreadsheet cell, e.g. `#REF!`, `#DIV/0!`, `#NAME?`. */
export interface CellError {
  readonly error: string;
}

/**
 * The error value a reader gives a formula cell whose file holds no result for it (a file written
 * by a tool that does not calculate, e.g. openpyxl): not a value the engine may count.
 */
export const UNCALCULATED = "#UNCALCULATED";

/** What a cell held: nothing, a number, text, a boolean, a date, or an error value. */
export type RawValue = number | string | boolean | Date | CellError | null | undefined;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as CellError).error === "string";
}

/** Path of a field in the model; adapters map it to a cell address. */
export type FieldRef = string;

/** The application's text items (C01–C09, C15, R04, R05, R12, R15 and the explicit "no" answers). */
export interface TextItems {
  /** C01 Namn på investeringen */
  name: RawValue;
  /** C02 Beskrivning av investeringens innehåll */
  description: RawValue;
  /** C03 Metod */
  method: RawValue;
  /** C03 Referenser till forskning eller evidensbaserad praktik */
  references: RawValue;
  /** C05 Explicit answer: the investment has no external parties (ja/nej). */
  noExternalParties: RawValue;
  /** C06 Målgrupp */
  targetGroup: RawValue;
  /** C06 Size of the target group (optional number). */
  targetGroupSize: RawValue;
  /** R05 The target group is children or young people (ja/nej). */
  childrenAndYoungPeople: RawValue;
  /** C07 Hur målgruppen ska identifieras */
  identification: RawValue;
  /** C08 Kartläggning av andra insatser för samma målgrupp */
  otherInterventions: RawValue;
  /** C15 Hur investeringen minskar parternas totala kostnader */
  costReduction: RawValue;
  /** R04 The investment is preventive (ja/nej) … */
  preventive: RawValue;
  /** R04 … and why. */
  preventiveJustification: RawValue;
  /** R15 How progress is followed up and reported during the project. */
  followUpPlan: RawValue;
  /** C19 Explicit answer: there is no co-financing (ja/nej). */
  noCoFinancing: RawValue;
  /** R12 The principles for sharing the co-financing between the parties. */
  coFinancingPrinciples: RawValue;
}

/** C09 Tidsperiod. */
export interface Period {
  startYear: RawValue;
  endYear: RawValue;
}

export type PartyKind = "internal" | "external";
export type PartyRole = "lead" | "participating";

/** A unit of the region (internal) or an external party (municipality, NGO, business …). C04, C05. */
export interface Party {
  name: RawValue;
  /** internal | external (Swedish or English label) */
  kind: RawValue;
  /** lead | participating (Swedish or English label) */
  role: RawValue;
}

/** C10 Cost of the investment, by year, party and category. */
export interface CostRow {
  year: RawValue;
  party: RawValue;
  category: RawValue;
  amount: RawValue;
}

export type CoFinancingType = "cash" | "workTime" | "other";

/** C19 Co-financing: who contributes what, in which form, which year. */
export interface CoFinancingRow {
  party: RawValue;
  /** cash | work time | other (Swedish or English label), R14 */
  type: RawValue;
  /** Required when the type is "other" (R14). */
  description: RawValue;
  year: RawValue;
  amount: RawValue;
}

/**
 * C16/C17 Expected saving in one unit or party in one year. The amount is always
 * volume × unit cost × effect share (one definition; the workbook computes the same).
 * Enter a lump sum as volume 1, unit cost = the sum, effect share 100 %.
 */
export interface SavingsRow {
  party: RawValue;
  year: RawValue;
  /** How many cases, days, visits … are affected. */
  volume: RawValue;
  /** Cost per case in kronor. */
  unitCost: RawValue;
  /** Share of the cost that the investment is expected to remove, 0–1. */
  effectShare: RawValue;
  /** How the figures were arrived at (C17). */
  basis: RawValue;
  /** Part 2, optional shares 0–1: what would have happened anyway, what is owed to others, what can repay. */
  deadweight?: RawValue;
  attribution?: RawValue;
  cashableShare?: RawValue;
  /** Part 2: the applicant's low and high effect share (blank: the effect share). */
  effectShareLow?: RawValue;
  effectShareHigh?: RawValue;
}

/** C11–C14 An expected effect for the target group and how it is measured. */
export interface Effect {
  description: RawValue;
  expectedYear: RawValue;
  measurementMethod: RawValue;
  /** When the measurement is made: text with one or more years, e.g. "2019, 2020, 2022". */
  measurementTimes: RawValue;
}

/** C18 One repayment to the fund: year, responsible unit, amount. */
export interface RepaymentRow {
  year: RawValue;
  unit: RawValue;
  amount: RawValue;
}

/** R03 Head of unit (or equivalent) endorses the application for one party. */
export interface Endorsement {
  party: RawValue;
  name: RawValue;
  title: RawValue;
  date: RawValue;
}

/** The board's economic frame for the fund in one year (R16). */
export interface AnnualFrame {
  year: RawValue;
  amount: RawValue;
}

/** Fund settings; blank values take the profile's defaults. */
export interface FundSettings {
  profile: RawValue;
  discountRate: RawValue;
  repaymentHorizonYears: RawValue;
  /** Part 2 optimism bias (`OB_S`, `OB_C`), shares 0–1; blank: the profile's default. */
  optimismBiasSavings: RawValue;
  optimismBiasCosts: RawValue;
  annualFrames: AnnualFrame[];
}

export interface Application {
  text: TextItems;
  period: Period;
  parties: Party[];
  costs: CostRow[];
  coFinancing: CoFinancingRow[];
  savings: SavingsRow[];
  effects: Effect[];
  repayments: RepaymentRow[];
  endorsements: Endorsement[];
  settings: FundSettings;
}

/** An application with nothing filled in. */
export function emptyApplication(): Application {
  return {
    text: {
      name: null,
      description: null,
      method: null,
      references: null,
      noExternalParties: null,
      targetGroup: null,
      targetGroupSize: null,
      childrenAndYoungPeople: null,
      identification: null,
      otherInterventions: null,
      costReduction: null,
      preventive: null,
      preventiveJustification: null,
      followUpPlan: null,
      noCoFinancing: null,
      coFinancingPrinciples: null,
    },
    period: { startYear: null, endYear: null },
    parties: [],
    costs: [],
    coFinancing: [],
    savings: [],
    effects: [],
    repayments: [],
    endorsements: [],
    settings: {
      profile: null,
      discountRate: null,
      repaymentHorizonYears: null,
      optimismBiasSavings: null,
      optimismBiasCosts: null,
      annualFrames: [],
    },
  };
}
