/**
 * The baseline: the approved plan frozen as values at the board's decision — cost and co-financing
 * per year, savings per unit and year, repayments per unit and year — with a fingerprint (SHA-256 of those values), so
 * that follow-up always compares with what was approved and an edit of the baseline is F07.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type { KeyFigures } from "./figures";
import type { BaselineKind, NBaselineRow } from "./follow-up-model";
import type { NormalisedApplication } from "./normalised";
import { nameKey } from "./vocabulary";

const KIND_ORDER: readonly BaselineKind[] = ["cost", "saving", "repayment", "coFinancing"];

/** Σ amount per (unit key, year), the unit spelled as first written, in order of first appearance. */
function byUnitAndYear(
  rows: readonly { year: number | null; unit: string; amount: number | null }[],
  first: number,
  last: number,
): { unit: string; year: number; amount: number }[] {
  const out = new Map<string, { unit: string; year: number; amount: number }>();
  for (const r of rows) {
    if (r.year === null || r.amount === null || r.unit === "" || r.year < first || r.year > last) continue;
    const key = `${nameKey(r.unit)}\u0000${r.year}`;
    const cell = out.get(key) ?? { unit: r.unit, year: r.year, amount: 0 };
    cell.amount += r.amount;
    out.set(key, cell);
  }
  return [...out.values()].sort((a, b) => a.year - b.year);
}

/** The plan's values to freeze (years of the 30-year view; amounts to the öre). */
export function freezeBaseline(n: NormalisedApplication, f: KeyFigures): NBaselineRow[] {
  if (f.firstYear === null) return [];
  const first = f.firstYear;
  const last = f.timeline.at(-1)?.year ?? first;
  const ore = (x: number): number => Math.round(x * 100) / 100;
  const costs: NBaselineRow[] = f.timeline
    .filter((y) => y.cost !== 0)
    .map((y) => ({ kind: "cost", year: y.year, unit: "", amount: ore(y.cost) }));
  const coFinancing: NBaselineRow[] = f.timeline
    .filter((y) => y.coFinancing !== 0)
    .map((y) => ({ kind: "coFinancing", year: y.year, unit: "", amount: ore(y.coFinancing) }));
  const savings = byUnitAndYear(
    n.savings.map((s) => ({ year: s.year, unit: s.party, amount: s.amount })),
    first,
    last,
  ).map((x): NBaselineRow => ({ kind: "saving", ...x, amount: ore(x.amount) }));
  const repayments = byUnitAndYear(n.repayments, first, last).map((x): NBaselineRow => ({
    kind: "repayment",
    ...x,
    amount: ore(x.amount),
  }));
  return [...costs, ...coFinancing, ...savings, ...repayments];
}

/**
 * SHA-256 (hex) of the rows in a canonical text: one line `kind|year|unit|amount` per row, the unit
 * as its name key and the amount to the öre, sorted — so re-typing a name's case, reordering rows or
 * Excel's binary rounding do not change it, and any changed amount, year or unit does.
 */
export function baselineFingerprint(rows: readonly NBaselineRow[]): string {
  const lines = rows
    .map((r) => `${KIND_ORDER.indexOf(r.kind)}|${r.year}|${nameKey(r.unit)}|${r.amount.toFixed(2)}`)
    .sort();
  return bytesToHex(sha256(utf8ToBytes(lines.join("\n"))));
}
