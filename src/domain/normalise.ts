/**
 * Raw cell values → the normalised application (`normalised.ts`): each table's rows mapped field by
 * field through the cell reader (`coerce.ts`, which reports R17/R18), blank rows left out, fund
 * settings defaulted from the rule profile, and years checked for their place (`placement.ts`).
 */
import { CellReader, isBlank } from "./coerce";
import type { FindingSink } from "./findings";
import { quote } from "./format";
import type { Application, RawValue } from "./model";
import type {
  NCoFinancing,
  NCost,
  NEffect,
  NEndorsement,
  NFrame,
  NParty,
  NRepayment,
  NSaving,
  NormalisedApplication,
} from "./normalised";
import { checkYearsInPlace } from "./placement";
import { findProfile, type RuleProfile } from "./profiles";
import { CO_FINANCING_TYPES, PARTY_KINDS, PARTY_ROLES, nameKey, parseWord } from "./vocabulary";
import { yearsInText } from "./years";

/** Rows whose every cell is blank are left out (blank rows inside a table are normal). */
export function filledRows<T extends object>(list: readonly T[]): { row: T; index: number }[] {
  return list
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !Object.values(row).every((v) => isBlank(v as RawValue)));
}

function normaliseText(r: CellReader, t: Application["text"]): NormalisedApplication["text"] {
  const text = (field: keyof Application["text"]): string => r.text(t[field], `text.${field}`);
  const yesNo = (field: keyof Application["text"]) => r.yesNo(t[field], `text.${field}`);
  return {
    name: text("name"),
    description: text("description"),
    method: text("method"),
    references: text("references"),
    targetGroup: text("targetGroup"),
    targetGroupSize: r.number(t.targetGroupSize, "text.targetGroupSize"),
    identification: text("identification"),
    otherInterventions: text("otherInterventions"),
    costReduction: text("costReduction"),
    preventiveJustification: text("preventiveJustification"),
    followUpPlan: text("followUpPlan"),
    coFinancingPrinciples: text("coFinancingPrinciples"),
    noExternalParties: yesNo("noExternalParties"),
    childrenAndYoungPeople: yesNo("childrenAndYoungPeople"),
    preventive: yesNo("preventive"),
    noCoFinancing: yesNo("noCoFinancing"),
  };
}

const party = (r: CellReader, row: Application["parties"][number], index: number): NParty => {
  const name = r.text(row.name, `parties[${index}].name`);
  const kindText = r.text(row.kind, `parties[${index}].kind`);
  const roleText = r.text(row.role, `parties[${index}].role`);
  const kind = parseWord(PARTY_KINDS, kindText);
  const role = parseWord(PARTY_ROLES, roleText);
  return { index, name, key: nameKey(name), kind, role, kindText, roleText };
};

const cost = (r: CellReader, row: Application["costs"][number], index: number): NCost => ({
  index,
  year: r.year(row.year, `costs[${index}].year`),
  party: r.text(row.party, `costs[${index}].party`),
  category: r.text(row.category, `costs[${index}].category`),
  amount: r.number(row.amount, `costs[${index}].amount`),
});

const coFinancing = (r: CellReader, row: Application["coFinancing"][number], index: number): NCoFinancing => {
  const typeText = r.text(row.type, `coFinancing[${index}].type`);
  return {
    index,
    party: r.text(row.party, `coFinancing[${index}].party`),
    type: parseWord(CO_FINANCING_TYPES, typeText),
    typeText,
    description: r.text(row.description, `coFinancing[${index}].description`),
    year: r.year(row.year, `coFinancing[${index}].year`),
    amount: r.number(row.amount, `coFinancing[${index}].amount`),
  };
};

/** A saving is volume × unit cost × effect share: one definition, as the workbook's formula column. */
const saving = (r: CellReader, row: Application["savings"][number], index: number): NSaving => {
  const ref = (field: string): string => `savings[${index}].${field}`;
  const volume = r.number(row.volume, ref("volume"));
  const unitCost = r.number(row.unitCost, ref("unitCost"));
  const effectShare = r.number(row.effectShare, ref("effectShare"), 1);
  const amount = volume !== null && unitCost !== null && effectShare !== null ? volume * unitCost * effectShare : null;
  const party = r.text(row.party, ref("party"));
  const year = r.year(row.year, ref("year"));
  const basis = r.text(row.basis, ref("basis"));
  return { index, party, year, volume, unitCost, effectShare, amount, basis, ...adjustments(r, row, index) };
};

/** The optional Part 2 shares of a savings row, each 0–1 (R17), the low effect share not above the high. */
function adjustments(r: CellReader, row: Application["savings"][number], index: number) {
  const share = (field: keyof Application["savings"][number]): number | null =>
    r.number(row[field], `savings[${index}].${field}`, 1);
  const found = {
    deadweight: share("deadweight"),
    attribution: share("attribution"),
    cashableShare: share("cashableShare"),
    effectShareLow: share("effectShareLow"),
    effectShareHigh: share("effectShareHigh"),
  };
  const { effectShareLow: low, effectShareHigh: high } = found;
  if (low !== null && high !== null && low > high) r.lowAboveHigh(`savings[${index}].effectShareLow`, low, high);
  return found;
}

const effect = (r: CellReader, row: Application["effects"][number], index: number): NEffect => {
  const times = r.text(row.measurementTimes, `effects[${index}].measurementTimes`);
  return {
    index,
    description: r.text(row.description, `effects[${index}].description`),
    expectedYear: r.year(row.expectedYear, `effects[${index}].expectedYear`),
    method: r.text(row.measurementMethod, `effects[${index}].measurementMethod`),
    times,
    timeYears: yearsInText(times),
  };
};

const repayment = (r: CellReader, row: Application["repayments"][number], index: number): NRepayment => ({
  index,
  year: r.year(row.year, `repayments[${index}].year`),
  unit: r.text(row.unit, `repayments[${index}].unit`),
  amount: r.number(row.amount, `repayments[${index}].amount`),
});

const endorsement = (r: CellReader, row: Application["endorsements"][number], index: number): NEndorsement => ({
  index,
  party: r.text(row.party, `endorsements[${index}].party`),
  name: r.text(row.name, `endorsements[${index}].name`),
  title: r.text(row.title, `endorsements[${index}].title`),
  date: r.date(row.date),
  dateText: isBlank(row.date) ? "" : quote(row.date),
});

/** A setting that must be a share: used when 0–1 (else R17 has been said), otherwise the default. */
const shareOr = (v: number | null, fallback: number): number => (v !== null && v >= 0 && v <= 1 ? v : fallback);

/** Fund settings; a blank or unusable setting takes the rule profile's default. */
function normaliseSettings(
  r: CellReader,
  s: Application["settings"],
  profile: RuleProfile,
  sink: FindingSink,
): NormalisedApplication["settings"] {
  const rate = r.number(s.discountRate, "settings.discountRate", 1);
  const horizon = r.number(s.repaymentHorizonYears, "settings.repaymentHorizonYears");
  const obSavings = r.number(s.optimismBiasSavings, "settings.optimismBiasSavings", 1);
  const obCosts = r.number(s.optimismBiasCosts, "settings.optimismBiasCosts", 1);
  if (!isBlank(s.profile) && findProfile(s.profile) === undefined) {
    const name = quote(s.profile);
    const message = {
      sv: `Okänd regelprofil "${name}"; ${profile.id} används.`,
      en: `Unknown rule profile "${name}"; ${profile.id} is used.`,
    };
    sink.add("R17", message, ["settings.profile"], "warning");
  }
  const frames = filledRows(s.annualFrames).map(({ row, index }): NFrame => ({
    index,
    year: r.year(row.year, `settings.annualFrames[${index}].year`),
    amount: r.number(row.amount, `settings.annualFrames[${index}].amount`),
  }));
  return {
    discountRate: shareOr(rate, profile.defaults.discountRate),
    repaymentHorizonYears: horizon !== null && horizon >= 0 ? horizon : profile.defaults.repaymentHorizonYears,
    optimismBias: {
      savings: shareOr(obSavings, profile.defaults.optimismBiasSavings),
      costs: shareOr(obCosts, profile.defaults.optimismBiasCosts),
    },
    frames,
  };
}

export function normalise(app: Application, profile: RuleProfile, sink: FindingSink): NormalisedApplication {
  const r = new CellReader(sink);
  const each = <T extends object, N>(list: readonly T[], map: (r: CellReader, row: T, index: number) => N): N[] =>
    filledRows(list).map(({ row, index }) => map(r, row, index));
  const text = normaliseText(r, app.text);
  const period = {
    start: r.year(app.period.startYear, "period.startYear"),
    end: r.year(app.period.endYear, "period.endYear"),
  };
  const parties = each(app.parties, party); // in table order, so findings come in the order of the sheets
  const costs = each(app.costs, cost);
  const costYears = costs.map((c) => c.year).filter((y): y is number => y !== null);
  const n: NormalisedApplication = {
    text,
    period,
    firstYear: period.start ?? (costYears.length > 0 ? Math.min(...costYears) : null),
    parties,
    costs,
    coFinancing: each(app.coFinancing, coFinancing),
    savings: each(app.savings, saving),
    effects: each(app.effects, effect),
    repayments: each(app.repayments, repayment),
    endorsements: each(app.endorsements, endorsement),
    settings: normaliseSettings(r, app.settings, profile, sink),
  };
  checkYearsInPlace(n, sink);
  return n;
}
