/**
 * Inserts template sheets (the application's, or the follow-up's) into the open workbook through Office.js,
 * in two round trips whatever their size: one to learn which sheets, tables and names exist, one to write
 * everything.
 * It never touches an existing sheet, table or name (see templates/insertion.ts).
 */
import type { Lang } from "../domain/vocabulary";
import { ownWrite } from "./events";
import { ensureExcelApi, runExcel } from "./host";
import {
  decideInsertion,
  languageOfTables,
  leftoverSheets,
  type InsertionDecision,
  type UsedCells,
} from "../templates/insertion";
import {
  planFollowUp,
  planWorkbook,
  SHEET_NAMES,
  SHEET_ORDER,
  type Fill,
  type SheetKey,
  type SheetPlan,
  type DataValidationRule,
} from "../templates/plan";
import { constantGrid, sheetGrid, styleRectangles, widthPoints } from "../templates/render";
import { FONT, STYLES } from "../templates/styles";

export interface InsertReport extends InsertionDecision {
  /** Round trips to Excel (`context.sync`) the insertion took. */
  readonly roundTrips: number;
}

/** Office.js data-validation rule for a plan's rule (the ExcelJS twin is in src/xlsx/write.ts). */
export function officeRule(rule: DataValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.source } };
    case "whole":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "decimal":
      return rule.max === undefined
        ? { decimal: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } }
        : { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      return { date: { formula1: `${rule.minYear}-01-01`, operator: "GreaterThan" } };
  }
}

/**
 * Queues a sheet's constant cells and their formats: number formats before values, so text cells
 * ("@") take user text as text; then the style rectangles and column widths. Shared with the review sheet.
 */
export function queueCellsAndFormats(ws: Excel.Worksheet, plan: SheetPlan): void {
  const { rows, cols, numberFormats } = sheetGrid(plan);
  const all = ws.getRangeByIndexes(0, 0, rows, cols);
  all.numberFormat = numberFormats;
  all.values = constantGrid(plan);
  for (const { range, style } of styleRectangles(plan)) {
    const s = STYLES[style];
    const f = ws.getRange(range).format;
    f.font.name = FONT;
    f.verticalAlignment = "Top";
    if (s.fill) f.fill.color = s.fill;
    if (s.fontColor) f.font.color = s.fontColor;
    if (s.bold) f.font.bold = true;
    if (s.italic) f.font.italic = true;
    if (s.size) f.font.size = s.size;
    if (s.wrap) f.wrapText = true;
  }
  plan.widths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w);
  });
}

/** Queues one sheet's cells, formats, tables and names (no formulas yet: tables may not exist). */
function queueSheet(context: Excel.RequestContext, plan: SheetPlan): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(plan.name);
  ws.tabColor = plan.tabColor;
  queueCellsAndFormats(ws, plan);
  for (const h of plan.heights) ws.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.points;
  for (const t of plan.tables) {
    const table = ws.tables.add(t.range, true);
    table.name = t.name;
    table.style = t.style;
  }
  for (const n of plan.names) context.workbook.names.add(n.name, ws.getRange(n.range));
  if (plan.freezeRows > 0) ws.freezePanes.freezeRows(plan.freezeRows);
  return ws;
}

/** Queues what refers to tables and names: formulas, drop-downs, conditional formats, the chart. */
function queueFormulasAndRules(ws: Excel.Worksheet, plan: SheetPlan): void {
  const { entries } = sheetGrid(plan);
  // Only the rows that hold formulas are written again, as formulas.
  const formulaRows = plan.cells
    .map((line, r) => (line.some((c) => c?.formula !== undefined) ? r : -1))
    .filter((r) => r >= 0);
  if (formulaRows.length > 0) {
    const r1 = formulaRows[0]!;
    const r2 = formulaRows[formulaRows.length - 1]!;
    ws.getRangeByIndexes(r1, 0, r2 - r1 + 1, entries[0]!.length).formulas = entries.slice(r1, r2 + 1);
  }
  for (const v of plan.dataValidations) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.clear(); // Excel on the web rejects a new rule on a range that had one (known host bug)
    dv.rule = officeRule(v.rule);
  }
  for (const cf of plan.conditionalFormats) {
    const format = ws.getRange(cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    if (cf.fill) format.custom.format.fill.color = cf.fill;
    if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
  }
  if (plan.chart) {
    const c = plan.chart;
    const [first, ...others] = c.series;
    if (!first) return;
    const chart = ws.charts.add("ColumnClustered", ws.getRange(first.values), "Columns");
    chart.title.text = c.title;
    chart.setPosition(c.from, c.to);
    chart.legend.position = "Bottom";
    const s0 = chart.series.getItemAt(0);
    s0.name = first.name;
    s0.setXAxisValues(ws.getRange(c.categories));
    for (const s of others) {
      const series = chart.series.add(s.name);
      series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(c.categories));
      if (s.kind === "line") series.chartType = "Line";
    }
  }
}

/**
 * Inserts all template sheets, or those named, in the workbook's language. Sheets that would touch
 * something the user has are left out and reported. Exactly two `context.sync()` calls.
 */
export async function insertTemplates(lang: Lang, only?: readonly SheetKey[], fill?: Fill): Promise<InsertReport> {
  const wanted = new Set(only ?? SHEET_ORDER);
  // A fill is written in its own language; a blank insert follows the language of the tables already there.
  return ownWrite(() => insertPlans((l) => planWorkbook(fill ? lang : l, fill).filter((p) => wanted.has(p.key)), lang));
}

/**
 * Inserts the follow-up's sheets (Beslut, Utfall, Mätningar, Uppföljning) after the board's decision,
 * as the application's: never over anything the user has, in two round trips; a second insert changes nothing.
 */
export async function insertFollowUp(lang: Lang, fill?: Fill): Promise<InsertReport> {
  return ownWrite(() => insertPlans((l) => planFollowUp(fill ? lang : l, fill), lang));
}

/**
 * Thrown when Excel refused part of an insert: what it had carried out was taken away again, so the workbook
 * is as it was (`rolledBack`), or — when even that failed — the next insert repairs it.
 */
export class InsertFailedError extends Error {
  constructor(
    readonly rolledBack: boolean,
    readonly reason: unknown,
  ) {
    const why = reason instanceof Error ? reason.message : String(reason);
    super(
      rolledBack
        ? `Mallarna kunde inte läggas in; arbetsboken är som förut / The templates could not be inserted; ` +
            `the workbook is as it was (${why}).`
        : `Mallarna lades bara in delvis; lägg in dem igen så lagas det / The templates were inserted only in part; ` +
            `insert them again to repair it (${why}).`,
    );
    this.name = "InsertFailedError";
  }
}

/**
 * One round trip to learn what exists, one to write what may go in (none when nothing may). Excel keeps the
 * commands of a batch before one that fails and drops the rest: then the sheets and names this insert made are
 * deleted again (two more round trips), so a workbook is never left half-inserted.
 */
async function insertPlans(plansOf: (lang: Lang) => SheetPlan[], lang: Lang): Promise<InsertReport> {
  ensureExcelApi();
  const report = await runExcel(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    const tables = wb.tables.load("items/name");
    const names = wb.names.load("items/name,items/type");
    const headers = headerRowsOf(context, [...planWorkbook("sv"), ...planFollowUp("sv")]);
    const planned = plansOf(lang);
    const used = usedCellsOf(context, planned);
    await context.sync();

    const found = Object.fromEntries(
      headers.filter((h) => !h.row.isNullObject).map((h) => [h.name, (h.row.values[0] ?? []) as unknown[]]),
    );
    const inWorkbook = languageOfTables(found, {
      sv: [...planWorkbook("sv"), ...planFollowUp("sv")],
      en: [...planWorkbook("en"), ...planFollowUp("en")],
    });
    const plans = inWorkbook && inWorkbook !== lang ? plansOf(inWorkbook) : planned;
    const sheetNames = sheets.items.map((s) => s.name);
    const existing = {
      sheets: sheetNames,
      tables: tables.items.map((t) => t.name),
      names: names.items.map((n) => n.name),
      brokenNames: names.items.filter((n) => n.type === "Error").map((n) => n.name),
    };
    const decision = decideInsertion(plans, {
      ...existing,
      leftovers: leftoverSheets(plans, usedCells(used, sheetNames), existing),
    });
    if (decision.insert.length === 0) return { ...decision, roundTrips: 1, error: undefined };

    context.application.suspendScreenUpdatingUntilNextSync();
    for (const name of decision.replaceNames) wb.names.getItem(name).delete();
    for (const name of decision.replaceSheets) wb.worksheets.getItem(name).delete();
    const written = decision.insert.map((plan) => ({ plan, ws: queueSheet(context, plan) }));
    for (const { plan, ws } of written) queueFormulasAndRules(ws, plan);
    written[0]!.ws.activate();
    try {
      await context.sync();
    } catch (error) {
      return { ...decision, roundTrips: 2, error };
    }
    return { ...decision, roundTrips: 2, error: undefined };
  });
  const { error, ...done } = report;
  if (error === undefined) return done;
  const rolledBack = await removeInserted(done.insert).catch(() => false);
  throw new InsertFailedError(rolledBack, error);
}

/**
 * Queues a read of what each sheet named as ours holds (null objects where there is no such sheet, or it is
 * empty), for `leftoverSheets`: a sheet an earlier insert left half-way is replaced, a user's is not.
 */
function usedCellsOf(context: Excel.RequestContext, plans: readonly SheetPlan[]) {
  // In both languages: the workbook's own language is known only after this round trip.
  const names = [...new Set(plans.flatMap((p) => [SHEET_NAMES[p.key].sv, SHEET_NAMES[p.key].en]))];
  return names.map((name) => ({
    name,
    range: context.workbook.worksheets
      .getItemOrNullObject(name)
      .getUsedRangeOrNullObject(true)
      .load("address,formulas"),
  }));
}

/** The used cells read, by sheet name: only the sheets that exist (null where one is empty). */
function usedCells(read: ReturnType<typeof usedCellsOf>, sheets: readonly string[]): Record<string, UsedCells | null> {
  const exists = new Set(sheets.map((s) => s.toLowerCase()));
  const out: Record<string, UsedCells | null> = {};
  for (const { name, range } of read)
    if (exists.has(name.toLowerCase()))
      out[name] = range.isNullObject ? null : { address: range.address, formulas: range.formulas };
  return out;
}

/** Queues a read of the header row of each table of ours, wherever it is (a null object where there is none). */
function headerRowsOf(context: Excel.RequestContext, plans: readonly SheetPlan[]) {
  return plans.flatMap((p) =>
    p.tables.map((t) => ({
      name: t.name,
      row: context.workbook.tables.getItemOrNullObject(t.name).getHeaderRowRange().load("values"),
    })),
  );
}

/** Deletes what a failed insert made: its names, then its sheets (with their tables, formats and charts). */
async function removeInserted(plans: readonly SheetPlan[]): Promise<boolean> {
  return runExcel(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    const names = wb.names.load("items/name");
    await context.sync();
    const has = (xs: { name: string }[], name: string) => xs.some((x) => x.name.toLowerCase() === name.toLowerCase());
    for (const plan of plans)
      for (const n of plan.names) if (has(names.items, n.name)) wb.names.getItem(n.name).delete();
    for (const plan of plans) if (has(sheets.items, plan.name)) wb.worksheets.getItem(plan.name).delete();
    await context.sync();
    return true;
  });
}
