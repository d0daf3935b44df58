/**
 * What a template sheet looks like, as plain data: a rectangle of cells (value or formula, style,
 * number format), its tables, named cells, data validation (drop-downs and number checks),
 * conditional formats and chart. Both writers (Office.js in src/excel, ExcelJS in src/xlsx) render
 * exactly this, so they cannot disagree.
 */
import type { CellStyle } from "./styles";
import type { TableKey } from "./tables";

export type SheetKey =
  | "application"
  | "parties"
  | "costs"
  | "coFinancing"
  | "savings"
  | "effects"
  | "repayments"
  | "figures"
  | "sensitivity"
  | "settings"
  | "decision"
  | "actuals"
  | "measured"
  | "followUp"
  | "fund"
  | "ledger"
  | "ledgerApplications"
  | "ledgerFlows"
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
  | { readonly type: "date"; readonly minYear: number };

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
