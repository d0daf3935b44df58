/**
 * Raw cell values → typed values. Anything that cannot be used is reported here, once, with its
 * field path: R17 (a number cell without a usable number) and R18 (a year that is not a whole year,
 * or lies where it may not). Unusable values become `null` and count for nothing; negative numbers
 * are reported but kept, exactly as Excel's SUM keeps them, so the workbook and the engine agree.
 */
import type { FindingSink } from "./findings";
import { isoDate, quote } from "./format";
import {
  isCellError,
  type Application,
  type CoFinancingType,
  type FieldRef,
  type PartyKind,
  type PartyRole,
  type RawValue,
} from "./model";
import { findProfile, type RuleProfile } from "./profiles";
import { CO_FINANCING_TYPES, PARTY_KINDS, PARTY_ROLES, YES_NO, parseWord } from "./vocabulary";

/** Years on the per-year view, counted from the first year of the period (the workbook has as many rows). */
export const TIMELINE_YEARS = 30;
/** Years outside this range are typing mistakes, not plans. */
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;

export interface NParty {
  index: number;
  name: string;
  key: string;
  kind?: PartyKind;
  role?: PartyRole;
  kindText: string;
  roleText: string;
}
export interface NCost {
  index: number;
  year: number | null;
  party: string;
  category: string;
  amount: number | null;
}
export interface NCoFinancing {
  index: number;
  party: string;
  type?: CoFinancingType;
  typeText: string;
  description: string;
  year: number | null;
  amount: number | null;
}
export interface NSaving {
  index: number;
  party: string;
  year: number | null;
  volume: number | null;
  unitCost: number | null;
  effectShare: number | null;
  amount: number | null;
  basis: string;
}
export interface NEffect {
  index: number;
  description: string;
  expectedYear: number | null;
  method: string;
  times: string;
  timeYears: number[];
}
export interface NRepayment {
  index: number;
  year: number | null;
  unit: string;
  amount: number | null;
}
export interface NEndorsement {
  index: number;
  party: string;
  name: string;
  title: string;
  date: Date | null;
  dateText: string;
}
export interface NFrame {
  index: number;
  year: number | null;
  amount: number | null;
}

export type YesNo = "yes" | "no" | undefined;

export interface NormalisedApplication {
  text: {
    name: string;
    description: string;
    method: string;
    references: string;
    targetGroup: string;
    targetGroupSize: number | null;
    identification: string;
    otherInterventions: string;
    costReduction: string;
    preventiveJustification: string;
    followUpPlan: string;
    coFinancingPrinciples: string;
    noExternalParties: YesNo;
    childrenAndYoungPeople: YesNo;
    preventive: YesNo;
    noCoFinancing: YesNo;
  };
  period: { start: number | null; end: number | null };
  /** First year of the per-year view: the period's start, else the earliest cost year. */
  firstYear: number | null;
  parties: NParty[];
  costs: NCost[];
  coFinancing: NCoFinancing[];
  savings: NSaving[];
  effects: NEffect[];
  repayments: NRepayment[];
  endorsements: NEndorsement[];
  settings: { discountRate: number; repaymentHorizonYears: number; frames: NFrame[] };
}

const blank = (v: RawValue): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The key two names are matched on: case and surrounding space do not matter. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

class Reader {
  constructor(private readonly sink: FindingSink) {}

  text(raw: RawValue, ref: FieldRef): string {
    if (blank(raw)) return "";
    if (isCellError(raw)) {
      this.sink.add(
        "R17",
        { sv: `Cellen innehåller felvärdet ${raw.error}.`, en: `The cell holds the error value ${raw.error}.` },
        [ref],
      );
      return "";
    }
    if (raw instanceof Date) return isoDate(raw);
    return String(raw).trim();
  }

  /** A number ≥ 0 (R17). `max` bounds shares and rates. */
  number(raw: RawValue, ref: FieldRef, max?: number): number | null {
    if (blank(raw)) return null;
    if (typeof raw === "number" && Number.isFinite(raw)) {
      if (raw < 0) {
        this.sink.add(
          "R17",
          {
            sv: `Negativt tal (${raw}) där ett belopp ≥ 0 ska stå.`,
            en: `Negative number (${raw}) where an amount ≥ 0 belongs.`,
          },
          [ref],
        );
      } else if (max !== undefined && raw > max) {
        this.sink.add(
          "R17",
          {
            sv: `Talet ${raw} är större än ${max} (ange andelar som 0–100 %).`,
            en: `The number ${raw} is greater than ${max} (enter shares as 0–100 %).`,
          },
          [ref],
        );
      }
      return raw;
    }
    if (isCellError(raw)) {
      this.sink.add(
        "R17",
        {
          sv: `Cellen innehåller felvärdet ${raw.error} i stället för ett tal.`,
          en: `The cell holds the error value ${raw.error} instead of a number.`,
        },
        [ref],
      );
    } else if (typeof raw === "number") {
      this.sink.add("R17", { sv: "Cellen innehåller inget giltigt tal.", en: "The cell holds no valid number." }, [
        ref,
      ]);
    } else {
      this.sink.add(
        "R17",
        { sv: `Text ("${quote(raw)}") där ett tal ska stå.`, en: `Text ("${quote(raw)}") where a number belongs.` },
        [ref],
      );
    }
    return null;
  }

  /** A whole calendar year (R18). */
  year(raw: RawValue, ref: FieldRef): number | null {
    if (blank(raw)) return null;
    if (typeof raw === "number" && Number.isInteger(raw) && raw >= EARLIEST_YEAR && raw <= LATEST_YEAR) return raw;
    this.sink.add(
      "R18",
      {
        sv: `"${quote(raw)}" är inte ett helt årtal (t.ex. 2018).`,
        en: `"${quote(raw)}" is not a whole year (e.g. 2018).`,
      },
      [ref],
    );
    return null;
  }

  yesNo(raw: RawValue, ref: FieldRef): YesNo {
    if (blank(raw)) return undefined;
    const word = parseWord(YES_NO, raw);
    if (word === undefined)
      this.sink.add(
        "R17",
        { sv: `"${quote(raw)}" är varken Ja eller Nej.`, en: `"${quote(raw)}" is neither Yes nor No.` },
        [ref],
      );
    return word;
  }

  date(raw: RawValue): Date | null {
    if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw;
    // Excel date serial numbers (days since 1899-12-30) between 1990 and 2100.
    if (typeof raw === "number" && raw >= 32874 && raw <= 73051)
      return new Date(Date.UTC(1899, 11, 30) + Math.round(raw) * 86400000);
    if (typeof raw === "string") {
      const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(raw);
      if (m) {
        const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
        if (d.getUTCMonth() === Number(m[2]) - 1) return d;
      }
    }
    return null;
  }
}

/** Years mentioned in a free text such as "2019, 2020 och vid avslut 2022". */
export function yearsInText(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(19[9]\d|20\d\d|2100)(?!\d)/g)) years.push(Number(m[1]));
  return years;
}

/** Rows whose every cell is blank are left out (blank rows inside a table are normal). */
function rows<T extends object>(list: readonly T[]): { row: T; index: number }[] {
  return list
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !Object.values(row).every((v) => blank(v as RawValue)));
}

export function normalise(app: Application, profile: RuleProfile, sink: FindingSink): NormalisedApplication {
  const r = new Reader(sink);
  const t = app.text;
  const text = {
    name: r.text(t.name, "text.name"),
    description: r.text(t.description, "text.description"),
    method: r.text(t.method, "text.method"),
    references: r.text(t.references, "text.references"),
    targetGroup: r.text(t.targetGroup, "text.targetGroup"),
    targetGroupSize: r.number(t.targetGroupSize, "text.targetGroupSize"),
    identification: r.text(t.identification, "text.identification"),
    otherInterventions: r.text(t.otherInterventions, "text.otherInterventions"),
    costReduction: r.text(t.costReduction, "text.costReduction"),
    preventiveJustification: r.text(t.preventiveJustification, "text.preventiveJustification"),
    followUpPlan: r.text(t.followUpPlan, "text.followUpPlan"),
    coFinancingPrinciples: r.text(t.coFinancingPrinciples, "text.coFinancingPrinciples"),
    noExternalParties: r.yesNo(t.noExternalParties, "text.noExternalParties"),
    childrenAndYoungPeople: r.yesNo(t.childrenAndYoungPeople, "text.childrenAndYoungPeople"),
    preventive: r.yesNo(t.preventive, "text.preventive"),
    noCoFinancing: r.yesNo(t.noCoFinancing, "text.noCoFinancing"),
  };
  const period = {
    start: r.year(app.period.startYear, "period.startYear"),
    end: r.year(app.period.endYear, "period.endYear"),
  };

  const parties = rows(app.parties).map(({ row, index }): NParty => {
    const name = r.text(row.name, `parties[${index}].name`);
    const kindText = r.text(row.kind, `parties[${index}].kind`);
    const roleText = r.text(row.role, `parties[${index}].role`);
    return {
      index,
      name,
      key: nameKey(name),
      kind: parseWord(PARTY_KINDS, kindText),
      role: parseWord(PARTY_ROLES, roleText),
      kindText,
      roleText,
    };
  });

  const costs = rows(app.costs).map(({ row, index }): NCost => ({
    index,
    year: r.year(row.year, `costs[${index}].year`),
    party: r.text(row.party, `costs[${index}].party`),
    category: r.text(row.category, `costs[${index}].category`),
    amount: r.number(row.amount, `costs[${index}].amount`),
  }));

  const coFinancing = rows(app.coFinancing).map(({ row, index }): NCoFinancing => {
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
  });

  const savings = rows(app.savings).map(({ row, index }): NSaving => {
    const volume = r.number(row.volume, `savings[${index}].volume`);
    const unitCost = r.number(row.unitCost, `savings[${index}].unitCost`);
    const effectShare = r.number(row.effectShare, `savings[${index}].effectShare`, 1);
    const amount =
      volume !== null && unitCost !== null && effectShare !== null ? volume * unitCost * effectShare : null;
    return {
      index,
      party: r.text(row.party, `savings[${index}].party`),
      year: r.year(row.year, `savings[${index}].year`),
      volume,
      unitCost,
      effectShare,
      amount,
      basis: r.text(row.basis, `savings[${index}].basis`),
    };
  });

  const effects = rows(app.effects).map(({ row, index }): NEffect => {
    const times = r.text(row.measurementTimes, `effects[${index}].measurementTimes`);
    return {
      index,
      description: r.text(row.description, `effects[${index}].description`),
      expectedYear: r.year(row.expectedYear, `effects[${index}].expectedYear`),
      method: r.text(row.measurementMethod, `effects[${index}].measurementMethod`),
      times,
      timeYears: yearsInText(times),
    };
  });

  const repayments = rows(app.repayments).map(({ row, index }): NRepayment => ({
    index,
    year: r.year(row.year, `repayments[${index}].year`),
    unit: r.text(row.unit, `repayments[${index}].unit`),
    amount: r.number(row.amount, `repayments[${index}].amount`),
  }));

  const endorsements = rows(app.endorsements).map(({ row, index }): NEndorsement => ({
    index,
    party: r.text(row.party, `endorsements[${index}].party`),
    name: r.text(row.name, `endorsements[${index}].name`),
    title: r.text(row.title, `endorsements[${index}].title`),
    date: r.date(row.date),
    dateText: blank(row.date) ? "" : quote(row.date),
  }));

  const s = app.settings;
  const rate = r.number(s.discountRate, "settings.discountRate", 1);
  const horizon = r.number(s.repaymentHorizonYears, "settings.repaymentHorizonYears");
  if (!blank(s.profile) && findProfile(s.profile) === undefined) {
    sink.add(
      "R17",
      {
        sv: `Okänd regelprofil "${quote(s.profile)}"; ${profile.id} används.`,
        en: `Unknown rule profile "${quote(s.profile)}"; ${profile.id} is used.`,
      },
      ["settings.profile"],
      "warning",
    );
  }
  const frames = rows(s.annualFrames).map(({ row, index }): NFrame => ({
    index,
    year: r.year(row.year, `settings.annualFrames[${index}].year`),
    amount: r.number(row.amount, `settings.annualFrames[${index}].amount`),
  }));

  const costYears = costs.map((c) => c.year).filter((y): y is number => y !== null);
  const firstYear = period.start ?? (costYears.length > 0 ? Math.min(...costYears) : null);

  const n: NormalisedApplication = {
    text,
    period,
    firstYear,
    parties,
    costs,
    coFinancing,
    savings,
    effects,
    repayments,
    endorsements,
    settings: {
      discountRate: rate !== null && rate >= 0 && rate <= 1 ? rate : profile.defaults.discountRate,
      repaymentHorizonYears: horizon !== null && horizon >= 0 ? horizon : profile.defaults.repaymentHorizonYears,
      frames,
    },
  };
  checkYearsInPlace(n, sink);
  return n;
}

/** R18: costs and co-financing only inside the period; nothing before it; nothing past the per-year view. */
function checkYearsInPlace(n: NormalisedApplication, sink: FindingSink): void {
  const { start, end } = n.period;
  const first = n.firstYear;
  if (first === null) return;
  const last = first + TIMELINE_YEARS - 1;
  const outside = (ref: FieldRef, year: number, sv: string, en: string): void =>
    sink.add("R18", { sv: `År ${year}: ${sv}`, en: `Year ${year}: ${en}` }, [ref]);

  const inPeriod = (year: number): boolean => (start === null || year >= start) && (end === null || year <= end);
  for (const c of n.costs) {
    if (c.year !== null && !inPeriod(c.year))
      outside(
        `costs[${c.index}].year`,
        c.year,
        "kostnader får bara ligga inom tidsperioden.",
        "costs may only lie within the period.",
      );
  }
  for (const c of n.coFinancing) {
    if (c.year !== null && !inPeriod(c.year))
      outside(
        `coFinancing[${c.index}].year`,
        c.year,
        "medfinansiering får bara ligga inom tidsperioden.",
        "co-financing may only lie within the period.",
      );
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
