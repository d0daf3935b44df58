/**
 * The names of the workbook contract: its version, the sheets, the key-figure names, and which
 * names a formula refers to. Tables and their columns are in tables.ts, the forms in forms.ts.
 */
import type { Bilingual } from "../domain/vocabulary";
import { FOLLOW_UP_NAMES } from "./follow-up-forms";
import { APPLICATION_FORM, SETTINGS_FORM } from "./forms";
import type { SheetKey } from "./sheet-plan";
import { TABLES } from "./tables";

/** Version of the workbook contract (sheets, tables, columns, names); readers check it. */
export const CONTRACT_VERSION = "1.1";
export const VERSION_NAME = "Mallversion";

export const SHEET_NAMES: Readonly<Record<SheetKey, Bilingual>> = {
  application: { sv: "Ansökan", en: "Application" },
  parties: { sv: "Parter", en: "Parties" },
  costs: { sv: "Kostnader", en: "Costs" },
  coFinancing: { sv: "Medfinansiering", en: "Co-financing" },
  savings: { sv: "Besparingar", en: "Savings" },
  effects: { sv: "Effekter", en: "Effects" },
  repayments: { sv: "Återföring", en: "Repayment" },
  figures: { sv: "Nyckeltal", en: "Key figures" },
  sensitivity: { sv: "Känslighet", en: "Sensitivity" },
  settings: { sv: "Inställningar", en: "Settings" },
  review: { sv: "Granskning", en: "Review" },
  decision: { sv: "Beslut", en: "Decision" },
  actuals: { sv: "Utfall", en: "Actuals" },
  measured: { sv: "Mätningar", en: "Measurements" },
  followUp: { sv: "Uppföljning", en: "Follow-up" },
  fund: { sv: "Fonden", en: "Fund" },
  ledger: { sv: "Huvudbok", en: "Ledger" },
  ledgerApplications: { sv: "Ansökningar", en: "Applications" },
  ledgerFlows: { sv: "Flöden", en: "Flows" },
};

/** Workbook order; formulas may refer to any sheet, so writers create all tables before formulas. */
export const SHEET_ORDER: readonly SheetKey[] = [
  "application",
  "parties",
  "costs",
  "coFinancing",
  "savings",
  "effects",
  "repayments",
  "figures",
  "sensitivity",
  "settings",
];

/** The follow-up's sheets, inserted after the board's decision (pane: "Lägg in uppföljning"). */
export const FOLLOW_UP_SHEET_ORDER: readonly SheetKey[] = ["decision", "actuals", "measured", "followUp"];

/** Names of the key-figures sheet. */
export const FIGURE_NAMES = {
  firstYear: "Forsta_ar",
  rate: "Ranta",
  K01: "Nyckeltal_K01",
  K02: "Nyckeltal_K02",
  K02cash: "Nyckeltal_K02_kontant",
  K02workTime: "Nyckeltal_K02_arbetstid",
  K02other: "Nyckeltal_K02_annat",
  K03: "Nyckeltal_K03",
  K04: "Nyckeltal_K04",
  K04region: "Nyckeltal_K04_regionen",
  K05: "Nyckeltal_K05",
  K06: "Nyckeltal_K06",
  K07: "Nyckeltal_K07",
  K08: "Nyckeltal_K08",
  K09: "Nyckeltal_K09",
  K10: "Nyckeltal_K10",
} as const;

const ALL_NAMES: readonly string[] = [
  ...APPLICATION_FORM.flatMap((s) => s.fields.map((x) => x.name)),
  ...SETTINGS_FORM.map((s) => s.name),
  ...Object.values(FIGURE_NAMES),
  VERSION_NAME,
  ...FOLLOW_UP_NAMES,
].sort((a, b) => b.length - a.length);

/** Table names and workbook names a formula refers to (what must exist before it is written). */
export function referencesIn(formula: string): string[] {
  const found = new Set<string>();
  for (const t of Object.values(TABLES)) if (formula.includes(`${t.name}[`)) found.add(t.name);
  for (const n of ALL_NAMES) if (new RegExp(`(?<![\\w.\\["])${n}(?![\\w(\\[])`).test(formula)) found.add(n);
  return [...found];
}
