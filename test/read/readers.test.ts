/**
 * Reading an application back: through Office.js (the test double) in one round trip, and from an
 * .xlsx file — both into the one shared parser, so they give the same findings and figures.
 */
import ExcelJS from "exceljs";
import { evaluate } from "../../src/domain";
import { readWorkbookGrids } from "../../src/excel/office-reader";
import { insertTemplates } from "../../src/excel/insert";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, planWorkbook, reviewGrids, type ApplicationReview } from "../../src/templates";
import { workbookBytes } from "../../src/xlsx/write";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import type { Application, Lang } from "../../src/domain";
import type { WorkbookState } from "../double/workbook-state";
import { installExcelHost } from "../host/install";

let env: ReturnType<typeof installExcelHost> | undefined;
afterEach(() => {
  env?.uninstall();
  env = undefined;
});

async function viaOffice(
  app: Application,
  lang: Lang = "sv",
  edit?: (s: WorkbookState) => void,
): Promise<ApplicationReview> {
  env = installExcelHost();
  await insertTemplates(lang, undefined, fillFromApplication(app, lang));
  edit?.(env.state);
  const before = env.host.requests.length;
  const { grids } = await readWorkbookGrids();
  expect(env.host.requests.length - before).toBe(1);
  return reviewGrids(grids);
}

async function viaXlsx(
  app: Application,
  lang: Lang = "sv",
  edit?: (wb: ExcelJS.Workbook) => void,
): Promise<ApplicationReview> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await workbookBytes(planWorkbook(lang, fillFromApplication(app, lang)))) as unknown as ArrayBuffer,
  );
  edit?.(wb);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return reviewGrids(readApplicationBytes(bytes, "test.xlsx").grids);
}

const summary = (v: ApplicationReview) => v.findings.map((f) => `${f.id} ${f.severity} ${f.cells.join(",")}`);

describe.each<[string, Lang]>([
  ["Swedish", "sv"],
  ["English", "en"],
])("the example written in %s and read back", (_what, lang) => {
  test("through Office.js: no findings, the engine's figures", async () => {
    const v = await viaOffice(earlyInterventionExample(), lang);
    expect(v.findings).toEqual([]);
    expect(v.evaluation.figures).toEqual(evaluate(earlyInterventionExample()).figures);
  });
  test("from .xlsx: the same", async () => {
    const v = await viaXlsx(earlyInterventionExample(), lang);
    expect(v.findings).toEqual([]);
    expect(v.evaluation.figures).toEqual(evaluate(earlyInterventionExample()).figures);
  });
});

test("both readers place the same mistakes in the same cells", async () => {
  const app = earlyInterventionExample();
  app.text.name = "";
  app.costs[2]!.amount = "900 tkr";
  app.repayments[4]!.unit = "Karlshamns kommun";
  app.savings[0]!.unitCost = { error: "#REF!" };
  const office = await viaOffice(app);
  const file = await viaXlsx(app);
  expect(summary(office)).toEqual(summary(file));
  expect(summary(office)).toEqual(
    expect.arrayContaining([
      "C01 error Ansökan!C5",
      "R17 error Kostnader!D7",
      "R17 error Besparingar!D5",
      "R07 error Återföring!B9",
    ]),
  );
});
