/**
 * The follow-up read back from a workbook (the .xlsx reader and the shared parser) gives the same
 * figures and findings as the engine on the follow-up itself, with the cells of the findings; a
 * workbook without follow-up sheets has no follow-up, and one with a deleted name is told so.
 */
import { evaluateFollowUp } from "../../src/domain";
import {
  fillFromApplication,
  fillFromFollowUp,
  planFollowUp,
  planWorkbook,
  planFreeze,
  reviewFollowUp,
  type WorkbookGrids,
} from "../../src/templates";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { workbookBytes } from "../../src/xlsx/write";
import { TODAY, behind, plan } from "../support/follow-up-cases";

async function gridsOf(withFollowUp: boolean): Promise<WorkbookGrids> {
  const sheets = [
    ...planWorkbook("sv", fillFromApplication(plan, "sv")),
    ...(withFollowUp ? planFollowUp("sv", fillFromFollowUp(behind(), "sv")) : []),
  ];
  return readApplicationBytes(await workbookBytes(sheets), "uppfoljning.xlsx").grids;
}

test("an application without follow-up sheets has no follow-up", async () => {
  expect(reviewFollowUp(await gridsOf(false), { today: TODAY })).toBeUndefined();
});

test("the follow-up read from the file equals the engine on it, findings with their cells", async () => {
  const review = reviewFollowUp(await gridsOf(true), { today: TODAY })!;
  const direct = evaluateFollowUp(plan, behind(), { today: TODAY });
  expect(review.evaluation.figures).toEqual(direct.figures);
  expect(review.findings.map((f) => [f.id, f.cells])).toEqual([
    ["F01", ["Effekter!D5"]],
    ["F02", ["Mätningar!C8", "Mätningar!C9"]],
    ["F02", ["Mätningar!A4:G12"]],
    ["F04", ["Utfall!K5"]],
    ["F06", ["Beslut!B9"]],
  ]);
});

test("a follow-up whose baseline fingerprint name was deleted is told so (F07), not read as unfrozen", async () => {
  const grids = await gridsOf(true);
  const names = { ...grids.names };
  delete names["Baslinje_fingeravtryck"];
  const review = reviewFollowUp({ ...grids, names }, { today: TODAY })!;
  expect(review.findings.filter((f) => f.id === "F07").map((f) => f.message.en)).toEqual([
    expect.stringContaining("Baslinje_fingeravtryck"),
    expect.stringContaining("no longer match their fingerprint"),
  ]);
});

describe("freezing the baseline", () => {
  async function blankFollowUp(lang: "sv" | "en" = "sv"): Promise<WorkbookGrids> {
    const sheets = [...planWorkbook(lang, fillFromApplication(plan, lang)), ...planFollowUp(lang)];
    return readApplicationBytes(await workbookBytes(sheets), "ny.xlsx").grids;
  }

  test("gives the plan's values in the workbook's language, and a fingerprint that then matches (no F07)", async () => {
    for (const lang of ["sv", "en"] as const) {
      const p = planFreeze(await blankFollowUp(lang), TODAY);
      if (!p.ok) throw new Error(p.message.en);
      expect(p.lang).toBe(lang);
      expect(p.rows[0]).toEqual([lang === "sv" ? "Kostnad" : "Cost", 2018, "", 1100000]);
      expect(p.rows.filter((r) => r[0] === (lang === "sv" ? "Återföring" : "Repayment"))).toHaveLength(5);
      const input = { ...behind(), baseline: { frozenOn: p.date, fingerprint: p.fingerprint, rows: [] as never[] } };
      input.baseline.rows = p.rows.map(([kind, year, unit, amount]) => ({ kind, year, unit, amount })) as never[];
      expect(evaluateFollowUp(plan, input, { today: TODAY }).findings.map((f) => f.id)).not.toContain("F07");
    }
  });

  test("refuses without follow-up sheets, and never overwrites a frozen baseline", async () => {
    expect(planFreeze(await gridsOf(false), TODAY)).toMatchObject({ ok: false, reason: "noFollowUp" });
    expect(planFreeze(await gridsOf(true), TODAY)).toMatchObject({ ok: false, reason: "alreadyFrozen" });
  });
});
