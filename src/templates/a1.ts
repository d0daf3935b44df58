/**
 * A1 addresses and sheet names: the one place that turns zero-based rows/columns into `B12`,
 * ranges into `A1:C3`, and sheet names into the forms Excel writes (`Kostnader!D7`, `'Min kalkyl'!D7`).
 */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

export const rangeAddress = (r1: number, c1: number, r2: number, c2: number): string =>
  r1 === r2 && c1 === c2 ? cellAddress(r1, c1) : `${cellAddress(r1, c1)}:${cellAddress(r2, c2)}`;

/** `$F$5:$F$19`: the absolute form charts and defined names use. */
export function absoluteRange(r1: number, c1: number, r2: number, c2: number): string {
  const abs = (r: number, c: number): string => `$${columnLetter(c)}$${r + 1}`;
  return r1 === r2 && c1 === c2 ? abs(r1, c1) : `${abs(r1, c1)}:${abs(r2, c2)}`;
}

/** "B12" → {row: 11, col: 1}; "$B$12" too. */
export function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`Not a cell address: ${a1}`);
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:C3" → corners (a single cell is a 1×1 range; a sheet prefix is ignored). */
export function parseRange(a1: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b] = a1.replace(/^.*!/, "").split(":");
  const p = parseCell(a!);
  const q = b === undefined ? p : parseCell(b);
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

/** A sheet name always in quotes, as formulas, defined names and chart series may take it: `'Återföring'`. */
export const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Names Excel writes without quotes: letters, digits, `_` and `.`, not starting with a digit, not like a cell. */
const needsNoQuotes = (name: string): boolean =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^R\d*C\d*$/i.test(name);

/** "Kostnader!D7", "'Min kalkyl'!D7": a cell or range on a sheet as Excel shows it to the user. */
export const sheetAddress = (sheet: string, a1: string): string =>
  `${needsNoQuotes(sheet) ? sheet : quotedSheet(sheet)}!${a1}`;

/** "'Min blad'!$B$4:$D$9" → sheet "Min blad" and range "B4:D9". */
export function splitAddress(address: string): { sheet: string; range: string } {
  const at = address.lastIndexOf("!");
  const sheet = address
    .slice(0, at)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const { r1, c1, r2, c2 } = parseRange(address.slice(at + 1).replace(/\$/g, ""));
  return { sheet, range: rangeAddress(r1, c1, r2, c2) };
}
