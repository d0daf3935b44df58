/**
 * Each key figure against a worked example done by hand (the shipped example, r = 3 %, first year
 * 2018), the way greenbook tests its functions against the published worked examples.
 *
 *   year   C_t        F_t      A_t        S_t        S^R_t      P_t        S−C        Σ(S−C)
 *   2018   1 100 000  150 000    950 000          0          0          0  −1 100 000  −1 100 000
 *   2019   1 200 000  150 000  1 050 000    500 000    500 000          0    −700 000  −1 800 000
 *   2020   1 100 000  100 000  1 000 000  1 100 000  1 100 000          0           0  −1 800 000
 *   2021           0        0          0  2 150 000  1 400 000  1 000 000   2 150 000     350 000
 *   2022           0        0          0  2 150 000  1 400 000  1 400 000   2 150 000   2 500 000
 *   2023           0        0          0          0          0    600 000           0   2 500 000
 *
 *   PV(C) = 1 100 000 + 1 200 000/1.03 + 1 100 000/1.03²                     = 3 301 904.04
 *   PV(S) = 500 000/1.03 + 1 100 000/1.03² + 2 150 000/1.03³ + 2 150 000/1.03⁴ = 5 400 094.11
 */
import { computeFigures, evaluate, firstIndexReaching, presentValue, type Application } from "../../src/domain";
import { BUP, MUNICIPALITY } from "../../src/examples/early-intervention";
import { earlyInterventionExample } from "../../src/examples/early-intervention";

const figuresOf = (change: (a: Application) => void = () => {}) => {
  const a = earlyInterventionExample();
  change(a);
  return evaluate(a).figures;
};

describe("the worked example", () => {
  const f = figuresOf();
  test("K01 total cost", () => expect(f.K01).toBe(3_400_000));
  test("K02 co-financing, by party and by type", () => {
    expect(f.K02.total).toBe(400_000);
    expect(f.K02.byParty).toEqual({ [MUNICIPALITY]: 400_000 });
    expect(f.K02.byType).toEqual({ cash: 0, workTime: 400_000, other: 0 });
  });
  test("K03 amount asked", () => expect(f.K03).toBe(3_000_000));
  test("K04 savings, all and region", () => expect(f.K04).toEqual({ all: 5_900_000, region: 4_400_000 }));
  test("K05 net present value", () => expect(f.K05).toBeCloseTo(5_400_094.11 - 3_301_904.04, 1));
  test("K06 benefit–cost ratio", () => expect(f.K06).toBeCloseTo(5_400_094.11 / 3_301_904.04, 6));
  test("K07 payback year, all parties", () => expect(f.K07).toBe(2021));
  test("K08 payback year, the fund", () => expect(f.K08).toBe(2023));
  test("K09 repayment coverage", () => expect(f.K09).toBe(1));
  test("K10 outstanding per year", () => {
    expect(f.K10.slice(0, 7).map((y) => [y.year, y.outstanding])).toEqual([
      [2018, 3_000_000],
      [2019, 3_000_000],
      [2020, 3_000_000],
      [2021, 2_000_000],
      [2022, 600_000],
      [2023, 0],
      [2024, 0],
    ]);
    expect(f.K10).toHaveLength(30);
  });
  test("the per-year view", () => {
    expect(f.timeline[3]).toEqual(
      expect.objectContaining({
        year: 2021,
        t: 3,
        savings: 2_150_000,
        savingsRegion: 1_400_000,
        repayment: 1_000_000,
        cumulativeNet: 350_000,
      }),
    );
  });
});

describe("edge cases", () => {
  test("K06 and K09 are empty when nothing is asked or costs nothing", () => {
    const f = figuresOf((a) => {
      a.costs = [];
      a.coFinancing = [];
    });
    expect(f.K06).toBeNull();
    expect(f.K09).toBeNull();
  });
  test("K07 and K08 are empty when payback never comes", () => {
    const f = figuresOf((a) => {
      a.savings = [];
      a.repayments = a.repayments.slice(0, 1);
    });
    expect(f.K07).toBeNull();
    expect(f.K08).toBeNull();
    expect(f.K09).toBeCloseTo(1 / 3, 10);
  });
  test("savings of an external party are not the region's", () => {
    const f = figuresOf((a) => {
      a.parties[0]!.kind = "Extern part";
    });
    expect(f.K04.region).toBe(600_000);
  });
  test("party names match whatever their case and spacing", () => {
    const f = figuresOf((a) => {
      a.savings[0]!.party = ` ${BUP.toUpperCase()} `;
    });
    expect(f.K04.region).toBe(4_400_000);
  });
  test("rows with unusable values count for nothing, as SUMIFS counts them", () => {
    const f = figuresOf((a) => {
      a.costs[0]!.amount = "åttahundra";
      a.costs[1]!.year = 2018.5;
    });
    expect(f.K01).toBe(3_400_000 - 800_000 - 300_000);
  });
  test("without any year there is no per-year view", () => {
    const f = figuresOf((a) => {
      a.period.startYear = null;
      a.costs = [];
    });
    expect(f.firstYear).toBeNull();
    expect(f.timeline).toEqual([]);
  });
  test("the first year falls back to the earliest cost year", () => {
    expect(
      figuresOf((a) => {
        a.period.startYear = null;
      }).firstYear,
    ).toBe(2018);
  });
  test("a blank discount rate takes the profile's default of 3 %", () => {
    expect(
      figuresOf((a) => {
        a.settings.discountRate = null;
      }).discountRate,
    ).toBe(0.03);
  });
});

describe("building blocks", () => {
  test("presentValue discounts t = 0 not at all (Excel: first + NPV(r, rest))", () => {
    expect(presentValue([100, 110, 121], 0.1)).toBeCloseTo(300, 10);
  });
  test("firstIndexReaching", () => {
    expect(firstIndexReaching([-5, 3, 2, 1], 0)).toBe(2);
    expect(firstIndexReaching([1, 1], 5)).toBe(-1);
  });
  test("computeFigures works on a normalised application", () => {
    expect(computeFigures(evaluate(earlyInterventionExample()).application).K03).toBe(3_000_000);
  });
});
