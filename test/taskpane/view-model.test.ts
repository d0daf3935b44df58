import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { Debouncer, paneView } from "../../src/taskpane/view-model";
import { countBySeverity, evaluate } from "../../src/domain";
import { reviewGrids } from "../../src/templates";
import type { ApplicationReview } from "../../src/templates";

/** A validation without a workbook: the engine's findings with made-up cells. */
function validationOf(change: (a: ReturnType<typeof earlyInterventionExample>) => void): ApplicationReview {
  const app = earlyInterventionExample();
  change(app);
  const evaluation = evaluate(app);
  const v = reviewGrids({ tables: {}, names: {} });
  const findings = evaluation.findings.map((f) => ({ ...f, cells: f.refs.map((r) => `X!${r.length}`) }));
  return { ...v, evaluation, findings, counts: countBySeverity(findings), moreFindings: 0 };
}

test("ready when there are no errors, whatever the warnings", () => {
  const v = paneView(
    validationOf((a) => {
      a.text.childrenAndYoungPeople = "Nej";
    }),
    "sv",
  );
  expect(v.ready).toBe(true);
  expect(v.counts).toEqual({ error: 0, warning: 0, info: 1 });
  expect(v.headline).toBe("Klar att lämna in: inga fel.");
  expect(v.figures.map((f) => f.id)).toEqual([
    "K01",
    "K02",
    "K03",
    "K04",
    "K04",
    "K05",
    "K06",
    "K07",
    "K08",
    "K09",
    "K10",
  ]);
  expect(v.figures[2]!.text).toBe("3\u00a0000\u00a0000\u00a0kr");
});

test("findings grouped by checklist item and rule, root causes (R17) first, then catalogue order", () => {
  const v = paneView(
    validationOf((a) => {
      a.text.name = "";
      a.costs[0]!.amount = "x";
      a.costs[1]!.amount = -1;
      a.repayments[0]!.year = 2040;
    }),
    "en",
  );
  expect(v.ready).toBe(false);
  expect(v.headline).toMatch(/errors? must be fixed/);
  expect(v.groups.map((g) => g.id)).toEqual(["R17", "C01", "R06", "R11"]);
  expect(v.groups.find((g) => g.id === "R17")!.findings).toHaveLength(2);
  expect(v.groups[1]!.title).toBe("Name of the investment");
});

test("the debouncer waits for quiet and never runs twice at once", async () => {
  let running = 0,
    maxRunning = 0,
    runs = 0;
  const d = new Debouncer(async () => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    runs++;
    await new Promise((r) => setTimeout(r, 30));
    running--;
  }, 20);
  d.poke();
  d.poke();
  d.poke();
  await new Promise((r) => setTimeout(r, 40));
  d.poke();
  void d.runNow();
  await new Promise((r) => setTimeout(r, 150));
  expect(maxRunning).toBe(1);
  expect(runs).toBeGreaterThanOrEqual(2);
  expect(runs).toBeLessThanOrEqual(3);
});

test("runNow resolves only after a run that began after the call, even while one is running", async () => {
  let value = 0;
  let seen = -1;
  const d = new Debouncer(async () => {
    const v = value; // what the run "reads"
    await new Promise((r) => setTimeout(r, 30));
    seen = v;
  }, 1000);
  void d.runNow(); // a run in progress reads value 0
  await new Promise((r) => setTimeout(r, 5));
  value = 1; // the user edits during it
  d.poke(); // the edit's debounced check, not due for a second
  await d.runNow(); // a review asks for a fresh result
  expect(seen).toBe(1);
});
