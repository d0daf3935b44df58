/**
 * The fund's ledger (L01–L08, domain.md Part 2) on five applications of the shipped example in
 * different states, worked by hand. Each grants 3 000 000 kr, approved as A_t = 950 000 (2018),
 * 1 050 000 (2019), 1 000 000 (2020); the fund got 20 000 000 kr in 2014.
 */
import { BLEKINGE_2016, evaluateFollowUp, fundLedger, type LedgerApplication } from "../../src/domain";
import { parseWord } from "../../src/domain/vocabulary";
import { DECISION_STATUSES } from "../../src/domain/follow-up-model";
import { TODAY, fundCases, plan } from "../support/follow-up-cases";

const apps: LedgerApplication[] = fundCases().map((c) => ({
  file: c.file,
  name: c.file,
  status: parseWord(DECISION_STATUSES, c.status),
  followUp: c.input && evaluateFollowUp(plan, c.input, { today: TODAY }),
}));
const settings = {
  contributions: [{ year: 2014, amount: 20000000 }],
  frames: [
    { year: 2018, amount: 3500000 },
    { year: 2019, amount: 5000000 },
  ],
};
const ledger = fundLedger(settings, apps, BLEKINGE_2016);
const year = (y: number) => ledger.years.find((x) => x.year === y)!;

test("L01 committed: the grant spread as the approved A_t, for the four granted applications", () => {
  expect(year(2018).committed).toBeCloseTo(4 * 950000, 6);
  expect(year(2019).committed).toBeCloseTo(4 * 1050000, 6);
  expect(year(2014).committed).toBe(0);
});

test("L02/L03: actual cost − co-financing to Y, booked repayments to Y, the plan after Y apart", () => {
  // On track and closed: 950 000 / 1 050 000 / 1 000 000; behind and written off: 950 000 / 1 150 000 / 1 100 000.
  expect(year(2019).disbursed).toBeCloseTo(1050000 * 2 + 1150000 * 2, 6);
  // 2021: on track 1 000 000, closed 1 000 000, behind 800 000, written off 800 000.
  expect(year(2021).repaid).toBeCloseTo(3600000, 6);
  // Behind's plan after 2021: 1 400 000 in 2022 and 600 000 in 2023 (the written-off one has none).
  expect(year(2022).plannedRepayments).toBeCloseTo(1400000, 6);
});

test("L04 balance and L05 receivable, by hand", () => {
  expect(year(2014).balance).toBe(20000000);
  expect(year(2018).balance).toBeCloseTo(16200000, 6);
  expect(year(2020).balance).toBeCloseTo(20000000 - 3800000 - 4400000 - 4200000, 6); // 7 600 000
  expect(year(2021).balance).toBeCloseTo(7600000 + 3600000, 6);
  expect(ledger.years.at(-1)!.year).toBe(2023);
  expect(ledger.years.at(-1)!.balance).toBeCloseTo(11200000 + 2800000 + 1200000, 6); // 15 200 000
  // Paid out 12 400 000, repaid 7 600 000, written off 2 400 000 (3 200 000 − 800 000): 2 400 000 owed.
  expect(ledger.receivable).toBeCloseTo(2400000, 6);
});

test("L06 overdue, L08 projected balance, L07 breaches of the frame", () => {
  expect(ledger.overdue).toBeCloseTo(200000, 6); // behind: BUP's 2021 repayment 200 000 short
  expect(ledger.years.at(-1)!.projectedBase).toBeCloseTo(15200000 + 2000000, 6);
  // Scaled by realisation: BUP 2 150 000 / 2 600 000, primary care 0.75.
  const bup = 2150000 / 2600000;
  const scaled = 1200000 * bup + 200000 * 0.75 + 400000 * bup + 200000 * 0.75;
  expect(ledger.years.at(-1)!.projectedScaled).toBeCloseTo(15200000 + scaled, 4);
  expect(ledger.findings.map((f) => [f.id, f.refs])).toEqual([["L07", ["ledger.2018.committed"]]]);
  expect(ledger.findings[0]!.message.sv).toContain("3\u00a0800\u00a0000\u00a0kr");
});

test("the application rows: the applied one counts nowhere, the written-off one owes nothing", () => {
  expect(ledger.applications.map((a) => [a.file, a.granted, a.outstanding])).toEqual([
    ["1-ansokt.xlsx", null, 0],
    ["2-i-fas.xlsx", 3000000, 0],
    ["3-efter-plan.xlsx", 3000000, 2200000],
    ["4-avslutad.xlsx", 3000000, 0],
    ["5-avskriven.xlsx", 3000000, 0],
  ]);
});
