/**
 * The workbook's key-figure formulas, recalculated by an independent engine (LibreOffice headless),
 * equal the TypeScript engine to 0.01 kr — for the shipped example and for variants that move
 * every figure (another rate, a short plan, no payback, English headers).
 */
import { emptyApplication, evaluate, type Application, type Lang } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { expectAgreement, recalculated } from "./recalculate";

const variants: [string, Lang, (a: Application) => void][] = [
  ["the shipped example", "sv", () => {}],
  ["the example in English", "en", () => {}],
  [
    "3.5 % (Green Book), a short plan and external savings",
    "sv",
    (a) => {
      a.settings.discountRate = 0.035;
      a.repayments.pop();
      a.parties[1]!.kind = "Extern part";
      a.coFinancing[0]!.type = "Kontant";
      a.coFinancing[2]!.type = "Annat";
    },
  ],
  [
    "no payback and nothing repaid",
    "sv",
    (a) => {
      a.savings = a.savings.slice(0, 1);
      a.repayments = [];
    },
  ],
  [
    "the blank template",
    "sv",
    (a) => {
      Object.assign(a, emptyApplication());
    },
  ],
  [
    "bad cells the engine reports",
    "sv",
    (a) => {
      a.costs[0]!.amount = "åttahundra";
      a.savings[1]!.unitCost = "x";
      a.repayments[0]!.year = 2021.5;
      a.settings.discountRate = null;
    },
  ],
];

describe.each(variants)("LibreOffice recalculates %s to the engine's key figures", (_what, lang, change) => {
  test("K01–K10 agree to 0.01 kr", async () => {
    const app = earlyInterventionExample();
    change(app);
    const book = await recalculated(app, lang);
    expectAgreement(book, evaluate(app).figures);
  });
});
