/**
 * The checklist C01–C19 of `shared/domain.md` ("Ansökan ska innehålla följande"): is each item there?
 * An item is missing when its field or table is empty, incomplete when partly filled (saying which
 * part). Messages are in checklist-messages.ts; none of these throws.
 */
import { partyIndex, reported, type Assessment } from "./assessment";
import { CHECKLIST_MESSAGES as M, REQUIRED_TEXT } from "./checklist-messages";
import type { FieldRef } from "./model";
import type { NormalisedApplication } from "./normalised";
import { inPeriod } from "./placement";
import { nameKey, type Bilingual } from "./vocabulary";
import { TIMELINE_YEARS } from "./years";

/** A required free text (C01, C02, C06, C07, C08, C15). */
const requireText =
  (id: keyof typeof REQUIRED_TEXT, field: keyof NormalisedApplication["text"]): Assessment =>
  (n, _f, sink) => {
    if (n.text[field] === "") sink.add(id, M.missing(REQUIRED_TEXT[id]), [`text.${field}`]);
  };

/** Collects the parts a row lacks: the field refs and their names. */
class Lacks {
  readonly refs: FieldRef[] = [];
  readonly parts: Bilingual[] = [];
  add(ref: FieldRef, part: Bilingual): void {
    this.refs.push(ref);
    this.parts.push(part);
  }
}

const C03: Assessment = (n, _f, sink) => {
  const lacks = new Lacks();
  if (n.text.method === "") lacks.add("text.method", M.C03.method);
  if (n.text.references === "") lacks.add("text.references", M.C03.references);
  if (lacks.parts.length === 0) return;
  sink.add("C03", lacks.parts.length === 2 ? M.C03.both(lacks.parts) : M.C03.one(lacks.parts[0]!), lacks.refs);
};

const C04: Assessment = (n, _f, sink) => {
  if (!n.parties.some((p) => p.kind === "internal")) {
    const refs = n.parties.length > 0 ? n.parties.map((p) => `parties[${p.index}].kind`) : ["parties"];
    sink.add("C04", M.C04.noInternal, refs);
  }
  for (const p of n.parties) {
    if (p.name === "") sink.add("C04", M.C04.noName, [`parties[${p.index}].name`]);
    if (p.kind === undefined) sink.add("C04", M.C04.noKind(p.name), [`parties[${p.index}].kind`]);
    if (p.role === undefined) sink.add("C04", M.C04.noRole(p.name), [`parties[${p.index}].role`]);
  }
};

const C05: Assessment = (n, _f, sink) => {
  if (!n.parties.some((p) => p.kind === "external") && n.text.noExternalParties !== "yes")
    sink.add("C05", M.C05, ["text.noExternalParties", "parties"]);
};

const C09: Assessment = (n, _f, sink) => {
  const { start, end } = n.period;
  if (start !== null && end !== null) {
    if (end < start) sink.add("C09", M.C09.reversed(start, end), ["period.startYear", "period.endYear"]);
    return;
  }
  const refs: FieldRef[] = [];
  if (start === null && !reported(sink, "period.startYear")) refs.push("period.startYear");
  if (end === null && !reported(sink, "period.endYear")) refs.push("period.endYear");
  if (refs.length > 0) sink.add("C09", M.C09.missing, refs);
};

/** C10: a cost for every year of the period, none outside it, total > 0. */
const C10: Assessment = (n, f, sink) => {
  const withAmount = n.costs.filter((c) => c.amount !== null);
  if (withAmount.length === 0) return sink.add("C10", M.C10.missing, ["costs"]);
  const { start, end } = n.period;
  if (start !== null && end !== null && end >= start && end - start < TIMELINE_YEARS) {
    const years = new Set(withAmount.map((c) => c.year));
    const missing: number[] = [];
    for (let y = start; y <= end; y++) if (!years.has(y)) missing.push(y);
    if (missing.length > 0) sink.add("C10", M.C10.yearsWithout(missing), ["costs"]);
  }
  for (const c of n.costs) {
    if (c.year !== null && !inPeriod(n, c.year))
      sink.add("C10", M.C10.outside(c.year, start, end), [`costs[${c.index}].year`]);
  }
  if (f.K01 <= 0) sink.add("C10", M.C10.zero, ["costs"]);
  for (const c of n.costs) {
    const amount = `costs[${c.index}].amount`;
    const year = `costs[${c.index}].year`;
    if (c.amount === null && !reported(sink, amount)) sink.add("C10", M.C10.noAmount, [amount]);
    if (c.year === null && !reported(sink, year)) sink.add("C10", M.C10.noYear, [year]);
  }
};

const C11: Assessment = (n, _f, sink) => {
  if (!n.effects.some((e) => e.description !== "")) sink.add("C11", M.C11, ["effects"]);
};

/** C12–C14: every effect has its year, method and measurement times. */
const effectPart =
  (id: "C12" | "C13" | "C14", field: "expectedYear" | "method" | "times", refField: string): Assessment =>
  (n, _f, sink) => {
    for (const e of n.effects) {
      const ref = `effects[${e.index}].${refField}`;
      const value = e[field];
      if ((value === null || value === "") && !reported(sink, ref))
        sink.add(id, M.effectLacks(e.description, e.index + 1, M.effectPart[id]), [ref]);
    }
  };

const C16: Assessment = (n, _f, sink) => {
  if (!n.savings.some((s) => s.party !== "")) return sink.add("C16", M.C16.missing, ["savings"]);
  const parties = partyIndex(n);
  for (const s of n.savings) {
    const ref = `savings[${s.index}].party`;
    if (s.party === "") sink.add("C16", M.C16.noParty, [ref]);
    else if (!parties.has(nameKey(s.party))) sink.add("C16", M.C16.unknownParty(s.party), [ref]);
  }
};

const C17: Assessment = (n, _f, sink) => {
  if (!n.savings.some((s) => s.amount !== null)) return sink.add("C17", M.C17.missing, ["savings"]);
  for (const s of n.savings) {
    const lacks = new Lacks();
    for (const field of ["year", "volume", "unitCost", "effectShare", "basis"] as const) {
      const ref = `savings[${s.index}].${field}`;
      if ((s[field] === null || s[field] === "") && !reported(sink, ref)) lacks.add(ref, M.C17.parts[field]);
    }
    if (lacks.refs.length > 0) sink.add("C17", M.C17.incomplete(s.party, s.index + 1, lacks.parts), lacks.refs);
  }
};

const C18: Assessment = (n, _f, sink) => {
  if (n.repayments.length === 0) return sink.add("C18", M.C18.missing, ["repayments"]);
  for (const p of n.repayments) {
    const lacks = new Lacks();
    const ref = (field: string): FieldRef => `repayments[${p.index}].${field}`;
    if (p.year === null && sink.profile.params.repaymentNeedsYear && !reported(sink, ref("year")))
      lacks.add(ref("year"), M.C18.parts.year);
    if (p.unit === "") lacks.add(ref("unit"), M.C18.parts.unit);
    if (p.amount === null && !reported(sink, ref("amount"))) lacks.add(ref("amount"), M.C18.parts.amount);
    if (lacks.refs.length > 0) sink.add("C18", M.C18.incomplete(lacks.parts), lacks.refs);
  }
};

const C19: Assessment = (n, _f, sink) => {
  if (n.coFinancing.length === 0 && n.text.noCoFinancing !== "yes")
    sink.add("C19", M.C19, ["text.noCoFinancing", "coFinancing"]);
};

/** The checklist in its order. */
export const CHECKLIST: readonly Assessment[] = [
  requireText("C01", "name"),
  requireText("C02", "description"),
  C03,
  C04,
  C05,
  requireText("C06", "targetGroup"),
  requireText("C07", "identification"),
  requireText("C08", "otherInterventions"),
  C09,
  C10,
  C11,
  effectPart("C12", "expectedYear", "expectedYear"),
  effectPart("C13", "method", "measurementMethod"),
  effectPart("C14", "times", "measurementTimes"),
  requireText("C15", "costReduction"),
  C16,
  C17,
  C18,
  C19,
];
