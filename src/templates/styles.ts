/**
 * The look of the workbook, shared by both writers. Inputs are pale yellow, computed cells pale
 * grey-blue: a finance officer sees at once what to fill in and what not to touch.
 * Number formats are en-US codes (Excel shows `#,##0 "kr"` as `1 234 kr` in Swedish).
 */
import { YES_NO } from "../domain/vocabulary";

export type CellStyle =
  "title" | "subtitle" | "section" | "label" | "id" | "input" | "formula" | "header" | "note" | "keyValue";

export interface StyleDef {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
}

/** Every styled cell is top-aligned in this font, so labels line up with wrapped text beside them. */
export const FONT = "Calibri";

export const COLOURS = {
  brand: "#005A9E",
  input: "#FFF8DC",
  formula: "#EEF2F7",
  header: "#005A9E",
  muted: "#5F6B7A",
  bad: "#FDE7E9",
  badText: "#A4262C",
  warn: "#FFF4CE",
  good: "#DFF6DD",
} as const;

export const STYLES: Readonly<Record<CellStyle, StyleDef>> = {
  title: { fontColor: COLOURS.brand, bold: true, size: 16 },
  subtitle: { fontColor: COLOURS.muted, italic: true },
  section: { fontColor: COLOURS.brand, bold: true, size: 12 },
  label: { wrap: true },
  id: { fontColor: COLOURS.muted },
  input: { fill: COLOURS.input, wrap: true },
  formula: { fill: COLOURS.formula },
  keyValue: { fill: COLOURS.formula, bold: true },
  header: { fill: COLOURS.header, fontColor: "#FFFFFF", bold: true, wrap: true },
  note: { fontColor: COLOURS.muted, italic: true, wrap: true },
};

export type NumberFormatKey = "general" | "text" | "kr" | "year" | "percent" | "count" | "ratio" | "date" | "flag";

export const NUMBER_FORMATS: Readonly<Record<NumberFormatKey, string>> = {
  general: "General",
  text: "@",
  kr: '#,##0 "kr"',
  year: "0",
  percent: "0%",
  count: "#,##0",
  ratio: "0.00",
  date: "yyyy-mm-dd",
  flag: "0",
};

/** The Excel table style of every list. */
export const TABLE_STYLE = "TableStyleLight9";

/** 1/0 helper columns read as Ja/Nej (Yes/No): the words of the yes/no list. */
export const FLAG_FORMAT: Readonly<Record<"sv" | "en", string>> = {
  sv: `"${YES_NO.yes.sv}";"${YES_NO.yes.sv}";"${YES_NO.no.sv}"`,
  en: `"${YES_NO.yes.en}";"${YES_NO.yes.en}";"${YES_NO.no.en}"`,
};
