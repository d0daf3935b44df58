/**
 * Marks the templates' calculated table columns in a written package: ExcelJS writes each table part's
 * `<tableColumn>` without the `<calculatedColumnFormula>` Excel needs to fill a column's formula into a row
 * the user adds (exceljs/exceljs#1417). This adds it, first child of the column as the schema orders it.
 */
import JSZip from "jszip";
import { calculatedColumns } from "../templates/calculated-columns";
import type { SheetPlan } from "../templates/sheet-plan";

const escape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** One table part with its calculated columns marked; columns named nowhere in it are left as they are. */
export function markCalculatedColumns(tableXml: string, formulas: ReadonlyMap<string, string>): string {
  return tableXml.replace(/<tableColumn\b([^>]*?)(\/>|>)/g, (whole, attributes: string, end: string) => {
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    const formula = name === undefined ? undefined : formulas.get(unescape(name));
    if (formula === undefined) return whole;
    const marked = `<calculatedColumnFormula>${escape(formula)}</calculatedColumnFormula>`;
    return end === "/>" ? `<tableColumn${attributes}>${marked}</tableColumn>` : `${whole}${marked}`;
  });
}

/** The package with every calculated column of the plans' tables marked in its table part. */
export async function addCalculatedColumns(
  xlsx: Buffer | ArrayBuffer | Uint8Array,
  plans: readonly SheetPlan[],
): Promise<Buffer> {
  const byTable = new Map<string, Map<string, string>>();
  for (const c of plans.flatMap(calculatedColumns)) {
    const columns = byTable.get(c.table) ?? new Map<string, string>();
    columns.set(c.column, c.formula);
    byTable.set(c.table, columns);
  }
  const zip = await JSZip.loadAsync(xlsx);
  for (const path of Object.keys(zip.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f))) {
    const xml = await zip.file(path)!.async("string");
    const table = /<table\b[^>]*\bdisplayName="([^"]*)"/.exec(xml)?.[1];
    const formulas = table === undefined ? undefined : byTable.get(unescape(table));
    if (formulas) zip.file(path, markCalculatedColumns(xml, formulas));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
