/**
 * `sif follow-up`'s summary, before any detail: one row per workbook — where it stands (behind plan, baseline
 * not frozen, on track, no decision yet, unreadable), its decision, the follow-up year, savings realised (U02),
 * what is still owed (U04) and overdue (U03), the payback year projected (U05) against the plan's — and a
 * totals line. Investments behind plan come first: they are what the fund must act on.
 */
import { DECISION_STATUSES } from "../domain/follow-up-model";
import { formatKr, formatPercent } from "../domain/format";
import type { Lang } from "../domain/vocabulary";
import type { FollowedFile, FollowUpResult } from "./follow-up-check";
import { oneLine } from "./plain-text";
import type { Column } from "./table";
import { count, inLang } from "./words";

export type FollowUpStanding = "behind" | "notFrozen" | "onTrack" | "noDecision" | "unreadable";

/** What the fund acts on first: behind plan, then a baseline to freeze, then the rest. */
export const STANDING_ORDER: readonly FollowUpStanding[] = [
  "behind",
  "notFrozen",
  "onTrack",
  "noDecision",
  "unreadable",
];

export const STANDING_WORDS: Readonly<Record<FollowUpStanding, Readonly<Record<Lang, string>>>> = {
  behind: { sv: "Efter plan", en: "Behind" },
  notFrozen: { sv: "Ej fryst", en: "Not frozen" },
  onTrack: { sv: "I fas", en: "On track" },
  noDecision: { sv: "Inget beslut", en: "No decision" },
  unreadable: { sv: "Oläslig", en: "Unreadable" },
};

/** "2 efter plan", "1 ej fryst", "3 utan beslut", "2 unreadable": a standing counted in the totals line. */
function countStanding(n: number, s: FollowUpStanding, lang: Lang): string {
  const forms: Readonly<Record<FollowUpStanding, Readonly<Record<Lang, readonly [string, string]>>>> = {
    behind: { sv: ["efter plan", "efter plan"], en: ["behind plan", "behind plan"] },
    notFrozen: { sv: ["med baslinjen ej fryst", "med baslinjen ej fryst"], en: ["not frozen", "not frozen"] },
    onTrack: { sv: ["i fas", "i fas"], en: ["on track", "on track"] },
    noDecision: { sv: ["utan beslut", "utan beslut"], en: ["without a decision", "without a decision"] },
    unreadable: { sv: ["oläslig", "oläsliga"], en: ["unreadable", "unreadable"] },
  };
  const [one, many] = forms[s][lang];
  return `${n} ${n === 1 ? one : many}`;
}

export const standingOf = (r: FollowUpResult): FollowUpStanding =>
  !r.readable ? "unreadable" : !r.followed ? "noDecision" : r.state.sv.state;

/** In the summary's order: by standing, then the most overdue, then the order read (a folder's files by name). */
export function inFollowUpOrder(results: readonly FollowUpResult[]): FollowUpResult[] {
  const overdue = (r: FollowUpResult): number => (r.readable && r.followed ? r.figures.U03overdue : 0);
  return STANDING_ORDER.flatMap((s) =>
    results
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => standingOf(r) === s)
      .sort((a, b) => overdue(b.r) - overdue(a.r) || a.i - b.i)
      .map(({ r }) => r),
  );
}

const NONE = "–";

export function followUpColumns(lang: Lang, style: "text" | "markdown"): Column[] {
  const t = inLang(lang);
  const long = style === "markdown";
  return [
    { header: t("Nr", "No."), right: true },
    { header: t("Läge", "Standing") },
    { header: t("Fil", "File"), flexible: { order: 2, min: 16, middle: true } },
    { header: t("Ansökan", "Application"), flexible: { order: 1, min: 16 } },
    { header: t("Beslut", "Decision") },
    { header: long ? t("Uppföljningsår", "Follow-up year") : t("År", "Year"), right: true },
    { header: long ? t("Besparingar realiserade (U02)", "Savings realised (U02)") : "U02", right: true },
    { header: long ? t("Kvar att återföra (U04)", "Still owed (U04)") : t("Kvar (U04)", "Owed (U04)"), right: true },
    { header: long ? t("Förfallet (U03)", "Overdue (U03)") : t("Förfallet", "Overdue"), right: true },
    { header: long ? t("Återbetalt år (U05), plan", "Payback year (U05), plan") : "U05 (plan)", right: true },
  ];
}

/** One row per workbook, numbered in the summary's order; files shown relative to `folder`. */
export function followUpRows(results: readonly FollowUpResult[], lang: Lang, folder: string): string[][] {
  const t = inLang(lang);
  return inFollowUpOrder(results).map((r, i) => {
    const file = r.file.slice(folder.length);
    const standing = STANDING_WORDS[standingOf(r)][lang];
    const head = [String(i + 1), standing, file];
    if (!r.readable) return [...head, oneLine(r.problem[lang]), NONE, NONE, NONE, NONE, NONE, NONE];
    const name = oneLine(r.name) || t("(namn saknas)", "(no name)");
    if (!r.followed) return [...head, name, NONE, NONE, NONE, NONE, NONE, NONE];
    const u = r.figures;
    const status = r.status === undefined ? NONE : DECISION_STATUSES[r.status][lang];
    if (r.state.sv.state === "notFrozen") return [...head, name, status, String(u.year), NONE, NONE, NONE, NONE];
    const payback = `${u.U05 ?? NONE} (${u.plannedPayback ?? NONE})`;
    const realised = u.U02.all === null ? NONE : formatPercent(u.U02.all, lang);
    // Written off: the fund has given up the claim (as its ledger does), nothing is owed or overdue.
    if (!owing(r)) return [...head, name, status, String(u.year), realised, t("avskrivet", "written off"), NONE, NONE];
    return [
      ...head,
      name,
      status,
      String(u.year),
      realised,
      formatKr(Math.max(0, u.U04), lang),
      formatKr(u.U03overdue, lang),
      payback,
    ];
  });
}

/** Whether the fund still has a claim: a frozen baseline, and not written off. */
const owing = (r: FollowedFile): boolean => r.state.sv.state !== "notFrozen" && r.status !== "writtenOff";

/** What is owed in all and overdue, over the workbooks with a frozen baseline that are not written off. */
export function owedTotals(results: readonly FollowUpResult[]): { owed: number; overdue: number } {
  const frozen = results.flatMap((r) => (r.readable && r.followed && owing(r) ? [r] : []));
  return {
    owed: frozen.reduce((a, r) => a + Math.max(0, r.figures.U04), 0),
    overdue: frozen.reduce((a, r) => a + r.figures.U03overdue, 0),
  };
}

/** "5 ansökningar: 1 efter plan, 2 i fas, 2 utan beslut; kvar att återföra 3 200 000 kr, varav 200 000 kr …" */
export function followUpTotals(results: readonly FollowUpResult[], lang: Lang): string {
  const parts = STANDING_ORDER.map((s) => ({ s, n: results.filter((r) => standingOf(r) === s).length }))
    .filter((p) => p.n > 0)
    .map((p) => countStanding(p.n, p.s, lang));
  const { owed, overdue } = owedTotals(results);
  const kr = (n: number): string => formatKr(n, lang);
  const money =
    lang === "sv"
      ? `; kvar att återföra ${kr(owed)}, varav ${overdue > 0.5 ? `${kr(overdue)} förfallet` : "inget förfallet"}`
      : `; ${kr(owed)} still owed, ${overdue > 0.5 ? `${kr(overdue)} of it overdue` : "none of it overdue"}`;
  return `${count(results.length, "application", lang)}: ${parts.join(", ")}${money}.`;
}

/** What the summary's short columns mean. */
export function followUpLegend(lang: Lang): string {
  return lang === "sv"
    ? "Läge: efter plan när besparingar, återföring eller kostnad avviker från den frysta baslinjen (F02–F05). " +
        "U02: verifierade besparingar i andel av planerade till och med uppföljningsåret. U04: beviljat belopp " +
        "minus allt som har återförts. Förfallet (U03): planerad återföring till och med uppföljningsåret som inte " +
        "har bokförts. U05 (plan): året fonden beräknas vara återbetald med realiseringen hittills, och året enligt " +
        "planen. –: inget värde."
    : "Standing: behind when savings, repayments or cost depart from the frozen baseline (F02–F05). U02: verified " +
        "savings as a share of those planned up to the follow-up year. U04: the amount granted less all repaid. " +
        "Overdue (U03): repayments planned up to the follow-up year and not booked. U05 (plan): the year the fund is " +
        "projected to be paid back at the realisation so far, and the plan's year. –: no value.";
}
