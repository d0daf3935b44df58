/**
 * The .xlsx twin of the Office.js writer: renders the same sheet plans with ExcelJS.
 */
import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import { addCalculatedColumns } from "./calculated-columns";
import { addCharts } from "./chart";
import { absoluteRange, parseRange, quotedSheet, rangeAddress } from "../templates/a1";
import type { PlannedCell, SheetPlan, DataValidationRule } from "../templates/plan";
import { FONT, STYLES } from "../templates/styles";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** A planned cell as an ExcelJS value: formulas without "=", user text always as text. */
export function cellValue(c: PlannedCell | null): ExcelJS.CellValue {
  if (!c) return null;
  if (c.formula !== undefined) return { formula: c.formula.slice(1) };
  if (c.error !== undefined) return { error: c.error } as ExcelJS.CellErrorValue;
  return c.value ?? null;
}

function styleCell(cell: ExcelJS.Cell, c: PlannedCell): void {
  if (c.numberFormat !== "General") cell.numFmt = c.numberFormat;
  const s = c.style ? STYLES[c.style] : undefined;
  if (!s) return;
  const font: Partial<ExcelJS.Font> = { name: FONT };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size) font.size = s.size;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  cell.font = font;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  cell.alignment = s.wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" };
}

/** ExcelJS's data validation for a rule (the same rules Office.js gets in src/excel). */
export function validationFor(rule: DataValidationRule): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true } as const;
  switch (rule.type) {
    case "list":
      return {
        ...common,
        type: "list",
        formulae: [rule.source.startsWith("=") ? rule.source.slice(1) : `"${rule.source}"`],
      };
    case "whole":
      return { ...common, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return rule.max === undefined
        ? { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] }
        : { ...common, type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    case "date":
      return { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(rule.minYear, 0, 1))] };
  }
}

interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** The plan's tables, rows included (ExcelJS writes a table's cells itself); returns the cells they cover. */
function addTables(ws: ExcelJS.Worksheet, plan: SheetPlan): Set<string> {
  const inTable = new Set<string>();
  for (const t of plan.tables) {
    const { r1, c1, r2, c2 } = parseRange(t.range);
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = r1 + 1; r <= r2; r++) {
      const line: ExcelJS.CellValue[] = [];
      for (let c = c1; c <= c2; c++) {
        line.push(cellValue(plan.cells[r]?.[c] ?? null));
        inTable.add(`${r},${c}`);
      }
      rows.push(line);
    }
    for (let c = c1; c <= c2; c++) inTable.add(`${r1},${c}`);
    ws.addTable({
      name: t.name,
      ref: rangeAddress(r1, c1, r1, c1),
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: t.headers.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  return inTable;
}

function addConditionalFormats(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.conditionalFormats.forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = {};
    if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
    if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula.slice(1)], style }],
    });
  });
}

export function renderSheet(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.name, {
    properties: { tabColor: { argb: argb(plan.tabColor) } },
    views: plan.freezeRows > 0 ? [{ state: "frozen", ySplit: plan.freezeRows }] : [],
    // Printing (and the pictures in docs/): one A4 page per sheet, the form upright.
    pageSetup: {
      orientation: plan.key === "application" ? "portrait" : "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      paperSize: 9,
    },
  });
  plan.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const h of plan.heights) ws.getRow(h.row + 1).height = h.points;

  const inTable = addTables(ws, plan);
  plan.cells.forEach((line, r) =>
    line.forEach((c, col) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, col + 1);
      if (!inTable.has(`${r},${col}`)) cell.value = cellValue(c);
      styleCell(cell, c);
    }),
  );
  for (const n of plan.names) {
    const { r1, c1, r2, c2 } = parseRange(n.range);
    wb.definedNames.add(`${quotedSheet(plan.name)}!${absoluteRange(r1, c1, r2, c2)}`, n.name);
  }
  const validations = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
  for (const v of plan.dataValidations) validations.add(v.range, validationFor(v.rule));
  addConditionalFormats(ws, plan);
  return ws;
}

export function renderWorkbook(plans: readonly SheetPlan[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "sif (Sociala investeringsfonden, Region Blekinge)";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const plan of plans) renderSheet(wb, plan);
  return wb;
}

/** The workbook as .xlsx bytes, charts and calculated table columns included (ExcelJS writes the rest). */
export async function workbookBytes(plans: readonly SheetPlan[]): Promise<Buffer> {
  const bytes = await addCalculatedColumns(await renderWorkbook(plans).xlsx.writeBuffer(), plans);
  return plans.some((p) => p.chart) ? addCharts(bytes, plans) : bytes;
}

export async function writeWorkbookFile(plans: readonly SheetPlan[], path: string): Promise<void> {
  await writeFile(path, await workbookBytes(plans));
}
