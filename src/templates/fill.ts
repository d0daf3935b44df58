/** An application (model) as the values of a template: named cells and table rows. */
import { BASELINE_KINDS, DECISION_STATUSES, type FollowUpInput } from "../domain/follow-up-model";
import { isCellError, type Application, type RawValue } from "../domain/model";
import {
  CO_FINANCING_TYPES,
  PARTY_KINDS,
  PARTY_ROLES,
  YES_NO,
  parseWord,
  type Bilingual,
  type Lang,
} from "../domain/vocabulary";
import { APPLICATION_FORM, SETTINGS_FORM, type Fill, type PlainValue } from "./plan";
import { BASELINE_FORM, DECISION_FORM } from "./follow-up-forms";
import type { TableKey } from "./tables";

type Cell = PlainValue | { error: string } | null | undefined;

function cell(v: RawValue): Cell {
  if (isCellError(v)) return { error: v.error };
  if (typeof v === "number" && !Number.isFinite(v)) return { error: "#NUM!" };
  return v;
}

/** A word from a closed list in the template's language; anything else as typed. */
function inLanguage<K extends string>(list: Readonly<Record<K, Bilingual>>, v: RawValue, lang: Lang): Cell {
  const key = parseWord(list, v);
  return key === undefined ? cell(v) : list[key][lang];
}

function at(app: Application, path: string): RawValue {
  const [group, field] = path.split(".") as [keyof Application, string];
  return (app[group] as unknown as Record<string, RawValue>)[field];
}

const YES_NO_FIELDS = new Set([
  "text.noExternalParties",
  "text.childrenAndYoungPeople",
  "text.preventive",
  "text.noCoFinancing",
]);

/**
 * The application as template values. List words are written in the template's language, unless
 * `asTyped` (a test's workbook exactly as a user typed it: "Work time " in a Swedish workbook).
 */
export function fillFromApplication(app: Application, lang: Lang, options: { asTyped?: boolean } = {}): Fill {
  const word = <K extends string>(list: Readonly<Record<K, Bilingual>>, v: RawValue, lang: Lang): Cell =>
    options.asTyped ? cell(v) : inLanguage(list, v, lang);
  const named: Record<string, Cell> = {};
  for (const field of APPLICATION_FORM.flatMap((s) => s.fields)) {
    const v = at(app, field.field);
    named[field.name] = YES_NO_FIELDS.has(field.field) ? word(YES_NO, v, lang) : cell(v);
  }
  for (const field of SETTINGS_FORM) named[field.name] = cell(at(app, field.field));
  const rows: Partial<Record<TableKey, Record<string, Cell>[]>> = {
    parties: app.parties.map((p) => ({
      name: cell(p.name),
      kind: word(PARTY_KINDS, p.kind, lang),
      role: word(PARTY_ROLES, p.role, lang),
    })),
    endorsements: app.endorsements.map((e) => ({
      party: cell(e.party),
      name: cell(e.name),
      title: cell(e.title),
      date: cell(e.date),
    })),
    costs: app.costs.map((c) => ({
      year: cell(c.year),
      party: cell(c.party),
      category: cell(c.category),
      amount: cell(c.amount),
    })),
    coFinancing: app.coFinancing.map((c) => ({
      party: cell(c.party),
      type: word(CO_FINANCING_TYPES, c.type, lang),
      description: cell(c.description),
      year: cell(c.year),
      amount: cell(c.amount),
    })),
    savings: app.savings.map((s) => ({
      party: cell(s.party),
      year: cell(s.year),
      volume: cell(s.volume),
      unitCost: cell(s.unitCost),
      effectShare: cell(s.effectShare),
      basis: cell(s.basis),
      deadweight: cell(s.deadweight),
      attribution: cell(s.attribution),
      cashableShare: cell(s.cashableShare),
      effectShareLow: cell(s.effectShareLow),
      effectShareHigh: cell(s.effectShareHigh),
    })),
    effects: app.effects.map((e) => ({
      description: cell(e.description),
      expectedYear: cell(e.expectedYear),
      measurementMethod: cell(e.measurementMethod),
      measurementTimes: cell(e.measurementTimes),
    })),
    repayments: app.repayments.map((p) => ({ year: cell(p.year), unit: cell(p.unit), amount: cell(p.amount) })),
    frames: app.settings.annualFrames.map((f) => ({ year: cell(f.year), amount: cell(f.amount) })),
  };
  return { named, rows };
}

/** A follow-up (decision block, baseline, actuals) as template values for the follow-up's sheets. */
export function fillFromFollowUp(input: FollowUpInput, lang: Lang): Fill {
  const named: Record<string, Cell> = {};
  for (const field of [...DECISION_FORM, ...BASELINE_FORM]) {
    const [group, key] = field.field.split(".") as ["decision" | "baseline", string];
    const v = (input[group] as unknown as Record<string, RawValue>)[key] ?? null;
    named[field.name] =
      field.field === "decision.status"
        ? inLanguage(DECISION_STATUSES, v, lang)
        : field.field === "decision.finalReportDone"
          ? inLanguage(YES_NO, v, lang)
          : cell(v);
  }
  const plain = <T extends object>(rows: readonly T[]): Record<string, Cell>[] =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v as RawValue)])));
  const rows: Partial<Record<TableKey, Record<string, Cell>[]>> = {
    baseline: input.baseline.rows.map((r) => ({ ...plain([r])[0], kind: inLanguage(BASELINE_KINDS, r.kind, lang) })),
    actualCosts: plain(input.actualCosts),
    actualCoFinancing: plain(input.actualCoFinancing),
    measuredSavings: plain(input.measuredSavings),
    bookedRepayments: plain(input.bookedRepayments),
    measurements: plain(input.measurements),
  };
  return { named, rows };
}
