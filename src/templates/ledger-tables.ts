/**
 * The fund's own workbooks (`shared/domain.md` Part 2, ledger): the fund settings that `sif fund
 * --template` writes (capital and contributions per year, the board's annual frames), and the ledger
 * workbook `sif fund --xlsx` writes — the flows per application and year as values, and the per-year
 * ledger L01–L08 as formulas over them, so that a spreadsheet can check the sums.
 */
import type { Bilingual } from "../domain/vocabulary";
import type { ColumnDef, Refs, TableDef } from "./tables";

export type FundTableKey = "contributions" | "fundFrames" | "ledgerFlows" | "ledgerApplications" | "ledgerYears";

const b = (sv: string, en: string): Bilingual => ({ sv, en });
const year: ColumnDef = { key: "year", header: b("År", "Year"), width: 8, format: "year", valueKind: "year" };
const kr = (key: string, header: Bilingual, formula?: (r: Refs) => string): ColumnDef => ({
  key,
  header,
  width: 16,
  format: "kr",
  ...(formula ? { formula } : {}),
});

/** Σ of a flows column in the row's year (`=`) or up to it (`<=`). */
const flows =
  (column: string, upTo = false) =>
  (r: Refs): string =>
    `SUMIFS(${r.col("ledgerFlows", column)},${r.col("ledgerFlows", "year")},` +
    `${upTo ? `"<="&` : ""}${r.row("ledgerYears", "year")})`;
/** L07's word for a year outside the frame or below a balance of 0. */
export const BREACH = { sv: "Bryter", en: "Breach" } as const;

const thisYear = (r: Refs): string => r.row("ledgerYears", "year");
const capitalTo = (r: Refs): string =>
  `SUMIFS(${r.col("contributions", "amount")},${r.col("contributions", "year")},"<="&${r.row("ledgerYears", "year")})`;

export const FUND_TABLES: Readonly<Record<FundTableKey, TableDef>> = {
  contributions: {
    key: "contributions",
    name: "Fondkapital",
    blankRows: 6,
    columns: [year, { ...kr("amount", b("Kapital och tillskott", "Capital and contributions")), valueKind: "amount" }],
  },
  fundFrames: {
    key: "fundFrames",
    name: "Fondramar",
    blankRows: 6,
    columns: [year, { ...kr("amount", b("Ekonomisk ram", "Annual frame")), valueKind: "amount" }],
  },
  ledgerFlows: {
    key: "ledgerFlows",
    name: "Huvudbok_floden",
    blankRows: 1,
    spareRows: 0,
    columns: [
      { key: "file", header: b("Ansökan (fil)", "Application (file)"), width: 28, format: "text" },
      year,
      kr("committed", b("Åtagande", "Committed")),
      kr("disbursed", b("Utbetalt", "Disbursed")),
      kr("repaid", b("Återfört", "Repaid")),
      kr("plannedAfter", b("Planerad återföring efter Y", "Planned repayment after Y")),
      kr("scaledAfter", b("Planerad × realisering", "Planned × realisation")),
      kr("writtenOff", b("Avskrivet", "Written off")),
    ],
  },
  ledgerApplications: {
    key: "ledgerApplications",
    name: "Huvudbok_ansokningar",
    blankRows: 1,
    spareRows: 0,
    columns: [
      { key: "file", header: b("Fil", "File"), width: 28, format: "text" },
      { key: "name", header: b("Investering", "Investment"), width: 44, format: "text" },
      { key: "status", header: b("Status", "Status"), width: 12, format: "text" },
      kr("granted", b("Beviljat", "Granted")),
      kr("disbursed", b("Utbetalt", "Disbursed")),
      kr("repaid", b("Återfört", "Repaid")),
      kr("outstanding", b("Kvar att återföra", "Outstanding")),
      kr("overdue", b("Förfallet", "Overdue")),
      { key: "paybackYear", header: b("Återbetalt år (prognos)", "Repaid by (projected)"), width: 12, format: "year" },
    ],
  },
  ledgerYears: {
    key: "ledgerYears",
    name: "Huvudbok",
    blankRows: 1,
    spareRows: 0,
    columns: [
      year,
      kr(
        "contributions",
        b("Kapital och tillskott", "Capital and contributions"),
        (r) => `=SUMIFS(${r.col("contributions", "amount")},${r.col("contributions", "year")},${thisYear(r)})`,
      ),
      kr(
        "frame",
        b("Ram", "Frame"),
        (r) =>
          `=IF(COUNTIF(${r.col("fundFrames", "year")},${r.row("ledgerYears", "year")})=0,"",` +
          `SUMIFS(${r.col("fundFrames", "amount")},${r.col("fundFrames", "year")},${r.row("ledgerYears", "year")}))`,
      ),
      kr("committed", b("L01 Åtagande", "L01 Committed"), (r) => `=${flows("committed")(r)}`),
      kr("disbursed", b("L02 Utbetalt", "L02 Disbursed"), (r) => `=${flows("disbursed")(r)}`),
      kr("repaid", b("L03 Återfört", "L03 Repaid"), (r) => `=${flows("repaid")(r)}`),
      kr("plannedAfter", b("L03 Planerat efter Y", "L03 Planned after Y"), (r) => `=${flows("plannedAfter")(r)}`),
      kr(
        "balance",
        b("L04 Saldo", "L04 Balance"),
        (r) => `=${capitalTo(r)}+${flows("repaid", true)(r)}-${flows("disbursed", true)(r)}`,
      ),
      kr(
        "receivable",
        b("L05 Fordran", "L05 Receivable"),
        (r) => `=${flows("disbursed", true)(r)}-${flows("repaid", true)(r)}-${flows("writtenOff", true)(r)}`,
      ),
      kr(
        "projectedBase",
        b("L08 Prognos", "L08 Projected"),
        (r) => `=${r.row("ledgerYears", "balance")}+${flows("plannedAfter", true)(r)}`,
      ),
      kr(
        "projectedScaled",
        b("L08 Prognos × realisering", "L08 Projected × realisation"),
        (r) => `=${r.row("ledgerYears", "balance")}+${flows("scaledAfter", true)(r)}`,
      ),
      {
        key: "frameCheck",
        header: b("L07", "L07"),
        width: 10,
        format: "text",
        // IF, not OR: OR would add 0.5 to a blank frame and give #VALUE!.
        formula: (r) =>
          `=IF(AND(IF(${r.row("ledgerYears", "frame")}="",TRUE,${r.row("ledgerYears", "committed")}<=` +
          `${r.row("ledgerYears", "frame")}+0.5),${r.row("ledgerYears", "balance")}>=-0.5),"OK","${BREACH[r.lang]}")`,
      },
    ],
  },
};
