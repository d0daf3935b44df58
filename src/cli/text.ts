/** `sif validate --format text`: the summary (at most 120 columns wide), then each application in its order. */
import type { Lang } from "../domain/vocabulary";
import { figureRows } from "../templates/review-sheet";
import { collapseCells } from "./cells";
import type { CheckedFile, FileResult } from "./check-file";
import { oneLine, width } from "./plain-text";
import { checkedLine, more, reportFolder, severityWord, TEXT_WIDTH, TITLE, verdict } from "./report-parts";
import { robustLines, scenarioTable } from "./robust-rows";
import { inSummaryOrder, legend, skippedLines, summaryColumns, summaryRows, totalsLine, type Report } from "./summary";
import { textTable, wrap } from "./table";
import { inLang } from "./words";

/** The summary in the terminal: heading, table, totals, skipped files, legend; no line wider than TEXT_WIDTH. */
export function textSummary(report: Report): string[] {
  const { lang } = report;
  const folder = reportFolder(report);
  return [
    TITLE[lang],
    ...wrap(checkedLine(report, folder), TEXT_WIDTH),
    "",
    ...textTable(summaryColumns(lang, "text"), summaryRows(report.results, lang, folder, "text"), TEXT_WIDTH),
    "",
    ...wrap(totalsLine(report.results, report.skipped, lang), TEXT_WIDTH),
    ...skippedLines(report.skipped, lang, folder).flatMap((l) => wrap(l, TEXT_WIDTH)),
    "",
    ...wrap(legend(lang, "text", report.summaryOnly), TEXT_WIDTH),
  ];
}

const pad = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - width(s)));

function textFigures(c: CheckedFile, lang: Lang): string[] {
  const rows = [...figureRows(c.figures, lang), ...robustLines(c.robustness, lang)];
  const labels = Math.min(60, Math.max(...rows.map((k) => width(oneLine(k.label)))));
  const lines = rows.map((k) => `   ${k.id.padEnd(4)} ${pad(oneLine(k.label), labels)}  ${k.text}`);
  if (c.robustness === null) return lines;
  const k17 = scenarioTable(c.robustness, lang);
  return [
    ...lines,
    `   K17  ${inLang(lang)("Scenarier: låg, bas, hög", "Scenarios: low, base, high")}`,
    ...textTable(k17.columns, k17.rows, TEXT_WIDTH, "        "),
  ];
}

/** One application's detail: heading, verdict, findings (cells collapsed to ranges), key figures. */
function textDetail(r: FileResult, n: number, lang: Lang): string[] {
  const t = inLang(lang);
  if (!r.readable)
    return [`== ${n}. ${oneLine(r.file)}`, `   ${t("KAN INTE LÄSAS", "CANNOT BE READ")}: ${oneLine(r.problem[lang])}`];
  const name = oneLine(r.name) || t("(namn saknas)", "(no name)");
  const out = [`== ${n}. ${oneLine(r.file)} — ${name} (${r.profile})`, `   ${verdict(r, lang)}`];
  for (const f of r.findings) {
    const cells = oneLine(collapseCells(f.cells).join(", ")) || "–";
    out.push(
      `   ${severityWord(f.severity, lang, true).padEnd(12)}${f.id}  ${cells.padEnd(18)}  ${oneLine(f.message[lang])}`,
    );
  }
  if (r.moreFindings > 0) out.push(`   ${more(r.moreFindings, lang)}`);
  return [...out, ...textFigures(r, lang)];
}

export function toText(report: Report): string {
  const out = textSummary(report);
  if (!report.summaryOnly)
    inSummaryOrder(report.results).forEach((r, i) => out.push("", ...textDetail(r, i + 1, report.lang)));
  return `${out.join("\n").trimEnd()}\n`;
}
