/**
 * The fund's workbooks: the fund settings (`sif fund --template`) and the ledger (`sif fund --xlsx`):
 * Huvudbok / Ledger (L01–L08 per year as formulas over the flows, a chart of balance, committed and
 * repaid), Ansökningar / Applications (one row each) and Flöden / Flows (the values the formulas read).
 */
import { applicationFlows, type FundLedgerSettings, type Ledger, type LedgerApplication } from "../../domain/ledger";
import { DECISION_STATUSES } from "../../domain/follow-up-model";
import type { Lang } from "../../domain/vocabulary";
import { columnLetter } from "../a1";
import { SheetBuilder } from "../sheet-builder";
import type { ChartPlan, Fill, PlainValue, SheetPlan } from "../sheet-plan";
import { FUND_TABLES } from "../ledger-tables";
import { listSheet } from "./lists";

type Rows = Record<string, PlainValue | null>[];

export function fundSettingsSheet(lang: Lang, fill: Fill): SheetPlan {
  const plan = listSheet(
    "fund",
    lang,
    fill,
    { sv: "Fondens kapital och ramar", en: "The fund's capital and frames" },
    {
      sv: "Kapital och tillskott per år (2014: 20 000 000 kr) och styrelsens ekonomiska ram per år (L07).",
      en: "Capital and contributions per year (2014: SEK 20,000,000) and the board's annual frame (L07).",
    },
    ["contributions", "fundFrames"],
  );
  return { ...plan, tabColor: "#5F6B7A" };
}

/** The fund settings workbook as `sif fund --template` writes it: the 2014 capital filled in. */
export const FUND_TEMPLATE_FILL: Fill = {
  named: {},
  rows: { contributions: [{ year: 2014, amount: 20000000 }] },
};

const LEDGER_TOP = 3;

function ledgerChart(lang: Lang, years: number): ChartPlan {
  const cols = FUND_TABLES.ledgerYears.columns;
  const span = (key: string): string => {
    const letter = columnLetter(cols.findIndex((c) => c.key === key));
    return `${letter}${LEDGER_TOP + 2}:${letter}${LEDGER_TOP + 1 + Math.max(1, years)}`;
  };
  const header = (key: string): string => cols.find((c) => c.key === key)!.header[lang];
  return {
    title:
      lang === "sv"
        ? "Fondens saldo, åtaganden och återföring per år"
        : "The fund's balance, commitments and repayments",
    categories: span("year"),
    series: [
      { name: header("committed"), values: span("committed"), kind: "column" },
      { name: header("repaid"), values: span("repaid"), kind: "column" },
      { name: header("balance"), values: span("balance"), kind: "line" },
    ],
    from: `A${LEDGER_TOP + years + 5}`,
    to: `H${LEDGER_TOP + years + 28}`,
  };
}

function ledgerSheet(lang: Lang, fill: Fill, years: number): SheetPlan {
  const s = new SheetBuilder(lang);
  const sv = lang === "sv";
  s.text(0, 0, sv ? "Fondens huvudbok" : "The fund's ledger", "title");
  s.text(
    1,
    0,
    sv
      ? "L01–L08 per år, beräknade av formler ur bladet Flöden. L07: OK när åtagandet ryms i ramen och saldot ≥ 0."
      : "L01–L08 per year, by formulas from the Flows sheet. L07: OK within the frame and balance ≥ 0, else Breach.",
    "subtitle",
  );
  s.table("ledgerYears", LEDGER_TOP, 0, fill, years);
  return s.build("ledger", { chart: ledgerChart(lang, years), tabColor: "#107C41" });
}

/** Each application's flows per year, as the Flows sheet holds them. */
function flowRows(apps: readonly LedgerApplication[]): Rows {
  return apps.flatMap((app) => {
    const f = applicationFlows(app);
    const years = [
      ...new Set([...f.committed, ...f.disbursed, ...f.repaid, ...f.plannedAfter, ...f.writtenOff].map(([y]) => y)),
    ];
    return years
      .sort((a, b) => a - b)
      .map((year) => ({
        file: app.file,
        year,
        committed: f.committed.get(year) ?? 0,
        disbursed: f.disbursed.get(year) ?? 0,
        repaid: f.repaid.get(year) ?? 0,
        plannedAfter: f.plannedAfter.get(year) ?? 0,
        scaledAfter: f.scaledAfter.get(year) ?? 0,
        writtenOff: f.writtenOff.get(year) ?? 0,
      }));
  });
}

const FLOWS_HINT = {
  sv: "Per ansökan och år, som sif fund räknat dem; huvudboken summerar dem. Fondens kapital och ramar bredvid.",
  en: "Per application and year, as sif fund computed them; the ledger sums them. Capital and frames beside.",
};
const APPLICATIONS_HINT = {
  sv: "En rad per ansökan i mappen, med status och vad den är skyldig fonden.",
  en: "One row per application in the folder, with its status and what it owes the fund.",
};

/** The ledger workbook: the per-year ledger, the applications, and the flows and settings it sums. */
export function planLedger(
  lang: Lang,
  settings: FundLedgerSettings,
  apps: readonly LedgerApplication[],
  ledger: Ledger,
): SheetPlan[] {
  const rows: Fill["rows"] = {
    ledgerYears: ledger.years.map((y) => ({ year: y.year })),
    ledgerApplications: ledger.applications.map((a) => ({
      file: a.file,
      name: a.name,
      status: a.status === undefined ? "" : DECISION_STATUSES[a.status][lang],
      granted: a.granted,
      disbursed: a.disbursed,
      repaid: a.repaid,
      outstanding: a.outstanding,
      overdue: a.overdue,
      paybackYear: a.paybackYear,
    })),
    ledgerFlows: flowRows(apps),
    contributions: settings.contributions.map((c) => ({ year: c.year, amount: c.amount })),
    fundFrames: settings.frames.map((c) => ({ year: c.year, amount: c.amount })),
  };
  const fill: Fill = { named: {}, rows };
  return [
    ledgerSheet(lang, { named: {}, rows: { ledgerYears: rows.ledgerYears! } }, Math.max(1, ledger.years.length)),
    {
      ...listSheet("ledgerApplications", lang, fill, { sv: "Ansökningar", en: "Applications" }, APPLICATIONS_HINT, [
        "ledgerApplications",
      ]),
      tabColor: "#5F6B7A",
    },
    {
      ...listSheet("ledgerFlows", lang, fill, { sv: "Flöden", en: "Flows" }, FLOWS_HINT, [
        "ledgerFlows",
        "contributions",
        "fundFrames",
      ]),
      tabColor: "#5F6B7A",
    },
  ];
}
