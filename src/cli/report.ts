/** `sif validate`'s three outputs: text for the terminal, JSON for tools, Markdown for the board's case file. */
import { CATALOGUE, SEVERITY_WORDS, type Severity } from "../domain/catalogue";
import type { KeyFigures } from "../domain/figures";
import { formatKr } from "../domain/format";
import type { Lang } from "../domain/vocabulary";
import { figureRows } from "../templates/review-sheet";
import type { CheckedFile, FileResult, Format } from "./validate";

/** The catalogue's severity words; in capitals in the terminal, where they lead each line. */
const severityWord = (s: Severity, lang: Lang, capitals = false): string =>
  capitals ? SEVERITY_WORDS[s][lang].toUpperCase() : SEVERITY_WORDS[s][lang];

/** The line under a capped list of findings. */
const more = (n: number, lang: Lang): string =>
  lang === "sv" ? `… och ${n} anmärkningar till (visas inte).` : `… and ${n} more findings (not shown).`;

/** Years from the first year of the period to payback (K07), or null. */
export function paybackYears(f: KeyFigures): number | null {
  return f.K07 === null || f.firstYear === null ? null : f.K07 - f.firstYear;
}

/** The key figures as JSON: numbers (kronor, years, ratios), null where there is none. */
export function figuresJson(f: KeyFigures): Record<string, unknown> {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return {
    K01: round(f.K01),
    K02: round(f.K02.total),
    K03: round(f.K03),
    K04: round(f.K04.all),
    K05: round(f.K05),
    K06: f.K06 === null ? null : Math.round(f.K06 * 1e6) / 1e6,
    K07: f.K07,
    K08: f.K08,
    K09: f.K09 === null ? null : Math.round(f.K09 * 1e6) / 1e6,
    K10: f.K10.map((y) => ({ year: y.year, outstanding: round(y.outstanding) })),
    detail: {
      firstYear: f.firstYear,
      discountRate: f.discountRate,
      coFinancingByType: {
        cash: round(f.K02.byType.cash),
        workTime: round(f.K02.byType.workTime),
        other: round(f.K02.byType.other),
      },
      savingsRegion: round(f.K04.region),
      paybackYears: paybackYears(f),
    },
  };
}

export function toJson(results: readonly FileResult[], lang: Lang, version: string): string {
  return `${JSON.stringify(
    {
      tool: "sif",
      version,
      files: results.map((r) =>
        r.readable
          ? {
              file: r.file,
              readable: true,
              name: r.name,
              profile: r.profile,
              counts: r.counts,
              moreFindings: r.moreFindings,
              findings: r.findings.map((f) => ({
                id: f.id,
                severity: f.severity,
                message: f.message[lang],
                cells: f.cells,
              })),
              figures: figuresJson(r.figures),
            }
          : { file: r.file, readable: false, error: r.problem[lang] },
      ),
    },
    null,
    2,
  )}\n`;
}

const L =
  (lang: Lang) =>
  (sv: string, en: string): string =>
    lang === "sv" ? sv : en;

function summaryRows(results: readonly FileResult[], lang: Lang): string[][] {
  const t = L(lang);
  return results.map((r) =>
    r.readable
      ? [
          r.file,
          r.name || t("(namn saknas)", "(no name)"),
          String(r.counts.error),
          String(r.counts.warning),
          formatKr(r.figures.K03, lang),
          formatKr(r.figures.K04.all, lang),
          formatKr(r.figures.K05, lang),
          paybackYears(r.figures) === null ? "–" : String(paybackYears(r.figures)),
        ]
      : [r.file, t("kunde inte läsas", "could not be read"), "–", "–", "–", "–", "–", "–"],
  );
}

function summaryHeader(lang: Lang): string[] {
  const t = L(lang);
  return [
    t("Fil", "File"),
    t("Ansökan", "Application"),
    t("Fel", "Errors"),
    t("Varningar", "Warnings"),
    t("Sökt (K03)", "Asked (K03)"),
    t("Besparingar (K04)", "Savings (K04)"),
    t("Nettonuvärde (K05)", "NPV (K05)"),
    t("År till återbetalning", "Payback years"),
  ];
}

export function toText(results: readonly FileResult[], lang: Lang): string {
  const t = L(lang);
  const out: string[] = [];
  for (const r of results) {
    if (!r.readable) {
      out.push(`== ${r.file}`, `   ${t("KAN INTE LÄSAS", "CANNOT BE READ")}: ${r.problem[lang]}`, "");
      continue;
    }
    out.push(`== ${r.file} — ${r.name || t("(namn saknas)", "(no name)")} (${r.profile})`);
    const verdict =
      r.counts.error === 0
        ? t("Klar att lämna in: inga fel.", "Ready to submit: no errors.")
        : t(`${r.counts.error} fel måste rättas.`, `${r.counts.error} error(s) must be fixed.`);
    const tally = t(
      `${r.counts.warning} varningar, ${r.counts.info} information.`,
      `${r.counts.warning} warning(s), ${r.counts.info} information.`,
    );
    out.push(`   ${verdict} ${tally}`);
    for (const f of r.findings) {
      out.push(
        `   ${severityWord(f.severity, lang, true).padEnd(12)}${f.id}  ` +
          `${(f.cells.join(", ") || "–").padEnd(18)}  ${f.message[lang]}`,
      );
    }
    if (r.moreFindings > 0) out.push(`   ${more(r.moreFindings, lang)}`);
    for (const k of figureRows(r.figures, lang)) out.push(`   ${k.id}  ${k.label.padEnd(40)} ${k.text}`);
    out.push("");
  }
  if (results.length > 1) out.push(table(summaryHeader(lang), summaryRows(results, lang), "text", 2));
  return `${out.join("\n").trimEnd()}\n`;
}

const cellText = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** A table; columns from `numericFrom` on are right-aligned (amounts). */
function table(header: string[], rows: string[][], style: "text" | "markdown", numericFrom = Infinity): string {
  if (style === "markdown") {
    return [
      `| ${header.map(cellText).join(" | ")} |`,
      `|${header.map((_, i) => (i >= numericFrom ? "---:" : "---")).join("|")}|`,
      ...rows.map((r) => `| ${r.map(cellText).join(" | ")} |`),
    ].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i >= numericFrom ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The Markdown report's heading. */
const MARKDOWN_TITLE: Record<Lang, string> = {
  sv: "Granskning av ansökningar till sociala investeringsfonden",
  en: "Review of applications to the social investment fund",
};

/** One application's findings as a Markdown table (with the count of those left out), or "No findings". */
function markdownFindings(c: CheckedFile, lang: Lang): string[] {
  const t = L(lang);
  if (c.findings.length === 0) return [t("Inga anmärkningar.", "No findings."), ""];
  const header = [
    t("ID", "ID"),
    t("Allvarlighet", "Severity"),
    t("Kontrollpunkt", "Check"),
    t("Celler", "Cells"),
    t("Meddelande", "Message"),
  ];
  const rows = c.findings.map((f) => [
    f.id,
    severityWord(f.severity, lang),
    CATALOGUE[f.id].title[lang],
    f.cells.join(", ") || "–",
    f.message[lang],
  ]);
  return [table(header, rows, "markdown"), "", ...(c.moreFindings > 0 ? [more(c.moreFindings, lang), ""] : [])];
}

export function toMarkdown(results: readonly FileResult[], lang: Lang, now = new Date()): string {
  const t = L(lang);
  const out: string[] = [
    `# ${MARKDOWN_TITLE[lang]}`,
    "",
    `${t("Granskat", "Checked")} ${now.toISOString().slice(0, 10)} ` +
      `${t("med", "with")} sif · ${results.length} ${t("filer", "files")}.`,
    "",
    `## ${t("Sammanställning", "Summary")}`,
    "",
    table(summaryHeader(lang), summaryRows(results, lang), "markdown", 2),
    "",
  ];
  for (const r of results) {
    out.push(`## ${cellText(r.file)}`, "");
    if (!r.readable) {
      out.push(`**${t("Kunde inte läsas", "Could not be read")}:** ${cellText(r.problem[lang])}`, "");
      continue;
    }
    const c: CheckedFile = r;
    out.push(
      `**${cellText(c.name || t("(namn saknas)", "(no name)"))}** · ` +
        `${t("regelprofil", "rule profile")} ${c.profile} · ${c.counts.error} ${t("fel", "errors")}, ` +
        `${c.counts.warning} ${t("varningar", "warnings")}, ${c.counts.info} information`,
      "",
    );
    out.push(...markdownFindings(c, lang));
    out.push(
      table(
        [t("Nyckeltal", "Key figure"), "", t("Värde", "Value")],
        figureRows(c.figures, lang).map((k) => [k.id, k.label, k.text]),
        "markdown",
        2,
      ),
      "",
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}

export function render(results: readonly FileResult[], format: Format, lang: Lang, version: string): string {
  if (format === "json") return toJson(results, lang, version);
  if (format === "markdown") return toMarkdown(results, lang);
  return toText(results, lang);
}
