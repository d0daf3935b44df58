/**
 * Follow-up (domain.md Part 2): the baseline frozen from the shipped example, then actuals reported
 * against it — U01–U05 and F01–F07 worked by hand, and the property that actuals equal to the
 * baseline give none of F02–F05.
 *
 * The example's plan: cost 1 100 000 (2018), 1 200 000 (2019), 1 100 000 (2020); asked 3 000 000.
 * Savings BUP 500 000 / 900 000 / 1 200 000 / 1 200 000 (2019–2022), primary care 200 000 a year
 * 2020–2022, the municipality 750 000 in 2021 and 2022. Repayments BUP 1 000 000 (2021),
 * 1 200 000 (2022), 400 000 (2023); primary care 200 000 in 2022 and 2023.
 */
import fc from "fast-check";
import { createHash } from "node:crypto";
import { baselineFingerprint, evaluateFollowUp, type FollowUpInput, type NBaselineRow } from "../../src/domain";
import { BUP, MUNICIPALITY, PRIMARY_CARE } from "../../src/examples/early-intervention";
import { TODAY, behind, followUp, onTrack, plan, planned } from "../support/follow-up-cases";

const run = (input: FollowUpInput) => evaluateFollowUp(plan, input, { today: TODAY });
const ids = (input: FollowUpInput) => run(input).findings.map((f) => f.id);

test("the baseline freezes cost per year, savings and repayments per unit and year, from the plan", () => {
  const rows = planned();
  const of = (kind: NBaselineRow["kind"]) => rows.filter((r) => r.kind === kind);
  expect(of("cost").map((r) => [r.year, r.amount])).toEqual([
    [2018, 1100000],
    [2019, 1200000],
    [2020, 1100000],
  ]);
  expect(
    of("saving")
      .filter((r) => r.unit === BUP)
      .map((r) => [r.year, r.amount]),
  ).toEqual([
    [2019, 500000],
    [2020, 900000],
    [2021, 1200000],
    [2022, 1200000],
  ]);
  expect(of("saving").filter((r) => r.unit === MUNICIPALITY)).toHaveLength(2);
  expect(of("repayment").reduce((a, r) => a + r.amount, 0)).toBe(3000000);
});

test("the fingerprint is SHA-256 of the values: stable under case, order and spaces; any amount changes it", () => {
  const rows = planned();
  const print = baselineFingerprint(rows);
  expect(print).toMatch(/^[0-9a-f]{64}$/);
  const shuffled = [...rows].reverse().map((r) => ({ ...r, unit: ` ${r.unit.toUpperCase()} ` }));
  expect(baselineFingerprint(shuffled)).toBe(print);
  const edited = rows.map((r, i) => (i === 4 ? { ...r, amount: r.amount + 1 } : r));
  expect(baselineFingerprint(edited)).not.toBe(print);
  // The canonical text, hashed by Node's own SHA-256: another implementation agrees.
  const two: NBaselineRow[] = [
    { kind: "repayment", year: 2021, unit: "BUP ", amount: 1000000 },
    { kind: "cost", year: 2018, unit: "", amount: 1100000.004 },
  ];
  const text = "0|2018||1100000.00\n2|2021|bup|1000000.00";
  expect(baselineFingerprint(two)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
});

test("on track at 2023: actuals equal the plan — U02 = 1, nothing overdue, paid back in 2023, no findings", () => {
  const e = run(onTrack());
  expect(e.findings).toEqual([]);
  expect(e.figures.U01).toEqual({ actual: 3400000, baseline: 3400000, variance: 0, share: 0 });
  expect(e.figures.U02.all).toBe(1);
  expect(e.figures.U03overdue).toBe(0);
  expect(e.figures.U04).toBe(0);
  expect(e.figures.U05).toBe(2023);
});

test("behind at 2021: U01–U05 worked by hand", () => {
  const u = run(behind()).figures;
  expect(u.U01.variance).toBe(200000);
  expect(u.U01.share).toBeCloseTo(200000 / 3400000, 12);
  const bup = u.units.find((x) => x.unit === BUP)!;
  const pc = u.units.find((x) => x.unit === PRIMARY_CARE)!;
  expect(bup.realisation).toBeCloseTo(2150000 / 2600000, 12);
  expect(pc.realisation).toBeCloseTo(0.75, 12);
  expect(u.U02.all).toBeCloseTo((2150000 + 300000) / (2600000 + 400000 + 750000), 12);
  expect(bup.overdue).toBe(200000);
  expect(u.U03overdue).toBe(200000);
  expect(u.U04).toBe(2200000);
  // Still owed per unit: BUP's 2 600 000 planned − 800 000 booked; primary care nothing booked of 400 000.
  expect(u.units.map((x) => [x.unit, x.owes])).toEqual([
    [BUP, 1800000],
    [PRIMARY_CARE, 400000],
    [MUNICIPALITY, 0],
  ]);
  // The plan itself reaches 3 000 000 in 2023 (1 000 000 + 1 400 000 + 600 000).
  expect(u.plannedPayback).toBe(2023);
  // Projected: 800 000 booked, then 2022: 1 200 000 × 0.827 + 200 000 × 0.75, 2023: 400 000 × 0.827 +
  // 150 000 — 2 423 077 in all, never 3 000 000: no payback year.
  expect(u.U05).toBeNull();
});

test("behind at 2021: F01 (due 2020), F02 (primary care, the municipality), F04 (BUP), F06 (no final report)", () => {
  const e = run(behind());
  expect(e.findings.map((f) => [f.id, f.refs])).toEqual([
    ["F01", ["effects[0].measurementTimes"]],
    ["F02", ["measuredSavings[3].volume", "measuredSavings[4].volume"]],
    // The municipality has verified nothing of its 750 000 planned for 2021: the table is where it belongs.
    ["F02", ["measuredSavings"]],
    ["F04", ["bookedRepayments[0].amount"]],
    ["F06", ["decision.finalReportDone"]],
  ]);
  expect(e.findings[0]!.message.sv).toContain("2020");
  expect(e.findings[1]!.message.sv).toContain("300\u00a0000\u00a0kr av planerade 400\u00a0000\u00a0kr (75\u00a0%");
  expect(e.findings[3]!.message.en).toContain("SEK\u00a0200,000 is overdue");
});

test("F03: repaying ahead of verified savings; F05: cost more than 10 % over the baseline", () => {
  const input = behind();
  input.bookedRepayments.push({ year: 2021, unit: PRIMARY_CARE, amount: 400000, date: null });
  input.actualCosts[2]!.amount = 1600000; // 4 000 000 against 3 400 000: +17.6 %
  const e = run(input);
  expect(e.findings.filter((f) => f.id === "F03").map((f) => f.refs)).toEqual([["bookedRepayments[1].amount"]]);
  expect(e.findings.find((f) => f.id === "F03")!.message.sv).toContain("300\u00a0000\u00a0kr");
  expect(e.findings.find((f) => f.id === "F05")!.refs).toEqual([
    "actualCosts[0].amount",
    "actualCosts[1].amount",
    "actualCosts[2].amount",
  ]);
});

test("F07: an edited baseline no longer matches its fingerprint; an unreadable row cannot match either", () => {
  const input = behind();
  expect(ids(input)).not.toContain("F07");
  input.baseline.rows[0]!.amount = 1000000;
  expect(ids(input)).toContain("F07");
  const text = behind();
  text.baseline.rows[1]!.amount = "1,2 mkr";
  expect(ids(text)).toEqual(expect.arrayContaining(["R17", "F07"]));
});

test("the follow-up year defaults to the current year; the granted amount to the plan's K03", () => {
  const input = behind();
  input.decision.followUpYear = null;
  input.decision.grantedAmount = null;
  const u = run(input).figures;
  expect(u.year).toBe(2026);
  expect(u.granted).toBe(3000000);
});

test("property: actuals equal to the baseline (any follow-up year) give none of F02–F05", () => {
  const rows = planned();
  fc.assert(
    fc.property(
      fc.integer({ min: 2017, max: 2030 }),
      fc.double({ min: 0.5, max: 2, noNaN: true }),
      (year, unitCost) => {
        const input = followUp(year, {
          actualCosts: rows
            .filter((r) => r.kind === "cost")
            .map((r) => ({ year: r.year, party: "", amount: r.amount })),
          measuredSavings: rows
            .filter((r) => r.kind === "saving")
            .map((r) => ({
              year: r.year,
              unit: r.unit,
              volume: r.amount / unitCost,
              unitCost,
              effectShare: 1,
              evidence: "",
            })),
          bookedRepayments: rows
            .filter((r) => r.kind === "repayment")
            .map((r) => ({ year: r.year, unit: r.unit, amount: r.amount, date: null })),
        });
        const found = ids(input);
        for (const id of ["F02", "F03", "F04", "F05"] as const) expect(found).not.toContain(id);
      },
    ),
    { numRuns: 100 },
  );
});
