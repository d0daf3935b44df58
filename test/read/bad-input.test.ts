/**
 * What users do to a workbook, read through Office.js (test double): each becomes a finding with
 * the cell's address — never a crash, never a silent wrong number.
 */
import { readWorkbookGrids } from "../../src/excel/office-reader";
import { insertTemplates } from "../../src/excel/insert";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, reviewGrids, type ApplicationReview } from "../../src/templates";
import type { Application } from "../../src/domain";
import type { WorkbookState } from "../double/workbook-state";
import { installExcelHost } from "../host/install";

let env: ReturnType<typeof installExcelHost>;
afterEach(() => env.uninstall());

async function validateAfter(
  edit: (s: WorkbookState) => void | Promise<void>,
  change: (a: Application) => void = () => {},
): Promise<ApplicationReview> {
  env = installExcelHost();
  const app = earlyInterventionExample();
  change(app);
  await insertTemplates("sv", undefined, fillFromApplication(app, "sv"));
  await edit(env.state);
  return reviewGrids((await readWorkbookGrids()).grids);
}

const at = (v: ApplicationReview, id: string) => v.findings.filter((f) => f.id === id).map((f) => f.cells.join(","));

test("text in a number cell: R17 at its address, and not also 'missing'", async () => {
  const v = await validateAfter((s) => s.type("Kostnader", "D6", "nittiotusen"));
  expect(at(v, "R17")).toEqual(["Kostnader!D6"]);
  expect(v.findings.find((f) => f.message.sv.includes("nittiotusen"))).toBeDefined();
  expect(at(v, "C10")).toEqual([]);
});

test("#REF! in a number cell: R17 at its address; the figures leave the cell out", async () => {
  const v = await validateAfter((s) => s.type("Kostnader", "D5", "#REF!"));
  expect(at(v, "R17")).toEqual(["Kostnader!D5"]);
  expect(v.evaluation.figures.K01).toBe(3_400_000 - 800_000);
});

test("a table grown by the user: new rows are read, with their addresses", async () => {
  const v = await validateAfter((s) => {
    const t = s.tables.find((x) => x.name === "Kostnader")!;
    t.range = "A4:D20";
    s.type("Kostnader", "A20", 2020);
    s.type("Kostnader", "B20", "Barn- och ungdomspsykiatrin");
    s.type("Kostnader", "D20", "tvåhundra");
  });
  expect(at(v, "R17")).toEqual(["Kostnader!D20"]);
});

test("blank rows inside a table are skipped; later rows keep their own addresses", async () => {
  const v = await validateAfter(
    () => {},
    (a) => {
      a.costs.splice(2, 0, { year: null, party: null, category: null, amount: null });
      a.costs[5]!.amount = "x";
    },
  );
  expect(at(v, "R17")).toEqual(["Kostnader!D10"]);
  expect(v.evaluation.figures.K01).toBe(3_400_000 - 900_000);
});

test("a table moved elsewhere, with an extra column and its columns reordered, is read by header", async () => {
  const v = await validateAfter((s) => {
    const t = s.tables.find((x) => x.name === "Kostnader")!;
    const sheet = t.sheet;
    sheet.cells.clear();
    const rows: (string | number)[][] = [
      ["Belopp", "Kommentar", "År", "Verksamhet eller part", "Kostnadsslag"],
      [800000, "enligt budget", 2018, "Barn- och ungdomspsykiatrin", "Personal"],
      [300000, "", 2018, "Primärvården Västra Blekinge", "Personal"],
      [900000, "", 2019, "Barn- och ungdomspsykiatrin", "Personal"],
      [300000, "", 2019, "Primärvården Västra Blekinge", "Personal"],
      ["900 000 kr", "", 2020, "Barn- och ungdomspsykiatrin", "Personal"],
      [200000, "", 2020, "Primärvården Västra Blekinge", "Utbildning"],
    ];
    rows.forEach((line, r) =>
      line.forEach((value, c) => s.type(sheet.name, `${String.fromCharCode(70 + c)}${10 + r}`, value)),
    );
    t.range = "F10:J16";
  });
  expect(at(v, "R17")).toEqual(["Kostnader!F15"]);
  expect(v.evaluation.figures.K01).toBe(2_500_000);
});

test("a missing column is named", async () => {
  const v = await validateAfter((s) => {
    s.type("Kostnader", "D4", "Summa");
  });
  expect(v.findings.filter((f) => f.id === "C10").map((f) => f.message.sv)).toContainEqual(
    "Kolumnen Belopp saknas i tabellen Kostnader; dess värden kan inte läsas.",
  );
});

test("a renamed sheet: addresses follow the new name", async () => {
  const v = await validateAfter((s) => {
    s.sheet("Kostnader")!.name = "Kostnader 2018";
    s.type("Kostnader 2018", "D6", "x");
  });
  expect(at(v, "R17")).toEqual(["'Kostnader 2018'!D6"]);
});

test("a deleted sheet: its table and names are reported missing, by the items they hold", async () => {
  const v = await validateAfter(async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kostnader").delete();
      context.workbook.worksheets.getItem("Ansökan").delete();
      await context.sync();
    });
  });
  const messages = v.findings.map((f) => `${f.id} ${f.message.en}`);
  expect(messages).toContain(
    "C10 The table Kostnader is missing from the workbook (its sheet may have been deleted or the table renamed).",
  );
  expect(messages).toContain("C01 The name Namn no longer refers to a cell (#REF!).");
  expect(v.evaluation.figures.K01).toBe(0);
});

test("a renamed table is reported missing under the item it holds", async () => {
  const v = await validateAfter((s) => {
    s.tables.find((x) => x.name === "Aterforing")!.name = "Tabell7";
  });
  expect(v.findings.map((f) => `${f.id} ${f.message.sv}`)).toContain(
    "C18 Tabellen Aterforing saknas i arbetsboken (bladet kan ha raderats eller tabellen bytt namn).",
  );
});

test("a workbook without any template reads without a crash", async () => {
  env = installExcelHost();
  env.state.type("Blad1", "A1", "hej");
  const v = reviewGrids((await readWorkbookGrids()).grids);
  expect(v.findings.length).toBeGreaterThan(10);
  expect(v.evaluation.figures.K01).toBe(0);
});
