/**
 * The closed word lists of the application (drop-down values), in Swedish and English.
 * The workbook shows the label of its language; the engine accepts either language and any case.
 */
import type { CoFinancingType, PartyKind, PartyRole } from "./model";

export type Lang = "sv" | "en";
export type Bilingual = { readonly sv: string; readonly en: string };

export const PARTY_KINDS: Readonly<Record<PartyKind, Bilingual>> = {
  internal: { sv: "Intern (regionen)", en: "Internal (region)" },
  external: { sv: "Extern part", en: "External party" },
};

export const PARTY_ROLES: Readonly<Record<PartyRole, Bilingual>> = {
  lead: { sv: "Huvudansvarig", en: "Lead" },
  participating: { sv: "Delaktig", en: "Participating" },
};

export const CO_FINANCING_TYPES: Readonly<Record<CoFinancingType, Bilingual>> = {
  cash: { sv: "Kontant", en: "Cash" },
  workTime: { sv: "Arbetstid", en: "Work time" },
  other: { sv: "Annat", en: "Other" },
};

export const YES_NO: Readonly<Record<"yes" | "no", Bilingual>> = {
  yes: { sv: "Ja", en: "Yes" },
  no: { sv: "Nej", en: "No" },
};

/** Extra spellings people type instead of picking from the list. */
const ALIASES: Readonly<Record<string, string>> = {
  intern: "internal",
  internal: "internal",
  region: "internal",
  regionen: "internal",
  landstinget: "internal",
  extern: "external",
  external: "external",
  huvudansvarig: "lead",
  ansvarig: "lead",
  lead: "lead",
  delaktig: "participating",
  deltagande: "participating",
  participating: "participating",
  kontant: "cash",
  kontantbidrag: "cash",
  cash: "cash",
  arbetstid: "workTime",
  "work time": "workTime",
  annat: "other",
  other: "other",
  ja: "yes",
  yes: "yes",
  j: "yes",
  y: "yes",
  nej: "no",
  no: "no",
  n: "no",
};

/**
 * Spaces as Excel's TRIM treats them: none at either end, runs inside become one. Only the space
 * character counts (TRIM leaves tabs and non-breaking spaces), so the workbook's formulas, which
 * compare `TRIM(a)=TRIM(b)` (case-insensitively, as Excel's `=` does), agree with the engine.
 */
export const trimSpaces = (s: string): string => s.replace(/ +/g, " ").replace(/^ | $/g, "");

/** The key two names or words are matched on: Excel's TRIM, then case does not matter. */
export const nameKey = (name: string): string => trimSpaces(name).toLowerCase();

const normaliseWord = nameKey;

/** Match a cell's text against a word list; `undefined` when it is none of them. */
export function parseWord<K extends string>(list: Readonly<Record<K, Bilingual>>, value: unknown): K | undefined {
  if (typeof value === "boolean" && "yes" in list) return (value ? "yes" : "no") as K;
  if (typeof value !== "string") return undefined;
  const word = normaliseWord(value);
  if (word === "") return undefined;
  for (const key of Object.keys(list) as K[]) {
    const labels = list[key];
    if (normaliseWord(labels.sv) === word || normaliseWord(labels.en) === word) return key;
  }
  const alias = ALIASES[word];
  if (alias !== undefined && alias in list) return alias as K;
  return undefined;
}

/** Every spelling that reads as `key`: both languages' labels and the aliases (for the workbook's formulas). */
export function spellings<K extends string>(list: Readonly<Record<K, Bilingual>>, key: K): string[] {
  const words = [list[key].sv, list[key].en, ...Object.keys(ALIASES).filter((a) => ALIASES[a] === key)];
  return [...new Set(words.map(normaliseWord))];
}

/** The labels of a list in one language, in list order: the words of its drop-down. */
export function labels<K extends string>(list: Readonly<Record<K, Bilingual>>, lang: Lang): string[] {
  return (Object.keys(list) as K[]).map((k) => list[k][lang]);
}
