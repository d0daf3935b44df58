/**
 * The reviewer's tools in the workbook: go to a finding's cell, write the findings to a review
 * sheet (one round trip), and highlight / un-highlight the cells concerned without touching their
 * values or their own formats (a conditional format carries the highlight).
 */
import type { Lang } from "../domain/vocabulary";
import { reviewSheetPlan } from "../templates/review-sheet";
import type { ApplicationReview } from "../templates/review-grids";
import { ensureExcelApi } from "./host";
import { queueCellsAndFormats } from "./insert";
import { splitAddress } from "../templates/a1";

/** Always true, and recognisable: the formula marks our highlight among other conditional formats. */
export const HIGHLIGHT_FORMULA = '=ISTEXT("sif-markering")';
const HIGHLIGHT_SETTING = "sif.highlightedCells";
export const HIGHLIGHT_COLOUR = "#FFB3B8";

/** Selects a cell on its sheet: activate, sync, select, sync (Excel needs the sheet active first). */
export async function goToCell(address: string): Promise<void> {
  ensureExcelApi();
  const { sheet, range } = splitAddress(address);
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    await context.sync();
    ws.getRange(range).select();
    await context.sync();
  });
}

/** Writes the findings and key figures to a new sheet, named by the time, in one round trip. */
export async function writeReviewSheet(
  v: ApplicationReview,
  lang: Lang,
  now = new Date(),
): Promise<{ sheet: string; roundTrips: number }> {
  ensureExcelApi();
  const plan = reviewSheetPlan(v, lang, now);
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add(plan.name);
    queueCellsAndFormats(ws, plan); // "@" before values: user text stays text
    ws.activate();
    await context.sync();
    return { sheet: plan.name, roundTrips: 1 };
  });
}

/** Highlights the cells (one round trip) and remembers them in the workbook's settings. */
export async function highlightCells(addresses: readonly string[]): Promise<number> {
  ensureExcelApi();
  const unique = [...new Set(addresses)];
  await Excel.run(async (context) => {
    for (const a of unique) {
      const { sheet, range } = splitAddress(a);
      const cf = context.workbook.worksheets.getItem(sheet).getRange(range).conditionalFormats.add("Custom");
      cf.custom.rule.formula = HIGHLIGHT_FORMULA;
      cf.custom.format.fill.color = HIGHLIGHT_COLOUR;
    }
    context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(unique));
    await context.sync();
  });
  return unique.length;
}

/** Removes our highlights only (two round trips: find them, delete them). */
export async function removeHighlights(): Promise<number> {
  ensureExcelApi();
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING).load("value");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    if (setting.isNullObject) return 0;
    let addresses: string[] = [];
    try {
      addresses = (JSON.parse(String(setting.value)) as unknown[]).filter((a): a is string => typeof a === "string");
    } catch {
      addresses = [];
    }
    const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const collections = addresses
      .map((a) => splitAddress(a))
      .filter((a) => existing.has(a.sheet.toLowerCase()))
      .map((a) =>
        context.workbook.worksheets
          .getItem(a.sheet)
          .getRange(a.range)
          .conditionalFormats.load("items/type,items/custom/rule/formula"),
      );
    await context.sync();
    let removed = 0;
    for (const c of collections) {
      for (const cf of c.items) {
        if (cf.type === "Custom" && cf.custom.rule.formula === HIGHLIGHT_FORMULA) {
          cf.delete();
          removed += 1;
        }
      }
    }
    setting.delete();
    await context.sync();
    return removed;
  });
}
