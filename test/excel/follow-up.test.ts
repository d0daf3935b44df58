/**
 * The follow-up through Office.js (against the test double): inserting its sheets never overwrites and
 * takes two round trips; freezing the baseline writes the table's rows and the two named cells in two
 * round trips, refuses a second time, and leaves a baseline whose fingerprint matches (no F07).
 */
import {
  baselineFingerprint,
  BASELINE_KINDS,
  emptyFollowUp,
  evaluateFollowUp,
  type Application,
} from "../../src/domain";
import { freezeWorkbookBaseline } from "../../src/excel/freeze";
import { insertFollowUp, insertTemplates } from "../../src/excel/insert";
import { readWorkbookGrids } from "../../src/excel/office-reader";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, fillFromFollowUp, reviewFollowUp, type Fill } from "../../src/templates";
import { excelSerial } from "../../src/templates/render";
import { WorkbookState } from "../double/workbook-state";
import { installExcelHost } from "../host/install";
import { TODAY, behind, planned } from "../support/follow-up-cases";

let env: ReturnType<typeof installExcelHost>;
afterEach(() => env.uninstall());

const trips = (from: number): number => env.host.requests.length - from;

/** Everything the double holds, as plain data, to compare before and after. */
function snapshot(state: WorkbookState): string {
  return JSON.stringify({
    sheets: state.sheets.map((s) => ({ name: s.name, cells: [...s.cells], cfs: s.conditionalFormats })),
    tables: state.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
    names: state.names.map((n) => ({ ...n, sheet: n.sheet.name })),
  });
}

/** The example application typed in, then the follow-up's sheets (with `fill`: actuals, no baseline). */
async function withFollowUp(
  lang: "sv" | "en" = "sv",
  fill?: Fill,
  change: (a: Application) => void = () => {},
): Promise<void> {
  env = installExcelHost(new WorkbookState(), {
    displayLanguage: lang === "sv" ? "sv-SE" : "en-US",
    excelApi: "1.9",
  });
  const app = earlyInterventionExample();
  change(app);
  await insertTemplates(lang, undefined, fillFromApplication(app, lang));
  await insertFollowUp(lang, fill);
}

/** behind()'s decision block and actuals, its baseline left for the freeze to write. */
const behindActuals = (lang: "sv" | "en"): Fill =>
  fillFromFollowUp({ ...behind(), baseline: emptyFollowUp().baseline }, lang);

describe("inserting the follow-up", () => {
  test("its four sheets go in after the application's, in two round trips", async () => {
    env = installExcelHost();
    await insertTemplates("sv", undefined, fillFromApplication(earlyInterventionExample(), "sv"));
    const before = env.host.requests.length;
    const report = await insertFollowUp("sv");
    expect(report.roundTrips).toBe(2);
    expect(trips(before)).toBe(2);
    expect(report.skipped).toEqual([]);
    expect(env.state.sheets.map((s) => s.name).slice(-4)).toEqual(["Beslut", "Utfall", "Mätningar", "Uppföljning"]);
    expect(env.state.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["Baslinje", "Utfall_kostnad", "Verifierade_besparingar", "Bokford_aterforing"]),
    );
    expect(env.state.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["Beslutsdatum", "Baslinje_fryst", "Baslinje_fingeravtryck", "Uppf_U05"]),
    );
    expect(env.state.tables.find((t) => t.name === "Baslinje")).toMatchObject({
      range: "D4:G5",
      headers: ["Slag", "År", "Verksamhet", "Belopp"],
    });
    expect(env.state.activeSheet).toBe("Beslut");
  });

  test("a second insert changes nothing and says what was left alone", async () => {
    await withFollowUp();
    const before = snapshot(env.state);
    const report = await insertFollowUp("sv");
    expect(snapshot(env.state)).toBe(before);
    expect(report.insert).toEqual([]);
    expect(report.roundTrips).toBe(1);
    expect(report.skipped.map((s) => [s.sheet, s.reason.kind])).toEqual([
      ["Beslut", "sheetExists"],
      ["Utfall", "sheetExists"],
      ["Mätningar", "sheetExists"],
      ["Uppföljning", "sheetExists"],
    ]);
    // Asked in the other language: the workbook's tables are Swedish, so are the sheets, and they are there.
    expect((await insertFollowUp("en")).skipped.map((s) => s.sheet)).toEqual([
      "Beslut",
      "Utfall",
      "Mätningar",
      "Uppföljning",
    ]);
    expect(snapshot(env.state)).toBe(before);
  });

  test("without the application, only what needs nothing of it goes in", async () => {
    env = installExcelHost();
    const report = await insertFollowUp("sv");
    expect(report.insert.map((p) => p.name)).toEqual(["Beslut"]);
    expect(report.skipped.map((s) => [s.sheet, s.reason])).toEqual([
      ["Utfall", { kind: "needs", name: "Parter" }],
      ["Mätningar", { kind: "needs", name: "Parter" }],
      ["Uppföljning", { kind: "needs", name: expect.any(String) as string }],
    ]);
  });

  test("in English when Office speaks English", async () => {
    await withFollowUp("en");
    expect(env.state.sheets.map((s) => s.name).slice(-4)).toEqual(["Decision", "Actuals", "Measurements", "Follow-up"]);
    expect(env.state.tables.find((t) => t.name === "Baslinje")!.headers).toEqual(["Kind", "Year", "Unit", "Amount"]);
  });
});

describe("freezing the baseline", () => {
  test("the plan goes into the Baslinje table and the named cells in two round trips", async () => {
    await withFollowUp();
    const before = env.host.requests.length;
    const done = await freezeWorkbookBaseline(TODAY);
    expect(trips(before)).toBe(2);
    const rows = planned();
    expect(done).toMatchObject({ ok: true, rows: rows.length, sheet: "Beslut", roundTrips: 2 });

    const table = env.state.tables.find((t) => t.name === "Baslinje")!;
    expect(table.range).toBe(`D4:G${4 + rows.length}`);
    const decision = env.state.sheet("Beslut")!;
    const written = rows.map((_, i) => [3, 4, 5, 6].map((c) => decision.cell(4 + i, c)!.value));
    expect(written).toEqual(rows.map((r) => [BASELINE_KINDS[r.kind].sv, r.year, r.unit, r.amount]));
    // The added rows look like the first (the template's formats follow the table).
    expect(decision.cell(4 + rows.length - 1, 6)!.numberFormat).toBe(decision.cell(4, 6)!.numberFormat);

    const date = decision.cell(11, 1)!; // Baslinje_fryst: B12
    expect(date.value).toBe(Math.round(excelSerial(new Date(Date.UTC(2026, 11, 2)))));
    expect(date.numberFormat).toBe("yyyy-mm-dd");
    const fingerprint = decision.cell(12, 1)!; // Baslinje_fingeravtryck: B13
    expect(fingerprint.formula).toBeUndefined();
    expect(fingerprint.numberFormat).toBe("@");
    expect(fingerprint.value).toBe(baselineFingerprint(rows));
    expect(env.state.activeSheet).toBe("Beslut");

    // Read back, the baseline matches its fingerprint: no F07.
    const review = reviewFollowUp((await readWorkbookGrids()).grids, { today: TODAY })!;
    expect(review.findings.filter((f) => f.id === "F07")).toEqual([]);
    expect(review.evaluation.followUp.baseline.rows).toEqual(rows);
    expect(review.evaluation.followUp.baseline.frozenOn).toEqual(new Date(Date.UTC(2026, 11, 2)));
  });

  test("a second freeze is refused and overwrites nothing", async () => {
    await withFollowUp();
    await freezeWorkbookBaseline(TODAY);
    const before = snapshot(env.state);
    const from = env.host.requests.length;
    const again = await freezeWorkbookBaseline(new Date(2027, 0, 15));
    expect(again).toMatchObject({ ok: false, reason: "alreadyFrozen", roundTrips: 1 });
    expect(trips(from)).toBe(1);
    expect(snapshot(env.state)).toBe(before);
    expect(again.ok ? "" : again.message.sv).toMatch(/redan fryst/);
    expect(again.ok ? "" : again.message.en).toMatch(/already frozen/);
  });

  test("with the actuals typed in, the follow-up read back equals the engine's", async () => {
    await withFollowUp("sv", behindActuals("sv"));
    await freezeWorkbookBaseline(TODAY);
    const review = reviewFollowUp((await readWorkbookGrids()).grids, { today: TODAY })!;
    const direct = evaluateFollowUp(earlyInterventionExample(), behind(), { today: TODAY });
    expect(review.evaluation.figures).toEqual(direct.figures);
    expect(review.findings.map((f) => f.id)).toEqual(["F01", "F02", "F02", "F04", "F06"]);
  });

  test("in English: the kinds in English, the same fingerprint", async () => {
    await withFollowUp("en");
    const done = await freezeWorkbookBaseline(TODAY);
    expect(done.ok && done.fingerprint).toBe(baselineFingerprint(planned()));
    const cell = env.state.sheet("Decision")!.cell(4, 3)!;
    expect(cell.value).toBe(BASELINE_KINDS[planned()[0]!.kind].en);
    const review = reviewFollowUp((await readWorkbookGrids()).grids, { today: TODAY })!;
    expect(review.findings.filter((f) => f.id === "F07")).toEqual([]);
  });

  test("a unit's name that looks like a formula is written as text", async () => {
    const odd = '=HYPERLINK("http://x")';
    await withFollowUp("sv", undefined, (a) => {
      a.repayments.forEach((r) => (r.unit = odd));
    });
    expect((await freezeWorkbookBaseline(TODAY)).ok).toBe(true);
    const decision = env.state.sheet("Beslut")!;
    const units = [...decision.cells].filter(([k]) => k.endsWith(",5")).map(([, c]) => c);
    expect(units.filter((c) => c.formula !== undefined)).toEqual([]);
    expect(units.map((c) => c.value)).toContain(odd);
    const review = reviewFollowUp((await readWorkbookGrids()).grids, { today: TODAY })!;
    expect(review.findings.filter((f) => f.id === "F07")).toEqual([]);
  });

  test.each([
    ["no follow-up sheets", "noFollowUp", /lägg in uppföljningen först/, /insert the follow-up first/],
    ["an empty plan", "noPlan", /inga kostnader/, /no costs/],
  ])("%s: refused in both languages, nothing written", async (what, reason, sv, en) => {
    env = installExcelHost();
    if (what === "an empty plan") {
      await insertTemplates("sv");
      await insertFollowUp("sv");
    } else await insertTemplates("sv", undefined, fillFromApplication(earlyInterventionExample(), "sv"));
    const before = snapshot(env.state);
    const refused = await freezeWorkbookBaseline(TODAY);
    expect(refused).toMatchObject({ ok: false, reason, roundTrips: 1 });
    expect(refused.ok ? "" : refused.message.sv).toMatch(sv);
    expect(refused.ok ? "" : refused.message.en).toMatch(en);
    expect(snapshot(env.state)).toBe(before);
  });

  test("named cells gone: refused, nothing written", async () => {
    await withFollowUp();
    env.state.names.splice(
      env.state.names.findIndex((n) => n.name === "Baslinje_fryst"),
      1,
    );
    const before = snapshot(env.state);
    expect(await freezeWorkbookBaseline(TODAY)).toMatchObject({ ok: false, reason: "missingCells" });
    expect(snapshot(env.state)).toBe(before);
  });

  test("a table the user made longer: its blank rows are filled first, then rows are added", async () => {
    await withFollowUp();
    const table = env.state.tables.find((t) => t.name === "Baslinje")!;
    table.range = "D4:G8"; // four blank rows
    env.state.type("Beslut", "H6", "min anteckning"); // beside the table: stays
    await freezeWorkbookBaseline(TODAY);
    expect(table.range).toBe(`D4:G${4 + planned().length}`);
    expect(env.state.sheet("Beslut")!.cell(5, 7)!.value).toBe("min anteckning");
    const review = reviewFollowUp((await readWorkbookGrids()).grids, { today: TODAY })!;
    expect(review.evaluation.followUp.baseline.rows).toEqual(planned());
  });
});
