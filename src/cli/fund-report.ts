/**
 * `sif fund`'s report: the fund at a glance first — balance (L04) and receivable (L05) now, overdue (L06), the
 * frame check (L07) — then the ledger per year (L01–L05, L08), the applications, and what could not be read or
 * was passed over. Text fits 120 columns (amounts in whole kronor, the unit said once); Markdown escapes every
 * piece of user text; JSON carries every figure under its ID.
 */
import { SEVERITY_WORDS } from "../domain/catalogue";
import { DECISION_STATUSES } from "../domain/follow-up-model";
import { formatKr } from "../domain/format";
import type { LedgerYear } from "../domain/ledger";
import type { Lang } from "../domain/vocabulary";
import { collapseCells } from "./cells";
import { localIso, localStamp } from "./clock";
import type { FundReport } from "./fund";
import { escapeMarkdown, oneLine } from "./plain-text";
import { TEXT_WIDTH } from "./report-parts";
import { markdownTable, textTable, wrap, type Column } from "./table";
import { SKIP_REASONS } from "./validate";
import { count, inLang } from "./words";

export const FUND_TITLE: Record<Lang, string> = {
  sv: "Sociala investeringsfondens huvudbok",
  en: "The social investment fund's ledger",
};

const NONE = "–";
/** An amount in a table whose heading says "kr": "20 000 000", "−1 200 000". */
const amount = (n: number, lang: Lang): string =>
  formatKr(n, lang)
    .replace(/\u00a0kr$/, "")
    .replace("SEK\u00a0", "");
const kr = (n: number, lang: Lang): string => formatKr(n, lang);

/** The year the ledger stands at: the report's year, the ledger's last when it ends before, its first after. */
const currentYear = (r: FundReport): LedgerYear | undefined =>
  r.ledger.years.filter((y) => y.year <= r.now.getFullYear()).at(-1) ?? r.ledger.years[0];

function headline(r: FundReport): string[] {
  const { lang, ledger } = r;
  const t = inLang(lang);
  const last = ledger.years.at(-1);
  const breaches = ledger.findings.length;
  const [apps, folder, settings] = [count(r.applications.length, "application", lang), r.folder, r.settingsFile];
  const lines = [
    t(
      `${apps} i ${oneLine(folder)}; fondens inställningar ur ${oneLine(settings)}.`,
      `${apps} in ${oneLine(folder)}; the fund's settings from ${oneLine(settings)}.`,
    ),
  ];
  if (last === undefined)
    return [...lines, t("Huvudboken är tom: inga år att visa.", "The ledger is empty: no years to show.")];
  const now = currentYear(r)!;
  const [balance, receivable, overdue] = [kr(now.balance, lang), kr(now.receivable, lang), kr(ledger.overdue, lang)];
  const [base, scaled] = [kr(last.projectedBase, lang), kr(last.projectedScaled, lang)];
  lines.push(
    t(
      `Saldo (L04) ${now.year}: ${balance}; fordran på verksamheterna (L05): ${receivable}, ` +
        `varav förfallet (L06) ${overdue}.`,
      `Balance (L04) ${now.year}: ${balance}; receivable from the units (L05): ${receivable}, ` +
        `${overdue} of it overdue (L06).`,
    ),
    t(
      `Med planerad återföring (L08) ${last.year}: ${base}; med realiseringen hittills ${scaled}.`,
      `With the planned repayments (L08) by ${last.year}: ${base}; at the realisation so far ${scaled}.`,
    ),
    breaches === 0
      ? t(
          "Ramkontroll (L07): åtagandena ryms i ramarna och saldot är aldrig under 0.",
          "Frame check (L07): commitments within the frames, the balance never below 0.",
        )
      : t(
          `Ramkontroll (L07): ${breaches} brott, se nedan.`,
          `Frame check (L07): ${breaches} ${breaches === 1 ? "breach" : "breaches"}, see below.`,
        ),
  );
  return lines;
}

function yearColumns(lang: Lang, long: boolean): Column[] {
  const t = inLang(lang);
  const c = (sv: string, en: string, id: string): Column => ({
    header: long ? `${t(sv, en)} (${id})` : `${id} ${t(sv, en)}`,
    right: true,
  });
  return [
    { header: t("År", "Year"), right: true },
    { header: t("Tillskott", "Capital"), right: true },
    { header: t("Ram", "Frame"), right: true },
    c("Åtaget", "Committed", "L01"),
    c("Utbetalt", "Paid out", "L02"),
    c("Återfört", "Repaid", "L03"),
    ...(long
      ? [
          { header: t("Planerad återföring", "Planned repayments"), right: true },
          { header: t("Avskrivet", "Written off"), right: true },
        ]
      : []),
    c("Saldo", "Balance", "L04"),
    c("Fordran", "Receivable", "L05"),
    ...(long ? [c("Prognos, plan", "Projected, plan", "L08")] : []),
    c(long ? "Prognos, realiserat" : "Prognos", long ? "Projected, realised" : "Projected", "L08"),
    { header: "L07" },
  ];
}

function yearRows(r: FundReport, long: boolean): string[][] {
  const { lang } = r;
  const a = (n: number): string => (Math.abs(n) < 0.5 ? "0" : amount(n, lang));
  const breach = new Set(r.ledger.findings.flatMap((f) => f.refs.map((x) => Number(x.split(".")[1]))));
  return r.ledger.years.map((y) => [
    String(y.year),
    a(y.contributions),
    y.frame === null ? NONE : a(y.frame),
    a(y.committed),
    a(y.disbursed),
    a(y.repaid),
    ...(long ? [a(y.plannedRepayments), a(y.writtenOff)] : []),
    a(y.balance),
    a(y.receivable),
    ...(long ? [a(y.projectedBase)] : []),
    a(y.projectedScaled),
    breach.has(y.year) ? inLang(lang)("Bryter", "Breach") : "OK",
  ]);
}

function applicationColumns(lang: Lang): Column[] {
  const t = inLang(lang);
  return [
    { header: t("Fil", "File"), flexible: { order: 2, min: 14, middle: true } },
    { header: t("Investering", "Investment"), flexible: { order: 1, min: 16 } },
    { header: "Status" },
    { header: t("Beviljat", "Granted"), right: true },
    { header: t("Utbetalt", "Paid out"), right: true },
    { header: t("Återfört", "Repaid"), right: true },
    { header: t("Kvar", "Owed"), right: true },
    { header: t("Förfallet", "Overdue"), right: true },
    { header: t("Återbetalt år", "Repaid by"), right: true },
  ];
}

function applicationRows(r: FundReport): string[][] {
  const { lang } = r;
  return r.ledger.applications.map((x) => [
    x.file,
    x.name || inLang(lang)("(namn saknas)", "(no name)"),
    x.status === undefined ? NONE : DECISION_STATUSES[x.status][lang],
    x.granted === null ? NONE : amount(x.granted, lang),
    amount(x.disbursed, lang),
    amount(x.repaid, lang),
    amount(x.outstanding, lang),
    amount(x.overdue, lang),
    x.paybackYear === null ? NONE : String(x.paybackYear),
  ]);
}

/** L07's breaches, the settings' unreadable cells, unreadable and skipped files: one line each. */
function problemLines(r: FundReport): string[] {
  const { lang } = r;
  const t = inLang(lang);
  return [
    ...r.ledger.findings.map((f) => `${SEVERITY_WORDS[f.severity][lang]} ${f.id}: ${f.message[lang]}`),
    ...r.settingsFindings.map(
      (f) =>
        `${SEVERITY_WORDS[f.severity][lang]} ${f.id} ${collapseCells(f.cells).join(", ") || NONE}: ${f.message[lang]}`,
    ),
    ...r.unreadable.map((u) => `${t("Kan inte läsas", "Cannot be read")}: ${u.file} (${u.problem[lang]})`),
    ...r.skipped.map((s) => `${t("Hoppades över", "Skipped")}: ${s.file} (${SKIP_REASONS[s.kind][lang]})`),
  ];
}

const unitLine = (lang: Lang): string => inLang(lang)("Belopp i kronor.", "Amounts in SEK.");

export function toFundText(r: FundReport): string {
  const t = inLang(r.lang);
  const out = [
    FUND_TITLE[r.lang],
    `${t("Sammanställd", "Compiled")} ${localStamp(r.now, r.lang)} ${t("med", "with")} sif ${r.version}`,
    "",
    ...headline(r).flatMap((l) => wrap(l, TEXT_WIDTH)),
    "",
    `${t("Per år", "Per year")} · ${unitLine(r.lang)}`,
    ...textTable(yearColumns(r.lang, false), yearRows(r, false), TEXT_WIDTH),
    "",
    `${t("Ansökningar", "Applications")} · ${unitLine(r.lang)}`,
    ...textTable(applicationColumns(r.lang), applicationRows(r), TEXT_WIDTH),
  ];
  const problems = problemLines(r);
  if (problems.length > 0) out.push("", ...problems.flatMap((l) => wrap(oneLine(l), TEXT_WIDTH)));
  return `${out.join("\n").trimEnd()}\n`;
}

export function toFundMarkdown(r: FundReport): string {
  const t = inLang(r.lang);
  const problems = problemLines(r);
  const out = [
    `# ${FUND_TITLE[r.lang]}`,
    "",
    escapeMarkdown(
      `${t("Sammanställd", "Compiled")} ${localStamp(r.now, r.lang)} ${t("med", "with")} sif ${r.version}`,
    ),
    "",
    ...headline(r).flatMap((l) => [escapeMarkdown(l), ""]),
    `## ${t("Per år", "Per year")}`,
    "",
    unitLine(r.lang),
    "",
    ...markdownTable(yearColumns(r.lang, true), yearRows(r, true)),
    "",
    `## ${t("Ansökningar", "Applications")}`,
    "",
    ...markdownTable(applicationColumns(r.lang), applicationRows(r)),
    ...(problems.length > 0 ? ["", ...problems.map((l) => `- ${escapeMarkdown(l)}`)] : []),
  ];
  return `${out.join("\n").trimEnd()}\n`;
}

const round = (n: number): number => Math.round(n * 100) / 100;

export function toFundJson(r: FundReport): string {
  const { lang, ledger } = r;
  const out = {
    tool: "sif",
    version: r.version,
    compiled: localIso(r.now),
    settings: { file: r.settingsFile, ...r.settings },
    years: ledger.years.map((y) => ({
      year: y.year,
      contributions: round(y.contributions),
      frame: y.frame,
      L01: round(y.committed),
      L02: round(y.disbursed),
      L03: { repaid: round(y.repaid), plannedAfter: round(y.plannedRepayments) },
      writtenOff: round(y.writtenOff),
      L04: round(y.balance),
      L05: round(y.receivable),
      L08: { base: round(y.projectedBase), scaled: round(y.projectedScaled) },
    })),
    L05: round(ledger.receivable),
    L06: round(ledger.overdue),
    L07: ledger.findings.map((f) => ({ id: f.id, severity: f.severity, message: f.message[lang], refs: f.refs })),
    applications: ledger.applications.map((a) => ({
      ...a,
      granted: a.granted === null ? null : round(a.granted),
      disbursed: round(a.disbursed),
      repaid: round(a.repaid),
      outstanding: round(a.outstanding),
      overdue: round(a.overdue),
    })),
    settingsFindings: r.settingsFindings.map((f) => ({
      id: f.id,
      severity: f.severity,
      message: f.message[lang],
      cells: f.cells,
    })),
    unreadable: r.unreadable.map((u) => ({ file: u.file, error: u.problem[lang] })),
    skipped: r.skipped.map((s) => ({ file: s.file, kind: s.kind, reason: SKIP_REASONS[s.kind][lang] })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
