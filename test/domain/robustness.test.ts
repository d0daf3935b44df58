/**
 * K11–K17 (domain.md Part 2) against hand-worked and published examples: the SROI chain of
 * deadweight and attribution, a Green Book-style appraisal at 3.5 %, margins of the fund and of each
 * repaying unit on the shipped example, and the properties the definitions promise.
 */
import fc from "fast-check";
import { evaluate, type Application } from "../../src/domain";
import { earlyInterventionExample as shippedExample } from "../../src/examples/early-intervention";
import { delayTolerance, robustFigures, type SavingsAdjustments } from "../../src/domain/robustness";
import { BUP, PRIMARY_CARE } from "../../src/examples/early-intervention";
import { unadjustedExample as earlyInterventionExample } from "./helpers";

/** The example without its own adjustments (or `app`) evaluated, with adjustments set on its normalised rows. */
function robust(adjust: (row: number) => SavingsAdjustments = () => ({}), app = earlyInterventionExample()) {
  const e = evaluate(app);
  e.application.savings.forEach((s, i) => Object.assign(s, adjust(i)));
  return { e, r: robustFigures(e.application, e.figures)! };
}

test("blank adjustments: K11 = K04, K12 = K05, K13 = K06", () => {
  const { e, r } = robust();
  expect(r.K11.all).toBe(e.figures.K04.all);
  expect(r.K11.region).toBe(e.figures.K04.region);
  expect(r.K11.regionCashable).toBe(e.figures.K04.region);
  expect(r.K12).toBeCloseTo(e.figures.K05, 6);
  expect(r.K13).toBeCloseTo(e.figures.K06!, 12);
});

test("the published SROI chain: gross 510 000 × (1 − 0.4) × (1 − 0.3) = 214 200", () => {
  const app = earlyInterventionExample();
  app.savings = [{ party: BUP, year: 2019, volume: 1, unitCost: 510000, effectShare: 1, basis: "SROI" }];
  const { r } = robust(() => ({ deadweight: 0.4, attribution: 0.3 }), app);
  expect(r.K11.all).toBeCloseTo(214200, 6);
});

test("a Green Book-style case at 3.5 %: NPV 268 852.76, BCR 1.07245, K16 = ⌊ln 1.07245 / ln 1.035⌋ = 2", () => {
  const app: Application = earlyInterventionExample();
  app.period = { startYear: 2020, endYear: 2040 };
  app.settings.discountRate = 0.035;
  app.costs = [{ year: 2020, party: BUP, category: "Kapital", amount: 3000000 }];
  app.savings = [];
  app.coFinancing = [];
  for (let y = 2021; y <= 2040; y++) {
    app.costs.push({ year: y, party: BUP, category: "Drift", amount: 50000 });
    app.savings.push({ party: BUP, year: y, volume: 1, unitCost: 280000, effectShare: 1, basis: "nytta" });
  }
  const { r } = robust(() => ({}), app);
  expect(r.K12).toBeCloseTo(268852.76, 1);
  expect(r.K13).toBeCloseTo(1.07245, 5);
  expect(r.K16).toBe(2);
  expect(Math.floor(Math.log(1.07245) / Math.log(1.035))).toBe(2);
});

test("the fund's margin K14 and each unit's K15 on the example, worked by hand", () => {
  // Region's cashable savings 4 400 000 (BUP 3 800 000, primary care 600 000); asked 3 000 000.
  // BUP repays 2 600 000, primary care 400 000.
  const { r } = robust();
  expect(r.K14).toBeCloseTo(1 - 3000000 / 4400000, 12);
  expect(r.K15).toEqual([
    { unit: BUP, margin: expect.closeTo(1 - 2600000 / 3800000, 12) as number },
    { unit: PRIMARY_CARE, margin: expect.closeTo(1 - 400000 / 600000, 12) as number },
  ]);
  // Only half of every saving can be taken out of a budget: the region no longer covers the amount asked.
  const half = robust(() => ({ cashableShare: 0.5 })).r;
  expect(half.K11.regionCashable).toBeCloseTo(2200000, 6);
  expect(half.K14).toBeCloseTo(1 - 3000000 / 2200000, 12);
});

test("K17: the applicant's low effect shares for BUP (0.3) make BUP repay more than it saves", () => {
  const rows = earlyInterventionExample().savings;
  const { r } = robust((i) => (rows[i]!.party === BUP ? { effectShareLow: 0.3, effectShareHigh: 0.7 } : {}));
  // BUP low: (40 + 60 + 80 + 80) × 25 000 × 0.3 = 1 950 000 against 2 600 000 repaid.
  const bupLow = r.K17.low.unitMargins.find((u) => u.unit === BUP)!.margin!;
  expect(bupLow).toBeCloseTo(1 - 2600000 / 1950000, 12);
  expect(r.K17.base.unitMargins).toEqual(r.K15);
  // High: BUP's 3 800 000 becomes 260 × 25 000 × 0.7 = 4 550 000; the other parties' 2 100 000 stay.
  expect(r.K17.high.adjustedSavings).toBeCloseTo(4550000 + 2100000, 6);
});

test("the shipped example's own adjustments, worked by hand", () => {
  const e = evaluate(shippedExample());
  const r = e.robustness!;
  // BUP 3 800 000 × (1 − 0.1) = 3 420 000, cashable × 0.9 = 3 078 000; primary care 600 000 → 540 000, 486 000;
  // the municipality 1 500 000 × (1 − 0.2) × (1 − 0.25) = 900 000 (external: not the region's).
  expect(r.K11.all).toBeCloseTo(3420000 + 540000 + 900000, 6);
  expect(r.K11.region).toBeCloseTo(3420000 + 540000, 6);
  expect(r.K11.regionCashable).toBeCloseTo(3078000 + 486000, 6);
  expect(r.K14).toBeCloseTo(1 - 3000000 / 3564000, 12);
  expect(r.K15.map((u) => u.margin)).toEqual([
    expect.closeTo(1 - 2600000 / 3078000, 12),
    expect.closeTo(1 - 400000 / 486000, 12),
  ]);
  // Low: BUP's 2020–2022 rows at 0.5 instead of 0.6 → (500 000 + 750 000 + 1 000 000 + 1 000 000) × 0.81.
  expect(r.K17.low.unitMargins[0]!.margin).toBeCloseTo(1 - 2600000 / (3250000 * 0.81), 12);
  expect(e.findings).toEqual([]);
});

test("K16: none below a ratio of 1, unlimited at r = 0", () => {
  expect(delayTolerance(0.99, 0.03)).toBeNull();
  expect(delayTolerance(null, 0.03)).toBeNull();
  expect(delayTolerance(1.5, 0)).toBe("unlimited");
  expect(delayTolerance(1.03 ** 4, 0.03)).toBe(4);
});

test("properties: unit costs × m scale K11 by m; K14 ≥ 0 exactly when the cashable savings cover K03", () => {
  const share = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
  fc.assert(
    fc.property(
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.array(fc.record({ deadweight: share, attribution: share, cashableShare: share }), {
        minLength: 9,
        maxLength: 9,
      }),
      (m, adjustments) => {
        const { r } = robust((i) => adjustments[i]!);
        const app = earlyInterventionExample();
        app.savings.forEach((s) => (s.unitCost = (s.unitCost as number) * m));
        const scaled = robust((i) => adjustments[i]!, app).r;
        expect(scaled.K11.all).toBeCloseTo(r.K11.all * m, 3);
        if (r.K14 !== null) expect(r.K14 >= 0).toBe(r.K11.regionCashable >= 3000000);
      },
    ),
    { numRuns: 200 },
  );
});

test("bad adjustments are R17 on their cell: a share outside 0–1, text, a low share above the high", () => {
  const app = earlyInterventionExample();
  Object.assign(app.savings[0]!, { deadweight: 1.5, attribution: "hälften" });
  Object.assign(app.savings[1]!, { effectShareLow: 0.8, effectShareHigh: 0.4 });
  const r17 = evaluate(app).findings.filter((f) => f.id === "R17");
  expect(r17.map((f) => f.refs)).toEqual([
    ["savings[0].deadweight"],
    ["savings[0].attribution"],
    ["savings[1].effectShareLow"],
  ]);
  expect(r17[2]!.message.en).toBe("The low effect share (0.8) is above the high one (0.4).");
});

test("normalised adjustments reach the figures: cashable share 0.5 halves K11 region cashable", () => {
  const app = earlyInterventionExample();
  app.savings.forEach((s) => (s.cashableShare = 0.5));
  const e = evaluate(app);
  expect(robustFigures(e.application, e.figures)!.K11.regionCashable).toBeCloseTo(2200000, 6);
});
