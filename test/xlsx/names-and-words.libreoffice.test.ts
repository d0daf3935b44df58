/**
 * Names and list words as users type them: a trailing space, a double space inside, another case,
 * and the other language's list words in a Swedish workbook ("Work time", "Internal (region)").
 * The engine matches names as Excel's TRIM + case-insensitive `=` do, so three readings of the same
 * workbook agree on every key figure, K02 by type and K04 for the region included:
 *   1. the engine on the application as typed,
 *   2. the engine on the file the ExcelJS writer wrote, read back as `sif` reads it,
 *   3. LibreOffice recalculating that file's formulas.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { evaluate, type Application } from "../../src/domain";
import { BUP, MUNICIPALITY, PRIMARY_CARE, earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, reviewGrids } from "../../src/templates";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { expectAgreement, recalculated } from "./recalculate";

function typedCarelessly(): Application {
  const a = earlyInterventionExample();
  a.parties[0]!.name = `${BUP} `; // trailing space on the lead unit
  a.parties[0]!.kind = "  intern  "; // an alias, padded
  a.parties[1]!.kind = "Internal (region)"; // English word in a Swedish workbook
  a.parties[1]!.name = PRIMARY_CARE.toUpperCase();
  a.savings[0]!.party = BUP.replace(" och ", "  och "); // a double space inside
  a.savings[1]!.party = BUP.toLowerCase();
  a.savings[4]!.party = ` ${PRIMARY_CARE}`;
  a.coFinancing[0]!.type = "Work time "; // the other language, padded
  a.coFinancing[1]!.type = "KONTANT";
  a.coFinancing[2]!.type = " annat ";
  a.coFinancing[2]!.party = MUNICIPALITY.toLowerCase();
  a.repayments[0]!.unit = ` ${BUP.toUpperCase()} `;
  return a;
}

test("the careless spellings still name the same parties and types (the engine's reading)", () => {
  const f = evaluate(typedCarelessly()).figures;
  const clean = evaluate(earlyInterventionExample()).figures;
  // Same savings for the region as the clean example: every padded name found its internal party.
  expect(f.K04.region).toBe(clean.K04.region);
  expect(f.K02.byType).toEqual({ cash: 150000, workTime: 150000, other: 100000 });
  expect(f.K02.total).toBe(400000);
});

test("engine = ExcelJS-written file read back = LibreOffice recalculation, for every K figure", async () => {
  const app = typedCarelessly();
  const engine = evaluate(app).figures;
  const book = await recalculated(app, "sv", fillFromApplication(app, "sv", { asTyped: true }));

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book.file);
  const cell = wb.getWorksheet("Medfinansiering")!.getCell("B5").value;
  expect(cell).toBe("Work time "); // the file holds the words as typed, not translated
  const fromFile = reviewGrids(readApplicationBytes(readFileSync(book.file), book.file).grids).evaluation.figures;
  expect(fromFile).toEqual(engine);

  expectAgreement(book, engine);
});
