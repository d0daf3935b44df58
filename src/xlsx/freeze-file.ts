/**
 * `sif freeze FILE`: the baseline frozen into an existing .xlsx without rewriting it. Only three parts
 * change — the sheet holding the Baslinje table (its rows, as values), the table part (its range grows
 * to the rows written) and the sheet(s) of the two named cells — so whatever else the user has (charts,
 * their own sheets, formats) stays byte for byte. The workbook is marked for a full recalculation on
 * open, so the follow-up's formulas see the baseline at once.
 */
import JSZip from "jszip";
import type { WorkbookGrids } from "../templates/grid-parser";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../templates/a1";
import { FOLLOW_UP_TABLES } from "../templates/follow-up-tables";
import { BASELINE_FORM } from "../templates/follow-up-forms";
import { MISSING_CELLS, planFreeze, type FreezePlan, type FreezeRefusal } from "../templates/freeze";
import { excelSerial } from "../domain/years";
import { readPackage, type WorkbookPackage } from "./package";
import { ZipArchive } from "./zip";
import { defaultLimits } from "./load";

type Value = string | number;

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A cell's XML: a number, or text as an inline string (never a formula). */
function cellXml(ref: string, value: Value, style: string | undefined): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

const CELL = /<c\b[^>]*?\br="([A-Z]+)(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const ROW = /<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const columnNumber = (letters: string): number => parseCell(`${letters}1`).col;

/** The style index of a cell already in the sheet, if any. */
function styleAt(sheet: string, ref: string): string | undefined {
  const m =
    new RegExp(`<c\\b[^>]*?\\br="${ref}"[^>]*?>`).exec(sheet) ??
    new RegExp(`<c\\b[^>]*?\\br="${ref}"[^>]*?/>`).exec(sheet);
  return m ? /\bs="(\d+)"/.exec(m[0])?.[1] : undefined;
}

/** Sets cells (row → column → value) in a sheet's XML, keeping the rows' and other cells' order. */
export function setCells(
  sheet: string,
  cells: ReadonlyMap<number, ReadonlyMap<number, { value: Value; style?: string }>>,
): string {
  const start = sheet.indexOf("<sheetData");
  const open = sheet.indexOf(">", start) + 1;
  const selfClosing = sheet[open - 2] === "/";
  const end = selfClosing ? open : sheet.indexOf("</sheetData>", open);
  const body = selfClosing ? "" : sheet.slice(open, end);
  const rows = new Map<number, string>();
  for (const m of body.matchAll(ROW)) rows.set(Number(m[1]), m[0]);
  for (const [r, line] of cells) {
    const existing = rows.get(r) ?? `<row r="${r}"></row>`;
    const head = /^<row\b[^>]*?(?=\/?>)/.exec(existing)![0];
    const kept = new Map<number, string>();
    for (const c of existing.matchAll(CELL)) kept.set(columnNumber(c[1]!), c[0]);
    for (const [col, { value, style }] of line) kept.set(col, cellXml(cellAddress(r - 1, col), value, style));
    const inner = [...kept]
      .sort((a, b) => a[0] - b[0])
      .map(([, x]) => x)
      .join("");
    rows.set(r, `${head.replace(/\s+spans="[^"]*"/, "")}>${inner}</row>`);
  }
  const data = [...rows]
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x)
    .join("");
  return selfClosing
    ? `${sheet.slice(0, start)}<sheetData>${data}</sheetData>${sheet.slice(open)}`
    : `${sheet.slice(0, open)}${data}${sheet.slice(end)}`;
}

/** The single cell a workbook-scoped defined name points at. */
function namedCell(pkg: WorkbookPackage, name: string): { path: string; row: number; col: number } | undefined {
  const d = pkg.names.find((n) => n.name === name && n.sheetIndex === undefined);
  const m = d && /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(d.ref);
  if (!m) return undefined;
  const sheet = pkg.sheets.find((s) => s.name === m[1]!.replace(/''/g, "'"));
  return sheet && { path: sheet.path, row: Number(m[3]), col: columnNumber(m[2]!) };
}

async function patch(bytes: Buffer, pkg: WorkbookPackage, plan: FreezePlan): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const table = pkg.tables.find((t) => t.name === FOLLOW_UP_TABLES.baseline.name)!;
  const box = parseRange(table.ref);
  const edits = new Map<string, Map<number, Map<number, { value: Value; style?: string }>>>();
  const at = (path: string, row: number): Map<number, { value: Value; style?: string }> => {
    const sheet = edits.get(path) ?? new Map<number, Map<number, { value: Value; style?: string }>>();
    edits.set(path, sheet);
    const line = sheet.get(row) ?? new Map<number, { value: Value; style?: string }>();
    sheet.set(row, line);
    return line;
  };
  const tableSheet = (await zip.file(table.sheet.path)!.async("string")) ?? "";
  plan.rows.forEach((values, i) => {
    const row = box.r1 + 2 + i; // A1 row: header at r1 + 1
    values.forEach((value, k) => {
      const style = styleAt(tableSheet, cellAddress(box.r1 + 1, box.c1 + k)); // the first data row's look
      at(table.sheet.path, row).set(box.c1 + k, { value, ...(style ? { style } : {}) });
    });
  });
  for (const [name, value] of [
    [
      "Baslinje_fryst",
      Math.round(excelSerial(new Date(Date.UTC(plan.date.getFullYear(), plan.date.getMonth(), plan.date.getDate())))),
    ],
    ["Baslinje_fingeravtryck", plan.fingerprint],
  ] as const) {
    const cell = namedCell(pkg, name)!; // freezeBytes checked both are there
    const xml = (await zip.file(cell.path)!.async("string")) ?? "";
    const style = styleAt(xml, cellAddress(cell.row - 1, cell.col));
    at(cell.path, cell.row).set(cell.col, { value, ...(style ? { style } : {}) });
  }
  for (const [path, cells] of edits) zip.file(path, setCells((await zip.file(path)!.async("string")) ?? "", cells));
  const last = Math.max(box.r2, box.r1 + plan.rows.length);
  const ref = rangeAddress(box.r1, box.c1, last, box.c2);
  const tableXml = (await zip.file(table.path)!.async("string")).replace(
    /(<(?:\w+:)?(?:table|autoFilter)\b[^>]*?\bref=")[^"]*"/g,
    `$1${ref}"`,
  );
  zip.file(table.path, tableXml);
  const workbook = "xl/workbook.xml";
  const wb = await zip.file(workbook)?.async("string");
  if (wb !== undefined)
    zip.file(
      workbook,
      /<calcPr\b/.test(wb)
        ? wb.replace(/<calcPr\b(?![^>]*fullCalcOnLoad)/, '<calcPr fullCalcOnLoad="1"')
        : // CT_Workbook order: calcPr comes after sheets and definedNames.
          wb.replace(/<\/definedNames>|<\/sheets>(?![\s\S]*<definedNames)/, (m) => `${m}<calcPr fullCalcOnLoad="1"/>`),
    );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Freezes the baseline into the file's bytes, or says why not (nothing written then). */
export async function freezeBytes(
  bytes: Buffer,
  grids: WorkbookGrids,
  today: Date,
): Promise<{ readonly ok: true; readonly bytes: Buffer; readonly plan: FreezePlan } | FreezeRefusal> {
  const plan = planFreeze(grids, today);
  if (!plan.ok) return plan;
  const pkg = readPackage(new ZipArchive(bytes, defaultLimits()))!;
  const whole =
    pkg.tables.some((t) => t.name === FOLLOW_UP_TABLES.baseline.name) &&
    BASELINE_FORM.every((f) => namedCell(pkg, f.name) !== undefined);
  if (!whole) return MISSING_CELLS;
  return { ok: true, bytes: await patch(bytes, pkg, plan), plan };
}
