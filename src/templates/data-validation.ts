/**
 * Excel data validation for the template: the drop-down sources (built from the vocabulary, so
 * the list shows exactly the words the engine reads) and the number checks of each value kind.
 */
import { DECISION_STATUSES } from "../domain/follow-up-model";
import { PROFILES } from "../domain/profiles";
import { CO_FINANCING_TYPES, PARTY_KINDS, PARTY_ROLES, YES_NO, labels, type Lang } from "../domain/vocabulary";
import { EARLIEST_YEAR, LATEST_YEAR } from "../domain/years";
import type { DataValidationRule } from "./sheet-plan";
import { TABLES, type ListKind, type ValueKind } from "./tables";

/** Drop-down sources per language, from the vocabulary. Party names come from the parties table (grows with it). */
export function listSource(kind: ListKind, lang: Lang): string {
  switch (kind) {
    case "partyKind":
      return labels(PARTY_KINDS, lang).join(",");
    case "partyRole":
      return labels(PARTY_ROLES, lang).join(",");
    case "coFinancingType":
      return labels(CO_FINANCING_TYPES, lang).join(",");
    case "yesNo":
      return labels(YES_NO, lang).join(",");
    case "profile":
      return PROFILES.map((p) => p.id).join(",");
    case "decisionStatus":
      return labels(DECISION_STATUSES, lang).join(",");
    case "effectName":
      return `=INDIRECT("${TABLES.effects.name}[${TABLES.effects.columns[0]!.header[lang]}]")`;
    case "partyName":
      return `=INDIRECT("${TABLES.parties.name}[${TABLES.parties.columns[0]!.header[lang]}]")`;
  }
}

/** The number check of each kind of value cell; years carry the fund's bounds. */
export const VALUE_KIND_RULES: Readonly<Record<ValueKind, DataValidationRule>> = {
  year: { type: "whole", min: EARLIEST_YEAR, max: LATEST_YEAR },
  amount: { type: "decimal", min: 0 },
  count: { type: "decimal", min: 0 },
  share: { type: "decimal", min: 0, max: 1 },
  date: { type: "date", minYear: EARLIEST_YEAR },
};
