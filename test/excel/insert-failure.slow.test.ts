/**
 * Failure injection (#12): the fake host behind Microsoft's client library fails the insert at each of its
 * commands in turn. Excel keeps what came before a failing command and drops the rest; after each, the
 * workbook must be exactly as before (the insert took its part away again) — never half-inserted.
 */
import { insertFollowUp, insertTemplates, InsertFailedError } from "../../src/excel/insert";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication } from "../../src/templates";
import { WorkbookState } from "../double/workbook-state";
import { installExcelHost, type InstalledHost } from "../host/install";

let env: InstalledHost | undefined;
afterEach(() => env?.uninstall());

/** A workbook with the user's own sheet in it: Excel always has one, and it must never be touched. */
function userWorkbook(): WorkbookState {
  const state = new WorkbookState();
  state.type("Blad1", "A1", "Mina anteckningar");
  state.type("Blad1", "B2", 1234);
  return state;
}

/** The workbook as plain data: sheets with their cells, rules and charts; tables; names; settings. */
function snapshot(state: WorkbookState): string {
  return JSON.stringify({
    sheets: state.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      validations: s.dataValidations,
      cfs: s.conditionalFormats,
      charts: s.charts,
      widths: [...s.columnWidths],
      heights: [...s.rowHeights],
      frozen: s.frozenRows,
      tab: s.tabColor,
    })),
    tables: state.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
    names: state.names.map((n) => ({ ...n, sheet: n.sheet.name })),
    settings: [...state.settings],
  });
}

type Insert = () => Promise<unknown>;
/**
 * Every command of the blank application and of the follow-up; the filled application differs from the blank
 * only in its values, so every 10th of its commands (`SIF_EVERY_COMMAND=1` for all: about two minutes).
 */
const cases: [string, () => WorkbookState, Insert, number][] = [
  ["the blank application", userWorkbook, () => insertTemplates("sv"), 1],
  [
    "the filled example application",
    userWorkbook,
    () => insertTemplates("en", undefined, fillFromApplication(earlyInterventionExample(), "en")),
    process.env.SIF_EVERY_COMMAND ? 1 : 10,
  ],
  ["the follow-up", userWorkbook, () => insertFollowUp("sv"), 1],
];

describe.each(cases)("failing %s at its commands in turn", (label, seed, insert, step) => {
  /** The state before, the state fully inserted, and how many commands the write request has. */
  async function reference(): Promise<{ before: string; full: string; commands: number; reads: number }> {
    env = installExcelHost(seed());
    const before = snapshot(env.state);
    await insert();
    const [read, write] = env.host.requests;
    const full = snapshot(env.state);
    env.uninstall();
    env = undefined;
    return { before, full, commands: write!.actions, reads: read!.actions };
  }

  test("leaves the workbook as it was or fully inserted, never half (0 half-inserted)", async () => {
    const { before, full, commands, reads } = await reference();
    expect(commands).toBeGreaterThan(100);
    let asBefore = 0;
    const half: number[] = [];
    let tried = 0;
    for (let i = 0; i < reads + commands; i += step) {
      tried += 1;
      env = installExcelHost(seed());
      const inWrite = i >= reads;
      env.host.failWhen = (request, index) =>
        inWrite ? request === 1 && index === i - reads : request === 0 && index === i;
      const outcome = await insert().then(
        () => "resolved",
        (e: unknown) => e,
      );
      if (inWrite) {
        expect(outcome).toBeInstanceOf(InsertFailedError);
        expect((outcome as InsertFailedError).rolledBack).toBe(true);
      } else expect(outcome).toMatchObject({ code: "GeneralException" });
      const after = snapshot(env.state);
      if (after === before) asBefore += 1;
      else if (after !== full) half.push(i);
      env.uninstall();
      env = undefined;
    }
    expect(half).toEqual([]);
    expect(asBefore).toBe(tried);
    console.log(`${label}: ${tried} of ${reads} + ${commands} commands failed in turn, 0 half-inserted`);
  }, 300_000);
});
