import { BUP, earlyInterventionExample, PRIMARY_CARE } from "../../src/examples/early-intervention";
import { evaluate, type Evaluation, type RobustFigures } from "../../src/domain";
import type { Application } from "../../src/domain/model";
import { robustnessView, sensitivityKeyCell } from "../../src/taskpane/robustness-view-model";

const NBSP = "\u00a0";
const example = (change: (a: Application) => void = () => {}): Evaluation => {
  const app = earlyInterventionExample();
  change(app);
  return evaluate(app);
};
/** The example's evaluation with some robustness figures replaced (the edge cases the example cannot reach). */
const withFigures = (over: Partial<RobustFigures>): Evaluation => {
  const e = example();
  return { ...e, robustness: { ...e.robustness!, ...over } };
};
const texts = (e: Evaluation, lang: "sv" | "en") =>
  robustnessView(e, lang, null).lines.map((l) => (l.unit ? `${l.unit}: ${l.text}` : l.text));

test("the example in Swedish: the margins and the delay in words, the table low to high, a link", () => {
  const v = robustnessView(example(), "sv", "Känslighet!D10");
  expect(v.missing).toBeNull();
  expect(v.lines.map((l) => [l.id, l.tone])).toEqual([
    ["K14", "ok"],
    ["K15", "ok"],
    ["K15", "ok"],
    ["K16", "ok"],
  ]);
  expect(texts(example(), "sv")).toEqual([
    `Regionens realiserbara besparingar kan minska med 16${NBSP}% innan de inte längre täcker sökt belopp.`,
    `${BUP}: de realiserbara besparingarna kan minska med 16${NBSP}% innan de inte längre täcker återföringen.`,
    `${PRIMARY_CARE}: de realiserbara besparingarna kan minska med 18${NBSP}% innan de inte längre täcker ` +
      "återföringen.",
    "Besparingarna kan komma 10 år senare och ändå täcka kostnaderna.",
  ]);
  expect(v.lines[1]!.unit).toBe(BUP);
  expect(v.columns).toEqual(["Låg", "Bas", "Hög"]);
  expect(v.rows.map((r) => [r.id, r.label, ...r.cells.map((c) => c.text)])).toEqual([
    ["K11", "Justerade besparingar, alla parter", ...["4 131 000", "4 860 000", "5 733 000"].map(nb)],
    ["K12", "Justerat nettonuvärde", "488" + NBSP + "702", ...["1 152 364", "1 952 837"].map(nb)],
    ["K14", "Fondens marginal", ...["2 %", "16 %", "28 %"].map(nb)],
    ["K15", `Marginal: ${BUP}`, ...["1 %", "16 %", "28 %"].map(nb)],
    ["K15", `Marginal: ${PRIMARY_CARE}`, ...["9 %", "18 %", "31 %"].map(nb)],
  ]);
  expect(v.rows.flatMap((r) => r.cells).some((c) => c.negative)).toBe(false);
  expect(v.notes).toEqual([]);
  expect(v.link).toEqual({ text: "Visa på bladet Känslighet", cell: "Känslighet!D10" });
});

test("the example in English", () => {
  const v = robustnessView(example(), "en", "Sensitivity!D10");
  expect(texts(example(), "en")).toEqual([
    "The region's cashable savings may fall 16% before they no longer cover the amount asked.",
    `${BUP}: its cashable savings may fall 16% before they no longer cover its repayments.`,
    `${PRIMARY_CARE}: its cashable savings may fall 18% before they no longer cover its repayments.`,
    "The savings may come 10 years later and still cover the costs.",
  ]);
  expect(v.columns).toEqual(["Low", "Base", "High"]);
  expect(v.rows[0]!.label).toBe("Adjusted savings, all parties");
  expect(v.rows[0]!.cells.map((c) => c.text)).toEqual(["4,131,000", "4,860,000", "5,733,000"]);
  expect(v.rows[2]!.cells.map((c) => c.text)).toEqual(["2%", "16%", "28%"]);
  expect(v.rows[3]!.label).toBe(`Margin: ${BUP}`);
  expect(v.link).toEqual({ text: "Show on the Sensitivity sheet", cell: "Sensitivity!D10" });
});

test("a negative margin says how much larger the savings would have to be, in the error colour", () => {
  const e = withFigures({
    K14: -0.18,
    K15: [{ unit: BUP, margin: -0.125 }],
    K17: {
      ...example().robustness!.K17,
      low: { adjustedSavings: 100, adjustedNpv: -2500, fundMargin: -0.3, unitMargins: [{ unit: BUP, margin: -0.4 }] },
    },
  });
  const sv = robustnessView(e, "sv", null);
  expect(sv.lines.map((l) => l.tone)).toEqual(["warning", "warning", "ok"]);
  expect(texts(e, "sv").slice(0, 2)).toEqual([
    `Regionens realiserbara besparingar täcker redan nu inte sökt belopp och skulle behöva vara 18${NBSP}% större.`,
    `${BUP}: de realiserbara besparingarna täcker inte återföringen och skulle behöva vara 13${NBSP}% större.`,
  ]);
  expect(texts(e, "en").slice(0, 2)).toEqual([
    "The region's cashable savings already fall short of the amount asked and would need to be 18% larger.",
    `${BUP}: its cashable savings do not cover its repayments and would need to be 13% larger.`,
  ]);
  const low = sv.rows.map((r) => r.cells[0]!);
  expect(low.map((c) => c.text)).toEqual(["100", "−2" + NBSP + "500", `−30${NBSP}%`, `−40${NBSP}%`]);
  expect(low.map((c) => c.negative)).toEqual([false, true, true, true]);
  expect(robustnessView(e, "en", null).rows[1]!.cells[0]!.text).toBe("−2,500");
});

test("a margin of exactly nothing, and none at all", () => {
  const even = withFigures({ K14: 0, K15: [{ unit: BUP, margin: 0.0001 }] });
  expect(texts(even, "sv").slice(0, 2)).toEqual([
    "Regionens realiserbara besparingar täcker precis sökt belopp och får inte minska alls.",
    `${BUP}: de realiserbara besparingarna täcker precis återföringen och får inte minska alls.`,
  ]);
  expect(texts(even, "en").slice(0, 2)).toEqual([
    "The region's cashable savings just cover the amount asked and may not fall at all.",
    `${BUP}: its cashable savings just cover its repayments and may not fall at all.`,
  ]);
  const none = withFigures({ K14: null, K15: [{ unit: BUP, margin: null }] });
  expect(robustnessView(none, "sv", null).lines.map((l) => l.tone)).toEqual(["warning", "warning", "ok"]);
  expect(texts(none, "sv").slice(0, 2)).toEqual([
    "Regionen har inga realiserbara besparingar som kan täcka sökt belopp.",
    `${BUP}: har inga realiserbara besparingar att återföra ur.`,
  ]);
  expect(texts(none, "en").slice(0, 2)).toEqual([
    "The region has no cashable savings to cover the amount asked.",
    `${BUP}: has no cashable savings to repay from.`,
  ]);
  expect(robustnessView(none, "sv", null).rows[2]!.cells[1]!.text).toBe("16" + NBSP + "%");
  expect(texts(withFigures({ K15: [] }), "en")[1]).toBe("No unit repays under the repayment plan.");
});

test("the delay tolerance: years (one and many), none, no limit at a discount rate of 0, no costs", () => {
  const delay = (over: Partial<RobustFigures>, lang: "sv" | "en") => texts(withFigures(over), lang).at(-1);
  expect(delay({ K16: 1 }, "sv")).toBe("Besparingarna kan komma 1 år senare och ändå täcka kostnaderna.");
  expect(delay({ K16: 1 }, "en")).toBe("The savings may come 1 year later and still cover the costs.");
  expect(delay({ K16: 0 }, "sv")).toBe(
    "Besparingarna täcker kostnaderna men tål ingen försening: ett år senare räcker de inte.",
  );
  expect(delay({ K16: 0 }, "en")).toBe(
    "The savings cover the costs but tolerate no delay: a year later they fall short.",
  );
  expect(delay({ K16: null, K13: 0.85 }, "sv")).toBe(
    "Besparingarna täcker inte kostnaderna ens i tid (kvot 0,85, under 1).",
  );
  expect(delay({ K16: null, K13: 0.85 }, "en")).toBe(
    "The savings do not cover the costs even on time (ratio 0.85, below 1).",
  );
  expect(delay({ K16: null, K13: null }, "en")).toBe("There are no costs to cover, so there is no delay to measure.");
  // The real thing: a discount rate of 0 in the fund settings.
  const free = example((a) => {
    a.settings.discountRate = 0;
  });
  expect(free.robustness!.K16).toBe("unlimited");
  expect(texts(free, "sv").at(-1)).toBe(
    "Besparingarna kan komma hur sent som helst och ändå täcka kostnaderna: ingen gräns (diskonteringsränta 0).",
  );
  expect(texts(free, "en").at(-1)).toBe(
    "The savings may come any number of years later and still cover the costs: no limit (discount rate 0).",
  );
});

test("no first year: the card asks for a period or costs first, and shows nothing else", () => {
  const e = example((a) => {
    a.period = { startYear: null, endYear: null };
    a.costs = [];
  });
  expect(e.robustness).toBeNull();
  const sv = robustnessView(e, "sv", "Känslighet!D10");
  expect(sv.missing).toBe("Ange först projektperioden eller kostnaderna per år: nyckeltalen behöver ett första år.");
  expect([sv.lines, sv.rows, sv.notes, sv.link]).toEqual([[], [], [], null]);
  expect(robustnessView(e, "en", null).missing).toBe(
    "Enter the project period or the costs per year first: the figures need a first year.",
  );
});

test("blank adjustments and blank low/high shares are noted", () => {
  const blank = example((a) => {
    for (const s of a.savings)
      Object.assign(s, {
        deadweight: null,
        attribution: null,
        cashableShare: null,
        effectShareLow: null,
        effectShareHigh: null,
      });
  });
  expect(blank.robustness!.K11.all).toBe(blank.figures.K04.all);
  expect(robustnessView(blank, "sv", null).notes).toEqual([
    "Inga justeringar angivna (dödvikt, tillskrivning, realiserbar andel, optimism): siffrorna är ojusterade.",
    "Inga låga eller höga effektandelar angivna: låg, bas och hög är lika.",
  ]);
  expect(robustnessView(blank, "en", null).notes).toEqual([
    "No adjustments given (deadweight, attribution, cashable share, optimism bias): the figures are unadjusted.",
    "No low or high effect shares given: low, base and high are the same.",
  ]);
  // An optimism bias is an adjustment: only the scenarios note remains.
  const biased = example((a) => {
    for (const s of a.savings) Object.assign(s, { deadweight: null, attribution: null, cashableShare: null });
    a.settings.optimismBiasSavings = 0.1;
  });
  expect(robustnessView(biased, "en", null).notes).toEqual([]);
});

test("the Känslighet sheet's key cell comes from its K14 name; no name or a broken one, no link", () => {
  const grid = (sheet: string, address: string) => ({ sheet, address, values: [[0.16]] });
  expect(sensitivityKeyCell({ tables: {}, names: { Kanslighet_K14: grid("Känslighet", "D10") } })).toBe(
    "Känslighet!D10",
  );
  expect(sensitivityKeyCell({ tables: {}, names: { Kanslighet_K14: grid("Min känslighet", "D10:D10") } })).toBe(
    "'Min känslighet'!D10",
  );
  expect(sensitivityKeyCell({ tables: {}, names: {} })).toBeNull();
  expect(sensitivityKeyCell({ tables: {}, names: { Kanslighet_K14: { error: "#REF!" } } })).toBeNull();
  const v = robustnessView(example(), "sv", "'Min känslighet'!D10");
  expect(v.link).toEqual({ text: "Visa på bladet Min känslighet", cell: "'Min känslighet'!D10" });
});

function nb(s: string): string {
  return s.replace(/ /g, NBSP);
}
