/**
 * Follow-up cases on the shipped example, after the board granted it in December 2017: its frozen
 * baseline, and actuals on track or behind; and the example fund of five applications in different
 * states (`sif fund` and examples/fund/; test/domain/follow-up.test.ts and ledger.test.ts work them
 * by hand).
 */
import {
  BASELINE_KINDS,
  baselineFingerprint,
  emptyFollowUp,
  evaluate,
  freezeBaseline,
  type FollowUpInput,
  type NBaselineRow,
} from "../domain";
import { BUP, PRIMARY_CARE, earlyInterventionExample } from "./early-intervention";

export const plan = earlyInterventionExample();
export const planned = (): NBaselineRow[] => {
  const e = evaluate(plan);
  return freezeBaseline(e.application, e.figures);
};

/** A follow-up with the frozen baseline and `actuals`. */
export function followUp(year: number, actuals: Partial<FollowUpInput> = {}, rows = planned()): FollowUpInput {
  return {
    ...emptyFollowUp(),
    decision: { ...emptyFollowUp().decision, status: "beviljad", followUpYear: year, grantedAmount: 3000000 },
    baseline: {
      frozenOn: new Date(Date.UTC(2017, 11, 14)),
      fingerprint: baselineFingerprint(rows),
      rows: rows.map((r) => ({ kind: BASELINE_KINDS[r.kind].sv, year: r.year, unit: r.unit, amount: r.amount })),
    },
    ...actuals,
  };
}

/** Granted, behind at 2021 (the numbers of the comments below). */
export function behind(): FollowUpInput {
  return followUp(2021, {
    // 1 100 000 + 1 300 000 + 1 200 000 = 3 600 000 against 3 400 000: +200 000, 5.9 % (within 10 %).
    actualCosts: [
      { year: 2018, party: BUP, amount: 1100000 },
      { year: 2019, party: BUP, amount: 1300000 },
      { year: 2020, party: BUP, amount: 1200000 },
    ],
    measuredSavings: [
      // BUP: 500 000 + 750 000 + 900 000 = 2 150 000 of 2 600 000 planned to 2021 (82.7 %).
      { year: 2019, unit: BUP, volume: 40, unitCost: 25000, effectShare: 0.5, evidence: "journal" },
      { year: 2020, unit: BUP, volume: 50, unitCost: 25000, effectShare: 0.6, evidence: "journal" },
      { year: 2021, unit: BUP, volume: 60, unitCost: 25000, effectShare: 0.6, evidence: "journal" },
      // Primary care: 150 000 + 150 000 = 300 000 of 400 000 (75 %: below 80 %, F02).
      { year: 2020, unit: PRIMARY_CARE, volume: 150, unitCost: 2000, effectShare: 0.5, evidence: "KPP" },
      { year: 2021, unit: PRIMARY_CARE, volume: 150, unitCost: 2000, effectShare: 0.5, evidence: "KPP" },
    ],
    // BUP booked 800 000 of the 1 000 000 planned for 2021: 200 000 overdue (F04).
    bookedRepayments: [{ year: 2021, unit: BUP, amount: 800000, date: new Date(Date.UTC(2021, 11, 20)) }],
    measurements: [
      { effect: plan.effects[0]!.description, year: 2018, value: 14, target: 12 },
      { effect: plan.effects[0]!.description, year: 2019, value: 12, target: 12 },
      { effect: plan.effects[1]!.description, year: 2018, value: 30, target: 14 },
      { effect: plan.effects[1]!.description, year: 2020, value: 16, target: 14 },
    ],
  });
}

/** On track at 2023: every actual as the baseline, every measurement made, the final report in. */
export function onTrack(): FollowUpInput {
  const rows = planned();
  const amounts = (kind: NBaselineRow["kind"]) => rows.filter((r) => r.kind === kind);
  const input = followUp(2023, {
    actualCosts: amounts("cost").map((r) => ({ year: r.year, party: BUP, amount: r.amount })),
    measuredSavings: amounts("saving").map((r) => ({
      year: r.year,
      unit: r.unit,
      volume: 1,
      unitCost: r.amount,
      effectShare: 1,
      evidence: "utfall",
    })),
    bookedRepayments: amounts("repayment").map((r) => ({ year: r.year, unit: r.unit, amount: r.amount, date: null })),
    measurements: [2018, 2019, 2020].flatMap((year) =>
      plan.effects.map((e) => ({ effect: e.description, year, value: 1, target: 1 })),
    ),
  });
  input.decision.finalReportDone = "Ja";
  return input;
}

/** The fund's five applications (domain.md Part 2 ledger): applied, on track, behind, closed, written off. */
export function fundCases(): { file: string; status: string; input: FollowUpInput | undefined }[] {
  const coFinancing = (input: FollowUpInput): FollowUpInput => ({
    ...input,
    actualCoFinancing: [
      { year: 2018, party: "Karlshamns kommun", amount: 150000 },
      { year: 2019, party: "Karlshamns kommun", amount: 150000 },
      { year: 2020, party: "Karlshamns kommun", amount: 100000 },
    ],
  });
  const withStatus = (input: FollowUpInput, status: string): FollowUpInput => ({
    ...input,
    decision: { ...input.decision, status },
  });
  return [
    { file: "1-ansokt.xlsx", status: "ansökt", input: undefined },
    { file: "2-i-fas.xlsx", status: "beviljad", input: coFinancing(onTrack()) },
    { file: "3-efter-plan.xlsx", status: "beviljad", input: coFinancing(behind()) },
    { file: "4-avslutad.xlsx", status: "avslutad", input: withStatus(coFinancing(onTrack()), "avslutad") },
    { file: "5-avskriven.xlsx", status: "avskriven", input: withStatus(coFinancing(behind()), "avskriven") },
  ];
}
