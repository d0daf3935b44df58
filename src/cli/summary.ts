/**
 * The summary a board decides from, before any detail: one row per application (status, errors, warnings,
 * amount asked, the fund's margin K14, the lowest unit margin K15 and its unit, years to payback), a totals
 * line, the files that were skipped, and what the short column names mean. Applications needing work come
 * first, then those ready, then files that could not be read (inSummaryOrder).
 */
import { formatKr, formatPercent } from "../domain/format";
import type { RobustFigures } from "../domain/robustness";
import type { Lang } from "../domain/vocabulary";
import type { FileResult } from "./check-file";
import { oneLine } from "./plain-text";
import type { Column } from "./table";
import { SKIP_REASONS, type SkippedFile } from "./validate";
import { count, countStatus, inLang, STATUS_ORDER, STATUS_WORDS, type Status } from "./words";

/** What a report is made of, whatever its format. */
export interface Report {
  readonly results: readonly FileResult[];
  /** Spreadsheet-like files in the folders that were not checked. */
  readonly skipped: readonly SkippedFile[];
  /** When the report was made (shown in local time). */
  readonly now: Date;
  readonly version: string;
  readonly lang: Lang;
  /** `--summary`: the summary alone, no findings. */
  readonly summaryOnly: boolean;
}

export const statusOf = (r: FileResult): Status =>
  !r.readable ? "unreadable" : r.counts.error > 0 ? "needs-work" : "ready";

/**
 * The results in the summary's order: needing work, ready, unreadable; within a status the most errors first,
 * then the most warnings, then the order checked (a folder's files by name).
 */
export function inSummaryOrder(results: readonly FileResult[]): FileResult[] {
  const tally = (r: FileResult, s: "error" | "warning"): number => (r.readable ? r.counts[s] : 0);
  return STATUS_ORDER.flatMap((s) =>
    results
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => statusOf(r) === s)
      .sort(
        (a, b) =>
          tally(b.r, "error") - tally(a.r, "error") || tally(b.r, "warning") - tally(a.r, "warning") || a.i - b.i,
      )
      .map(({ r }) => r),
  );
}

/** The repaying unit with the smallest margin (K15), or null when no unit has one. */
export function lowestUnitMargin(r: RobustFigures | null): { unit: string; margin: number } | null {
  let lowest: { unit: string; margin: number } | null = null;
  for (const { unit, margin } of r?.K15 ?? [])
    if (margin !== null && (lowest === null || margin < lowest.margin)) lowest = { unit, margin };
  return lowest;
}

/** Years from the first year of the period to payback (K07), or null. */
export function paybackYears(r: FileResult): number | null {
  if (!r.readable || r.figures.K07 === null || r.figures.firstYear === null) return null;
  return r.figures.K07 - r.figures.firstYear;
}

/** The folder all the files share ("ansokningar/"), or "" when they have none in common. */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return "";
  let prefix = paths[0]!.slice(0, Math.max(paths[0]!.lastIndexOf("/"), paths[0]!.lastIndexOf("\\")) + 1);
  for (const p of paths) while (prefix !== "" && !p.startsWith(prefix)) prefix = prefix.replace(/[^/\\]*[/\\]$/, "");
  return prefix;
}

const NONE = "–";

/** The summary's columns: short names in the terminal (the legend explains them), full names in Markdown. */
export function summaryColumns(lang: Lang, style: "text" | "markdown"): Column[] {
  const t = inLang(lang);
  const long = style === "markdown";
  return [
    { header: t("Nr", "No."), right: true },
    { header: "Status" },
    { header: t("Fil", "File"), flexible: { order: 2, min: 16, middle: true } },
    { header: t("Ansökan", "Application"), flexible: { order: 1, min: 16 } },
    { header: t("Fel", "Errors"), right: true },
    { header: t("Varningar", "Warnings"), right: true },
    { header: t("Sökt (K03)", "Asked (K03)"), right: true },
    { header: long ? t("Fondens marginal (K14)", "Fund's margin (K14)") : "K14", right: true },
    long
      ? { header: t("Lägsta verksamhetsmarginal (K15)", "Lowest unit margin (K15)") }
      : { header: t("Lägsta K15", "Lowest K15"), right: true },
    { header: long ? t("År till återbetalning", "Years to payback") : t("År", "Years"), right: true },
  ];
}

/**
 * One row per application, numbered in the summary's order; files shown relative to `folder`. The lowest unit
 * margin names its unit in Markdown; in the terminal, where 120 columns are few, the detail names it.
 */
export function summaryRows(
  results: readonly FileResult[],
  lang: Lang,
  folder: string,
  style: "text" | "markdown",
): string[][] {
  const t = inLang(lang);
  const unit = (name: string): string => (style === "markdown" ? ` (${oneLine(name)})` : "");
  return inSummaryOrder(results).map((r, i) => {
    const file = r.file.slice(folder.length);
    const status = STATUS_WORDS[statusOf(r)][lang];
    if (!r.readable) return [String(i + 1), status, file, oneLine(r.problem[lang]), NONE, NONE, NONE, NONE, NONE, NONE];
    const lowest = lowestUnitMargin(r.robustness);
    const k14 = r.robustness?.K14 ?? null;
    const years = paybackYears(r);
    return [
      String(i + 1),
      status,
      file,
      oneLine(r.name) || t("(namn saknas)", "(no name)"),
      String(r.counts.error),
      String(r.counts.warning),
      formatKr(r.figures.K03, lang),
      k14 === null ? NONE : formatPercent(k14, lang),
      lowest === null ? NONE : `${formatPercent(lowest.margin, lang)}${unit(lowest.unit)}`,
      years === null ? NONE : String(years),
    ];
  });
}

/** The amounts asked: in all, and by the applications that are ready. */
function askedWords(results: readonly FileResult[], lang: Lang): string {
  const checked = results.filter((r) => r.readable);
  if (checked.length === 0) return "";
  const ready = checked.filter((r) => statusOf(r) === "ready");
  const total = formatKr(
    checked.reduce((a, r) => a + r.figures.K03, 0),
    lang,
  );
  const byReady = formatKr(
    ready.reduce((a, r) => a + r.figures.K03, 0),
    lang,
  );
  const one = ready.length === 1;
  if (lang === "sv") {
    const of = ready.length === 0 ? "" : `, varav ${byReady} i ${one ? "den klara ansökan" : "de klara ansökningarna"}`;
    return `; sökt belopp totalt ${total}${of}`;
  }
  const of = ready.length === 0 ? "" : `, ${byReady} of it by the ready ${one ? "application" : "applications"}`;
  return `; ${total} asked in total${of}`;
}

/** "30 ansökningar: 15 behöver åtgärdas, 12 klara, 3 oläsliga; sökt belopp totalt …; 1 fil hoppades över." */
export function totalsLine(results: readonly FileResult[], skipped: readonly SkippedFile[], lang: Lang): string {
  const parts = STATUS_ORDER.map((s) => ({ s, n: results.filter((r) => statusOf(r) === s).length }))
    .filter((p) => p.n > 0)
    .map((p) => countStatus(p.n, p.s, lang));
  const skippedWords =
    skipped.length === 0
      ? ""
      : lang === "sv"
        ? `; ${count(skipped.length, "file", lang)} hoppades över`
        : `; ${count(skipped.length, "file", lang)} skipped`;
  const applications = count(results.length, "application", lang);
  return `${applications}: ${parts.join(", ")}${askedWords(results, lang)}${skippedWords}.`;
}

/** "Hoppades över: gammal.xls (äldre Excel-format; spara som .xlsx)", one line per file. */
export function skippedLines(skipped: readonly SkippedFile[], lang: Lang, folder: string): string[] {
  const word = lang === "sv" ? "Hoppades över" : "Skipped";
  return skipped.map((s) => `${word}: ${oneLine(s.file.slice(folder.length))} (${SKIP_REASONS[s.kind][lang]})`);
}

/** What the summary's figures mean, for a reader who does not know the IDs. */
export function legend(lang: Lang, style: "text" | "markdown", summaryOnly: boolean): string {
  const which =
    style === "markdown"
      ? { sv: "verksamheten står inom parentes", en: "the unit is named in parentheses" }
      : summaryOnly
        ? { sv: "verksamheten står i rapporten utan --summary", en: "the report without --summary names the unit" }
        : { sv: "verksamheten står under ansökan nedan", en: "the unit is named under the application below" };
  return lang === "sv"
    ? "K14, fondens marginal: hur mycket regionens realiserbara besparingar kan minska och ändå täcka sökt belopp " +
        "(under 0 %: de täcker det inte). Lägsta K15: den minsta marginalen bland verksamheterna som ska återföra " +
        `(under 0 %: verksamheten återför mer än den realiserbart sparar); ${which.sv}. År: antal år från ` +
        "periodens första år tills besparingarna har täckt kostnaderna (K07). –: inget värde."
    : "K14, the fund's margin: how far the region's cashable savings may fall and still cover the amount asked " +
        "(below 0%: they do not cover it). Lowest K15: the smallest margin among the units that repay (below 0%: " +
        `the unit repays more than it can cash in); ${which.en}. Years: from the first year of the period until ` +
        "the savings have covered the costs (K07). –: no value.";
}
