/**
 * "Hur säker är återföringen?" as plain data (tested in Node; robustness-view.ts only renders it):
 * K14, K15 and K16 of `shared/domain.md` Part 2 in words, the low/base/high table (K11, K12, K14, K15),
 * notes on what the applicant left blank, and the link to the Känslighet sheet's key cell (K14).
 */
import { ROBUST_FIGURE_LABELS as L, SCENARIO_WORDS } from "../domain/catalogue";
import type { Evaluation } from "../domain/evaluate";
import { formatKr, formatPercent } from "../domain/format";
import type { RobustFigures, Scenario } from "../domain/robustness";
import type { Bilingual, Lang } from "../domain/vocabulary";
import { cellAddress, parseRange, sheetAddress, splitAddress } from "../templates/a1";
import type { WorkbookGrids } from "../templates/grid-parser";
import { NO_LIMIT, SENSITIVITY_NAMES } from "../templates/plan";

/** ok: nothing a rule objects to; warning: the margin is gone (or never was), or no delay is tolerated. */
export type Tone = "ok" | "warning";

export interface RobustLine {
  readonly id: "K14" | "K15" | "K16";
  readonly tone: Tone;
  /** The repaying unit a K15 line is about (user text, shown as text before `text`). */
  readonly unit?: string;
  readonly text: string;
}

export interface ScenarioCell {
  readonly text: string;
  /** Below zero: shown in the error colour. */
  readonly negative: boolean;
}

export interface ScenarioRow {
  readonly id: "K11" | "K12" | "K14" | "K15";
  readonly label: string;
  /** Low, base, high. */
  readonly cells: readonly ScenarioCell[];
}

export interface RobustnessView {
  /** What the figures are, in a line. */
  readonly intro: string;
  /** No first year: the figures cannot be computed, and the card shows only this. */
  readonly missing: string | null;
  readonly lines: readonly RobustLine[];
  /** Low, base, high. */
  readonly columns: readonly string[];
  readonly rows: readonly ScenarioRow[];
  /** What the applicant left blank (no adjustments, no low or high effect shares). */
  readonly notes: readonly string[];
  /** Selects the Känslighet sheet's K14 cell; null when the workbook has no such sheet. */
  readonly link: { readonly text: string; readonly cell: string } | null;
}

const SCENARIOS: readonly Scenario[] = ["low", "base", "high"];
/** Closer to 0 than this a margin reads "0 %" (formatPercent's precision): the savings just cover. */
const EVEN = 0.0005;
const NONE = "–";

const T = {
  intro: {
    sv: "Besparingarna efter dödvikt, tillskrivning och optimismjustering; realiserbara: den del som sänker en budget.",
    en: "Savings after deadweight, attribution and optimism bias; cashable: the part that lowers a budget.",
  },
  missing: {
    sv: "Ange först projektperioden eller kostnaderna per år: nyckeltalen behöver ett första år.",
    en: "Enter the project period or the costs per year first: the figures need a first year.",
  },
  nothingAsked: { sv: "Inget belopp söks från fonden.", en: "Nothing is asked from the fund." },
  noRegionCashable: {
    sv: "Regionen har inga realiserbara besparingar som kan täcka sökt belopp.",
    en: "The region has no cashable savings to cover the amount asked.",
  },
  region: { sv: "Regionens realiserbara besparingar", en: "The region's cashable savings" },
  asked: { sv: "sökt belopp", en: "the amount asked" },
  regionShort: { sv: "täcker redan nu inte", en: "already fall short of" },
  noUnits: { sv: "Ingen verksamhet återför enligt återföringsplanen.", en: "No unit repays under the repayment plan." },
  unitSavings: { sv: "de realiserbara besparingarna", en: "its cashable savings" },
  repayment: { sv: "återföringen", en: "its repayments" },
  unitShort: { sv: "täcker inte", en: "do not cover" },
  noUnitCashable: {
    sv: "har inga realiserbara besparingar att återföra ur.",
    en: "has no cashable savings to repay from.",
  },
  noDelay: {
    sv: "Besparingarna täcker kostnaderna men tål ingen försening: ett år senare räcker de inte.",
    en: "The savings cover the costs but tolerate no delay: a year later they fall short.",
  },
  noCosts: {
    sv: "Det finns inga kostnader att täcka, så ingen försening att mäta.",
    en: "There are no costs to cover, so there is no delay to measure.",
  },
  noAdjustments: {
    sv: "Inga justeringar angivna (dödvikt, tillskrivning, realiserbar andel, optimism): siffrorna är ojusterade.",
    en: "No adjustments given (deadweight, attribution, cashable share, optimism bias): the figures are unadjusted.",
  },
  noScenarios: {
    sv: "Inga låga eller höga effektandelar angivna: låg, bas och hög är lika.",
    en: "No low or high effect shares given: low, base and high are the same.",
  },
} as const satisfies Record<string, Bilingual>;

/** The workbook's K14 cell on the Känslighet sheet as "Sheet!A1"; null when the name is missing or broken. */
export function sensitivityKeyCell(grids: WorkbookGrids): string | null {
  const g = grids.names[SENSITIVITY_NAMES.K14.base];
  if (!g || "error" in g) return null;
  const top = parseRange(g.address);
  return sheetAddress(g.sheet, cellAddress(top.r1, top.c1));
}

/** The names the pane reads beside the contract's to find that cell. */
export const SENSITIVITY_LINK_NAMES: readonly string[] = [SENSITIVITY_NAMES.K14.base];

/**
 * "<subject> may fall 16% before they no longer cover <what>", "… just cover … and may not fall at all",
 * or, below zero, "<subject> <short> <what> and would need to be 18% larger" (−m: how much larger).
 */
function marginWords(subject: string, m: number, what: string, short: string, lang: Lang): string {
  const sv = lang === "sv";
  const p = formatPercent(Math.abs(m), lang);
  if (Math.abs(m) < EVEN)
    return sv
      ? `${subject} täcker precis ${what} och får inte minska alls.`
      : `${subject} just cover ${what} and may not fall at all.`;
  if (m > 0)
    return sv
      ? `${subject} kan minska med ${p} innan de inte längre täcker ${what}.`
      : `${subject} may fall ${p} before they no longer cover ${what}.`;
  return sv
    ? `${subject} ${short} ${what} och skulle behöva vara ${p} större.`
    : `${subject} ${short} ${what} and would need to be ${p} larger.`;
}

function fundLine(e: Evaluation, r: RobustFigures, lang: Lang): RobustLine {
  if (e.figures.K03 <= 0) return { id: "K14", tone: "ok", text: T.nothingAsked[lang] };
  const m = r.K14;
  if (m === null) return { id: "K14", tone: "warning", text: T.noRegionCashable[lang] };
  return {
    id: "K14",
    tone: m < e.profile.params.minMargin ? "warning" : "ok",
    text: marginWords(T.region[lang], m, T.asked[lang], T.regionShort[lang], lang),
  };
}

function unitLines(r: RobustFigures, lang: Lang): RobustLine[] {
  if (r.K15.length === 0) return [{ id: "K15", tone: "warning", text: T.noUnits[lang] }];
  return r.K15.map(({ unit, margin }) => {
    if (margin === null) return { id: "K15", tone: "warning", unit, text: T.noUnitCashable[lang] };
    return {
      id: "K15",
      tone: margin < 0 ? "warning" : "ok",
      unit,
      text: marginWords(T.unitSavings[lang], margin, T.repayment[lang], T.unitShort[lang], lang),
    };
  });
}

function delayLine(r: RobustFigures, lang: Lang): RobustLine {
  const sv = lang === "sv";
  const d = r.K16;
  if (d === "unlimited") {
    const text = sv
      ? `Besparingarna kan komma hur sent som helst och ändå täcka kostnaderna: ${NO_LIMIT.sv} (diskonteringsränta 0).`
      : `The savings may come any number of years later and still cover the costs: ${NO_LIMIT.en} (discount rate 0).`;
    return { id: "K16", tone: "ok", text };
  }
  if (d === null && r.K13 === null) return { id: "K16", tone: "ok", text: T.noCosts[lang] };
  if (d === null) {
    const ratio = (r.K13 ?? 0).toLocaleString(sv ? "sv-SE" : "en-GB", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const text = sv
      ? `Besparingarna täcker inte kostnaderna ens i tid (kvot ${ratio}, under 1).`
      : `The savings do not cover the costs even on time (ratio ${ratio}, below 1).`;
    return { id: "K16", tone: "warning", text };
  }
  if (d === 0) return { id: "K16", tone: "warning", text: T.noDelay[lang] };
  const text = sv
    ? `Besparingarna kan komma ${d} år senare och ändå täcka kostnaderna.`
    : `The savings may come ${d} ${d === 1 ? "year" : "years"} later and still cover the costs.`;
  return { id: "K16", tone: "ok", text };
}

/** Kronor without the currency (the table's caption says it), so three columns fit a narrow pane. */
const amount = (n: number, lang: Lang): string =>
  formatKr(n, lang)
    .replace(/\u00a0kr$/, "")
    .replace("SEK\u00a0", "");

function scenarioRows(r: RobustFigures, lang: Lang): ScenarioRow[] {
  const sv = lang === "sv";
  const kr = (n: number): { text: string; negative: boolean } => ({
    text: amount(n, lang),
    negative: Math.round(n) < 0,
  });
  const pct = (m: number | null | undefined): { text: string; negative: boolean } =>
    m === null || m === undefined
      ? { text: NONE, negative: false }
      : { text: formatPercent(m, lang), negative: m <= -EVEN };
  const per = (f: (s: Scenario) => ScenarioCell): ScenarioCell[] => SCENARIOS.map(f);
  return [
    { id: "K11", label: L.K11[lang], cells: per((s) => kr(r.K17[s].adjustedSavings)) },
    { id: "K12", label: L.K12[lang], cells: per((s) => kr(r.K17[s].adjustedNpv)) },
    { id: "K14", label: L.K14[lang], cells: per((s) => pct(r.K17[s].fundMargin)) },
    ...r.K15.map(({ unit }, j) => ({
      id: "K15" as const,
      label: `${sv ? "Marginal" : "Margin"}: ${unit}`,
      cells: per((s) => pct(r.K17[s].unitMargins[j]?.margin)),
    })),
  ];
}

/** What the applicant left blank: every adjustment (and the optimism bias), every low and high share. */
function notes(e: Evaluation, lang: Lang): string[] {
  const rows = e.application.savings.filter((s) => s.amount !== null);
  if (rows.length === 0) return [];
  const ob = e.application.settings.optimismBias;
  const out: string[] = [];
  const adjusted = rows.some((s) => s.deadweight !== null || s.attribution !== null || s.cashableShare !== null);
  if (!adjusted && ob.savings === 0 && ob.costs === 0) out.push(T.noAdjustments[lang]);
  if (rows.every((s) => s.effectShareLow === null && s.effectShareHigh === null)) out.push(T.noScenarios[lang]);
  return out;
}

/** The card's content; `keyCell` is the Känslighet sheet's K14 cell (sensitivityKeyCell), null without it. */
export function robustnessView(e: Evaluation, lang: Lang, keyCell: string | null): RobustnessView {
  const r = e.robustness;
  const sheet = keyCell === null ? "" : splitAddress(keyCell).sheet;
  const link =
    keyCell === null
      ? null
      : { text: lang === "sv" ? `Visa på bladet ${sheet}` : `Show on the ${sheet} sheet`, cell: keyCell };
  const base = { intro: T.intro[lang], columns: SCENARIOS.map((s) => SCENARIO_WORDS[s][lang]) };
  if (r === null) return { ...base, missing: T.missing[lang], lines: [], rows: [], notes: [], link: null };
  return {
    ...base,
    missing: null,
    lines: [fundLine(e, r, lang), ...unitLines(r, lang), delayLine(r, lang)],
    rows: scenarioRows(r, lang),
    notes: notes(e, lang),
    link,
  };
}
