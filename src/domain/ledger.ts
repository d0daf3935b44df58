/**
 * The fund's ledger across applications, L01–L08 of `shared/domain.md` Part 2: what the board has
 * committed, what has been paid out and repaid, the fund's balance and receivable, what is overdue,
 * the frame check (L07, findings) and the balance projected from the repayment plans — base, and
 * scaled by each unit's realisation so far.
 */
import type { Finding } from "./findings";
import { FindingSink } from "./findings";
import type { FollowUpEvaluation } from "./evaluate-follow-up";
import type { DecisionStatus, NBaselineRow } from "./follow-up-model";
import { formatKr } from "./format";
import type { RuleProfile } from "./profiles";
import { nameKey } from "./vocabulary";

export interface FundLedgerSettings {
  /** The fund's capital and contributions per year (2014: 20 000 000 kr). */
  readonly contributions: readonly { readonly year: number; readonly amount: number }[];
  /** The board's annual frames (L07). */
  readonly frames: readonly { readonly year: number; readonly amount: number }[];
}

export interface LedgerApplication {
  readonly file: string;
  readonly name: string;
  readonly status: DecisionStatus | undefined;
  /** Undefined for an application without a decision block and baseline. */
  readonly followUp: FollowUpEvaluation | undefined;
}

/** One application's contribution to the ledger, per year. */
export interface ApplicationFlows {
  readonly committed: Map<number, number>;
  readonly disbursed: Map<number, number>;
  readonly repaid: Map<number, number>;
  readonly plannedAfter: Map<number, number>;
  readonly scaledAfter: Map<number, number>;
  readonly writtenOff: Map<number, number>;
}

export interface LedgerYear {
  readonly year: number;
  readonly contributions: number;
  readonly frame: number | null;
  /** L01 */ readonly committed: number;
  /** L02 */ readonly disbursed: number;
  /** L03: booked (t ≤ each application's Y) and, apart, planned after Y. */
  readonly repaid: number;
  readonly plannedRepayments: number;
  readonly writtenOff: number;
  /** L04 */ readonly balance: number;
  /** L05 */ readonly receivable: number;
  /** L08: the balance continued with the planned repayments, and with them scaled by realisation. */
  readonly projectedBase: number;
  readonly projectedScaled: number;
}

export interface LedgerRow {
  readonly file: string;
  readonly name: string;
  readonly status: DecisionStatus | undefined;
  readonly granted: number | null;
  readonly disbursed: number;
  readonly repaid: number;
  readonly outstanding: number;
  readonly overdue: number;
  readonly paybackYear: number | null;
}

export interface Ledger {
  readonly years: readonly LedgerYear[];
  readonly applications: readonly LedgerRow[];
  /** L06 */ readonly overdue: number;
  /** L05 at the end of the ledger. */
  readonly receivable: number;
  /** L07 breaches. */
  readonly findings: readonly Finding[];
}

const GRANTED: ReadonlySet<DecisionStatus | undefined> = new Set(["granted", "closed", "writtenOff"]);

const add = (m: Map<number, number>, year: number, amount: number): void => {
  if (amount !== 0) m.set(year, (m.get(year) ?? 0) + amount);
};
const byYear = (rows: readonly { year: number; amount: number }[]): Map<number, number> => {
  const m = new Map<number, number>();
  for (const r of rows) add(m, r.year, r.amount);
  return m;
};
const total = (m: ReadonlyMap<number, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** An application's flows: the grant spread as the baseline's A_t, actuals to Y, the plan after it. */
export function applicationFlows(app: LedgerApplication): ApplicationFlows {
  const flows: ApplicationFlows = {
    committed: new Map(),
    disbursed: new Map(),
    repaid: new Map(),
    plannedAfter: new Map(),
    scaledAfter: new Map(),
    writtenOff: new Map(),
  };
  const fu = app.followUp;
  if (!fu || !GRANTED.has(app.status)) return flows;
  const { rows } = fu.followUp.baseline;
  const y = fu.figures.year;
  const of = (k: NBaselineRow["kind"]) => rows.filter((r) => r.kind === k);
  const asked = byYear([...of("cost"), ...of("coFinancing").map((r) => ({ ...r, amount: -r.amount }))]);
  const sumAsked = total(asked);
  for (const [year, a] of asked) if (sumAsked !== 0) add(flows.committed, year, (fu.figures.granted * a) / sumAsked);
  const actualCost = byYear(fu.followUp.actualCosts);
  const actualCoFin = byYear(fu.followUp.actualCoFinancing);
  const stops = app.status !== "granted"; // closed or written off: nothing paid out or planned after Y
  for (const [year, committed] of flows.committed) {
    if (year > y) {
      if (!stops) add(flows.disbursed, year, committed);
    } else if (!actualCost.has(year)) add(flows.disbursed, year, committed);
  }
  for (const [year, cost] of actualCost) if (year <= y) add(flows.disbursed, year, cost - (actualCoFin.get(year) ?? 0));
  for (const r of fu.followUp.booked) if (r.year <= y) add(flows.repaid, r.year, r.amount);
  const rate = new Map(fu.figures.units.map((u) => [nameKey(u.unit), Math.min(1, u.realisation ?? 1)]));
  if (app.status !== "writtenOff")
    for (const r of of("repayment"))
      if (r.year > y) {
        add(flows.plannedAfter, r.year, r.amount);
        add(flows.scaledAfter, r.year, r.amount * (rate.get(nameKey(r.unit)) ?? 1));
      }
  if (app.status === "writtenOff") {
    const disbursed = [...flows.disbursed].filter(([year]) => year <= y).reduce((a, [, v]) => a + v, 0);
    add(flows.writtenOff, y, disbursed - total(flows.repaid));
  }
  return flows;
}

function ledgerYears(settings: FundLedgerSettings, flows: readonly ApplicationFlows[]): LedgerYear[] {
  const sum = (pick: (f: ApplicationFlows) => Map<number, number>, year: number): number =>
    flows.reduce((a, f) => a + (pick(f).get(year) ?? 0), 0);
  const years = [
    ...settings.contributions.map((c) => c.year),
    ...flows.flatMap((f) => [
      ...f.committed.keys(),
      ...f.disbursed.keys(),
      ...f.repaid.keys(),
      ...f.plannedAfter.keys(),
    ]),
  ];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.min(Math.max(...years), first + 59);
  const out: LedgerYear[] = [];
  let balance = 0;
  let receivable = 0;
  let base = 0;
  let scaled = 0;
  for (let year = first; year <= last; year++) {
    const contributions = settings.contributions.filter((c) => c.year === year).reduce((a, c) => a + c.amount, 0);
    const frame = settings.frames.find((f) => f.year === year)?.amount ?? null;
    const [committed, disbursed, repaid] = [
      sum((f) => f.committed, year),
      sum((f) => f.disbursed, year),
      sum((f) => f.repaid, year),
    ];
    const [plannedRepayments, scaledRepayments] = [sum((f) => f.plannedAfter, year), sum((f) => f.scaledAfter, year)];
    const writtenOff = sum((f) => f.writtenOff, year);
    balance += contributions + repaid - disbursed;
    receivable += disbursed - repaid - writtenOff;
    base += contributions + repaid + plannedRepayments - disbursed;
    scaled += contributions + repaid + scaledRepayments - disbursed;
    out.push({
      year,
      contributions,
      frame,
      committed,
      disbursed,
      repaid,
      plannedRepayments,
      writtenOff,
      balance,
      receivable,
      projectedBase: base,
      projectedScaled: scaled,
    });
  }
  return out;
}

/** L07: every year's commitments within the board's frame, and the balance never below 0. */
function frameCheck(years: readonly LedgerYear[], profile: RuleProfile): Finding[] {
  const sink = new FindingSink(profile);
  const kr = (n: number) => ({ sv: formatKr(n, "sv"), en: formatKr(n, "en") });
  for (const y of years) {
    if (y.frame !== null && y.committed > y.frame + 0.5)
      sink.add(
        "L07",
        {
          sv: `${y.year}: fonden har åtagit sig ${kr(y.committed).sv}, mer än årets ram ${kr(y.frame).sv}.`,
          en: `${y.year}: the fund has committed ${kr(y.committed).en}, more than the year's frame ${kr(y.frame).en}.`,
        },
        [`ledger.${y.year}.committed`],
      );
    if (y.balance < -0.5)
      sink.add(
        "L07",
        {
          sv: `${y.year}: fondens saldo är ${kr(y.balance).sv}; utbetalningarna överstiger kapitalet.`,
          en: `${y.year}: the fund's balance is ${kr(y.balance).en}; payments exceed its capital.`,
        },
        [`ledger.${y.year}.balance`],
      );
  }
  return sink.findings;
}

export function fundLedger(
  settings: FundLedgerSettings,
  apps: readonly LedgerApplication[],
  profile: RuleProfile,
): Ledger {
  const flows = apps.map(applicationFlows);
  const years = ledgerYears(settings, flows);
  const applications = apps.map((app, i): LedgerRow => {
    const f = flows[i]!;
    const u = app.followUp?.figures;
    const granted = GRANTED.has(app.status) && u ? u.granted : null;
    return {
      file: app.file,
      name: app.name,
      status: app.status,
      granted,
      disbursed: total(f.disbursed),
      repaid: total(f.repaid),
      outstanding: granted === null || app.status === "writtenOff" ? 0 : granted - total(f.repaid),
      // Written off: nothing is owed any more, so nothing is overdue.
      overdue: granted === null || app.status === "writtenOff" ? 0 : (u?.U03overdue ?? 0),
      paybackYear: granted === null ? null : (u?.U05 ?? null),
    };
  });
  return {
    years,
    applications,
    overdue: applications.reduce((a, r) => a + r.overdue, 0),
    receivable: years.at(-1)?.receivable ?? 0,
    findings: frameCheck(years, profile),
  };
}
