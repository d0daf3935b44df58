/** What the text and the Markdown report share: the heading, the date line, the verdict, the counted words. */
import { SEVERITY_WORDS, type Severity } from "../domain/catalogue";
import type { Lang } from "../domain/vocabulary";
import type { CheckedFile } from "./check-file";
import { localStamp } from "./clock";
import { commonFolder, type Report } from "./summary";
import { count, inLang } from "./words";

/** The report's width in the terminal: the summary never goes beyond it. */
export const TEXT_WIDTH = 120;

/** The report's heading. */
export const TITLE: Record<Lang, string> = {
  sv: "Granskning av ansökningar till sociala investeringsfonden",
  en: "Review of applications to the social investment fund",
};

/** The catalogue's severity words; in capitals in the terminal, where they lead each line. */
export const severityWord = (s: Severity, lang: Lang, capitals = false): string =>
  capitals ? SEVERITY_WORDS[s][lang].toUpperCase() : SEVERITY_WORDS[s][lang];

/** The line under a capped list of findings. */
export const more = (n: number, lang: Lang): string =>
  lang === "sv"
    ? `… och ${count(n, "finding", lang)} till (visas inte).`
    : `… and ${n} more ${n === 1 ? "finding" : "findings"} (not shown).`;

/** "1 fel måste rättas." / "Klar att lämna in: inga fel." and the other counts. */
export function verdict(c: CheckedFile, lang: Lang): string {
  const t = inLang(lang);
  const first =
    c.counts.error === 0
      ? t("Klar att lämna in: inga fel.", "Ready to submit: no errors.")
      : t(
          `${count(c.counts.error, "error", lang)} måste rättas.`,
          `${count(c.counts.error, "error", lang)} must be fixed.`,
        );
  return `${first} ${count(c.counts.warning, "warning", lang)}, ${count(c.counts.info, "info", lang)}.`;
}

/** "Granskad 2026-12-02 18:40 (CET) med sif 0.1.0 · filer i ansokningar/". */
export function checkedLine(report: Report, folder: string): string {
  const t = inLang(report.lang);
  const where = folder === "" ? "" : ` · ${t("filer i", "files in")} ${folder}`;
  const when = localStamp(report.now, report.lang);
  return `${t("Granskad", "Checked")} ${when} ${t("med", "with")} sif ${report.version}${where}`;
}

/** The folder the summary shows files relative to: the one all checked and skipped files share. */
export const reportFolder = (report: Report): string =>
  commonFolder([...report.results.map((r) => r.file), ...report.skipped.map((s) => s.file)]);
