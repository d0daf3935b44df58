/**
 * The application form and the fund settings: the named single cells of the workbook, each with
 * its model field, label and checklist ID.
 */
import { DEFAULT_PROFILE } from "../domain/profiles";
import type { Bilingual, Lang } from "../domain/vocabulary";
import { listSource } from "./data-validation";
import { BASELINE_FORM, DECISION_FORM } from "./follow-up-forms";
import { TIMELINE_YEARS } from "../domain/years";
import type { DataValidationRule } from "./sheet-plan";
import type { NumberFormatKey } from "./styles";
import type { ListKind } from "./tables";

/** The named cells of the application sheet: name, model field, label, checklist ID, kind. */
export type FieldKind = "text" | "long" | "yesNo" | "year" | "count";
export interface FormField {
  readonly name: string;
  readonly field: string;
  readonly id: string;
  readonly label: Bilingual;
  readonly kind: FieldKind;
}
export interface FormSection {
  readonly title: Bilingual;
  readonly fields: readonly FormField[];
}

const f = (name: string, field: string, id: string, sv: string, en: string, kind: FieldKind = "long"): FormField => ({
  name,
  field,
  id,
  label: { sv, en },
  kind,
});

export const APPLICATION_FORM: readonly FormSection[] = [
  {
    title: { sv: "Investeringen", en: "The investment" },
    fields: [
      f("Namn", "text.name", "C01", "Namn på investeringen", "Name of the investment", "text"),
      f(
        "Beskrivning",
        "text.description",
        "C02",
        "Beskrivning av investeringens innehåll",
        "Description of the investment's content",
      ),
      f("Metod", "text.method", "C03", "Metod för investeringen", "Method of the investment"),
      f(
        "Referenser",
        "text.references",
        "C03",
        "Referenser till forskning eller evidensbaserad praktik",
        "References to research or evidence-based practice",
      ),
      f(
        "Forebyggande",
        "text.preventive",
        "R04",
        "Är investeringen förebyggande? (Ja/Nej)",
        "Is the investment preventive? (Yes/No)",
        "yesNo",
      ),
      f(
        "Forebyggande_motivering",
        "text.preventiveJustification",
        "R04",
        "Kort motivering till att den är förebyggande",
        "Short justification of why it is preventive",
      ),
    ],
  },
  {
    title: { sv: "Målgrupp", en: "Target group" },
    fields: [
      f("Malgrupp", "text.targetGroup", "C06", "Målgrupp för investeringen", "Target group of the investment"),
      f(
        "Malgrupp_antal",
        "text.targetGroupSize",
        "C06",
        "Målgruppens storlek (antal personer, frivilligt)",
        "Size of the target group (people, optional)",
        "count",
      ),
      f(
        "Barn_och_unga",
        "text.childrenAndYoungPeople",
        "R05",
        "Är målgruppen barn och unga? (Ja/Nej)",
        "Is the target group children and young people? (Yes/No)",
        "yesNo",
      ),
      f(
        "Identifiering",
        "text.identification",
        "C07",
        "Hur målgruppen ska identifieras",
        "How the target group will be identified",
      ),
      f(
        "Andra_insatser",
        "text.otherInterventions",
        "C08",
        "Kartläggning av andra insatser för samma målgrupp",
        "Survey of other interventions for the same target group",
      ),
    ],
  },
  {
    title: { sv: "Tidsperiod och parter", en: "Period and parties" },
    fields: [
      f("Startar", "period.startYear", "C09", "Tidsperiodens första år", "First year of the period", "year"),
      f("Slutar", "period.endYear", "C09", "Tidsperiodens sista år", "Last year of the period", "year"),
      f(
        "Inga_externa_parter",
        "text.noExternalParties",
        "C05",
        "Deltar inga externa parter? Svara Ja om så är fallet",
        "Do no external parties take part? Answer Yes if so",
        "yesNo",
      ),
    ],
  },
  {
    title: {
      sv: "Kostnadsminskning, medfinansiering och uppföljning",
      en: "Cost reduction, co-financing and follow-up",
    },
    fields: [
      f(
        "Kostnadsminskning",
        "text.costReduction",
        "C15",
        "Hur investeringen bidrar till att parternas totala kostnader minskar",
        "How the investment lowers the parties' total costs",
      ),
      f(
        "Ingen_medfinansiering",
        "text.noCoFinancing",
        "C19",
        "Finns ingen medfinansiering? Svara Ja om så är fallet",
        "Is there no co-financing? Answer Yes if so",
        "yesNo",
      ),
      f(
        "Medfinansiering_principer",
        "text.coFinancingPrinciples",
        "R12",
        "Principer för fördelning av medfinansieringen",
        "Principles for sharing the co-financing",
      ),
      f(
        "Uppfoljning",
        "text.followUpPlan",
        "R15",
        "Hur utvecklingen följs och rapporteras under projektet",
        "How progress is followed up and reported during the project",
      ),
    ],
  },
];

/** The default profile's defaults, as the labels state them (a blank setting takes its profile's). */
const DEFAULT_RATE = DEFAULT_PROFILE.defaults.discountRate * 100;
const DEFAULT_HORIZON = DEFAULT_PROFILE.defaults.repaymentHorizonYears;
const DEFAULT_OB_S = DEFAULT_PROFILE.defaults.optimismBiasSavings * 100;
const DEFAULT_OB_C = DEFAULT_PROFILE.defaults.optimismBiasCosts * 100;

export interface SettingField {
  readonly name: string;
  readonly field: string;
  readonly label: Bilingual;
  readonly format: NumberFormatKey;
  /** A number check, a drop-down list, or none. */
  readonly rule: DataValidationRule | ListKind | "none";
}

export const SETTINGS_FORM: readonly SettingField[] = [
  {
    name: "Regelprofil",
    field: "settings.profile",
    label: { sv: "Regelprofil", en: "Rule profile" },
    format: "text",
    rule: "profile",
  },
  {
    name: "Diskonteringsranta",
    field: "settings.discountRate",
    label: { sv: `Diskonteringsränta (tom = ${DEFAULT_RATE} %)`, en: `Discount rate (blank = ${DEFAULT_RATE} %)` },
    format: "percent",
    rule: { type: "decimal", min: 0, max: 1 },
  },
  {
    name: "Aterforingshorisont",
    field: "settings.repaymentHorizonYears",
    label: {
      sv: `Återföringshorisont, år efter periodens slut (tom = ${DEFAULT_HORIZON})`,
      en: `Repayment horizon, years after the period (blank = ${DEFAULT_HORIZON})`,
    },
    format: "count",
    rule: { type: "whole", min: 0, max: TIMELINE_YEARS },
  },
  {
    name: "Optimism_besparingar",
    field: "settings.optimismBiasSavings",
    label: {
      sv: `Optimismjustering: besparingarna minskas med (tom = ${DEFAULT_OB_S} %)`,
      en: `Optimism bias: savings reduced by (blank = ${DEFAULT_OB_S} %)`,
    },
    format: "percent",
    rule: { type: "decimal", min: 0, max: 1 },
  },
  {
    name: "Optimism_kostnader",
    field: "settings.optimismBiasCosts",
    label: {
      sv: `Optimismjustering: kostnaderna ökas med (tom = ${DEFAULT_OB_C} %)`,
      en: `Optimism bias: costs raised by (blank = ${DEFAULT_OB_C} %)`,
    },
    format: "percent",
    rule: { type: "decimal", min: 0, max: 1 },
  },
];

export const FORM_FORMAT: Readonly<Record<FieldKind, NumberFormatKey>> = {
  text: "text",
  long: "text",
  yesNo: "text",
  year: "year",
  count: "count",
};

/** The workbook name of a form or settings field (`period.startYear` → `Startar`). */
export function nameOf(field: string): string {
  const all = [...APPLICATION_FORM.flatMap((s) => s.fields), ...SETTINGS_FORM, ...DECISION_FORM, ...BASELINE_FORM];
  const found = all.find((f) => f.field === field);
  if (!found) throw new Error(`No named cell for ${field}`);
  return found.name;
}

/** The data validation of a named cell: its number check, its drop-down, or none. */
export function formRule(field: SettingField, lang: Lang): DataValidationRule | undefined {
  if (field.rule === "none") return undefined;
  if (typeof field.rule === "string") return { type: "list", source: listSource(field.rule, lang) };
  return field.rule;
}
