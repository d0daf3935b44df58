/**
 * Files users make by accident, through the .xlsx reader: a Total row, a sheet-scoped name, a formula
 * saved without its result, absurd numbers, a damaged part, a flood of findings — each a clear finding
 * or message naming its cells, never a raw JavaScript error or a silent wrong number.
 */
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { evaluate } from "../../src/domain";
import { fillFromApplication, planWorkbook } from "../../src/templates";
import { workbookBytes } from "../../src/xlsx/write";
import { COSTS_SHEET, example, loadParts, read, refused, text } from "./example-parts";

beforeAll(loadParts);

describe("what users do by accident", () => {
  test("a table's Total row (Excel: one click) is not data: no R18 for 'Summa' in the year column", () => {
    const table = "xl/tables/table3.xml";
    const sheet = text(COSTS_SHEET).replace(/<c r="A16"[^>]*\/>/, '<c r="A16" t="inlineStr"><is><t>Summa</t></is></c>');
    const v = read(
      example({
        [COSTS_SHEET]: sheet,
        [table]: text(table).replace('ref="A4:D16"', 'ref="A4:D16" totalsRowCount="1"'),
      }),
    );
    expect(v.findings).toEqual([]);
  });

  test("a sheet-scoped name Startar beside the workbook's: the workbook's is read, and the user is told", () => {
    const wb = text("xl/workbook.xml").replace(
      "</definedNames>",
      '<definedName name="Startar" localSheetId="2">Kostnader!$A$5</definedName></definedNames>',
    );
    const v = read(example({ "xl/workbook.xml": wb }));
    expect(v.evaluation.application.period.start).toBe(2018);
    expect(v.findings.map((f) => [f.id, f.severity])).toEqual([["R17", "warning"]]);
    expect(v.findings[0]!.message.en).toMatch(/also exists for the sheet Kostnader; the workbook's Startar is read/);
  });

  test("a formula without a cached result is 'not recalculated', not 'missing'", () => {
    const sheet = text(COSTS_SHEET).replace(/<c r="D5"([^>]*)><v>[^<]*<\/v><\/c>/, '<c r="D5"$1><f>800000</f></c>');
    expect(sheet).not.toEqual(text(COSTS_SHEET));
    const v = read(example({ [COSTS_SHEET]: sheet }));
    // The cost counts for nothing, so the repayments no longer match (R06) — and R17, first, says why on the cell.
    expect(v.findings.map((f) => [f.id, f.cells])).toEqual([
      ["R17", ["Kostnader!D5"]],
      ["R06", expect.any(Array)],
    ]);
    expect(v.findings[0]!.message.en).toMatch(/formula but the file holds no result for it/);
  });

  test("an amount of 1e308 is R17 on its cell; the sums stay finite", () => {
    const app = earlyInterventionExample();
    app.costs[0]!.amount = 1e308;
    app.costs[1]!.amount = 1e308;
    const e = evaluate(app);
    expect(e.findings.filter((f) => f.id === "R17").map((f) => f.refs)).toEqual([
      ["costs[0].amount"],
      ["costs[1].amount"],
    ]);
    expect(Number.isFinite(e.figures.K01)).toBe(true);
  });

  test("not a raw JavaScript error: a damaged part gives a message naming what could not be read", () => {
    const message = refused(example({ "xl/workbook.xml": "<workbook><sheets><sheet name=" }));
    expect(message).toMatch(/cannot be read|damaged/);
  });
});

test("findings are capped at 200 per file, the rest counted", async () => {
  const app = earlyInterventionExample();
  app.costs = Array.from({ length: 300 }, (_, i) => ({ year: 2018, party: "BUP", category: "x", amount: `${i} tkr` }));
  const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(app, "sv")));
  const v = read(bytes);
  expect(v.findings).toHaveLength(200);
  expect(v.moreFindings).toBe(v.counts.error + v.counts.warning + v.counts.info - 200);
  expect(v.counts.error).toBeGreaterThan(300);
});
