/**
 * `sif follow-up`'s text and Markdown: the summary first (follow-up-summary.ts), then, unless `--summary`,
 * each investment in the summary's order in the pane's words — where it stands and why, U01–U05, each unit,
 * what is due to be measured (F01) — and the findings with their cells. User text is one line in the terminal
 * and inert in Markdown, as in `sif validate`.
 */
import type { Lang } from "../domain/vocabulary";
import type { FollowUpLine } from "../templates/follow-up-state";
import { collapseCells } from "./cells";
import { localStamp } from "./clock";
import type { FollowedFile, FollowUpResult } from "./follow-up-check";
import {
  followUpColumns,
  followUpLegend,
  followUpRows,
  followUpTotals,
  inFollowUpOrder,
  standingOf,
  STANDING_WORDS,
} from "./follow-up-summary";
import { escapeMarkdown, oneLine } from "./plain-text";
import { severityWord, TEXT_WIDTH } from "./report-parts";
import { commonFolder } from "./summary";
import { markdownTable, textTable, wrap } from "./table";
import { inLang } from "./words";
import { SKIP_REASONS, type SkippedFile } from "./validate";

export interface FollowUpReport {
  readonly results: readonly FollowUpResult[];
  readonly skipped: readonly SkippedFile[];
  readonly now: Date;
  readonly version: string;
  readonly lang: Lang;
  readonly summaryOnly: boolean;
}

export const FOLLOW_UP_TITLE: Record<Lang, string> = {
  sv: "Uppföljning av sociala investeringar",
  en: "Follow-up of social investments",
};

const folderOf = (r: FollowUpReport): string =>
  commonFolder([...r.results.map((x) => x.file), ...r.skipped.map((s) => s.file)]);

/** "Uppföljd 2026-12-02 18:40 (CET) med sif 0.1.0 · filer i fonden/". */
function stampLine(r: FollowUpReport, folder: string): string {
  const t = inLang(r.lang);
  const where = folder === "" ? "" : ` · ${t("filer i", "files in")} ${folder}`;
  return `${t("Uppföljd", "Followed up")} ${localStamp(r.now, r.lang)} ${t("med", "with")} sif ${r.version}${where}`;
}

const skippedLines = (r: FollowUpReport, folder: string): string[] =>
  r.skipped.map(
    (s) =>
      `${inLang(r.lang)("Hoppades över", "Skipped")}: ${s.file.slice(folder.length)} ` +
      `(${SKIP_REASONS[s.kind][r.lang]})`,
  );

/** The state's lines in reading order: the figures, each unit's, what is due; with the unit named. */
function stateLines(f: FollowedFile, lang: Lang): { unit: string | null; line: FollowUpLine }[] {
  const s = f.state[lang];
  return [
    ...s.lines.map((line) => ({ unit: null, line })),
    ...s.units.flatMap((u) => u.lines.map((line) => ({ unit: u.unit, line }))),
    ...s.due.map((line) => ({ unit: null, line })),
  ];
}

const heading = (f: FollowUpResult, lang: Lang): string =>
  !f.readable ? f.file : `${f.file} — ${f.name || inLang(lang)("(namn saknas)", "(no name)")}`;

function textDetail(f: FollowUpResult, n: number, lang: Lang): string[] {
  const t = inLang(lang);
  const head = `== ${n}. ${oneLine(heading(f, lang))}`;
  if (!f.readable) return [head, `   ${t("KAN INTE LÄSAS", "CANNOT BE READ")}: ${oneLine(f.problem[lang])}`];
  if (!f.followed)
    return [
      head,
      ...wrap(
        t("Inget beslut: arbetsboken har inga uppföljningsblad.", "No decision: the workbook has no follow-up sheets."),
        TEXT_WIDTH,
        "   ",
      ),
    ];
  const s = f.state[lang];
  const out = [head, ...wrap(`${s.headline}. ${s.note}`, TEXT_WIDTH, "   "), `   ${oneLine(s.context)}`];
  let unit: string | null = null;
  for (const { unit: u, line } of stateLines(f, lang)) {
    if (u !== null && u !== unit) out.push(`   ${oneLine(u)}`);
    unit = u;
    const indent = u === null ? "   " : "     ";
    const cells = line.cells.length === 0 ? "" : ` (${collapseCells(line.cells).join(", ")})`;
    out.push(...wrap(`${line.id}  ${line.text}${cells}`, TEXT_WIDTH, indent));
  }
  for (const x of f.findings.filter((x) => x.id !== "F01")) {
    const cells = oneLine(collapseCells(x.cells).join(", ")) || "–";
    out.push(
      `   ${severityWord(x.severity, lang, true).padEnd(12)}${x.id}  ${cells.padEnd(18)}  ${oneLine(x.message[lang])}`,
    );
  }
  return out;
}

export function toFollowUpText(r: FollowUpReport): string {
  const folder = folderOf(r);
  const out = [
    FOLLOW_UP_TITLE[r.lang],
    ...wrap(stampLine(r, folder), TEXT_WIDTH),
    "",
    ...textTable(followUpColumns(r.lang, "text"), followUpRows(r.results, r.lang, folder), TEXT_WIDTH),
    "",
    ...wrap(followUpTotals(r.results, r.lang), TEXT_WIDTH),
    ...skippedLines(r, folder).flatMap((l) => wrap(l, TEXT_WIDTH)),
    "",
    ...wrap(followUpLegend(r.lang), TEXT_WIDTH),
  ];
  if (!r.summaryOnly) inFollowUpOrder(r.results).forEach((f, i) => out.push("", ...textDetail(f, i + 1, r.lang)));
  return `${out.join("\n").trimEnd()}\n`;
}

function markdownDetail(f: FollowUpResult, n: number, lang: Lang): string[] {
  const t = inLang(lang);
  const standing = `**${STANDING_WORDS[standingOf(f)][lang]}**`;
  const head = `## ${n}. ${escapeMarkdown(heading(f, lang))}`;
  if (!f.readable) return [head, "", `${standing}: ${escapeMarkdown(f.problem[lang])}`];
  if (!f.followed)
    return [
      head,
      "",
      `${standing}: ${t("arbetsboken har inga uppföljningsblad.", "the workbook has no follow-up sheets.")}`,
    ];
  const s = f.state[lang];
  const rows = stateLines(f, lang).map(({ unit, line }) => [
    line.id,
    unit ?? "",
    line.text,
    collapseCells(line.cells).join(", "),
  ]);
  const findings = f.findings
    .filter((x) => x.id !== "F01")
    .map((x) => [x.id, severityWord(x.severity, lang), collapseCells(x.cells).join(", ") || "–", x.message[lang]]);
  return [
    head,
    "",
    `${standing} · ${escapeMarkdown(s.note)} · ${escapeMarkdown(s.context)}`,
    "",
    ...markdownTable(
      [
        { header: "ID" },
        { header: t("Verksamhet", "Unit") },
        { header: t("Uppföljning", "Follow-up") },
        { header: t("Celler", "Cells") },
      ],
      rows,
    ),
    ...(findings.length === 0
      ? []
      : [
          "",
          ...markdownTable(
            [
              { header: "ID" },
              { header: t("Allvarlighet", "Severity") },
              { header: t("Celler", "Cells") },
              { header: t("Meddelande", "Message") },
            ],
            findings,
          ),
        ]),
  ];
}

export function toFollowUpMarkdown(r: FollowUpReport): string {
  const folder = folderOf(r);
  const skipped = skippedLines(r, folder);
  const out = [
    `# ${FOLLOW_UP_TITLE[r.lang]}`,
    "",
    escapeMarkdown(stampLine(r, folder)),
    "",
    `## ${inLang(r.lang)("Sammanställning", "Summary")}`,
    "",
    ...markdownTable(followUpColumns(r.lang, "markdown"), followUpRows(r.results, r.lang, folder)),
    "",
    `**${escapeMarkdown(followUpTotals(r.results, r.lang))}**`,
    "",
    ...(skipped.length > 0 ? [...skipped.map((l) => `- ${escapeMarkdown(l)}`), ""] : []),
    escapeMarkdown(followUpLegend(r.lang)),
  ];
  if (!r.summaryOnly) inFollowUpOrder(r.results).forEach((f, i) => out.push("", ...markdownDetail(f, i + 1, r.lang)));
  return `${out.join("\n").trimEnd()}\n`;
}
