/** A1 addresses from zero-based row/column indexes, and back. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

export const rangeAddress = (r1: number, c1: number, r2: number, c2: number): string =>
  r1 === r2 && c1 === c2 ? cellAddress(r1, c1) : `${cellAddress(r1, c1)}:${cellAddress(r2, c2)}`;

/** "B12" → {row: 11, col: 1}; "$B$12" too. */
export function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`Not a cell address: ${a1}`);
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:C3" → corners (a single cell is a 1×1 range). */
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

/** A sheet name as a formula needs it: 'Återföring'!A1. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
