/**
 * The report's counted words, singular and plural in both languages ("1 fel / 2 fel", "1 varning / 2 varningar",
 * "1 application / 2 applications"), and the three statuses of an application in the summary.
 */
import type { Lang } from "../domain/vocabulary";

/** A word in the singular and the plural. */
type Forms = readonly [one: string, many: string];

export const NOUNS = {
  error: { sv: ["fel", "fel"], en: ["error", "errors"] },
  warning: { sv: ["varning", "varningar"], en: ["warning", "warnings"] },
  info: { sv: ["informationspunkt", "informationspunkter"], en: ["information item", "information items"] },
  finding: { sv: ["anmärkning", "anmärkningar"], en: ["finding", "findings"] },
  application: { sv: ["ansökan", "ansökningar"], en: ["application", "applications"] },
  file: { sv: ["fil", "filer"], en: ["file", "files"] },
  year: { sv: ["år", "år"], en: ["year", "years"] },
} as const satisfies Record<string, Record<Lang, Forms>>;
export type Noun = keyof typeof NOUNS;

/** "1 varning", "2 varningar", "0 warnings": the number and the word in the form it takes. */
export function count(n: number, noun: Noun, lang: Lang): string {
  const [one, many] = NOUNS[noun][lang];
  return `${n} ${n === 1 ? one : many}`;
}

/** ready: no errors; needs-work: at least one error; unreadable: the file could not be read. */
export type Status = "needs-work" | "ready" | "unreadable";

/** The summary's order: what the board must send back first, then what it can decide on, then what it never saw. */
export const STATUS_ORDER: readonly Status[] = ["needs-work", "ready", "unreadable"];

/** A status as the summary's column shows it. */
export const STATUS_WORDS: Readonly<Record<Status, Readonly<Record<Lang, string>>>> = {
  "needs-work": { sv: "Behöver åtgärdas", en: "Needs work" },
  ready: { sv: "Klar", en: "Ready" },
  unreadable: { sv: "Oläslig", en: "Unreadable" },
};

/** "12 klara", "1 behöver åtgärdas", "2 need work", "1 needs work": a status counted in the totals line. */
export function countStatus(n: number, status: Status, lang: Lang): string {
  const forms: Readonly<Record<Status, Readonly<Record<Lang, Forms>>>> = {
    "needs-work": { sv: ["behöver åtgärdas", "behöver åtgärdas"], en: ["needs work", "need work"] },
    ready: { sv: ["klar", "klara"], en: ["ready", "ready"] },
    unreadable: { sv: ["oläslig", "oläsliga"], en: ["unreadable", "unreadable"] },
  };
  const [one, many] = forms[status][lang];
  return `${n} ${n === 1 ? one : many}`;
}

/** Picks the Swedish or the English text. */
export const inLang =
  (lang: Lang) =>
  (sv: string, en: string): string =>
    lang === "sv" ? sv : en;
