/**
 * The follow-up's raw cells → typed values, with R17/R18 on every cell that cannot be read (as the
 * application's normalise.ts does). Rows missing a year, unit or amount count for nothing.
 */
import { CellReader, isBlank } from "./coerce";
import type { FindingSink } from "./findings";
import {
  BASELINE_KINDS,
  DECISION_STATUSES,
  type FollowUpInput,
  type NAmount,
  type NBaselineRow,
  type NormalisedFollowUp,
} from "./follow-up-model";
import { quote } from "./format";
import type { RawValue } from "./model";
import { filledRows } from "./normalise";
import { parseWord } from "./vocabulary";

type Amounts = readonly { year: RawValue; amount: RawValue; unit?: RawValue; party?: RawValue }[];

function amounts(r: CellReader, list: Amounts, path: string, unitField: "unit" | "party"): NAmount[] {
  const out: NAmount[] = [];
  for (const { row, index } of filledRows(list)) {
    const ref = `${path}[${index}]`;
    const year = r.year(row.year, `${ref}.year`);
    const unit = r.text(row[unitField], `${ref}.${unitField}`);
    const amount = r.number(row.amount, `${ref}.amount`);
    if (year !== null && amount !== null) out.push({ year, unit, amount, ref: `${ref}.amount` });
  }
  return out;
}

function verified(r: CellReader, list: FollowUpInput["measuredSavings"]): NAmount[] {
  const out: NAmount[] = [];
  for (const { row, index } of filledRows(list)) {
    const ref = `measuredSavings[${index}]`;
    const year = r.year(row.year, `${ref}.year`);
    const unit = r.text(row.unit, `${ref}.unit`);
    const volume = r.number(row.volume, `${ref}.volume`);
    const unitCost = r.number(row.unitCost, `${ref}.unitCost`);
    const share = r.number(row.effectShare, `${ref}.effectShare`, 1);
    if (year !== null && volume !== null && unitCost !== null && share !== null)
      out.push({ year, unit, amount: volume * unitCost * share, ref: `${ref}.volume` });
  }
  return out;
}

function baselineRows(r: CellReader, list: FollowUpInput["baseline"]["rows"]) {
  const rows: NBaselineRow[] = [];
  let unreadable = 0;
  for (const { row, index } of filledRows(list)) {
    const ref = `baseline.rows[${index}]`;
    const kind = parseWord(BASELINE_KINDS, row.kind);
    if (kind === undefined)
      r.r17(`${ref}.kind`, `"${quote(row.kind)}" är inget slag i baslinjen.`, `"${quote(row.kind)}" is no kind.`);
    const year = r.year(row.year, `${ref}.year`);
    const amount = r.number(row.amount, `${ref}.amount`);
    const unit = r.text(row.unit, `${ref}.unit`);
    if (kind === undefined || year === null || amount === null) unreadable += 1;
    else rows.push({ kind, year, unit, amount });
  }
  return { rows, unreadable };
}

export function normaliseFollowUp(input: FollowUpInput, sink: FindingSink): NormalisedFollowUp {
  const r = new CellReader(sink);
  const d = input.decision;
  const status = parseWord(DECISION_STATUSES, d.status);
  if (status === undefined && !isBlank(d.status))
    r.r17("decision.status", `Okänd status "${quote(d.status)}".`, `Unknown status "${quote(d.status)}".`);
  const { rows, unreadable } = baselineRows(r, input.baseline.rows);
  return {
    decision: {
      date: r.date(d.decisionDate),
      reference: r.text(d.reference, "decision.reference"),
      granted: r.number(d.grantedAmount, "decision.grantedAmount"),
      status,
      year: r.year(d.followUpYear, "decision.followUpYear"),
      finalReportDone: r.yesNo(d.finalReportDone, "decision.finalReportDone") === "yes",
    },
    baseline: {
      frozenOn: r.date(input.baseline.frozenOn),
      fingerprint: r.text(input.baseline.fingerprint, "baseline.fingerprint").toLowerCase(),
      rows,
      unreadable,
    },
    actualCosts: amounts(r, input.actualCosts, "actualCosts", "party"),
    actualCoFinancing: amounts(r, input.actualCoFinancing, "actualCoFinancing", "party"),
    verifiedSavings: verified(r, input.measuredSavings),
    booked: amounts(r, input.bookedRepayments, "bookedRepayments", "unit"),
    measurements: filledRows(input.measurements).flatMap(({ row, index }) => {
      const effect = r.text(row.effect, `measurements[${index}].effect`);
      const year = r.year(row.year, `measurements[${index}].year`);
      return year === null || effect === "" ? [] : [{ effect, year, ref: `measurements[${index}].year` }];
    }),
  };
}
