/** Inserting templates through Office.js (against the test double): never overwrite, ≤ 2 round trips. */
import { insertFollowUp, insertTemplates, InsertFailedError } from "../../src/excel/insert";
import { RequirementError } from "../../src/excel/host";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { APPLICATION_TABLES, fillFromApplication, planWorkbook, SHEET_ORDER } from "../../src/templates";
import { WorkbookState } from "../double/workbook-state";
import { installExcelHost } from "../host/install";
import { bigApplication } from "../support/big-application";

let env: ReturnType<typeof installExcelHost>;
afterEach(() => env.uninstall());

/** Everything the double holds, as plain data, to compare before and after. */
function snapshot(state: WorkbookState): unknown {
  return JSON.parse(
    JSON.stringify({
      sheets: state.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells],
        validations: s.dataValidations,
        cfs: s.conditionalFormats,
        charts: s.charts,
        widths: [...s.columnWidths],
      })),
      tables: state.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      names: state.names.map((n) => ({ ...n, sheet: n.sheet.name })),
    }),
  );
}

test("all templates go into an empty workbook in two round trips", async () => {
  env = installExcelHost();
  const report = await insertTemplates("sv");
  expect(report.roundTrips).toBe(2);
  expect(env.host.requests.length).toBe(2);
  expect(report.skipped).toEqual([]);
  expect(env.state.sheets.map((s) => s.name)).toEqual([
    "Ansökan",
    "Parter",
    "Kostnader",
    "Medfinansiering",
    "Besparingar",
    "Effekter",
    "Återföring",
    "Nyckeltal",
    "Känslighet",
    "Inställningar",
  ]);
  expect(env.state.tables.map((t) => t.name).sort()).toEqual(
    Object.values(APPLICATION_TABLES)
      .map((t) => t.name)
      .sort(),
  );
  expect(env.state.tables.find((t) => t.name === "Kostnader")!.headers).toEqual([
    "År",
    "Verksamhet eller part",
    "Kostnadsslag",
    "Belopp",
  ]);
  expect(env.state.names.map((n) => n.name)).toEqual(
    expect.arrayContaining(["Namn", "Startar", "Slutar", "Nyckeltal_K03", "Forsta_ar", "Regelprofil"]),
  );
  const figures = env.state.sheet("Nyckeltal")!;
  expect(figures.cell(4, 2)!.formula).toBe("=SUM(H5:H34)");
  expect(figures.charts).toHaveLength(1);
  expect(figures.charts[0]!.series.map((s) => s.name)).toEqual([
    "Kostnad",
    "Besparing, alla",
    "Ackumulerad återföring",
  ]);
  expect(env.state.activeSheet).toBe("Ansökan");
});

test("English templates when Office speaks English", async () => {
  env = installExcelHost(new WorkbookState(), { displayLanguage: "en-US", excelApi: "1.9" });
  await insertTemplates("en");
  expect(env.state.sheets.map((s) => s.name)).toContain("Key figures");
  // Table names are the contract and do not change with the language; headers do.
  expect(env.state.tables.find((t) => t.name === "Kostnader")!.headers).toEqual([
    "Year",
    "Unit or party",
    "Category",
    "Amount",
  ]);
});

test("a second insert changes nothing", async () => {
  env = installExcelHost();
  await insertTemplates("sv");
  const before = snapshot(env.state);
  const report = await insertTemplates("sv");
  expect(snapshot(env.state)).toEqual(before);
  expect(report.insert).toEqual([]);
  expect(report.skipped.map((s) => s.reason.kind)).toEqual(new Array(SHEET_ORDER.length).fill("sheetExists"));
  expect(report.roundTrips).toBe(1);
});

test("inserting in the other language after the first changes nothing either", async () => {
  env = installExcelHost();
  await insertTemplates("sv");
  const before = snapshot(env.state);
  const report = await insertTemplates("en");
  expect(snapshot(env.state)).toEqual(before);
  // The workbook's tables are Swedish: the sheets asked for in English are the Swedish ones, and they are there.
  expect(report.skipped.map((s) => s.sheet)).toEqual(planWorkbook("sv").map((p) => p.name));
});

test("a user's sheet with a template's name keeps every cell, and what depends on it is left out", async () => {
  const state = new WorkbookState();
  state.type("Kostnader", "A1", "Min egen kalkyl");
  state.type("Kostnader", "B2", 125000);
  state.type("Kostnader", "C3", "=B2*2");
  env = installExcelHost(state);
  const userCells = JSON.stringify([...state.sheet("Kostnader")!.cells]);
  const report = await insertTemplates("sv");
  expect(JSON.stringify([...state.sheet("Kostnader")!.cells])).toBe(userCells);
  expect(report.skipped).toEqual(
    expect.arrayContaining([
      { key: "costs", sheet: "Kostnader", reason: { kind: "sheetExists", name: "Kostnader" } },
      { key: "figures", sheet: "Nyckeltal", reason: { kind: "needs", name: "Kostnader" } },
    ]),
  );
  expect(state.sheets.map((s) => s.name)).toEqual([
    "Kostnader",
    "Ansökan",
    "Parter",
    "Medfinansiering",
    "Besparingar",
    "Effekter",
    "Återföring",
    "Inställningar",
  ]);
});

test("a user's name or table with a template's name is left alone", async () => {
  const state = new WorkbookState();
  state.type("Mitt blad", "A1", 1);
  state.names.push({ name: "Startar", sheet: state.sheet("Mitt blad")!, range: "A1" });
  env = installExcelHost(state);
  const report = await insertTemplates("sv");
  expect(report.skipped).toContainEqual({
    key: "application",
    sheet: "Ansökan",
    reason: { kind: "nameExists", name: "Startar" },
  });
  expect(state.names.filter((n) => n.name === "Startar")).toHaveLength(1);
});

test("one template alone, when what it needs is there", async () => {
  env = installExcelHost();
  const first = await insertTemplates("sv", ["effects"]);
  expect(first.insert.map((p) => p.key)).toEqual(["effects"]);
  const second = await insertTemplates("sv", ["figures"]);
  expect(second.insert).toEqual([]);
  expect(second.skipped[0]!.reason.kind).toBe("needs");
});

test.each([
  ["a small application", () => earlyInterventionExample()],
  ["a 10-year × 50-row application", () => bigApplication(10, 50)],
])("the round trips stay at two for %s", async (_what, make) => {
  env = installExcelHost();
  const report = await insertTemplates("sv", undefined, fillFromApplication(make(), "sv"));
  expect(report.roundTrips).toBe(2);
  expect(env.host.requests.length).toBe(2);
});

test("a filled insert writes user text as text, never as a formula", async () => {
  env = installExcelHost();
  const app = earlyInterventionExample();
  app.text.name = '=HYPERLINK("http://evil.example")';
  await insertTemplates("sv", undefined, fillFromApplication(app, "sv"));
  const cell = env.state.sheet("Ansökan")!.cell(4, 2)!;
  expect(cell.formula).toBeUndefined();
  expect(cell.value).toBe(app.text.name);
});

test("without ExcelApi 1.9 nothing is touched and the message says why", async () => {
  env = installExcelHost(new WorkbookState(), { displayLanguage: "sv-SE", excelApi: "1.7" });
  await expect(insertTemplates("sv")).rejects.toBeInstanceOf(RequirementError);
  await expect(insertTemplates("sv")).rejects.toThrow(/ExcelApi 1.9 saknas/);
  expect(env.host.requests).toHaveLength(0);
});

test("the plan of a filled workbook grows its tables to the data", () => {
  const plans = planWorkbook("sv", fillFromApplication(bigApplication(10, 50), "sv"));
  const costs = plans.find((p) => p.key === "costs")!.tables[0]!;
  expect(costs.range).toBe("A4:D56");
});

test("a sheet deleted by hand is inserted again, its broken names replaced, the user's cells untouched", async () => {
  env = installExcelHost();
  await insertTemplates("sv");
  const plan = planWorkbook("sv").find((p) => p.key !== "application" && p.names.length > 0)!;
  env.state.type("Kostnader", "D6", 250000); // the user's cost
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(plan.name).delete();
    await context.sync();
  });
  const brokenBefore = env.state.names.filter((n) => n.error).map((n) => n.name);
  expect(brokenBefore.length).toBeGreaterThan(0); // Excel leaves the sheet's names at #REF!
  const kostnader = JSON.stringify([...env.state.sheet("Kostnader")!.cells]);

  const report = await insertTemplates("sv");
  expect(report.insert.map((p) => p.name)).toEqual([plan.name]);
  expect(report.replaceNames).toEqual(brokenBefore);
  expect(env.state.sheet(plan.name)).toBeDefined();
  expect(env.state.names.filter((n) => n.error)).toEqual([]);
  for (const n of plan.names) expect(env.state.names.find((x) => x.name === n.name)!.sheet.name).toBe(plan.name);
  expect(JSON.stringify([...env.state.sheet("Kostnader")!.cells])).toBe(kostnader);
});

test("deleting Kostnader by hand breaks the formulas that used it, as in Excel; inserting repairs them", async () => {
  env = installExcelHost();
  await insertTemplates("sv");
  env.state.type("Besparingar", "C5", 12); // the user's: Besparingar keeps it
  await env.host.deleteSheetAsUser("Kostnader");
  const broken = () =>
    env.state.sheets.flatMap((s) =>
      [...s.cells.values()].filter((c) => c.formula?.includes("#REF!")).map(() => s.name),
    );
  // SUMIFS(Kostnader[Belopp], …) → SUMIFS(#REF!, …)
  expect(new Set(broken())).toEqual(new Set(["Nyckeltal", "Känslighet"]));

  const report = await insertTemplates("sv");
  expect(report.insert.map((p) => p.name)).toEqual(["Kostnader", "Nyckeltal", "Känslighet"]);
  expect(report.replaceSheets).toEqual(["Nyckeltal", "Känslighet"]);
  expect(broken()).toEqual([]);
  expect(env.state.sheet("Besparingar")!.cell(4, 2)!.value).toBe(12);
});

/** As an older version's insert that stopped half-way left it: the sheet and its cells, no table, no names. */
function halfInserted(sheet: string, table: string): void {
  const t = env.state.tables.findIndex((x) => x.name === table);
  env.state.tables.splice(t, 1);
  const s = env.state.sheet(sheet)!;
  for (let i = env.state.names.length - 1; i >= 0; i--)
    if (env.state.names[i]!.sheet === s) env.state.names.splice(i, 1);
  s.cell(0, 0)!.value = "Kostnader (en äldre version)"; // an older version's words
}

test("a sheet an insert left half-way (no table) is replaced; one the user typed into is left alone", async () => {
  env = installExcelHost();
  await insertTemplates("sv");
  env.state.type("Besparingar", "C5", 12); // the user's volume: Besparingar is theirs now
  halfInserted("Kostnader", "Kostnader");
  const parter = JSON.stringify([...env.state.sheet("Parter")!.cells]);

  const report = await insertTemplates("sv");
  expect(report.replaceSheets).toEqual(["Kostnader"]);
  expect(report.insert.map((p) => p.name)).toEqual(["Kostnader"]);
  const costs = env.state.tables.find((t) => t.name === "Kostnader")!;
  expect(costs.sheet.name).toBe("Kostnader");
  expect(env.state.sheet("Kostnader")!.cell(0, 0)!.value).toBe(planWorkbook("sv")[2]!.cells[0]![0]!.value);
  expect(JSON.stringify([...env.state.sheet("Parter")!.cells])).toBe(parter);

  // The user's sheet of the same kind is not replaced, even without its table.
  halfInserted("Besparingar", "Besparingar");
  const again = await insertTemplates("sv");
  expect(again.replaceSheets).toEqual([]);
  expect(again.skipped).toContainEqual(
    expect.objectContaining({ sheet: "Besparingar", reason: { kind: "sheetExists", name: "Besparingar" } }),
  );
  expect(env.state.sheet("Besparingar")!.cell(4, 2)!.value).toBe(12);
});

test("a failed insert is taken away again and says so; the next insert completes it", async () => {
  env = installExcelHost();
  env.state.type("Blad1", "A1", "min anteckning");
  env.host.failWhen = (request, index) => request === 1 && index === 1500;
  const failed = await insertTemplates("sv").catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(InsertFailedError);
  expect((failed as Error).message).toMatch(/arbetsboken är som förut/);
  expect(env.state.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  expect(env.state.names).toEqual([]);
  env.host.failWhen = undefined;
  expect((await insertTemplates("sv")).skipped).toEqual([]);
  expect(env.state.sheets).toHaveLength(11);
});

test("sheets go in in the language of the workbook's tables, not the pane's", async () => {
  env = installExcelHost();
  await insertTemplates("sv");
  const savings = planWorkbook("sv").find((p) => p.key === "savings")!;
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(savings.name).delete();
    await context.sync();
  });
  const report = await insertTemplates("en"); // Office speaks English; the workbook's tables are Swedish
  // Besparingar, and the sheets whose formulas its deletion broke (#REF!), in Swedish.
  expect(report.insert.map((p) => p.name)).toEqual(["Parter", savings.name, "Nyckeltal", "Känslighet"]);
  expect(env.state.tables.find((t) => t.name === savings.tables[0]!.name)!.headers).toEqual(savings.tables[0]!.headers);
  await insertFollowUp("en");
  expect(env.state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Beslut", "Utfall", "Uppföljning"]));
});

test("every request of the insert stays under Excel on the web's 5 MB limit at 2,000 rows a table", async () => {
  env = installExcelHost();
  await insertTemplates("sv", undefined, fillFromApplication(bigApplication(10, 2000), "sv"));
  const largest = Math.max(...env.host.requests.map((r) => r.bytes));
  expect(env.host.requests).toHaveLength(2);
  expect(largest).toBeGreaterThan(1_000_000); // the case is big enough to matter
  expect(largest).toBeLessThan(5 * 1024 * 1024);
});
