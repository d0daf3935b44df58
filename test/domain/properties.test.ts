/** Properties that must hold for every application, checked on random ones with fast-check. */
import fc from "fast-check";
import { evaluate, presentValue, emptyApplication, type Application, type RawValue } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double(),
  fc.integer({ min: -10, max: 3000 }),
  fc.integer({ min: 2010, max: 2040 }),
  fc.string(),
  fc.constantFrom(
    "Ja",
    "Nej",
    "Intern (regionen)",
    "Extern part",
    "Huvudansvarig",
    "Delaktig",
    "Kontant",
    "Annat",
    "#REF!",
  ),
  fc.boolean(),
  fc.date(),
  fc.constantFrom({ error: "#REF!" }, { error: "#VALUE!" }, { error: "#DIV/0!" }),
);

const row = <K extends string>(keys: readonly K[]) => {
  const fields = Object.fromEntries(keys.map((k) => [k, rawValue])) as Record<K, fc.Arbitrary<RawValue>>;
  return fc.record(fields);
};

const randomApplication: fc.Arbitrary<Application> = fc.record({
  text: row(Object.keys(emptyApplication().text) as (keyof Application["text"])[]),
  period: row(["startYear", "endYear"] as const),
  parties: fc.array(row(["name", "kind", "role"] as const), { maxLength: 5 }),
  costs: fc.array(row(["year", "party", "category", "amount"] as const), { maxLength: 8 }),
  coFinancing: fc.array(row(["party", "type", "description", "year", "amount"] as const), { maxLength: 5 }),
  savings: fc.array(
    row([
      "party",
      "year",
      "volume",
      "unitCost",
      "effectShare",
      "basis",
      "deadweight",
      "attribution",
      "cashableShare",
      "effectShareLow",
      "effectShareHigh",
    ] as const),
    { maxLength: 8 },
  ),
  effects: fc.array(row(["description", "expectedYear", "measurementMethod", "measurementTimes"] as const), {
    maxLength: 4,
  }),
  repayments: fc.array(row(["year", "unit", "amount"] as const), { maxLength: 6 }),
  endorsements: fc.array(row(["party", "name", "title", "date"] as const), { maxLength: 4 }),
  settings: fc.record({
    profile: rawValue,
    discountRate: rawValue,
    repaymentHorizonYears: rawValue,
    optimismBiasSavings: rawValue,
    optimismBiasCosts: rawValue,
    annualFrames: fc.array(row(["year", "amount"] as const), { maxLength: 3 }),
  }),
}) as fc.Arbitrary<Application>;

test("random applications never make the engine throw, and every finding is well formed", () => {
  fc.assert(
    fc.property(randomApplication, (app) => {
      const e = evaluate(app);
      for (const f of e.findings) {
        expect(f.message.sv.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
        expect(f.refs.length).toBeGreaterThan(0);
      }
      for (const k of [e.figures.K01, e.figures.K03, e.figures.K05]) expect(Number.isNaN(k)).toBe(false);
      const r = e.robustness;
      if (r) for (const k of [r.K11.all, r.K11.regionCashable, r.K12]) expect(Number.isFinite(k)).toBe(true);
    }),
    { numRuns: 500 },
  );
});

test("K14 ≥ 0 exactly when there is no R21 (minimum margin 0), whatever the cashable shares", () => {
  fc.assert(
    fc.property(
      fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { minLength: 9, maxLength: 9 }),
      fc.double({ min: 0, max: 0.6, noNaN: true }),
      (shares, bias) => {
        const app = earlyInterventionExample();
        app.savings.forEach((s, i) => (s.cashableShare = shares[i]!));
        app.settings.optimismBiasSavings = bias;
        const e = evaluate(app);
        const r21 = e.findings.some((f) => f.id === "R21");
        expect(r21).toBe(!(e.robustness!.K14 !== null && e.robustness!.K14 >= 0));
      },
    ),
    { numRuns: 300 },
  );
});

test("optimism bias: savings cut by OB_S, costs raised by OB_C; outside 0–1 is R17 and the default applies", () => {
  const plain = evaluate(earlyInterventionExample()).robustness!;
  const app = earlyInterventionExample();
  app.settings.optimismBiasSavings = 0.2;
  const cut = evaluate(app).robustness!;
  expect(cut.K11.all).toBeCloseTo(plain.K11.all * 0.8, 6);
  expect(cut.K11.regionCashable).toBeCloseTo(plain.K11.regionCashable * 0.8, 6);
  app.settings.optimismBiasSavings = null;
  app.settings.optimismBiasCosts = 0.5;
  const dearer = evaluate(app).robustness!;
  expect(dearer.K13).toBeCloseTo(plain.K13! / 1.5, 9);
  expect(dearer.K11.all).toBe(plain.K11.all);
  app.settings.optimismBiasCosts = 1.5;
  const bad = evaluate(app);
  expect(bad.findings.filter((f) => f.id === "R17").map((f) => f.refs)).toEqual([["settings.optimismBiasCosts"]]);
  expect(bad.robustness!.K13).toBe(plain.K13);
});

test("NPV at r = 0 equals the plain sum", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -1e7, max: 1e7 }), { maxLength: 30 }), (series) => {
      expect(presentValue(series, 0)).toBe(series.reduce((a, b) => a + b, 0));
    }),
  );
});

test("K05 at r = 0 is total savings minus total cost", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 3, maxLength: 3 }), (costs) => {
      const app = earlyInterventionExample();
      app.settings.discountRate = 0;
      costs.forEach((amount, i) => {
        app.costs[i]!.amount = amount;
      });
      const f = evaluate(app).figures;
      expect(f.K05).toBeCloseTo(f.K04.all - f.K01, 6);
    }),
  );
});

test("a plan whose repayments equal the amount asked never gets R06", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 3, maxLength: 3 }),
      fc.array(fc.tuple(fc.integer({ min: 2018, max: 2030 }), fc.integer({ min: 1, max: 100 })), {
        minLength: 1,
        maxLength: 6,
      }),
      (costs, plan) => {
        const app = earlyInterventionExample();
        costs.forEach((amount, i) => {
          app.costs[i]!.amount = amount;
        });
        const asked = evaluate(app).figures.K03;
        // Split the amount asked over the plan by weight, the last row taking the rounding rest.
        const weights = plan.reduce((a, [, w]) => a + w, 0);
        let left = asked;
        app.repayments = plan.map(([year, w], i) => {
          const amount = i === plan.length - 1 ? left : Math.round((asked * w) / weights);
          left -= amount;
          return { year, unit: "Barn- och ungdomspsykiatrin", amount };
        });
        expect(evaluate(app).findings.map((f) => f.id)).not.toContain("R06");
      },
    ),
  );
});

test("the amount asked is always cost minus co-financing", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3, maxLength: 3 }), (cofin) => {
      const app = earlyInterventionExample();
      cofin.forEach((amount, i) => {
        app.coFinancing[i]!.amount = amount;
      });
      const f = evaluate(app).figures;
      expect(f.K03).toBe(f.K01 - f.K02.total);
    }),
  );
});
