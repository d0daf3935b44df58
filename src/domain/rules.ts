/**
 * The rules R01–R16 of `shared/domain.md`: what goes beyond presence (R17/R18 are found while
 * normalising). Messages are in rule-messages.ts; none of these throws.
 */
import { TOLERANCE_KR, kr, partyIndex, repayingUnits, type Assessment } from "./assessment";
import { sum } from "./figures";
import type { FieldRef } from "./model";
import { RULE_MESSAGES as M } from "./rule-messages";
import { CO_FINANCING_TYPES, labels, nameKey, type Bilingual } from "./vocabulary";

const R01: Assessment = (n, _f, sink) => {
  const named = [...partyIndex(n).values()];
  const internal = named.filter((p) => p.kind === "internal").length;
  const external = named.filter((p) => p.kind === "external").length;
  const principals = sink.profile.params.requireExternalParty;
  const ok = principals ? internal >= 1 && external >= 1 : internal >= 2 || (internal >= 1 && external >= 1);
  if (!ok) sink.add("R01", (principals ? M.R01.principals : M.R01.parties)(internal, external), ["parties"]);
};

const R02: Assessment = (n, _f, sink) => {
  const leads = n.parties.filter((p) => p.role === "lead");
  if (leads.length !== 1)
    sink.add(
      "R02",
      M.R02.count(leads.length),
      leads.length > 0 ? leads.map((p) => `parties[${p.index}].role`) : ["parties"],
    );
  for (const p of leads.filter((l) => l.kind === "external"))
    sink.add("R02", M.R02.external(p.name), [`parties[${p.index}].role`, `parties[${p.index}].kind`]);
};

/** R03: every party has an endorsement with a name and a date (the first complete row counts). */
const R03: Assessment = (n, _f, sink) => {
  for (const p of partyIndex(n).values()) {
    const rows = n.endorsements.filter((e) => nameKey(e.party) === p.key);
    if (rows.some((e) => e.name !== "" && e.date !== null)) continue;
    const row = rows[0];
    if (row === undefined) {
      sink.add("R03", M.R03.none(p.name), [`parties[${p.index}].name`, "endorsements"]);
      continue;
    }
    const refs: FieldRef[] = [];
    if (row.name === "") refs.push(`endorsements[${row.index}].name`);
    if (row.date === null) refs.push(`endorsements[${row.index}].date`);
    sink.add("R03", M.R03.lacks(p.name, row.name === "", row.date === null, row.dateText), refs);
  }
};

const R04: Assessment = (n, _f, sink) => {
  if (n.text.preventive === "no") return sink.add("R04", M.R04.notPreventive, ["text.preventive"]);
  const refs: FieldRef[] = [];
  if (n.text.preventive !== "yes") refs.push("text.preventive");
  if (n.text.preventiveJustification === "") refs.push("text.preventiveJustification");
  if (refs.length > 0) sink.add("R04", M.R04.unstated, refs);
};

const R05: Assessment = (n, _f, sink) => {
  if (n.text.childrenAndYoungPeople !== "yes") sink.add("R05", M.R05, ["text.childrenAndYoungPeople"]);
};

/** R06: repayments equal the amount asked, ±1 kr as the rule says. */
const R06: Assessment = (n, f, sink) => {
  const repaid = sum(f.timeline.map((y) => y.repayment));
  if (Math.abs(repaid - f.K03) <= 1) return;
  const refs = n.repayments.length > 0 ? n.repayments.map((p) => `repayments[${p.index}].amount`) : ["repayments"];
  sink.add("R06", M.R06(kr(repaid), kr(f.K03), kr(repaid - f.K03)), refs);
};

const R07: Assessment = (n, _f, sink) => {
  const parties = partyIndex(n);
  for (const p of n.repayments.filter((r) => r.unit !== "")) {
    const party = parties.get(nameKey(p.unit));
    const ref = [`repayments[${p.index}].unit`];
    if (party === undefined) sink.add("R07", M.R07.unknown(p.unit), ref);
    else if (party.kind !== "internal") sink.add("R07", M.R07.notInternal(p.unit), ref);
  }
};

const R08: Assessment = (n, f, sink) => {
  for (const u of repayingUnits(n, f)) {
    const saved = sum(u.saving);
    const repaid = sum(u.repay);
    if (repaid > saved + TOLERANCE_KR) sink.add("R08", M.R08(u.label, kr(repaid), kr(saved)), u.refs);
  }
};

/** R09: year by year, no unit's cumulative repayment runs ahead of its cumulative savings. */
const R09: Assessment = (n, f, sink) => {
  for (const u of repayingUnits(n, f)) {
    let saved = 0;
    let repaid = 0;
    for (let t = 0; t < u.repay.length; t++) {
      saved += u.saving[t] ?? 0;
      repaid += u.repay[t] ?? 0;
      if (repaid > saved + TOLERANCE_KR) {
        sink.add("R09", M.R09(u.label, f.firstYear! + t, kr(repaid), kr(saved)), u.refs);
        break;
      }
    }
  }
};

const R10: Assessment = (n, f, sink) => {
  if (f.K04.region + TOLERANCE_KR >= f.K03) return;
  const refs = n.savings.length > 0 ? n.savings.map((s) => `savings[${s.index}].party`) : ["savings"];
  sink.add("R10", M.R10(kr(f.K04.region), kr(f.K03)), refs);
};

const R11: Assessment = (n, _f, sink) => {
  if (n.period.end === null) return;
  const horizon = n.settings.repaymentHorizonYears;
  const limit = n.period.end + horizon;
  for (const p of n.repayments)
    if (p.year !== null && p.year > limit)
      sink.add("R11", M.R11(p.year, horizon, limit), [`repayments[${p.index}].year`]);
};

const R12: Assessment = (n, _f, sink) => {
  if (n.coFinancing.length > 0 && n.text.coFinancingPrinciples === "")
    sink.add("R12", M.R12, ["text.coFinancingPrinciples"]);
};

const R13: Assessment = (n, _f, sink) => {
  const parties = partyIndex(n);
  const external = (party: string): boolean => parties.get(nameKey(party))?.kind === "external";
  if (!n.coFinancing.some((c) => external(c.party) && (c.amount ?? 0) > 0)) sink.add("R13", M.R13, ["coFinancing"]);
};

/** "Kontant, Arbetstid eller Annat": the list's own words. */
const orList = (words: readonly string[], or: string): string =>
  `${words.slice(0, -1).join(", ")} ${or} ${words.at(-1)}`;
const TYPE_WORDS: Bilingual = {
  sv: orList(labels(CO_FINANCING_TYPES, "sv"), "eller"),
  en: orList(labels(CO_FINANCING_TYPES, "en"), "or"),
};

const R14: Assessment = (n, _f, sink) => {
  for (const c of n.coFinancing) {
    if (c.type === undefined) sink.add("R14", M.R14.type(TYPE_WORDS, c.typeText), [`coFinancing[${c.index}].type`]);
    else if (c.type === "other" && c.description === "")
      sink.add("R14", M.R14.describeOther, [`coFinancing[${c.index}].description`]);
  }
};

const R15: Assessment = (n, _f, sink) => {
  if (n.text.followUpPlan === "") sink.add("R15", M.R15.noPlan, ["text.followUpPlan"]);
  const start = n.period.start;
  if (start === null) return;
  for (const e of n.effects) {
    const early = e.timeYears.filter((y) => y < start);
    if (early.length > 0) sink.add("R15", M.R15.early(early, start), [`effects[${e.index}].measurementTimes`]);
  }
};

const R16: Assessment = (n, f, sink) => {
  for (const frame of n.settings.frames) {
    if (frame.year === null || frame.amount === null) continue;
    const asked = f.timeline.find((y) => y.year === frame.year)?.asked ?? 0;
    if (asked > frame.amount + TOLERANCE_KR)
      sink.add("R16", M.R16(frame.year, kr(asked), kr(frame.amount)), [`settings.annualFrames[${frame.index}].amount`]);
  }
};

/** The rules in their order (R17/R18 come from normalising). */
export const RULES: readonly Assessment[] = [
  R01,
  R02,
  R03,
  R04,
  R05,
  R06,
  R07,
  R08,
  R09,
  R10,
  R11,
  R12,
  R13,
  R14,
  R15,
  R16,
];
