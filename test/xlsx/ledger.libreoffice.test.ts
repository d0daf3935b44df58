/**
 * The ledger workbook (`sif fund --xlsx`): LibreOffice recalculates its per-year formulas (L01–L05,
 * L08, L07's flag) from the flows it holds, and they equal the engine's ledger for the example fund of
 * five applications; the fund settings template reads back to the 2014 capital.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BLEKINGE_2016, evaluateFollowUp, fundLedger, parseWord, type LedgerApplication } from "../../src/domain";
import { DECISION_STATUSES } from "../../src/domain/follow-up-model";
import { FUND_TEMPLATE_FILL, planLedger, planSheet, readFundSettings } from "../../src/templates";
import { FUND_TABLES } from "../../src/templates/ledger-tables";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { workbookBytes, writeWorkbookFile } from "../../src/xlsx/write";
import { TODAY, fundCases, plan } from "../support/follow-up-cases";
import { resultOf } from "./recalculate";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { convert } = require("../../scripts/libreoffice.js") as { convert: (i: string, f: string, o: string) => string };

const apps: LedgerApplication[] = fundCases().map((c) => ({
  file: c.file,
  name: plan.text.name as string,
  status: parseWord(DECISION_STATUSES, c.status),
  followUp: c.input && evaluateFollowUp(plan, c.input, { today: TODAY }),
}));

test("the fund settings template reads back: 20 000 000 kr in 2014, no frames", async () => {
  const bytes = await workbookBytes([planSheet("fund", "sv", FUND_TEMPLATE_FILL)]);
  const read = readFundSettings(readApplicationBytes(bytes, "fond.xlsx").grids);
  expect(read.settings).toEqual({ contributions: [{ year: 2014, amount: 20000000 }], frames: [] });
  expect(read.findings).toEqual([]);
});

test("LibreOffice recalculates the ledger's L01–L08 per year to the engine's", async () => {
  const settings = { contributions: [{ year: 2014, amount: 20000000 }], frames: [{ year: 2018, amount: 3500000 }] };
  const ledger = fundLedger(settings, apps, BLEKINGE_2016);
  const dir = mkdtempSync(join(tmpdir(), "sif-ledger-"));
  await writeWorkbookFile(planLedger("sv", settings, apps, ledger), join(dir, "huvudbok.xlsx"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(convert(join(dir, "huvudbok.xlsx"), "xlsx", join(dir, "lo")));
  const sheet = wb.getWorksheet("Huvudbok")!;
  const col = (key: string) => FUND_TABLES.ledgerYears.columns.findIndex((c) => c.key === key) + 1;
  ledger.years.forEach((y, i) => {
    const row = sheet.getRow(5 + i);
    const at = (key: string) => resultOf(row.getCell(col(key)));
    expect(at("year")).toBe(y.year);
    for (const [key, value] of [
      ["committed", y.committed],
      ["disbursed", y.disbursed],
      ["repaid", y.repaid],
      ["plannedAfter", y.plannedRepayments],
      ["balance", y.balance],
      ["receivable", y.receivable],
      ["projectedBase", y.projectedBase],
      ["projectedScaled", y.projectedScaled],
    ] as const)
      expect({ year: y.year, key, ok: Math.abs(Number(at(key) ?? 0) - value) <= 0.01 }).toEqual({
        year: y.year,
        key,
        ok: true,
      });
    expect(at("frameCheck")).toBe(y.year === 2018 ? "Bryter" : "OK");
  });
});
