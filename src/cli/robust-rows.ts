/**
 * K11–K17 in words for one application's detail: the figures as label and value, one line per repaying unit's
 * margin, and the low/base/high scenarios as a small table (K11, K12, K14 and each unit's K15).
 */
import { ROBUST_FIGURE_LABELS as LABELS, SCENARIO_WORDS } from "../domain/catalogue";
import { formatKr, formatPercent } from "../domain/format";
import type { RobustFigures, Scenario, ScenarioFigures } from "../domain/robustness";
import type { Lang } from "../domain/vocabulary";
import type { Column } from "./table";
import { count, inLang } from "./words";

export interface FigureLine {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

const NONE = "–";
const SCENARIOS: readonly Scenario[] = ["low", "base", "high"];

const percent = (m: number | null, lang: Lang): string => (m === null ? NONE : formatPercent(m, lang));
const ratio = (n: number | null, lang: Lang): string =>
  n === null
    ? NONE
    : n.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** K16 in words: whole years, no limit (r = 0), or none (the adjusted savings do not cover the costs). */
function delayText(r: RobustFigures, lang: Lang): string {
  const t = inLang(lang);
  if (r.K16 === "unlimited") return t("obegränsad (diskonteringsräntan är 0)", "no limit (the discount rate is 0)");
  if (r.K16 !== null) return count(r.K16, "year", lang);
  return r.K13 === null ? NONE : t("ingen: kvoten (K13) är under 1", "none: the ratio (K13) is below 1");
}

/** K11–K16 as lines; one line saying why when they cannot be computed. */
export function robustLines(r: RobustFigures | null, lang: Lang): FigureLine[] {
  const t = inLang(lang);
  if (r === null)
    return [
      {
        id: "K11–K17",
        label: t("Justerade nyckeltal", "Adjusted key figures"),
        text: t("kan inte beräknas: periodens första år saknas", "cannot be computed: the period has no first year"),
      },
    ];
  const line = (id: string, label: keyof typeof LABELS, text: string): FigureLine => ({
    id,
    label: LABELS[label][lang],
    text,
  });
  return [
    line("K11", "K11", formatKr(r.K11.all, lang)),
    line("K11", "K11region", formatKr(r.K11.region, lang)),
    line("K11", "K11regionCashable", formatKr(r.K11.regionCashable, lang)),
    line("K12", "K12", formatKr(r.K12, lang)),
    line("K13", "K13", ratio(r.K13, lang)),
    line("K14", "K14", percent(r.K14, lang)),
    ...r.K15.map((u) => ({ id: "K15", label: `${LABELS.K15[lang]}: ${u.unit}`, text: percent(u.margin, lang) })),
    line("K16", "K16", delayText(r, lang)),
  ];
}

/** K17: one row per figure, a column per scenario (low, base, high). */
export function scenarioTable(r: RobustFigures, lang: Lang): { columns: Column[]; rows: string[][] } {
  const across = (pick: (s: ScenarioFigures) => string): string[] => SCENARIOS.map((x) => pick(r.K17[x]));
  const units = r.K17.base.unitMargins.map((u, i) => ({ unit: u.unit, i }));
  return {
    columns: [
      { header: "ID" },
      { header: lang === "sv" ? "Nyckeltal" : "Key figure", flexible: true },
      ...SCENARIOS.map((x) => ({ header: SCENARIO_WORDS[x][lang], right: true })),
    ],
    rows: [
      ["K11", LABELS.K11[lang], ...across((s) => formatKr(s.adjustedSavings, lang))],
      ["K12", LABELS.K12[lang], ...across((s) => formatKr(s.adjustedNpv, lang))],
      ["K14", LABELS.K14[lang], ...across((s) => percent(s.fundMargin, lang))],
      ...units.map(({ unit, i }) => [
        "K15",
        `${LABELS.K15[lang]}: ${unit}`,
        ...across((s) => percent(s.unitMargins[i]?.margin ?? null, lang)),
      ]),
    ],
  };
}
