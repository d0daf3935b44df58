/**
 * The cells of one sheet part, but only those inside the rectangles asked for: values as Office.js
 * `range.values` gives them (a date is its serial number, a formula its cached result), and formulas
 * where asked (Excel's shared formulas translated to each cell). Rows come in order, so the scan
 * stops past the last row asked for: a sheet of a million rows below the tables costs nothing more.
 */
import { columnLetter, parseCell } from "../templates/a1";
import { excelSerial } from "../domain/years";
import { scanSheetXml } from "./xml";

/** A formula cell the writer saved without a result (openpyxl, our own template writer): not a value. */
export interface Uncalculated {
  readonly uncalculated: string;
}

export type CellValue = string | number | boolean | { readonly error: string } | Uncalculated;

export interface SheetCell {
  readonly value: CellValue;
  /** En-US formula without "=", when the cell has one. */
  readonly formula?: string;
}

export interface Rect {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

const key = (r: number, c: number): string => `${r},${c}`;

/** "AB12" → zero-based row and column, by character codes (called for every cell of a sheet). */
function cellAt(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else if (ch !== 36) break; // "$"
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 48 && ch <= 57) row = row * 10 + (ch - 48);
    else if (ch !== 36) return parseCell(ref); // not a plain A1 reference: let the strict parser say so
  }
  return { row: row - 1, col: col - 1 };
}

/** Moves the relative A1 references of a shared formula by (dr, dc); strings and [structured refs] stay. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  return formula.replace(
    /("(?:[^"]|"")*")|(\[[^\]]*\])|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
    (all: string, str?: string, bracket?: string, colAbs?: string, col?: string, rowAbs?: string, row?: string) => {
      if (str !== undefined || bracket !== undefined || col === undefined || row === undefined) return all;
      const { row: r, col: c } = parseCell(`${col}${row}`);
      const newCol = colAbs ? col : columnLetter(c + dc);
      const newRow = rowAbs ? row : String(r + dr + 1);
      return `${colAbs}${newCol}${rowAbs}${newRow}`;
    },
  );
}

interface Pending {
  r: number;
  c: number;
  type: string;
  value: string;
  inline: string;
  formula?: string;
  shared?: { si: string; master: boolean };
}

function valueOf(p: Pending, strings: readonly string[]): CellValue {
  const has = p.value !== "";
  switch (p.type) {
    case "s":
      return strings[Number(p.value)] ?? "";
    case "str":
      return p.value;
    case "inlineStr":
      return p.inline;
    case "b":
      return p.value === "1" || p.value === "true";
    case "e":
      return { error: p.value };
    case "d": {
      const d = new Date(p.value.endsWith("Z") || p.value.length <= 10 ? p.value : `${p.value}Z`);
      return Number.isNaN(d.getTime()) ? p.value : excelSerial(d);
    }
  }
  if (!has) return p.formula !== undefined ? { uncalculated: p.formula } : "";
  const n = Number(p.value);
  return Number.isNaN(n) ? p.value : n;
}

/** Reads the cells of `xml` inside `rects` (zero-based); `withFormulas` also keeps their formulas. */
export function readSheetCells(
  xml: string,
  rects: readonly Rect[],
  strings: readonly string[],
  withFormulas = false,
): Map<string, SheetCell> {
  const cells = new Map<string, SheetCell>();
  const lastRow = Math.max(-1, ...rects.map((r) => r.r2));
  const wanted = (r: number, c: number): boolean => rects.some((x) => r >= x.r1 && r <= x.r2 && c >= x.c1 && c <= x.c2);
  const masters = new Map<string, { r: number; c: number; formula: string }>();
  let row = -1;
  let col = -1;
  let cell: Pending | undefined;
  let inValue = false;
  let inFormula = false;
  let inInline = false;
  scanSheetXml(xml, (stop) => ({
    open(name, a) {
      if (name === "row") {
        row = a.r !== undefined ? Number(a.r) - 1 : row + 1;
        col = -1;
        if (row > lastRow) stop();
      } else if (name === "c") {
        const at = a.r !== undefined ? cellAt(a.r) : { row, col: col + 1 };
        row = at.row;
        col = at.col;
        cell = { r: at.row, c: at.col, type: a.t ?? "n", value: "", inline: "" };
      } else if (cell && name === "v") inValue = true;
      else if (cell && name === "f") {
        inFormula = true;
        cell.formula = "";
        if (a.t === "shared" && a.si !== undefined) cell.shared = { si: a.si, master: a.ref !== undefined };
      } else if (cell && name === "t") inInline = true;
    },
    text(t) {
      if (!cell) return;
      if (inValue) cell.value += t;
      else if (inFormula) cell.formula += t;
      else if (inInline) cell.inline += t;
    },
    close(name) {
      if (name === "v") inValue = false;
      else if (name === "f") inFormula = false;
      else if (name === "t") inInline = false;
      else if (name === "c" && cell) {
        const p = cell;
        cell = undefined;
        if (p.shared?.master && p.formula) masters.set(p.shared.si, { r: p.r, c: p.c, formula: p.formula });
        else if (p.shared && !p.formula) {
          const m = masters.get(p.shared.si);
          if (m) p.formula = shiftFormula(m.formula, p.r - m.r, p.c - m.c);
        }
        if (!wanted(p.r, p.c)) return;
        const value = valueOf(p, strings);
        cells.set(key(p.r, p.c), withFormulas && p.formula !== undefined ? { value, formula: p.formula } : { value });
      }
    },
  }));
  return cells;
}

export const cellKey = key;
