/**
 * What a template sheet looks like, as plain data: a rectangle of cells (value or formula, style,
 * number format), its tables, named cells, drop-downs, conditional formats and chart. Both writers
 * (Office.js in src/excel, ExcelJS in src/xlsx) render exactly this, so they cannot disagree.
 */
import type { Bilingual, Lang } from "../domain/vocabulary";
import { cellAddress, rangeAddress } from "./a1";
import { NUMBER_FORMATS, TABLE_STYLE, type CellStyle, type NumberFormatKey } from "./styles";
import { Refs, TABLES, type ValueKind, type ListKind, type TableKey } from "./tables";

export type SheetKey =
  | "application"
  | "parties"
  | "costs"
  | "coFinancing"
  | "savings"
  | "effects"
  | "repayments"
  | "figures"
  | "settings"
  | "review";

export type PlainValue = string | number | boolean | Date;

export interface PlannedCell {
  /** A constant; user text stays text (writers never turn it into a formula). */
  readonly value?: PlainValue;
  /** An Excel formula in en-US syntax, starting with "=". */
  readonly formula?: string;
  /** An error value such as "#REF!" (only in filled test workbooks). */
  readonly error?: string;
  readonly style?: CellStyle;
  readonly numberFormat: string;
}

export type DataValidationRule =
  | { readonly type: "list"; readonly source: string }
  | { readonly type: "whole"; readonly min: number; readonly max: number }
  | { readonly type: "decimal"; readonly min: number; readonly max?: number }
  | { readonly type: "date" };

export interface ConditionalFormatPlan {
  readonly range: string;
  /** Formula relative to the range's top-left cell. */
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
}

export interface ChartPlan {
  readonly title: string;
  /** Category (year) range and the series shown, all on the same sheet. */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string; readonly kind: "column" | "line" }[];
  /** Where it sits: top-left and bottom-right cells. */
  readonly from: string;
  readonly to: string;
}

export interface TablePlan {
  readonly key: TableKey;
  readonly name: string;
  readonly range: string;
  readonly headers: readonly string[];
  readonly style: string;
}

export interface SheetPlan {
  readonly key: SheetKey;
  readonly name: string;
  readonly tabColor: string;
  readonly widths: readonly number[];
  readonly cells: readonly (readonly (PlannedCell | null)[])[];
  readonly tables: readonly TablePlan[];
  /** Workbook-level names of single cells or ranges on this sheet (A1 without the sheet). */
  readonly names: readonly { readonly name: string; readonly range: string }[];
  readonly dataValidations: readonly { readonly range: string; readonly rule: DataValidationRule }[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly freezeRows: number;
  /** Row heights in points where text wraps over several lines (zero-based rows). */
  readonly heights: readonly { readonly row: number; readonly points: number }[];
  readonly chart?: ChartPlan;
  /** Tables and names this sheet's formulas refer to, and those it creates. */
  readonly needs: readonly string[];
  readonly provides: readonly string[];
}

/** Version of the workbook contract (sheets, tables, columns, names); readers check it. */
export const CONTRACT_VERSION = "1.0";
export const VERSION_NAME = "Mallversion";

export const SHEET_NAMES: Readonly<Record<SheetKey, Bilingual>> = {
  application: { sv: "Ansökan", en: "Application" },
  parties: { sv: "Parter", en: "Parties" },
  costs: { sv: "Kostnader", en: "Costs" },
  coFinancing: { sv: "Medfinansiering", en: "Co-financing" },
  savings: { sv: "Besparingar", en: "Savings" },
  effects: { sv: "Effekter", en: "Effects" },
  repayments: { sv: "Återföring", en: "Repayment" },
  figures: { sv: "Nyckeltal", en: "Key figures" },
  settings: { sv: "Inställningar", en: "Settings" },
  review: { sv: "Granskning", en: "Review" },
};

/** Workbook order; formulas may refer to any sheet, so writers create all tables before formulas. */
export const SHEET_ORDER: readonly SheetKey[] = [
  "application",
  "parties",
  "costs",
  "coFinancing",
  "savings",
  "effects",
  "repayments",
  "figures",
  "settings",
];

/** Values to fill a template with (a filled example, or a test's application). */
export interface Fill {
  /** Named cell → value. */
  readonly named: Readonly<Record<string, PlainValue | { error: string } | null | undefined>>;
  /** Table key → rows of column key → value. */
  readonly rows: Readonly<
    Partial<Record<TableKey, readonly Readonly<Record<string, PlainValue | { error: string } | null | undefined>>[]>>
  >;
}

export const NO_FILL: Fill = { named: {}, rows: {} };

/** Drop-down sources per language. Party names come from the parties table (grows with it). */
export function listSource(kind: ListKind, lang: Lang): string {
  switch (kind) {
    case "partyKind":
      return lang === "sv" ? "Intern (regionen),Extern part" : "Internal (region),External party";
    case "partyRole":
      return lang === "sv" ? "Huvudansvarig,Delaktig" : "Lead,Participating";
    case "coFinancingType":
      return lang === "sv" ? "Kontant,Arbetstid,Annat" : "Cash,Work time,Other";
    case "yesNo":
      return lang === "sv" ? "Ja,Nej" : "Yes,No";
    case "profile":
      return "blekinge-2016,blekinge-2014";
    case "partyName":
      return `=INDIRECT("${TABLES.parties.name}[${TABLES.parties.columns[0]!.header[lang]}]")`;
  }
}

/** 1/0 helper columns read as Ja/Nej (Yes/No). */
const FLAG_FORMAT: Readonly<Record<Lang, string>> = { sv: '"Ja";"Ja";"Nej"', en: '"Yes";"Yes";"No"' };

const VALUE_KIND_RULES: Readonly<Record<ValueKind, DataValidationRule>> = {
  year: { type: "whole", min: 1990, max: 2100 },
  amount: { type: "decimal", min: 0 },
  count: { type: "decimal", min: 0 },
  share: { type: "decimal", min: 0, max: 1 },
  date: { type: "date" },
};

/** Mutable grid used while a sheet is laid out. */
export class SheetBuilder {
  readonly cells: (PlannedCell | null)[][] = [];
  readonly widths: number[] = [];
  readonly tables: TablePlan[] = [];
  readonly names: { name: string; range: string }[] = [];
  readonly dataValidations: { range: string; rule: DataValidationRule }[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly needs = new Set<string>();
  readonly provides = new Set<string>();
  readonly heights = new Map<number, number>();

  constructor(readonly lang: Lang) {}

  set(row: number, col: number, cell: Omit<PlannedCell, "numberFormat"> & { format?: NumberFormatKey }): void {
    while (this.cells.length <= row) this.cells.push([]);
    const line = this.cells[row]!;
    while (line.length <= col) line.push(null);
    const { format, ...rest } = cell;
    line[col] = {
      ...rest,
      numberFormat: format === "flag" ? FLAG_FORMAT[this.lang] : NUMBER_FORMATS[format ?? "general"],
    };
    if (cell.style === "title") this.heights.set(row, 24);
    if (cell.formula) for (const ref of referencesIn(cell.formula)) this.needs.add(ref);
  }

  text(row: number, col: number, value: string, style: CellStyle): void {
    this.set(row, col, { value, style });
  }

  /** Makes a row tall enough for `text` wrapped in a column `chars` wide (15 pt a line). */
  fitRow(row: number, text: string, chars: number, perChar = 1.2): void {
    // A column `chars` wide holds about 1.2 × chars characters of proportional text (1.0 in bold).
    const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (chars * perChar))), 0);
    if (lines > 1) this.heights.set(row, Math.max(this.heights.get(row) ?? 0, Math.min(lines, 12) * 15));
  }

  width(col: number, chars: number): void {
    while (this.widths.length <= col) this.widths.push(10);
    this.widths[col] = chars;
  }

  name(name: string, row: number, col: number, row2 = row, col2 = col): void {
    this.names.push({ name, range: rangeAddress(row, col, row2, col2) });
    this.provides.add(name);
  }

  /** An Excel table at (top, left): header row, then the fill's rows and at least the blank rows. */
  table(key: TableKey, top: number, left: number, fill: Fill, minRows?: number): { firstRow: number; lastRow: number } {
    const def = TABLES[key];
    const refs = new Refs(this.lang);
    const data = fill.rows[key] ?? [];
    const count = Math.max(minRows ?? def.blankRows, data.length + (data.length > 0 ? 2 : 0));
    def.columns.forEach((col, i) => {
      this.set(top, left + i, { value: col.header[this.lang], style: "header" });
      this.fitRow(top, col.header[this.lang], col.width, 1.0);
      this.width(left + i, col.width);
      for (let r = 0; r < count; r++) {
        const row = top + 1 + r;
        if (col.formula) this.set(row, left + i, { formula: col.formula(refs), style: "formula", format: col.format });
        else {
          const value = data[r]?.[col.key];
          this.set(row, left + i, { ...plainCell(value), style: "input", format: col.format });
          if (typeof value === "string") this.fitRow(row, value, col.width);
        }
      }
      const body = rangeAddress(top + 1, left + i, top + count, left + i);
      if (col.list) {
        this.dataValidations.push({ range: body, rule: { type: "list", source: listSource(col.list, this.lang) } });
        if (col.list === "partyName") this.needs.add(TABLES.parties.name);
      } else if (col.valueKind) this.dataValidations.push({ range: body, rule: VALUE_KIND_RULES[col.valueKind] });
    });
    this.tables.push({
      key,
      name: def.name,
      range: rangeAddress(top, left, top + count, left + def.columns.length - 1),
      headers: def.columns.map((c) => c.header[this.lang]),
      style: TABLE_STYLE,
    });
    this.provides.add(def.name);
    return { firstRow: top + 1, lastRow: top + count };
  }

  build(
    key: SheetKey,
    extra: { freezeRows?: number; chart?: ChartPlan; tabColor?: string; name?: string } = {},
  ): SheetPlan {
    const cols = Math.max(this.widths.length, ...this.cells.map((r) => r.length));
    const cells = this.cells.map((r) => [...r, ...new Array<PlannedCell | null>(cols - r.length).fill(null)]);
    for (const p of this.provides) this.needs.delete(p);
    return {
      key,
      name: extra.name ?? SHEET_NAMES[key][this.lang],
      tabColor: extra.tabColor ?? "#005A9E",
      widths: [...this.widths, ...new Array<number>(Math.max(0, cols - this.widths.length)).fill(10)],
      cells,
      tables: this.tables,
      names: this.names,
      dataValidations: this.dataValidations,
      conditionalFormats: this.conditionalFormats,
      freezeRows: extra.freezeRows ?? 0,
      heights: [...this.heights].sort((a, b) => a[0] - b[0]).map(([row, points]) => ({ row, points })),
      ...(extra.chart ? { chart: extra.chart } : {}),
      needs: [...this.needs].sort(),
      provides: [...this.provides].sort(),
    };
  }
}

function plainCell(v: PlainValue | { error: string } | null | undefined): Pick<PlannedCell, "value" | "error"> {
  if (v === null || v === undefined) return {};
  if (typeof v === "object" && !(v instanceof Date)) return { error: v.error };
  return { value: v };
}

/** Table names and workbook names a formula refers to (what must exist before it is written). */
export function referencesIn(formula: string): string[] {
  const found = new Set<string>();
  for (const t of Object.values(TABLES)) if (formula.includes(`${t.name}[`)) found.add(t.name);
  for (const n of ALL_NAMES) if (new RegExp(`(?<![\\w.\\["])${n}(?![\\w(\\[])`).test(formula)) found.add(n);
  return [...found];
}

/** The named cells of the application sheet: name, model field, label, checklist ID, kind. */
type FieldKind = "text" | "long" | "yesNo" | "year" | "count";
interface FormField {
  readonly name: string;
  readonly field: string;
  readonly id: string;
  readonly label: Bilingual;
  readonly kind: FieldKind;
}
interface FormSection {
  readonly title: Bilingual;
  readonly fields: readonly FormField[];
}

const f = (name: string, field: string, id: string, sv: string, en: string, kind: FieldKind = "long"): FormField => ({
  name,
  field,
  id,
  label: { sv, en },
  kind,
});

export const APPLICATION_FORM: readonly FormSection[] = [
  {
    title: { sv: "Investeringen", en: "The investment" },
    fields: [
      f("Namn", "text.name", "C01", "Namn på investeringen", "Name of the investment", "text"),
      f(
        "Beskrivning",
        "text.description",
        "C02",
        "Beskrivning av investeringens innehåll",
        "Description of the investment's content",
      ),
      f("Metod", "text.method", "C03", "Metod för investeringen", "Method of the investment"),
      f(
        "Referenser",
        "text.references",
        "C03",
        "Referenser till forskning eller evidensbaserad praktik",
        "References to research or evidence-based practice",
      ),
      f(
        "Forebyggande",
        "text.preventive",
        "R04",
        "Är investeringen förebyggande? (Ja/Nej)",
        "Is the investment preventive? (Yes/No)",
        "yesNo",
      ),
      f(
        "Forebyggande_motivering",
        "text.preventiveJustification",
        "R04",
        "Kort motivering till att den är förebyggande",
        "Short justification of why it is preventive",
      ),
    ],
  },
  {
    title: { sv: "Målgrupp", en: "Target group" },
    fields: [
      f("Malgrupp", "text.targetGroup", "C06", "Målgrupp för investeringen", "Target group of the investment"),
      f(
        "Malgrupp_antal",
        "text.targetGroupSize",
        "C06",
        "Målgruppens storlek (antal personer, frivilligt)",
        "Size of the target group (people, optional)",
        "count",
      ),
      f(
        "Barn_och_unga",
        "text.childrenAndYoungPeople",
        "R05",
        "Är målgruppen barn och unga? (Ja/Nej)",
        "Is the target group children and young people? (Yes/No)",
        "yesNo",
      ),
      f(
        "Identifiering",
        "text.identification",
        "C07",
        "Hur målgruppen ska identifieras",
        "How the target group will be identified",
      ),
      f(
        "Andra_insatser",
        "text.otherInterventions",
        "C08",
        "Kartläggning av andra insatser för samma målgrupp",
        "Survey of other interventions for the same target group",
      ),
    ],
  },
  {
    title: { sv: "Tidsperiod och parter", en: "Period and parties" },
    fields: [
      f("Startar", "period.startYear", "C09", "Tidsperiodens första år", "First year of the period", "year"),
      f("Slutar", "period.endYear", "C09", "Tidsperiodens sista år", "Last year of the period", "year"),
      f(
        "Inga_externa_parter",
        "text.noExternalParties",
        "C05",
        "Deltar inga externa parter? Svara Ja om så är fallet",
        "Do no external parties take part? Answer Yes if so",
        "yesNo",
      ),
    ],
  },
  {
    title: {
      sv: "Kostnadsminskning, medfinansiering och uppföljning",
      en: "Cost reduction, co-financing and follow-up",
    },
    fields: [
      f(
        "Kostnadsminskning",
        "text.costReduction",
        "C15",
        "Hur investeringen bidrar till att parternas totala kostnader minskar",
        "How the investment lowers the parties' total costs",
      ),
      f(
        "Ingen_medfinansiering",
        "text.noCoFinancing",
        "C19",
        "Finns ingen medfinansiering? Svara Ja om så är fallet",
        "Is there no co-financing? Answer Yes if so",
        "yesNo",
      ),
      f(
        "Medfinansiering_principer",
        "text.coFinancingPrinciples",
        "R12",
        "Principer för fördelning av medfinansieringen",
        "Principles for sharing the co-financing",
      ),
      f(
        "Uppfoljning",
        "text.followUpPlan",
        "R15",
        "Hur utvecklingen följs och rapporteras under projektet",
        "How progress is followed up and reported during the project",
      ),
    ],
  },
];

export interface SettingField {
  readonly name: string;
  readonly field: string;
  readonly label: Bilingual;
  readonly format: NumberFormatKey;
  readonly rule: DataValidationRule | "profile";
}

export const SETTINGS_FORM: readonly SettingField[] = [
  {
    name: "Regelprofil",
    field: "settings.profile",
    label: { sv: "Regelprofil", en: "Rule profile" },
    format: "text",
    rule: "profile",
  },
  {
    name: "Diskonteringsranta",
    field: "settings.discountRate",
    label: { sv: "Diskonteringsränta (tom = 3 %)", en: "Discount rate (blank = 3 %)" },
    format: "percent",
    rule: { type: "decimal", min: 0, max: 1 },
  },
  {
    name: "Aterforingshorisont",
    field: "settings.repaymentHorizonYears",
    label: {
      sv: "Återföringshorisont, år efter periodens slut (tom = 10)",
      en: "Repayment horizon, years after the period (blank = 10)",
    },
    format: "count",
    rule: { type: "whole", min: 0, max: 30 },
  },
];

/** Names of the key-figures sheet. */
export const FIGURE_NAMES = {
  firstYear: "Forsta_ar",
  rate: "Ranta",
  K01: "Nyckeltal_K01",
  K02: "Nyckeltal_K02",
  K02cash: "Nyckeltal_K02_kontant",
  K02work: "Nyckeltal_K02_arbetstid",
  K02other: "Nyckeltal_K02_annat",
  K03: "Nyckeltal_K03",
  K04: "Nyckeltal_K04",
  K04region: "Nyckeltal_K04_regionen",
  K05: "Nyckeltal_K05",
  K06: "Nyckeltal_K06",
  K07: "Nyckeltal_K07",
  K08: "Nyckeltal_K08",
  K09: "Nyckeltal_K09",
  K10: "Nyckeltal_K10",
} as const;

const ALL_NAMES: readonly string[] = [
  ...APPLICATION_FORM.flatMap((s) => s.fields.map((x) => x.name)),
  ...SETTINGS_FORM.map((s) => s.name),
  ...Object.values(FIGURE_NAMES),
  VERSION_NAME,
].sort((a, b) => b.length - a.length);

const FORM_FORMAT: Readonly<Record<FieldKind, NumberFormatKey>> = {
  text: "text",
  long: "text",
  yesNo: "text",
  year: "year",
  count: "count",
};

function applicationSheet(lang: Lang, fill: Fill): SheetPlan {
  const s = new SheetBuilder(lang);
  s.width(0, 6);
  s.width(1, 46);
  s.width(2, 80);
  s.text(
    0,
    0,
    lang === "sv" ? "Ansökan till sociala investeringsfonden" : "Application to the social investment fund",
    "title",
  );
  s.text(
    1,
    0,
    lang === "sv"
      ? "Region Blekinge · riktlinjer rev. 2016-10-12 · fyll i de gula cellerna"
      : "Region Blekinge · guidelines rev. 2016-10-12 · fill in the yellow cells",
    "subtitle",
  );
  let row = 3;
  for (const section of APPLICATION_FORM) {
    s.text(row, 0, section.title[lang], "section");
    row += 1;
    for (const field of section.fields) {
      s.text(row, 0, field.id, "id");
      s.text(row, 1, field.label[lang], "label");
      const value = fill.named[field.name];
      s.set(row, 2, { ...plainCell(value), style: "input", format: FORM_FORMAT[field.kind] });
      s.fitRow(row, field.label[lang], 46);
      if (typeof value === "string") s.fitRow(row, value, 80);
      else if (field.kind === "long") s.fitRow(row, "x".repeat(100), 80);
      s.name(field.name, row, 2);
      if (field.kind === "yesNo")
        s.dataValidations.push({
          range: cellAddress(row, 2),
          rule: { type: "list", source: listSource("yesNo", lang) },
        });
      if (field.kind === "year") s.dataValidations.push({ range: cellAddress(row, 2), rule: VALUE_KIND_RULES.year });
      if (field.kind === "count") s.dataValidations.push({ range: cellAddress(row, 2), rule: VALUE_KIND_RULES.count });
      row += 1;
    }
    row += 1;
  }
  return s.build("application", { tabColor: "#005A9E" });
}

/** A sheet holding one or two tables, with a title and a hint. */
function listSheet(
  key: SheetKey,
  lang: Lang,
  fill: Fill,
  title: Bilingual,
  hint: Bilingual,
  tables: readonly TableKey[],
): SheetPlan {
  const s = new SheetBuilder(lang);
  s.text(0, 0, title[lang], "title");
  s.text(1, 0, hint[lang], "subtitle");
  let left = 0;
  for (const key of tables) {
    s.table(key, 3, left, fill);
    left += TABLES[key].columns.length + 1;
    if (left > 0) s.width(left - 1, 3);
  }
  return s.build(key, { freezeRows: 4 });
}

function settingsSheet(lang: Lang, fill: Fill): SheetPlan {
  const s = new SheetBuilder(lang);
  s.width(0, 58);
  s.width(1, 20);
  s.text(0, 0, lang === "sv" ? "Fondens inställningar" : "Fund settings", "title");
  s.text(
    1,
    0,
    lang === "sv"
      ? "Fylls i av fondens handläggare. Tomma celler ger regelprofilens standardvärden."
      : "Filled in by the fund's officer. Blank cells take the rule profile's defaults.",
    "subtitle",
  );
  SETTINGS_FORM.forEach((field, i) => {
    s.text(3 + i, 0, field.label[lang], "label");
    s.set(3 + i, 1, { ...plainCell(fill.named[field.name]), style: "input", format: field.format });
    s.name(field.name, 3 + i, 1);
    s.dataValidations.push({
      range: cellAddress(3 + i, 1),
      rule: field.rule === "profile" ? { type: "list", source: listSource("profile", lang) } : field.rule,
    });
  });
  s.text(
    6,
    0,
    lang === "sv"
      ? "Mallens version (arbetsbokskontraktet, docs/workbook-contract.md)"
      : "Template version (the workbook contract, docs/workbook-contract.md)",
    "note",
  );
  s.set(6, 1, { value: CONTRACT_VERSION, style: "formula", format: "text" });
  s.name(VERSION_NAME, 6, 1);
  // The frames table sits beside the form, so neither squeezes the other's columns.
  s.width(2, 4);
  s.text(
    2,
    3,
    lang === "sv"
      ? "Ekonomiskt utrymme per år (R16), fastställt av landstingsstyrelsen"
      : "Economic frame per year (R16), set by the board",
    "section",
  );
  s.table("frames", 3, 3, fill);
  return s.build("settings", { tabColor: "#5F6B7A" });
}

/** Rows of the per-year view on the key-figures sheet. */
export const VIEW_YEARS = 30;
/** Years the chart shows: a period and its repayment horizon fit; the view goes on to 30. */
export const CHART_YEARS = 15;

/** Where the key-figures sheet keeps things (zero-based), for writers, readers and tests. */
export const FIGURES_LAYOUT = {
  firstKeyRow: 4,
  valueCol: 2,
  viewHeaderRow: 3,
  viewFirstRow: 4,
  viewLeftCol: 5,
} as const;

function figuresSheet(lang: Lang): SheetPlan {
  const s = new SheetBuilder(lang);
  const sv = lang === "sv";
  const r = new Refs(lang);
  const N = FIGURE_NAMES;
  s.text(0, 0, sv ? "Nyckeltal" : "Key figures", "title");
  s.text(
    1,
    0,
    sv
      ? "Beräknas av formler ur tabellerna; ändra inget här. Definitioner: fondens nyckeltal K01–K10."
      : "Computed by formulas from the tables; do not edit. Definitions: the fund's key figures K01–K10.",
    "subtitle",
  );
  s.width(0, 8);
  s.width(1, 40);
  s.width(2, 16);
  s.width(3, 3);
  s.width(4, 3);

  // Per-year view: columns F.. (5..), header row 4, 30 rows from row 5.
  const L = FIGURES_LAYOUT.viewLeftCol;
  const H = FIGURES_LAYOUT.viewHeaderRow;
  const top = FIGURES_LAYOUT.viewFirstRow;
  const last = top + VIEW_YEARS - 1;
  const col = (i: number): string => String.fromCharCode(65 + L + i); // F..S
  const cols = {
    year: 0,
    t: 1,
    cost: 2,
    coFin: 3,
    asked: 4,
    savings: 5,
    region: 6,
    repay: 7,
    net: 8,
    cumNet: 9,
    cumRepay: 10,
    outstanding: 11,
    paidBack: 12,
    repaid: 13,
  } as const;
  const headers: Record<keyof typeof cols, Bilingual> = {
    year: { sv: "År", en: "Year" },
    t: { sv: "t", en: "t" },
    cost: { sv: "Kostnad", en: "Cost" },
    coFin: { sv: "Medfinansiering", en: "Co-financing" },
    asked: { sv: "Sökt ur fonden", en: "Asked from fund" },
    savings: { sv: "Besparing, alla", en: "Savings, all" },
    region: { sv: "Besparing, regionen", en: "Savings, region" },
    repay: { sv: "Återföring", en: "Repayment" },
    net: { sv: "Netto (besparing − kostnad)", en: "Net (savings − cost)" },
    cumNet: { sv: "Ackumulerat netto", en: "Cumulative net" },
    cumRepay: { sv: "Ackumulerad återföring", en: "Cumulative repayment" },
    outstanding: { sv: "Kvar till fonden (K10)", en: "Outstanding to fund (K10)" },
    paidBack: { sv: "Lönsamt", en: "Paid back" },
    repaid: { sv: "Återbetalt", en: "Repaid" },
  };
  const widths: Record<keyof typeof cols, number> = {
    year: 8,
    t: 5,
    cost: 14,
    coFin: 15,
    asked: 14,
    savings: 14,
    region: 14,
    repay: 14,
    net: 17,
    cumNet: 15,
    cumRepay: 15,
    outstanding: 15,
    paidBack: 9,
    repaid: 10,
  };
  for (const [k, i] of Object.entries(cols) as [keyof typeof cols, number][]) {
    s.set(H, L + i, { value: headers[k][lang], style: "header" });
    s.width(L + i, widths[k]);
    s.fitRow(H, headers[k][lang], widths[k], 1.0);
  }
  const sumifs = (table: TableKey, amountCol: string, row: number, extra = ""): string =>
    `=IF($${col(cols.year)}${row}="",0,SUMIFS(${r.col(table, amountCol)},${r.col(table, "year")},$${col(cols.year)}${row}${extra}))`;
  for (let t = 0; t < VIEW_YEARS; t++) {
    const row = top + t;
    const x = row + 1; // A1 row number
    const c = (k: keyof typeof cols): string => `${col(cols[k])}${x}`;
    const cell = (k: keyof typeof cols, formula: string, format: NumberFormatKey = "kr"): void =>
      s.set(row, L + cols[k], { formula, style: "formula", format });
    cell("year", `=IF(${N.firstYear}="","",${N.firstYear}+${c("t")})`, "year");
    s.set(row, L + cols.t, { value: t, style: "formula", format: "count" });
    cell("cost", sumifs("costs", "amount", x));
    cell("coFin", sumifs("coFinancing", "amount", x));
    cell("asked", `=${c("cost")}-${c("coFin")}`);
    cell("savings", sumifs("savings", "amount", x));
    cell("region", sumifs("savings", "amount", x, `,${r.col("savings", "isRegion")},1`));
    cell("repay", sumifs("repayments", "amount", x));
    cell("net", `=${c("savings")}-${c("cost")}`);
    cell("cumNet", t === 0 ? `=${c("net")}` : `=${col(cols.cumNet)}${x - 1}+${c("net")}`);
    cell("cumRepay", t === 0 ? `=${c("repay")}` : `=${col(cols.cumRepay)}${x - 1}+${c("repay")}`);
    cell("outstanding", `=${N.K03}-${c("cumRepay")}`);
    cell("paidBack", `=IF(${c("cumNet")}>=0,1,0)`, "flag");
    cell("repaid", `=IF(${c("cumRepay")}>=${N.K03},1,0)`, "flag");
  }
  const span = (k: keyof typeof cols, from: number = top): string =>
    `${col(cols[k])}${from + 1}:${col(cols[k])}${last + 1}`;
  const first = (k: keyof typeof cols): string => `${col(cols[k])}${top + 1}`;
  const rest = (k: keyof typeof cols): string => span(k, top + 1);
  const pv = (k: keyof typeof cols): string => `(${first(k)}+NPV(${N.rate},${rest(k)}))`;
  s.name(N.K10, top, L + cols.outstanding, last, L + cols.outstanding);

  // Key figures K01–K10, rows 5.. (zero-based 4..).
  s.set(3, 0, { value: "ID", style: "header" });
  s.set(3, 1, { value: sv ? "Nyckeltal" : "Key figure", style: "header" });
  s.set(3, 2, { value: sv ? "Värde" : "Value", style: "header" });
  const co = (type: string): string =>
    `=IF(${N.firstYear}="",0,SUMIFS(${r.col("coFinancing", "amount")},${r.col("coFinancing", "type")},"${type}",${r.col("coFinancing", "year")},">="&${N.firstYear},${r.col("coFinancing", "year")},"<="&(${N.firstYear}+${VIEW_YEARS - 1})))`;
  const typeLabel = (sv: string, en: string): string => (lang === "sv" ? sv : en);
  const keyRows: { id: string; label: Bilingual; name: string; formula: string; format: NumberFormatKey }[] = [
    {
      id: "K01",
      label: { sv: "Total kostnad", en: "Total cost" },
      name: N.K01,
      formula: `=SUM(${span("cost")})`,
      format: "kr",
    },
    {
      id: "K02",
      label: { sv: "Medfinansiering, totalt", en: "Co-financing, total" },
      name: N.K02,
      formula: `=SUM(${span("coFin")})`,
      format: "kr",
    },
    {
      id: "K02",
      label: { sv: "  varav kontant", en: "  of which cash" },
      name: N.K02cash,
      formula: co(typeLabel("Kontant", "Cash")),
      format: "kr",
    },
    {
      id: "K02",
      label: { sv: "  varav arbetstid", en: "  of which work time" },
      name: N.K02work,
      formula: co(typeLabel("Arbetstid", "Work time")),
      format: "kr",
    },
    {
      id: "K02",
      label: { sv: "  varav annat", en: "  of which other" },
      name: N.K02other,
      formula: co(typeLabel("Annat", "Other")),
      format: "kr",
    },
    {
      id: "K03",
      label: { sv: "Belopp som söks ur fonden", en: "Amount asked from the fund" },
      name: N.K03,
      formula: `=SUM(${span("asked")})`,
      format: "kr",
    },
    {
      id: "K04",
      label: { sv: "Förväntade besparingar, alla parter", en: "Expected savings, all parties" },
      name: N.K04,
      formula: `=SUM(${span("savings")})`,
      format: "kr",
    },
    {
      id: "K04",
      label: { sv: "Förväntade besparingar, regionen", en: "Expected savings, the region" },
      name: N.K04region,
      formula: `=SUM(${span("region")})`,
      format: "kr",
    },
    {
      id: "K05",
      label: { sv: "Nettonuvärde, alla parter", en: "Net present value, all parties" },
      name: N.K05,
      formula: `=${first("net")}+NPV(${N.rate},${rest("net")})`,
      format: "kr",
    },
    {
      id: "K06",
      label: { sv: "Nytta–kostnadskvot (nuvärden)", en: "Benefit–cost ratio (present values)" },
      name: N.K06,
      formula: `=IF(${pv("cost")}=0,"",${pv("savings")}/${pv("cost")})`,
      format: "ratio",
    },
    {
      id: "K07",
      label: { sv: "Återbetalningsår, alla parter", en: "Payback year, all parties" },
      name: N.K07,
      formula: `=IFERROR(INDEX(${span("year")},MATCH(1,${span("paidBack")},0)),"")`,
      format: "year",
    },
    {
      id: "K08",
      label: { sv: "Återbetalningsår, fonden", en: "Payback year, the fund" },
      name: N.K08,
      formula: `=IFERROR(INDEX(${span("year")},MATCH(1,${span("repaid")},0)),"")`,
      format: "year",
    },
    {
      id: "K09",
      label: { sv: "Återföringsgrad (återfört / sökt)", en: "Repayment coverage (repaid / asked)" },
      name: N.K09,
      formula: `=IF(${N.K03}=0,"",SUM(${span("repay")})/${N.K03})`,
      format: "percent",
    },
    {
      id: "K10",
      label: { sv: "Kvar till fonden sista året (kolumn Q)", en: "Outstanding in the last year (column Q)" },
      name: "",
      formula: `=${col(cols.outstanding)}${last + 1}`,
      format: "kr",
    },
  ];
  keyRows.forEach((k, i) => {
    const row = FIGURES_LAYOUT.firstKeyRow + i;
    s.text(row, 0, k.id, "id");
    s.text(row, 1, k.label[lang], "label");
    s.set(row, 2, { formula: k.formula, style: "keyValue", format: k.format });
    if (k.name) s.name(k.name, row, 2);
  });
  const after = FIGURES_LAYOUT.firstKeyRow + keyRows.length + 1;
  s.text(after, 1, sv ? "Första år (t = 0)" : "First year (t = 0)", "label");
  s.set(after, 2, {
    formula: `=IF(ISNUMBER(Startar),Startar,IF(COUNT(${r.col("costs", "year")})=0,"",MIN(${r.col("costs", "year")})))`,
    style: "formula",
    format: "year",
  });
  s.name(N.firstYear, after, 2);
  s.text(after + 1, 1, sv ? "Diskonteringsränta som används" : "Discount rate used", "label");
  s.set(after + 1, 2, {
    formula: `=IF(AND(ISNUMBER(Diskonteringsranta),Diskonteringsranta>=0,Diskonteringsranta<=1),Diskonteringsranta,0.03)`,
    style: "formula",
    format: "percent",
  });
  s.name(N.rate, after + 1, 2);

  // What needs attention: red where a rule would object.
  const keyCell = (name: string): string => {
    const n = s.names.find((x) => x.name === name);
    return n ? n.range : "C1";
  };
  s.conditionalFormats.push(
    {
      range: keyCell(N.K09),
      formula: `=AND(ISNUMBER(${keyCell(N.K09)}),ABS(${keyCell(N.K09)}-1)>0.000001)`,
      fill: "#FDE7E9",
      fontColor: "#A4262C",
    },
    {
      range: keyCell(N.K04region),
      formula: `=${keyCell(N.K04region)}<${keyCell(N.K03)}`,
      fill: "#FDE7E9",
      fontColor: "#A4262C",
    },
    { range: keyCell(N.K05), formula: `=${keyCell(N.K05)}<0`, fill: "#FDE7E9", fontColor: "#A4262C" },
    { range: span("cumNet"), formula: `=${first("cumNet")}<0`, fontColor: "#A4262C" },
    {
      range: span("outstanding"),
      formula: `=AND(${first("outstanding")}>0.5,ISNUMBER(${first("year")}),ISNUMBER(Slutar),${first("year")}>Slutar+IF(ISNUMBER(Aterforingshorisont),Aterforingshorisont,10))`,
      fill: "#FFF4CE",
    },
  );
  const chartSpan = (k: keyof typeof cols): string => `${col(cols[k])}${top + 1}:${col(cols[k])}${top + CHART_YEARS}`;
  const chart: ChartPlan = {
    title: sv ? `Per år, de första ${CHART_YEARS} åren` : `Per year, the first ${CHART_YEARS} years`,
    categories: chartSpan("year"),
    series: [
      { name: headers.cost[lang], values: chartSpan("cost"), kind: "column" },
      { name: headers.savings[lang], values: chartSpan("savings"), kind: "column" },
      { name: headers.cumRepay[lang], values: chartSpan("cumRepay"), kind: "line" },
    ],
    from: `A${after + 4}`,
    to: `E${after + 30}`,
  };
  return s.build("figures", { freezeRows: 0, chart, tabColor: "#107C41" });
}

const LIST_SHEETS: Partial<Record<SheetKey, { title: Bilingual; hint: Bilingual; tables: TableKey[] }>> = {
  parties: {
    title: { sv: "Parter och tillstyrkan", en: "Parties and endorsements" },
    hint: {
      sv: "C04, C05, R01–R03: verksamheter i regionen och externa parter; varje part tillstyrks av verksamhetschef eller motsvarande.",
      en: "C04, C05, R01–R03: units of the region and external parties; each party is endorsed by its head of unit or equivalent.",
    },
    tables: ["parties", "endorsements"],
  },
  costs: {
    title: { sv: "Kostnad per år", en: "Cost per year" },
    hint: {
      sv: "C10: kostnaden för investeringen, för varje år under tidsperioden, per verksamhet och kostnadsslag.",
      en: "C10: the investment's cost for every year of the period, by unit and category.",
    },
    tables: ["costs"],
  },
  coFinancing: {
    title: { sv: "Medfinansiering", en: "Co-financing" },
    hint: {
      sv: "C19, R12–R14: kontant, arbetstid eller annat (beskriv). Principerna för fördelning anges på bladet Ansökan.",
      en: "C19, R12–R14: cash, work time or other (describe). The sharing principles go on the Application sheet.",
    },
    tables: ["coFinancing"],
  },
  savings: {
    title: { sv: "Förväntade besparingar", en: "Expected savings" },
    hint: {
      sv: "C16, C17: besparing = volym × kostnad per enhet × effektandel, per verksamhet eller part och år, med beräkningsunderlag.",
      en: "C16, C17: saving = volume × unit cost × effect share, per unit or party and year, with its calculation basis.",
    },
    tables: ["savings"],
  },
  effects: {
    title: { sv: "Effekter och mätning", en: "Effects and measurement" },
    hint: {
      sv: "C11–C14: förväntade effekter för målgruppen, när de inträffar, hur och när de mäts.",
      en: "C11–C14: expected effects for the target group, when they occur, how and when they are measured.",
    },
    tables: ["effects"],
  },
  repayments: {
    title: { sv: "Återföringsplan", en: "Repayment plan" },
    hint: {
      sv: "C18, R06–R11: år, ansvarig verksamhet i regionen och belopp; summan ska vara lika med beloppet som söks.",
      en: "C18, R06–R11: year, responsible unit of the region and amount; the total must equal the amount asked.",
    },
    tables: ["repayments"],
  },
};

/** Every template sheet for a language, optionally filled. */
export function planWorkbook(lang: Lang, fill: Fill = NO_FILL): SheetPlan[] {
  return SHEET_ORDER.map((key) => planSheet(key, lang, fill));
}

export function planSheet(key: SheetKey, lang: Lang, fill: Fill = NO_FILL): SheetPlan {
  if (key === "application") return applicationSheet(lang, fill);
  if (key === "settings") return settingsSheet(lang, fill);
  if (key === "figures") return figuresSheet(lang);
  const list = LIST_SHEETS[key]!;
  return listSheet(key, lang, fill, list.title, list.hint, list.tables);
}
