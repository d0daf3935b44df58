/**
 * The workbook contract's lists: one Excel table per list, with a stable (Swedish, ASCII) table
 * name and localised column headers. Readers find tables by name and columns by header in either
 * language; formulas are built from these definitions, so a renamed header is renamed everywhere.
 */
import { PARTY_KINDS, spellings, type Bilingual, type Lang } from "../domain/vocabulary";
import { FOLLOW_UP_TABLES, type FollowUpTableKey } from "./follow-up-tables";
import { FUND_TABLES, type FundTableKey } from "./ledger-tables";
import { isOneOf, sumWhereName } from "./formulas";
import type { NumberFormatKey } from "./styles";

export type ApplicationTableKey =
  "parties" | "endorsements" | "costs" | "coFinancing" | "savings" | "effects" | "repayments" | "frames";
export type TableKey = ApplicationTableKey | FollowUpTableKey | FundTableKey;

/** How a column's cells are checked by Excel's data validation. */
export type ValueKind = "year" | "amount" | "share" | "count" | "date";

/** Drop-down sources: a fixed word list or the names in the parties table. */
export type ListKind =
  "partyKind" | "partyRole" | "coFinancingType" | "partyName" | "yesNo" | "profile" | "effectName" | "decisionStatus";

export interface ColumnDef {
  /** The model field (`CostRow.amount` → "amount"); formula columns have their own key. */
  readonly key: string;
  readonly header: Bilingual;
  readonly width: number;
  readonly format: NumberFormatKey;
  /** Input columns are filled by the user; formula columns are computed. */
  readonly formula?: (r: Refs) => string;
  readonly list?: ListKind;
  readonly valueKind?: ValueKind;
  readonly note?: Bilingual;
  /** Added in a later contract version: a workbook without it is read as if it were blank. */
  readonly since?: string;
}

export interface TableDef {
  readonly key: TableKey;
  readonly name: string;
  readonly columns: readonly ColumnDef[];
  /** Blank rows in a new template. */
  readonly blankRows: number;
  /** Blank rows left under filled ones (default 2; 0 for a report's tables, which nobody types into). */
  readonly spareRows?: number;
}

/** Builds structured references for one language. */
export class Refs {
  constructor(readonly lang: Lang) {}
  header(table: TableKey, column: string): string {
    const def = TABLES[table].columns.find((c) => c.key === column);
    if (!def) throw new Error(`No column ${column} in ${table}`);
    return def.header[this.lang];
  }
  /** `Kostnader[Belopp]`: the whole data column. */
  col(table: TableKey, column: string): string {
    return `${TABLES[table].name}[${this.header(table, column)}]`;
  }
  /** `Kostnader[[#This Row],[Belopp]]`: the same row (the file form of `[@Belopp]`). */
  row(table: TableKey, column: string): string {
    return `${TABLES[table].name}[[#This Row],[${this.header(table, column)}]]`;
  }
}

const b = (sv: string, en: string): Bilingual => ({ sv, en });

/** Every spelling of "internal" the engine reads (vocabulary.ts), so the workbook reads the same. */
const INTERNAL_WORDS = spellings(PARTY_KINDS, "internal");

/** Σ of a table's amounts over the rows naming this party, names matched as the engine matches them. */
const partyTotal = (r: Refs, table: TableKey, amount: string, party: string): string =>
  `=${sumWhereName(r.col(table, amount), r.col(table, party), r.row("parties", "name"))}`;

/** The version that added the savings adjustments (domain.md Part 2). */
export const ADJUSTMENTS_SINCE = "1.1";

const share = (key: string, header: Bilingual, note: Bilingual): ColumnDef => ({
  key,
  header,
  width: 12,
  format: "percent",
  valueKind: "share",
  note,
  since: ADJUSTMENTS_SINCE,
});

/** The application's tables (the follow-up's are in follow-up-tables.ts; `TABLES` holds both). */
export const APPLICATION_TABLES: Readonly<Record<ApplicationTableKey, TableDef>> = {
  parties: {
    key: "parties",
    name: "Parter",
    blankRows: 6,
    columns: [
      { key: "name", header: b("Namn", "Name"), width: 34, format: "text" },
      { key: "kind", header: b("Typ", "Kind"), width: 18, format: "text", list: "partyKind" },
      { key: "role", header: b("Roll", "Role"), width: 16, format: "text", list: "partyRole" },
      {
        key: "isRegion",
        header: b("Regionen", "Region"),
        width: 10,
        format: "flag",
        formula: (r) => `=IF(${isOneOf(r.row("parties", "kind"), INTERNAL_WORDS)},1,0)`,
        note: b("1 = verksamhet i regionen", "1 = unit of the region"),
      },
      {
        key: "coFinancingTotal",
        header: b("Medfinansierar", "Co-finances"),
        width: 15,
        format: "kr",
        formula: (r) => partyTotal(r, "coFinancing", "amount", "party"),
      },
      {
        key: "savingsTotal",
        header: b("Sparar", "Saves"),
        width: 15,
        format: "kr",
        formula: (r) => partyTotal(r, "savings", "amount", "party"),
      },
      {
        key: "repaymentTotal",
        header: b("Återför", "Repays"),
        width: 15,
        format: "kr",
        formula: (r) => partyTotal(r, "repayments", "amount", "unit"),
      },
    ],
  },
  endorsements: {
    key: "endorsements",
    name: "Tillstyrkan",
    blankRows: 6,
    columns: [
      { key: "party", header: b("Part", "Party"), width: 30, format: "text", list: "partyName" },
      { key: "name", header: b("Tillstyrkt av", "Endorsed by"), width: 24, format: "text" },
      { key: "title", header: b("Befattning", "Title"), width: 24, format: "text" },
      { key: "date", header: b("Datum", "Date"), width: 12, format: "date", valueKind: "date" },
    ],
  },
  costs: {
    key: "costs",
    name: "Kostnader",
    blankRows: 12,
    columns: [
      { key: "year", header: b("År", "Year"), width: 8, format: "year", valueKind: "year" },
      {
        key: "party",
        header: b("Verksamhet eller part", "Unit or party"),
        width: 32,
        format: "text",
        list: "partyName",
      },
      { key: "category", header: b("Kostnadsslag", "Category"), width: 28, format: "text" },
      { key: "amount", header: b("Belopp", "Amount"), width: 16, format: "kr", valueKind: "amount" },
    ],
  },
  coFinancing: {
    key: "coFinancing",
    name: "Medfinansiering",
    blankRows: 8,
    columns: [
      { key: "party", header: b("Part", "Party"), width: 30, format: "text", list: "partyName" },
      { key: "type", header: b("Typ", "Type"), width: 14, format: "text", list: "coFinancingType" },
      { key: "description", header: b("Beskrivning", "Description"), width: 36, format: "text" },
      { key: "year", header: b("År", "Year"), width: 8, format: "year", valueKind: "year" },
      { key: "amount", header: b("Belopp", "Amount"), width: 16, format: "kr", valueKind: "amount" },
    ],
  },
  savings: {
    key: "savings",
    name: "Besparingar",
    blankRows: 12,
    columns: [
      {
        key: "party",
        header: b("Verksamhet eller part", "Unit or party"),
        width: 30,
        format: "text",
        list: "partyName",
      },
      { key: "year", header: b("År", "Year"), width: 8, format: "year", valueKind: "year" },
      {
        key: "volume",
        header: b("Volym", "Volume"),
        width: 10,
        format: "count",
        valueKind: "count",
        note: b("antal undvikna tillfällen", "number of avoided events"),
      },
      { key: "unitCost", header: b("Kostnad per enhet", "Unit cost"), width: 16, format: "kr", valueKind: "amount" },
      {
        key: "effectShare",
        header: b("Effektandel", "Effect share"),
        width: 12,
        format: "percent",
        valueKind: "share",
      },
      {
        key: "amount",
        header: b("Besparing", "Saving"),
        width: 16,
        format: "kr",
        formula: (r) =>
          `=IFERROR(${r.row("savings", "volume")}*` +
          `${r.row("savings", "unitCost")}*${r.row("savings", "effectShare")},0)`,
      },
      {
        key: "isRegion",
        header: b("Regionen", "Region"),
        width: 10,
        format: "flag",
        // A unit of the region when any party of that name is (the engine's set of internal names).
        formula: (r) =>
          "=IF(" +
          sumWhereName(r.col("parties", "isRegion"), r.col("parties", "name"), r.row("savings", "party")) +
          ">0,1,0)",
      },
      { key: "basis", header: b("Beräkningsunderlag", "Calculation basis"), width: 44, format: "text" },
      // Part 2 (contract 1.1): how sure the saving is. Blank: no deadweight or attribution, all cashable,
      // low and high effect share as the effect share.
      share("deadweight", b("Dödvikt", "Deadweight"), b("andel som hade blivit av ändå", "share that happens anyway")),
      share("attribution", b("Tillskrivning", "Attribution"), b("andel som beror på andra", "share owed to others")),
      share(
        "cashableShare",
        b("Realiserbar andel", "Cashable share"),
        b("andel som sänker budgeten (tom = 100 %)", "share that lowers the budget (blank = 100 %)"),
      ),
      share(
        "effectShareLow",
        b("Effektandel låg", "Effect share low"),
        b("tom = effektandelen", "blank = effect share"),
      ),
      share(
        "effectShareHigh",
        b("Effektandel hög", "Effect share high"),
        b("tom = effektandelen", "blank = effect share"),
      ),
    ],
  },
  effects: {
    key: "effects",
    name: "Effekter",
    blankRows: 6,
    columns: [
      {
        key: "description",
        header: b("Effekt för målgruppen", "Effect for the target group"),
        width: 40,
        format: "text",
      },
      { key: "expectedYear", header: b("Förväntas år", "Expected year"), width: 13, format: "year", valueKind: "year" },
      { key: "measurementMethod", header: b("Mätmetod", "Measurement method"), width: 36, format: "text" },
      { key: "measurementTimes", header: b("Mättidpunkter", "Measurement times"), width: 24, format: "text" },
    ],
  },
  repayments: {
    key: "repayments",
    name: "Aterforing",
    blankRows: 10,
    columns: [
      { key: "year", header: b("År", "Year"), width: 8, format: "year", valueKind: "year" },
      {
        key: "unit",
        header: b("Ansvarig verksamhet", "Responsible unit"),
        width: 34,
        format: "text",
        list: "partyName",
      },
      { key: "amount", header: b("Belopp", "Amount"), width: 16, format: "kr", valueKind: "amount" },
    ],
  },
  frames: {
    key: "frames",
    name: "Ramar",
    blankRows: 6,
    columns: [
      { key: "year", header: b("År", "Year"), width: 8, format: "year", valueKind: "year" },
      {
        key: "amount",
        header: b("Ekonomiskt utrymme", "Economic frame"),
        width: 20,
        format: "kr",
        valueKind: "amount",
      },
    ],
  },
};

export const TABLES: Readonly<Record<TableKey, TableDef>> = {
  ...APPLICATION_TABLES,
  ...FOLLOW_UP_TABLES,
  ...FUND_TABLES,
};
