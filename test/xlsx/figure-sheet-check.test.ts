/**
 * The check of a file's key-figures sheet against the engine: a cached result that differs is a
 * finding naming the figure, both values as kronor and the likely cause — unless rows without the
 * table's formulas already explain it (then the rows are the finding, not every figure they move).
 */
import { evaluate } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { FIGURE_NAMES, parseRange, planSheet } from "../../src/templates";
import { checkFigureSheet } from "../../src/xlsx/cached";
import type { FigureSheet } from "../../src/xlsx/file-reader";

const figures = evaluate(earlyInterventionExample()).figures;
const plan = planSheet("figures", "sv");
const k01 = parseRange(plan.names.find((n) => n.name === FIGURE_NAMES.K01)!.range);

/** The template's own formulas, every cached result right except K01's. */
const sheet: FigureSheet = {
  name: "Nyckeltal",
  cell: (r, c) => {
    const cell = plan.cells[r]?.[c];
    if (!cell?.formula) return undefined;
    const value = r === k01.r1 && c === k01.c1 ? 2975000 : { uncalculated: cell.formula };
    return { value, formula: cell.formula.slice(1) };
  },
};

test("a differing cached result names the figure, both values in kronor and the likely cause", () => {
  const found = checkFigureSheet(sheet, figures);
  expect(found).toHaveLength(1);
  expect(found[0]!.cells).toEqual(["Nyckeltal!C5"]);
  expect(found[0]!.message.en).toBe(
    "K01 Total cost in Nyckeltal!C5 shows SEK\u00a02,975,000, but the application's tables give SEK\u00a03,400,000. " +
      "Likely cause: a row added to a table without its formulas, or a file changed or not recalculated outside " +
      "the template.",
  );
});

test("rows without the table's formulas explain the difference: no echo in the key figures", () => {
  expect(checkFigureSheet(sheet, figures, { rowsWithoutFormulas: 2 })).toEqual([]);
});
