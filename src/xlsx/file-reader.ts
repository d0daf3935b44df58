/**
 * The .xlsx twin of src/excel/office-reader.ts: one application file in, the contract's tables and
 * named cells out as plain grids for the shared parser (templates/grid-parser.ts), plus the cells of
 * the key-figures sheet for the check against the engine. It reads only what it needs — the
 * workbook, relationships, table parts, shared strings and the cells inside contract ranges — from a
 * zip whose every inflated byte counts against a limit (zip.ts). Values are what Office.js gives the
 * pane: numbers for dates, cached results for formulas, so the pane and `sif` read a file alike.
 */
import { parseRange, rangeAddress, splitAddress } from "../templates/a1";
import {
  AROUND_COLS,
  AROUND_ROWS,
  CONTRACT_NAMES,
  CONTRACT_TABLES,
  type GridRange,
  type WorkbookGrids,
} from "../templates/grid-parser";
import { FIGURE_NAMES, planSheet } from "../templates/plan";
import { FileProblem, checkSignature, defaultLimits, readBytes, type LoadLimits } from "./load";
import { readPackage, type SheetPart, type TablePart, type WorkbookPackage } from "./package";
import { cellKey, readSheetCells, type Rect, type SheetCell } from "./sheet-cells";
import { ZipArchive, ZipProblem } from "./zip";

/** Data rows of a table read at most: far above a real application, far below what hangs a laptop. */
export const MAX_TABLE_ROWS = 5000;

/** The key-figures sheet as the file has it: each cell's formula and cached result. */
export interface FigureSheet {
  readonly name: string;
  cell(row: number, col: number): SheetCell | undefined;
}

export interface FileRead {
  readonly grids: WorkbookGrids;
  readonly figureSheet?: FigureSheet;
}

const FIGURE_PLAN = planSheet("figures", "sv");
const FIGURE_RECT: Rect = {
  r1: 0,
  c1: 0,
  r2: FIGURE_PLAN.cells.length - 1,
  c2: Math.max(...FIGURE_PLAN.cells.map((l) => l.length)) - 1,
};

interface TableRead {
  readonly name: string;
  readonly part: TablePart;
  readonly box: Rect;
  /** Rows read: header, data (capped) and totals. */
  readonly readTo: number;
}

const contractName = (list: readonly string[], name: string): string | undefined =>
  list.find((n) => n.toLowerCase() === name.toLowerCase());

function tablesToRead(pkg: WorkbookPackage): TableRead[] {
  const out: TableRead[] = [];
  for (const part of pkg.tables) {
    const name = contractName(CONTRACT_TABLES, part.name);
    if (!name || out.some((t) => t.name === name)) continue;
    const box = parseRange(part.ref);
    const readTo = Math.min(box.r2, box.r1 + part.headerRows + MAX_TABLE_ROWS - 1);
    out.push({ name, part, box, readTo });
  }
  return out;
}

/** Where each contract name points, workbook-scoped names only (as Office.js `workbook.names`). */
function namesToRead(pkg: WorkbookPackage): { name: string; sheet?: SheetPart; cell?: Rect }[] {
  const out: { name: string; sheet?: SheetPart; cell?: Rect }[] = [];
  for (const d of pkg.names) {
    const name = contractName(CONTRACT_NAMES, d.name);
    if (!name || d.sheetIndex !== undefined || out.some((n) => n.name === name)) continue;
    const at = d.ref.includes("!") ? splitRef(d.ref) : undefined;
    const sheet = at ? pkg.sheets.find((s) => s.name === at.sheet) : undefined;
    out.push(at && sheet ? { name, sheet, cell: at.rect } : { name });
  }
  return out;
}

function splitRef(ref: string): { sheet: string; rect: Rect } | undefined {
  try {
    const { sheet, range } = splitAddress(ref);
    const r = parseRange(range);
    return { sheet, rect: { r1: r.r1, c1: r.c1, r2: r.r1, c2: r.c1 } };
  } catch {
    return undefined; // `'Ansökan'!#REF!` and the like: the name no longer refers to cells
  }
}

const grid = <T>(r: Rect, at: (row: number, col: number) => T): T[][] =>
  Array.from({ length: r.r2 - r.r1 + 1 }, (_, i) =>
    Array.from({ length: r.c2 - r.c1 + 1 }, (_, j) => at(r.r1 + i, r.c1 + j)),
  );

const gridOf = (sheet: string, cells: Map<string, SheetCell>, r: Rect): GridRange => ({
  sheet,
  address: rangeAddress(r.r1, r.c1, r.r2, r.c2),
  values: grid(r, (row, col) => cells.get(cellKey(row, col))?.value ?? ""),
});

function tableGrid(t: TableRead, cells: Map<string, SheetCell>): GridRange {
  const { box, part } = t;
  const totals = t.readTo === box.r2 ? part.totalsRows : 0;
  const dataRows = box.r2 - box.r1 + 1 - part.headerRows - part.totalsRows;
  const below = { r1: box.r2 + 1, c1: box.c1, r2: box.r2 + AROUND_ROWS, c2: box.c2 };
  const right = { r1: box.r1, c1: box.c2 + 1, r2: t.readTo, c2: box.c2 + AROUND_COLS };
  const own = { ...box, r2: t.readTo };
  return {
    ...gridOf(part.sheet.name, cells, own),
    formulas: grid(own, (row, col) => {
      const f = cells.get(cellKey(row, col))?.formula;
      return f === undefined ? "" : `=${f}`;
    }),
    ...(totals > 0 ? { totalsRows: totals } : {}),
    ...(t.readTo < box.r2 ? { fullRows: dataRows } : {}),
    below: gridOf(part.sheet.name, cells, below),
    right: gridOf(part.sheet.name, cells, right),
  };
}

/** Reads every sheet that holds something of the contract, each once, only inside the rectangles needed. */
function readGrids(zip: ZipArchive, pkg: WorkbookPackage): FileRead {
  const tables = tablesToRead(pkg);
  const names = namesToRead(pkg);
  const k01 = pkg.names.find(
    (d) => d.name.toLowerCase() === FIGURE_NAMES.K01.toLowerCase() && d.sheetIndex === undefined,
  );
  const k01At = k01 ? splitRef(k01.ref) : undefined;
  const figureSheet = k01At ? pkg.sheets.find((s) => s.name === k01At.sheet) : undefined;
  const rects = new Map<string, Rect[]>();
  const want = (sheet: SheetPart, r: Rect): void => void rects.set(sheet.path, [...(rects.get(sheet.path) ?? []), r]);
  for (const t of tables) want(t.part.sheet, { ...t.box, r2: t.readTo + AROUND_ROWS, c2: t.box.c2 + AROUND_COLS });
  for (const n of names) if (n.sheet && n.cell) want(n.sheet, n.cell);
  if (figureSheet) want(figureSheet, FIGURE_RECT);
  const cells = new Map<string, Map<string, SheetCell>>();
  for (const [path, list] of rects)
    cells.set(path, readSheetCells(zip.text(path) ?? "", list, pkg.sharedStrings, true));
  const grids: WorkbookGrids = {
    tables: Object.fromEntries(tables.map((t) => [t.name, tableGrid(t, cells.get(t.part.sheet.path)!)])),
    names: Object.fromEntries(
      names.map((n) => [
        n.name,
        n.sheet && n.cell ? gridOf(n.sheet.name, cells.get(n.sheet.path)!, n.cell) : { error: "#REF!" },
      ]),
    ),
    sheetScopedNames: pkg.names
      .filter((d) => d.sheetIndex !== undefined && contractName(CONTRACT_NAMES, d.name))
      .map((d) => ({ name: contractName(CONTRACT_NAMES, d.name)!, sheet: pkg.sheets[d.sheetIndex!]?.name ?? "?" })),
  };
  if (!figureSheet) return { grids };
  const figureCells = cells.get(figureSheet.path)!;
  return { grids, figureSheet: { name: figureSheet.name, cell: (r, c) => figureCells.get(cellKey(r, c)) } };
}

/** One application file, read defensively; every refusal is a FileProblem with a clear message. */
export function readApplicationFile(file: string, limits: LoadLimits = defaultLimits()): Promise<FileRead> {
  try {
    return Promise.resolve(readApplicationBytes(readBytes(file, limits), file, limits));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/** The same, from the bytes of a file (`file` names it in messages). */
export function readApplicationBytes(bytes: Buffer, file: string, limits: LoadLimits = defaultLimits()): FileRead {
  checkSignature(file, bytes);
  try {
    const zip = new ZipArchive(bytes, limits);
    const pkg = readPackage(zip);
    if (!pkg) {
      throw new FileProblem(
        file,
        "Filen är ett zip-arkiv men ingen Excel-arbetsbok (xl/workbook.xml saknas).",
        "The file is a zip archive but not an Excel workbook (xl/workbook.xml is missing).",
      );
    }
    return readGrids(zip, pkg);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    if (e instanceof ZipProblem) throw new FileProblem(file, e.sv, e.en);
    const why = e instanceof Error ? e.message : String(e);
    throw new FileProblem(file, `Arbetsboken kan inte läsas (${why}).`, `The workbook cannot be read (${why}).`);
  }
}
