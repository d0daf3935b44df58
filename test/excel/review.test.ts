/** The reviewer's tools, against the test double. */
import { OWN_WRITE_GRACE_MS, watchWorkbookChanges } from "../../src/excel/events";
import { readWorkbookGrids } from "../../src/excel/office-reader";
import { insertTemplates } from "../../src/excel/insert";
import {
  goToCell,
  highlightCells,
  HIGHLIGHT_FORMULA,
  removeHighlights,
  writeReviewSheet,
} from "../../src/excel/review";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, reviewGrids, type ApplicationReview } from "../../src/templates";
import type { Application } from "../../src/domain";
import { installExcelHost } from "../host/install";

let env: ReturnType<typeof installExcelHost>;
afterEach(() => env.uninstall());

async function setUp(change: (a: Application) => void = () => {}): Promise<ApplicationReview> {
  env = installExcelHost();
  const app = earlyInterventionExample();
  change(app);
  await insertTemplates("sv", undefined, fillFromApplication(app, "sv"));
  return reviewGrids((await readWorkbookGrids()).grids);
}

const trips = (from: number) => env.host.requests.length - from;

test("going to a finding's cell activates its sheet and selects the cell", async () => {
  const v = await setUp((a) => {
    a.costs[1]!.amount = "x";
  });
  const cell = v.findings.find((f) => f.id === "R17")!.cells[0]!;
  await goToCell(cell);
  expect(env.state.activeSheet).toBe("Kostnader");
  expect(env.state.selection).toEqual({ sheet: "Kostnader", range: "D6" });
});

test("going to a cell on a quoted sheet name works", async () => {
  await setUp();
  env.state.sheet("Kostnader")!.name = "Kostnader 2018";
  await goToCell("'Kostnader 2018'!A5");
  expect(env.state.selection).toEqual({ sheet: "Kostnader 2018", range: "A5" });
});

test("the review sheet: one round trip, a new sheet each time, user text as text", async () => {
  const v = await setUp((a) => {
    a.text.name = '=HYPERLINK("http://x")';
    a.costs[2]!.amount = "=1+1 kr";
  });
  const before = env.host.requests.length;
  const first = await writeReviewSheet(v, "sv", new Date(2026, 10, 22, 16, 20, 5));
  expect(trips(before)).toBe(1);
  expect(first.sheet).toBe("Granskning 2026-11-22 16.20.05");
  const sheet = env.state.sheet(first.sheet)!;
  const cells = [...sheet.cells.values()];
  expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
  expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining(["R17", "Kostnader!D7"]));
  expect(String(sheet.cell(1, 0)!.value)).toContain("=HYPERLINK");
  // One time stamps it: the check's, in local time, the same in the name and the subtitle, with its zone.
  expect(String(sheet.cell(1, 0)!.value)).toMatch(/ · 2026-11-22 16:20:05 UTC[+−]\d\d:\d\d$/);
  const second = await writeReviewSheet(v, "sv", new Date(2026, 10, 22, 16, 21, 0));
  expect(second.sheet).not.toBe(first.sheet);
  expect(env.state.sheet(first.sheet)).toBeDefined();
});

test("highlighting touches no value and no format; removing takes only ours away", async () => {
  const v = await setUp((a) => {
    a.costs[1]!.amount = "x";
    a.repayments[0]!.unit = "Okänd";
  });
  const cells = v.findings.flatMap((f) => f.cells);
  const snapshot = () => JSON.stringify(env.state.sheets.map((s) => [...s.cells]));
  const before = snapshot();
  const figuresCfs = env.state.sheet("Nyckeltal")!.conditionalFormats.length;
  const n = await highlightCells(cells);
  expect(n).toBeGreaterThan(0);
  expect(snapshot()).toBe(before);
  expect(env.state.sheet("Kostnader")!.conditionalFormats).toContainEqual(
    expect.objectContaining({ range: "D6", formula: HIGHLIGHT_FORMULA }),
  );
  const removed = await removeHighlights();
  expect(removed).toBe(n);
  expect(env.state.sheets.flatMap((s) => s.conditionalFormats).filter((c) => c.formula === HIGHLIGHT_FORMULA)).toEqual(
    [],
  );
  expect(env.state.sheet("Nyckeltal")!.conditionalFormats).toHaveLength(figuresCfs);
  expect(await removeHighlights()).toBe(0);
});

test("un-highlighting removes every highlight made, beside the user's own data bar, which stays", async () => {
  const v = await setUp((a) => {
    a.costs[1]!.amount = "x";
  });
  const costs = env.state.sheet("Kostnader")!;
  costs.conditionalFormats.push({ range: "D5:D9", formula: "", type: "DataBar" }); // the user's own
  await highlightCells(v.findings.flatMap((f) => f.cells));
  await highlightCells(["Kostnader!D6:D7", "Kostnader!C5"]); // a second check highlights again, overlapping
  const ours = () =>
    env.state.sheets.flatMap((s) => s.conditionalFormats).filter((c) => c.formula === HIGHLIGHT_FORMULA);
  const made = ours().length;
  expect(made).toBeGreaterThan(2);
  expect(await removeHighlights()).toBe(made);
  expect(ours()).toEqual([]);
  expect(costs.conditionalFormats).toEqual([expect.objectContaining({ range: "D5:D9", type: "DataBar" })]);
});

test("the shell's own writes do not validate again; a user's edit does", async () => {
  const v = await setUp(() => {});
  let changes = 0;
  let events = 0;
  const stop = await watchWorkbookChanges(() => (changes += 1));
  await Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(() => Promise.resolve(void (events += 1))); // every event Excel sends
    await context.sync();
  });
  await writeReviewSheet(v, "sv", new Date()); // the add-in adds a sheet and writes cells: Excel fires events
  await highlightCells(["Kostnader!D6"]);
  await removeHighlights();
  await new Promise((r) => setTimeout(r, 50));
  expect(events).toBeGreaterThan(0);
  expect(changes).toBe(0);
  await new Promise((r) => setTimeout(r, OWN_WRITE_GRACE_MS));
  env.state.type("Kostnader", "D6", 1000);
  await new Promise((r) => setTimeout(r, 20));
  expect(changes).toBe(1);
  // A structural change by the user: a sheet deleted (Excel's WorksheetDeleted).
  await env.host.deleteSheetAsUser("Effekter");
  await new Promise((r) => setTimeout(r, 20));
  expect(changes).toBe(2);
  await stop();
  env.state.type("Kostnader", "D6", 2000);
  await new Promise((r) => setTimeout(r, 20));
  expect(changes).toBe(2);
});
