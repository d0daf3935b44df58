/**
 * Files saved by other spreadsheet tools read to the same application and figures as the file our
 * ExcelJS writer wrote (fixtures and the script that made them: test/fixtures/make-fixtures.py):
 * openpyxl (no `xdr:` prefix in drawings, absolute relationship targets, no cached results) and
 * LibreOffice (recalculated, its own formula spelling). And what LibreOffice users do to a table is
 * not dropped silently: rows typed under it, a row inserted inside it without the formulas.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, planWorkbook, reviewGrids, type ApplicationReview } from "../../src/templates";
import { checkFigureSheet } from "../../src/xlsx/cached";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { workbookBytes } from "../../src/xlsx/write";
import { unadjustedExample } from "../domain/helpers";

const fixture = (name: string): ApplicationReview => {
  const file = join(__dirname, "..", "fixtures", name);
  const read = readApplicationBytes(readFileSync(file), file);
  return reviewGrids(read.grids, undefined, (f) => checkFigureSheet(read.figureSheet, f));
};

let original: ApplicationReview;
beforeAll(async () => {
  const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(earlyInterventionExample(), "sv")));
  original = reviewGrids(readApplicationBytes(bytes, "original.xlsx").grids);
});

test.each(["example-openpyxl.xlsx", "example-libreoffice.xlsx"])(
  "%s reads to the same application, cells and figures as the ExcelJS original, with no findings",
  (name) => {
    const v = fixture(name);
    expect(v.findings).toEqual([]);
    expect(v.evaluation.application).toEqual(original.evaluation.application);
    expect(v.evaluation.figures).toEqual(original.evaluation.figures);
    expect([...v.read.cells]).toEqual([...original.read.cells]);
  },
);

test.each(["example-v1.0-openpyxl.xlsx", "example-v1.0-libreoffice.xlsx"])(
  "%s, of contract version 1.0 (no adjustment columns, no optimism settings), is still read: the new columns as blank",
  async (name) => {
    const v = fixture(name);
    expect(v.read.version).toBe("1.0");
    // The only finding is the one the missing columns call for: say what would have happened anyway.
    expect(v.findings.map((f) => [f.id, f.severity, f.cells])).toEqual([["R19", "info", ["Besparingar!A4:H16"]]]);
    const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(unadjustedExample(), "sv")));
    const unadjusted = reviewGrids(readApplicationBytes(bytes, "unadjusted.xlsx").grids);
    expect(v.evaluation.application).toEqual(unadjusted.evaluation.application);
    expect(v.evaluation.figures).toEqual(unadjusted.evaluation.figures);
    expect(v.evaluation.robustness!.K11.all).toBe(v.evaluation.figures.K04.all);
  },
);

test("rows typed directly under a table (LibreOffice does not grow it) are a finding naming them", () => {
  const v = fixture("rows-under-table.xlsx");
  expect(v.findings.map((f) => [f.id, f.cells])).toEqual([["C10", ["Kostnader!A17:D18"]]]);
  expect(v.findings[0]!.message.en).toMatch(/not part of it and does not count: extend the table/);
  // They count nowhere, as in the workbook's own formulas.
  expect(v.evaluation.figures.K01).toBe(3400000);
});

test("a row inserted inside a table without its formulas is a finding naming the empty formula cells", () => {
  const v = fixture("row-inserted-in-table.xlsx");
  expect(v.findings.map((f) => [f.id, f.cells])).toEqual([["R17", ["Besparingar!F7", "Besparingar!G7"]]]);
  expect(v.findings[0]!.message.sv).toMatch(/saknar tabellens formler \(Besparing, Regionen/);
});
