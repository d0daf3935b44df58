/**
 * `sif validate --format markdown`, for the board's case file: the summary first (a table, the totals, the
 * skipped files, what the columns mean), then one section per application in the summary's order. Every piece
 * of user text — names, units, messages quoting cells, file names — is escaped: nothing from an application
 * becomes HTML, a link, an image or a broken table.
 */
import { CATALOGUE } from "../domain/catalogue";
import type { Lang } from "../domain/vocabulary";
import { figureRows } from "../templates/review-sheet";
import { collapseCells } from "./cells";
import type { CheckedFile, FileResult } from "./check-file";
import { escapeMarkdown } from "./plain-text";
import { checkedLine, more, reportFolder, severityWord, TITLE } from "./report-parts";
import { robustLines, scenarioTable } from "./robust-rows";
import {
  inSummaryOrder,
  legend,
  skippedLines,
  summaryColumns,
  summaryRows,
  totalsLine,
  statusOf,
  type Report,
} from "./summary";
import { markdownTable, type Column } from "./table";
import { count, inLang, STATUS_WORDS } from "./words";

function markdownSummary(report: Report, folder: string): string[] {
  const { lang } = report;
  const t = inLang(lang);
  const skipped = skippedLines(report.skipped, lang, folder);
  return [
    `## ${t("Sammanställning", "Summary")}`,
    "",
    ...markdownTable(summaryColumns(lang, "markdown"), summaryRows(report.results, lang, folder, "markdown")),
    "",
    `**${escapeMarkdown(totalsLine(report.results, report.skipped, lang))}**`,
    "",
    ...(skipped.length > 0 ? [...skipped.map((l) => `- ${escapeMarkdown(l)}`), ""] : []),
    escapeMarkdown(legend(lang, "markdown", report.summaryOnly)),
  ];
}

/** One application's findings as a table (with the count of those left out), or "No findings". */
function markdownFindings(c: CheckedFile, lang: Lang): string[] {
  const t = inLang(lang);
  if (c.findings.length === 0) return [t("Inga anmärkningar.", "No findings.")];
  const columns: Column[] = [
    { header: "ID" },
    { header: t("Allvarlighet", "Severity") },
    { header: t("Kontrollpunkt", "Check") },
    { header: t("Celler", "Cells") },
    { header: t("Meddelande", "Message") },
  ];
  const rows = c.findings.map((f) => [
    f.id,
    severityWord(f.severity, lang),
    CATALOGUE[f.id].title[lang],
    collapseCells(f.cells).join(", ") || "–",
    f.message[lang],
  ]);
  return [
    ...markdownTable(columns, rows),
    ...(c.moreFindings > 0 ? ["", escapeMarkdown(more(c.moreFindings, lang))] : []),
  ];
}

/** K01–K16 in one table, the scenarios (K17) in another. */
function markdownFigures(c: CheckedFile, lang: Lang): string[] {
  const t = inLang(lang);
  const columns: Column[] = [
    { header: "ID" },
    { header: t("Nyckeltal", "Key figure") },
    { header: t("Värde", "Value"), right: true },
  ];
  const lines = [...figureRows(c.figures, lang), ...robustLines(c.robustness, lang)].map((k) => [
    k.id,
    k.label,
    k.text,
  ]);
  const out = [`**${t("Nyckeltal", "Key figures")}**`, "", ...markdownTable(columns, lines)];
  if (c.robustness === null) return out;
  const k17 = scenarioTable(c.robustness, lang);
  return [
    ...out,
    "",
    t("**Scenarier (K17)**: låg, bas och hög effektandel", "**Scenarios (K17)**: low, base and high effect share"),
    "",
    ...markdownTable(k17.columns, k17.rows),
  ];
}

function markdownDetail(r: FileResult, n: number, lang: Lang): string[] {
  const t = inLang(lang);
  const status = `**${STATUS_WORDS[statusOf(r)][lang]}**`;
  if (!r.readable) return [`## ${n}. ${escapeMarkdown(r.file)}`, "", `${status}: ${escapeMarkdown(r.problem[lang])}`];
  const counts = [
    count(r.counts.error, "error", lang),
    count(r.counts.warning, "warning", lang),
    count(r.counts.info, "info", lang),
  ];
  return [
    `## ${n}. ${escapeMarkdown(r.name) || t("(namn saknas)", "(no name)")}`,
    "",
    [
      status,
      counts.join(", "),
      `${t("fil", "file")} ${escapeMarkdown(r.file)}`,
      `${t("regelprofil", "rule profile")} ${escapeMarkdown(r.profile)}`,
    ].join(" · "),
    "",
    ...markdownFindings(r, lang),
    "",
    ...markdownFigures(r, lang),
  ];
}

export function toMarkdown(report: Report): string {
  const folder = reportFolder(report);
  const out = [
    `# ${TITLE[report.lang]}`,
    "",
    escapeMarkdown(checkedLine(report, folder)),
    "",
    ...markdownSummary(report, folder),
  ];
  if (!report.summaryOnly)
    inSummaryOrder(report.results).forEach((r, i) => out.push("", ...markdownDetail(r, i + 1, report.lang)));
  return `${out.join("\n").trimEnd()}\n`;
}
