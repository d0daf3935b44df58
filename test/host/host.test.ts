/** The fake Excel host, behind Microsoft's real client library, behaves like Excel where the shell depends on it. */
import { WorkbookState } from "../double/workbook-state";
import { withRefErrors } from "../double/excel-rules";
import { installExcelHost } from "./install";

let env: ReturnType<typeof installExcelHost>;
beforeEach(() => {
  env = installExcelHost(new WorkbookState());
});
afterEach(() => env.uninstall());

test("a property cannot be read before load() and sync()", async () => {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/call the load method/);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/not available/);
    await context.sync();
    expect(sheets.items).toEqual([]);
  });
});

test("operations run at sync, which is counted", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Blad1");
    ws.getRange("A1:B1").values = [[1, "text"]];
    expect(env.state.sheets).toHaveLength(0);
    await context.sync();
    expect(env.state.sheet("Blad1")!.cell(0, 1)!.value).toBe("text");
  });
  expect(env.host.requests.length).toBe(1);
});

test("a 2-D array that does not fit its range fails at sync", async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("Blad1").getRange("A1:B2").values = [[1, 2]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("an existing sheet or name cannot be added again", async () => {
  env.state.addSheet("Kostnader");
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("kostnader");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Kostnader").getRange("A1");
    context.workbook.names.add("Namn", r);
    context.workbook.names.add("NAMN", r);
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
  expect(env.state.names.map((n) => n.name)).toEqual(["Namn"]);
});

test("values: '=' makes a formula, an apostrophe keeps text, '@' keeps numeric text", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Blad1");
    ws.getRange("A1:A2").numberFormat = [["General"], ["@"]];
    ws.getRange("A1:D2").values = [
      ["=1+1", "'=not a formula", "42", true],
      ["12", "x", 3, ""],
    ];
    const r = ws.getRange("A1:D2").load("values,formulas");
    await context.sync();
    expect(r.formulas).toEqual([
      ["=1+1", "=not a formula", 42, true],
      ["12", "x", 3, ""],
    ]);
    expect(r.values[0]![0]).toBe(""); // the double does not calculate
  });
});

test("tables: a name used by a table or a name is refused; tables may not overlap", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Blad1");
    ws.getRange("A1:B1").values = [["År", "Belopp"]];
    const t = ws.tables.add("A1:B3", true);
    t.name = "Kostnader";
    await context.sync();
    ws.tables.add("B2:C4", true);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
  expect(env.state.tables[0]).toMatchObject({ name: "Kostnader", headers: ["År", "Belopp"], range: "A1:B3" });
});

test("table rows: added at the end or inside, the cells below move down, the width must match", async () => {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Blad1");
    ws.getRange("A1:B1").values = [["År", "Belopp"]];
    ws.getRange("B2:B3").numberFormat = [["# ##0"], ["# ##0"]];
    ws.getRange("A2:B2").values = [[2018, 100]];
    ws.getRange("B5").values = [["under tabellen"]];
    ws.getRange("D1").values = [["bredvid"]];
    ws.tables.add("A1:B3", true).name = "T";
    await context.sync();
    const t = context.workbook.tables.getItem("T");
    t.rows.add(undefined, [
      [2020, "=1+1"],
      [2021, "'=text"],
    ]);
    t.rows.add(0, [[2017, 50]]);
    await context.sync();
    t.rows.add(undefined, [[1, 2, 3]]);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
  const s = env.state.sheet("Blad1")!;
  expect(env.state.tables[0]!.range).toBe("A1:B6");
  const entry = (r: number, c: number) => s.cell(r, c)?.formula ?? s.cell(r, c)?.value ?? "";
  const column = (c: number) => [1, 2, 3, 4, 5, 6, 7].map((r) => entry(r, c));
  expect(column(0)).toEqual([2017, 2018, "", 2020, 2021, "", ""]);
  expect(column(1)).toEqual([50, 100, "", "=1+1", "=text", "", "under tabellen"]);
  expect(s.cell(4, 1)!.numberFormat).toBe("# ##0");
  expect(s.cell(0, 3)!.value).toBe("bredvid"); // outside the table's columns: not moved
});

test("data validation must be cleared before a new rule", async () => {
  await Excel.run(async (context) => {
    const dv = context.workbook.worksheets.add("Blad1").getRange("A1").dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: "Ja,Nej" } };
    dv.rule = { list: { inCellDropDown: true, source: "Ja,Nej" } };
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

test("the requirement sets answer as configured", () => {
  env.uninstall();
  env = installExcelHost(new WorkbookState(), { displayLanguage: "en-US", excelApi: "1.7" });
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
});

test.each([
  ["a sheet named History", (c: Excel.RequestContext) => void c.workbook.worksheets.add("History")],
  ["a sheet name with a colon", (c: Excel.RequestContext) => void c.workbook.worksheets.add("Kostnader:2")],
  ["a formula that does not close", (c: Excel.RequestContext) => void (blad(c).getRange("A1").formulas = [["=SUM("]])],
  ["a formula ending in an operator", (c: Excel.RequestContext) => void (blad(c).getRange("A1").values = [["=1+"]])],
  ["a name like a cell", (c: Excel.RequestContext) => void c.workbook.names.add("A1", blad(c).getRange("B2"))],
  ["a name with a space", (c: Excel.RequestContext) => void c.workbook.names.add("Mitt namn", blad(c).getRange("B2"))],
  [
    "a table name with a space",
    (c: Excel.RequestContext) => {
      blad(c).tables.add("A1:B2", true).name = "Min tabell";
    },
  ],
  ["a garbage number format", (c: Excel.RequestContext) => void (blad(c).getRange("A1").numberFormat = [['0"kr']])],
])("Excel refuses %s, and so does the host", async (_what, write) => {
  env.state.addSheet("Blad1");
  await Excel.run(async (context) => {
    write(context);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

const blad = (c: Excel.RequestContext): Excel.Worksheet => c.workbook.worksheets.getItem("Blad1");

test("onChanged fires for every write, the add-in's own too, as in Excel", async () => {
  env.state.addSheet("Blad1");
  const seen: string[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add((e) => {
      seen.push(e.address);
      return Promise.resolve();
    });
    await context.sync();
  });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").values = [[1, 2]];
    await context.sync();
  });
  await new Promise((r) => setTimeout(r, 20)); // Excel's event comes after the sync's answer
  env.state.type("Blad1", "C3", 5); // a user's edit
  await new Promise((r) => setTimeout(r, 20));
  expect(seen).toEqual(["A1:B1", "C3"]);
});

test("Excel's rewrite when a sheet is deleted: references to its cells and tables become #REF!, text stays", () => {
  expect(withRefErrors("=Kostnader!D5*2+'Kostnader'!A1:B2", "Kostnader", [])).toBe("=#REF!*2+#REF!");
  expect(withRefErrors("=XKostnader!D5", "Kostnader", [])).toBe("=XKostnader!D5");
  expect(withRefErrors('=SUMIFS(Kostnader[Belopp],Kostnader[År],$F5)&"Kostnader[x]"', "Kostnader", ["Kostnader"])).toBe(
    '=SUMIFS(#REF!,#REF!,$F5)&"Kostnader[x]"',
  );
  expect(withRefErrors("=Kostnader[[#This Row],[År]]+Besparingar[x]", "Blad", ["Kostnader"])).toBe(
    "=#REF!+Besparingar[x]",
  );
  expect(withRefErrors("='Min flik'!A1+Återföring!B2", "Återföring", [])).toBe("='Min flik'!A1+#REF!");
});
