/**
 * The template as data: every sheet's plan for a language, optionally filled. The pieces:
 * sheet-plan.ts (the types), contract-names.ts, forms.ts, tables.ts (the contract), data-validation.ts,
 * sheet-builder.ts, and one module per kind of sheet in sheets/.
 */
import type { Lang } from "../domain/vocabulary";
import { FOLLOW_UP_SHEET_ORDER, SHEET_ORDER } from "./contract-names";
import type { Fill, SheetKey, SheetPlan } from "./sheet-plan";
import { NO_FILL } from "./sheet-plan";
import { applicationSheet } from "./sheets/application";
import { actualsSheet, decisionSheet } from "./sheets/decision";
import { figuresSheet } from "./sheets/figures";
import { followUpSheet } from "./sheets/follow-up-view";
import { fundSettingsSheet } from "./sheets/ledger";
import { LIST_SHEETS, listSheet } from "./sheets/lists";
import { sensitivitySheet } from "./sheets/sensitivity";
import { settingsSheet } from "./sheets/settings";

export * from "./contract-names";
export * from "./data-validation";
export * from "./forms";
export * from "./sheet-builder";
export * from "./sheet-plan";
export { CHART_YEARS, FIGURES_LAYOUT } from "./sheets/figures";
export { NO_LIMIT, SENSITIVITY_LAYOUT, SENSITIVITY_NAMES } from "./sheets/sensitivity";
export { FOLLOW_UP_LAYOUT, FOLLOW_UP_VIEW_NAMES, UNIT_COLS } from "./sheets/follow-up-view";
export { FUND_TEMPLATE_FILL, planLedger } from "./sheets/ledger";

/** Every template sheet for a language, optionally filled. */
export function planWorkbook(lang: Lang, fill: Fill = NO_FILL): SheetPlan[] {
  return SHEET_ORDER.map((key) => planSheet(key, lang, fill));
}

/** The follow-up's sheets (after the board's decision), optionally filled. */
export function planFollowUp(lang: Lang, fill: Fill = NO_FILL): SheetPlan[] {
  return FOLLOW_UP_SHEET_ORDER.map((key) => planSheet(key, lang, fill));
}

export function planSheet(key: SheetKey, lang: Lang, fill: Fill = NO_FILL): SheetPlan {
  if (key === "application") return applicationSheet(lang, fill);
  if (key === "settings") return settingsSheet(lang, fill);
  if (key === "figures") return figuresSheet(lang);
  if (key === "sensitivity") return sensitivitySheet(lang);
  if (key === "decision") return decisionSheet(lang, fill);
  if (key === "actuals" || key === "measured") return actualsSheet(key, lang, fill);
  if (key === "followUp") return followUpSheet(lang);
  if (key === "fund") return fundSettingsSheet(lang, fill);
  const list = LIST_SHEETS[key]!;
  return listSheet(key, lang, fill, list.title, list.hint, list.tables);
}
