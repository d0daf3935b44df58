/**
 * The follow-up's tables (`shared/domain.md` Part 2), inserted after the board's decision beside the
 * application's: the frozen baseline, and the actuals reported against it. Same conventions as the
 * application's tables (tables.ts): stable ASCII table names, headers in either language.
 */
import type { Bilingual } from "../domain/vocabulary";
import type { ColumnDef, Refs, TableDef } from "./tables";

export type FollowUpTableKey =
  "baseline" | "actualCosts" | "actualCoFinancing" | "measuredSavings" | "bookedRepayments" | "measurements";

const b = (sv: string, en: string): Bilingual => ({ sv, en });
const year: ColumnDef = { key: "year", header: b("År", "Year"), width: 8, format: "year", valueKind: "year" };
const amount: ColumnDef = {
  key: "amount",
  header: b("Belopp", "Amount"),
  width: 16,
  format: "kr",
  valueKind: "amount",
};
const unit = (key: "unit" | "party", header: Bilingual): ColumnDef => ({
  key,
  header,
  width: 30,
  format: "text",
  list: "partyName",
});

export const FOLLOW_UP_TABLES: Readonly<Record<FollowUpTableKey, TableDef>> = {
  baseline: {
    key: "baseline",
    name: "Baslinje",
    blankRows: 1,
    columns: [
      { key: "kind", header: b("Slag", "Kind"), width: 12, format: "text" },
      year,
      { key: "unit", header: b("Verksamhet", "Unit"), width: 30, format: "text" },
      { key: "amount", header: b("Belopp", "Amount"), width: 16, format: "kr" },
    ],
  },
  actualCosts: {
    key: "actualCosts",
    name: "Utfall_kostnad",
    blankRows: 6,
    columns: [year, unit("party", b("Verksamhet eller part", "Unit or party")), amount],
  },
  actualCoFinancing: {
    key: "actualCoFinancing",
    name: "Utfall_medfinansiering",
    blankRows: 4,
    columns: [year, unit("party", b("Part", "Party")), amount],
  },
  measuredSavings: {
    key: "measuredSavings",
    name: "Verifierade_besparingar",
    blankRows: 8,
    columns: [
      year,
      unit("unit", b("Verksamhet", "Unit")),
      { key: "volume", header: b("Uppmätt volym", "Measured volume"), width: 12, format: "count", valueKind: "count" },
      { key: "unitCost", header: b("Kostnad per enhet", "Unit cost"), width: 16, format: "kr", valueKind: "amount" },
      {
        key: "effectShare",
        header: b("Effektandel", "Effect share"),
        width: 12,
        format: "percent",
        valueKind: "share",
      },
      {
        key: "verified",
        header: b("Verifierad besparing", "Verified saving"),
        width: 16,
        format: "kr",
        formula: (r: Refs) =>
          `=IFERROR(${r.row("measuredSavings", "volume")}*${r.row("measuredSavings", "unitCost")}*` +
          `${r.row("measuredSavings", "effectShare")},0)`,
      },
      { key: "evidence", header: b("Underlag", "Evidence"), width: 36, format: "text" },
    ],
  },
  bookedRepayments: {
    key: "bookedRepayments",
    name: "Bokford_aterforing",
    blankRows: 6,
    columns: [
      year,
      unit("unit", b("Ansvarig verksamhet", "Responsible unit")),
      amount,
      { key: "date", header: b("Bokförd", "Booked on"), width: 12, format: "date", valueKind: "date" },
    ],
  },
  measurements: {
    key: "measurements",
    name: "Effektmatningar",
    blankRows: 6,
    columns: [
      { key: "effect", header: b("Effekt", "Effect"), width: 36, format: "text", list: "effectName" },
      year,
      { key: "value", header: b("Uppmätt värde", "Measured value"), width: 14, format: "general" },
      { key: "target", header: b("Mål", "Target"), width: 12, format: "general" },
    ],
  },
};
