/**
 * The follow-up's state in plain words, one definition for the pane's "Uppföljning" card and for
 * `sif follow-up` (so the two can never disagree): is the funded work happening? U01–U05 of
 * `shared/domain.md` Part 2 in plain words — cost against the frozen baseline, savings realised,
 * per unit what it has verified, repaid, still owes and has overdue, when the fund is paid back —
 * what is due to be measured (F01), and the follow-up's findings with their cells.
 */
import type { Severity } from "../domain/catalogue";
import type { FollowUpEvaluation } from "../domain/evaluate-follow-up";
import type { UnitFollowUp } from "../domain/follow-up";
import { formatKr, formatPercent } from "../domain/format";
import { nameKey, type Bilingual, type Lang } from "../domain/vocabulary";
import { TIMELINE_YEARS } from "../domain/years";
import type { LocatedFinding } from "./review-grids";

export type FollowUpTone = "ok" | "warning";

export interface FollowUpLine {
  readonly id: "U01" | "U02" | "U03" | "U04" | "U05" | "F01";
  readonly tone: FollowUpTone;
  readonly text: string;
  /** The cells the line is about ("Sheet!A1", links); empty for the figures. */
  readonly cells: readonly string[];
}

export interface UnitView {
  /** User text, shown as text. */
  readonly unit: string;
  readonly lines: readonly FollowUpLine[];
}

export interface FollowUpState {
  /** notFrozen: the follow-up's sheets are in, the baseline not yet frozen (nothing to compare with). */
  readonly state: "onTrack" | "behind" | "notFrozen";
  readonly headline: string;
  /** What the headline rests on, in a line. */
  readonly note: string;
  /** The follow-up year and the amount granted. */
  readonly context: string;
  /** U01, U02 (all units), U04 with the overdue (U03), U05. */
  readonly lines: readonly FollowUpLine[];
  readonly units: readonly UnitView[];
  /** F01: what was to be measured and is not (or that everything due is). */
  readonly due: readonly FollowUpLine[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** What the view needs of a FollowUpReview (src/templates/follow-up-parser.ts). */
export interface FollowUpInputs {
  readonly evaluation: FollowUpEvaluation;
  readonly findings: readonly LocatedFinding[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** The findings that put the investment behind plan (warnings and errors only; a profile may soften them). */
const BEHIND = { F02: 0, F03: 1, F04: 2, F05: 3 } as const;
const OFF_PLAN: Readonly<Record<keyof typeof BEHIND, Bilingual>> = {
  F02: { sv: "besparingarna släpar efter", en: "savings lag behind" },
  F03: { sv: "återföring före verifierad besparing", en: "repayments ahead of verified savings" },
  F04: { sv: "återföringen ligger efter", en: "repayments behind plan" },
  F05: { sv: "kostnaden över baslinjen", en: "cost above the baseline" },
};
const isBehind = (f: LocatedFinding): f is LocatedFinding & { id: keyof typeof BEHIND } =>
  f.id in BEHIND && f.severity !== "info";

const T = {
  onTrack: { sv: "I fas", en: "On track" },
  behind: { sv: "Efter plan", en: "Behind" },
  followsBaseline: {
    sv: "Besparingar, återföring och kostnad följer baslinjen.",
    en: "Savings, repayments and cost follow the baseline.",
  },
  offPlan: { sv: "Avvikelser", en: "Off plan" },
  notFrozen: { sv: "Baslinjen är inte fryst", en: "The baseline is not frozen" },
  freezeFirst: {
    sv: "Tryck Frys baslinjen när styrelsen har beslutat: planen sparas då som värden att följa upp mot.",
    en: "Press Freeze baseline once the board has decided: the plan is then kept as values to follow up against.",
  },
  noPayback: { sv: `inte inom ${TIMELINE_YEARS} år`, en: `not within ${TIMELINE_YEARS} years` },
} as const satisfies Record<string, Bilingual>;

type Words = (b: Bilingual) => string;

/** Kronor and percentages in the language, and the overdue clause both totals and units use. */
function wordsFor(lang: Lang) {
  const sv = lang === "sv";
  const kr = (n: number): string => formatKr(n, lang);
  const pct = (x: number): string => formatPercent(x, lang);
  const overdue = (n: number): string =>
    n > 1 ? (sv ? `${kr(n)} är förfallet` : `${kr(n)} is overdue`) : sv ? "inget är förfallet" : "nothing is overdue";
  return { sv, kr, pct, overdue, w: ((b) => b[lang]) as Words };
}
type W = ReturnType<typeof wordsFor>;

function costLine(e: FollowUpEvaluation, behind: ReadonlySet<string>, { sv, kr, pct }: W): FollowUpLine {
  const { year } = e.figures;
  const { actual, baseline, variance, share } = e.figures.U01;
  const tone = behind.has("F05") ? "warning" : "ok";
  if (Math.abs(variance) < 0.5) {
    const text = sv
      ? `Kostnaden till och med ${year} är ${kr(actual)}, som i baslinjen.`
      : `The cost by ${year} is ${kr(actual)}, as in the baseline.`;
    return { id: "U01", tone, text, cells: [] };
  }
  const by = `${kr(Math.abs(variance))}${share === null ? "" : ` (${pct(Math.abs(share))})`}`;
  const text = sv
    ? `Kostnaden till och med ${year} är ${kr(actual)}: ${by} ${variance > 0 ? "över" : "under"} baslinjens ` +
      `${kr(baseline)}.`
    : `The cost by ${year} is ${kr(actual)}: ${by} ${variance > 0 ? "above" : "below"} the baseline's ${kr(baseline)}.`;
  return { id: "U01", tone, text, cells: [] };
}

function savingsLine(e: FollowUpEvaluation, behind: ReadonlySet<string>, { sv, kr, pct }: W): FollowUpLine {
  const { year } = e.figures;
  const { all, verified, planned } = e.figures.U02;
  const tone = behind.has("F02") ? "warning" : "ok";
  const text =
    all === null
      ? sv
        ? `Inga besparingar var planerade till och med ${year}; ${kr(verified)} är verifierade.`
        : `No savings were planned by ${year}; ${kr(verified)} is verified.`
      : sv
        ? `Besparingarna till och med ${year}: ${kr(verified)} verifierade av planerade ${kr(planned)} (${pct(all)}).`
        : `Savings by ${year}: ${kr(verified)} verified of the ${kr(planned)} planned (${pct(all)}).`;
  return { id: "U02", tone, text, cells: [] };
}

function owedLine(e: FollowUpEvaluation, { sv, kr, overdue }: W): FollowUpLine {
  const { U04, U03overdue, granted } = e.figures;
  const tone = U03overdue > 1 ? "warning" : "ok";
  const text =
    U04 <= 0.5
      ? sv
        ? `Fonden har fått tillbaka hela det beviljade beloppet, ${kr(granted)}.`
        : `The fund has been repaid the whole amount granted, ${kr(granted)}.`
      : sv
        ? `Kvar att återföra till fonden: ${kr(U04)} av beviljade ${kr(granted)}; ${overdue(U03overdue)}.`
        : `Still owed to the fund: ${kr(U04)} of the ${kr(granted)} granted; ${overdue(U03overdue)}.`;
  return { id: "U04", tone, text, cells: [] };
}

/** U05: projected from the realisation so far; or, once the booked repayments reach the amount granted, past. */
function paybackLine(e: FollowUpEvaluation, { sv, w }: W): FollowUpLine {
  const year = e.figures.U05;
  const planned = e.figures.plannedPayback;
  const plan = planned === null ? "" : sv ? ` (enligt planen ${planned})` : ` (planned: ${planned})`;
  const late = year === null || (planned !== null && year > planned);
  const text =
    year !== null && year <= e.figures.year
      ? sv
        ? `Fonden var återbetald ${year}${plan}.`
        : `The fund was paid back in ${year}${plan}.`
      : sv
        ? `Fondens beräknade återbetalningsår, med realiseringen hittills: ${year ?? w(T.noPayback)}${plan}.`
        : `The fund's projected payback year, at the realisation so far: ${year ?? w(T.noPayback)}${plan}.`;
  return { id: "U05", tone: late ? "warning" : "ok", text, cells: [] };
}

/** One unit: its savings realised (U02), then, if it repays, what is booked, overdue and still owed (U03). */
function unitView(e: FollowUpEvaluation, u: UnitFollowUp, { sv, kr, pct, overdue }: W): UnitView {
  const { year } = e.figures;
  const floor = 1 - e.application.profile.params.tolerance;
  const lines: FollowUpLine[] = [];
  if (u.plannedSavings !== 0 || u.verified !== 0) {
    const r = u.realisation;
    const text =
      r === null
        ? sv
          ? `Besparingar till och med ${year}: ${kr(u.verified)} verifierade; inga var planerade.`
          : `Savings by ${year}: ${kr(u.verified)} verified; none were planned.`
        : sv
          ? `Besparingar till och med ${year}: ${kr(u.verified)} verifierade av planerade ${kr(u.plannedSavings)} ` +
            `(${pct(r)}).`
          : `Savings by ${year}: ${kr(u.verified)} verified of the ${kr(u.plannedSavings)} planned (${pct(r)}).`;
    lines.push({ id: "U02", tone: r !== null && r < floor ? "warning" : "ok", text, cells: [] });
  }
  const key = nameKey(u.unit);
  const planAll = e.followUp.baseline.rows
    .filter((x) => x.kind === "repayment" && nameKey(x.unit) === key)
    .reduce((a, x) => a + x.amount, 0);
  const owes = u.owes;
  if (planAll !== 0 || u.booked !== 0) {
    const done =
      u.plannedRepayments === 0 && u.booked === 0
        ? sv
          ? `Återföring till och med ${year}: ingen planerad.`
          : `Repayments by ${year}: none planned.`
        : sv
          ? `Återföring till och med ${year}: ${kr(u.booked)} bokförda av planerade ${kr(u.plannedRepayments)}; ` +
            `${overdue(u.overdue)}.`
          : `Repayments by ${year}: ${kr(u.booked)} booked of the ${kr(u.plannedRepayments)} planned; ` +
            `${overdue(u.overdue)}.`;
    const left =
      owes <= 0.5
        ? sv
          ? "Allt är återfört."
          : "All repaid."
        : sv
          ? `Kvar att återföra: ${kr(owes)}.`
          : `Still to repay: ${kr(owes)}.`;
    lines.push({ id: "U03", tone: u.overdue > 1 ? "warning" : "ok", text: `${done} ${left}`, cells: [] });
  }
  return { unit: u.unit, lines };
}

/** F01's findings as lines with their cells; or that nothing due is missing. */
function dueLines(e: FollowUpEvaluation, findings: readonly LocatedFinding[], lang: Lang): FollowUpLine[] {
  const f01 = findings.filter((f) => f.id === "F01");
  if (f01.length > 0)
    return f01.map((f) => ({
      id: "F01",
      tone: f.severity === "info" ? "ok" : "warning",
      text: f.message[lang],
      cells: f.cells,
    }));
  const { year } = e.figures;
  const anyDue = e.application.application.effects.some((x) => x.timeYears.some((y) => y <= year));
  const sv = lang === "sv";
  const text = anyDue
    ? sv
      ? `Alla mätningar som skulle göras till och med ${year} är registrerade.`
      : `Every measurement due by ${year} is recorded.`
    : sv
      ? `Inga mätningar skulle göras till och med ${year}.`
      : `No measurements were due by ${year}.`;
  return [{ id: "F01", tone: "ok", text, cells: [] }];
}

export function followUpState(review: FollowUpInputs, lang: Lang): FollowUpState {
  const e = review.evaluation;
  const words = wordsFor(lang);
  const { w, kr } = words;
  const context = words.sv
    ? `Uppföljningsår ${e.figures.year} · beviljat ${kr(e.figures.granted)}`
    : `Follow-up year ${e.figures.year} · granted ${kr(e.figures.granted)}`;
  const base = { context, counts: review.counts };
  const b = e.followUp.baseline;
  if (b.rows.length === 0 && b.fingerprint === "" && b.unreadable === 0)
    return {
      ...base,
      state: "notFrozen",
      headline: w(T.notFrozen),
      note: w(T.freezeFirst),
      lines: [],
      units: [],
      due: [],
    };
  const off = review.findings.filter(isBehind).sort((x, y) => BEHIND[x.id] - BEHIND[y.id]);
  const ids = new Set(off.map((f) => f.id));
  const note =
    ids.size === 0 ? w(T.followsBaseline) : `${w(T.offPlan)}: ${[...ids].map((id) => w(OFF_PLAN[id])).join(", ")}.`;
  return {
    ...base,
    state: ids.size === 0 ? "onTrack" : "behind",
    headline: w(ids.size === 0 ? T.onTrack : T.behind),
    note,
    lines: [costLine(e, ids, words), savingsLine(e, ids, words), owedLine(e, words), paybackLine(e, words)],
    units: e.figures.units.map((u) => unitView(e, u, words)).filter((u) => u.lines.length > 0),
    due: dueLines(e, review.findings, lang),
  };
}
