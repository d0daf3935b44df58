/**
 * R18, the place of a year: costs and co-financing only inside the period; savings, repayments and
 * expected effects not before the first year and not past the per-year view.
 */
import type { FindingSink } from "./findings";
import type { FieldRef } from "./model";
import type { NormalisedApplication } from "./normalised";
import { TIMELINE_YEARS } from "./years";

/** The period as far as it is known: a missing start or end bounds nothing. */
export const inPeriod = (n: NormalisedApplication, year: number): boolean =>
  (n.period.start === null || year >= n.period.start) && (n.period.end === null || year <= n.period.end);

export function checkYearsInPlace(n: NormalisedApplication, sink: FindingSink): void {
  const first = n.firstYear;
  if (first === null) return;
  const last = first + TIMELINE_YEARS - 1;
  const outside = (ref: FieldRef, year: number, sv: string, en: string): void =>
    sink.add("R18", { sv: `År ${year}: ${sv}`, en: `Year ${year}: ${en}` }, [ref]);

  for (const c of n.costs) {
    if (c.year !== null && !inPeriod(n, c.year))
      outside(
        `costs[${c.index}].year`,
        c.year,
        "kostnader får bara ligga inom tidsperioden.",
        "costs may only lie within the period.",
      );
  }
  for (const c of n.coFinancing) {
    if (c.year !== null && !inPeriod(n, c.year)) {
      const ref = `coFinancing[${c.index}].year`;
      outside(
        ref,
        c.year,
        "medfinansiering får bara ligga inom tidsperioden.",
        "co-financing may only lie within the period.",
      );
    }
  }
  const notBeforeOrBeyond = (ref: FieldRef, year: number | null): void => {
    if (year === null) return;
    if (year < first)
      outside(ref, year, `före tidsperiodens början (${first}).`, `before the period begins (${first}).`);
    else if (year > last)
      outside(ref, year, `efter sista året som beräknas (${last}).`, `after the last year computed (${last}).`);
  };
  for (const s of n.savings) notBeforeOrBeyond(`savings[${s.index}].year`, s.year);
  for (const p of n.repayments) notBeforeOrBeyond(`repayments[${p.index}].year`, p.year);
  for (const e of n.effects) notBeforeOrBeyond(`effects[${e.index}].expectedYear`, e.expectedYear);
}
