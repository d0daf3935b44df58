/**
 * The reviewer's tools in the workbook: go to a finding's cell, write the findings to a review
 * sheet (one round trip), and highlight / un-highlight the cells concerned without touching their
 * values or their own formats (a conditional format carries the highlight).
 */
import type { Lang } from "../domain/vocabulary";
import { reviewSheetPlan } from "../templates/review-sheet";
import type { ApplicationReview } from "../templates/review-grids";
import { ownWrite } from "./events";
import { ensureExcelApi, runExcel } from "./host";
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
  await runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    await context.sync();
    ws.getRange(range).select();
    await context.sync();
  });
}

/**
 * Writes the findings and key figures to a new sheet in one round trip, named and stamped with the time the
 * workbook was read for them (`checkedAt`): the review says when the workbook was as it describes.
 */
export async function writeReviewSheet(
  v: ApplicationReview,
  lang: Lang,
  checkedAt: Date,
): Promise<{ sheet: string; roundTrips: number }> {
  ensureExcelApi();
  const plan = reviewSheetPlan(v, lang, checkedAt);
  return ownWrite(() =>
    runExcel(async (context) => {
      const ws = context.workbook.worksheets.add(plan.name);
      queueCellsAndFormats(ws, plan); // "@" before values: user text stays text
      ws.activate();
      await context.sync();
      return { sheet: plan.name, roundTrips: 1 };
    }),
  );
}

/** Highlights the cells (one round trip) and remembers them in the workbook's settings. */
/**
 * Marks cells with a conditional format of ours (formula HIGHLIGHT_FORMULA): values and formats untouched.
 * The cells are added to those already marked, so un-highlighting later removes every highlight made.
 */
export async function highlightCells(addresses: readonly string[]): Promise<number> {
  ensureExcelApi();
  const unique = [...new Set(addresses)];
  await ownWrite(() => markCells(unique));
  return unique.length;
}

async function markCells(unique: readonly string[]): Promise<void> {
  await runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING).load("value");
    await context.sync();
    for (const a of unique) {
      const { sheet, range } = splitAddress(a);
      const cf = context.workbook.worksheets.getItem(sheet).getRange(range).conditionalFormats.add("Custom");
      cf.custom.rule.formula = HIGHLIGHT_FORMULA;
      cf.custom.format.fill.color = HIGHLIGHT_COLOUR;
    }
    const marked = [...new Set([...(setting.isNullObject ? [] : storedAddresses(setting.value)), ...unique])];
    context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(marked));
    await context.sync();
  });
}

function storedAddresses(value: unknown): string[] {
  try {
    return (JSON.parse(String(value)) as unknown[]).filter((a): a is string => typeof a === "string");
  } catch {
    return [];
  }
}

/**
 * Removes every highlight the add-in made, and nothing else: on each sheet it marked, the conditional formats
 * of type Custom whose formula is ours. Only the type is read of all formats: reading the rule of a user's data
 * bar fails (office-js#2180). Four round trips; none when nothing is marked.
 */
export async function removeHighlights(): Promise<number> {
  ensureExcelApi();
  return ownWrite(unmarkCells);
}

async function unmarkCells(): Promise<number> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING).load("value");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    if (setting.isNullObject) return 0;
    const marked = new Set(storedAddresses(setting.value).map((a) => splitAddress(a).sheet.toLowerCase()));
    const collections = sheets.items
      .filter((s) => marked.has(s.name.toLowerCase()))
      .map((s) => s.getRange().conditionalFormats.load("items/type"));
    await context.sync();
    const custom = collections
      .flatMap((c) => c.items)
      .filter((cf) => cf.type === "Custom")
      .map((cf) => ({ cf, rule: cf.custom.rule.load("formula") }));
    await context.sync();
    const ours = custom.filter(({ rule }) => rule.formula === HIGHLIGHT_FORMULA);
    for (const { cf } of ours) cf.delete();
    setting.delete();
    await context.sync();
    return ours.length;
  });
}
