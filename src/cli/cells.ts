/**
 * A finding's cells as a reader takes them in: adjacent cells of one sheet collapsed to a range,
 * `Återföring!C5, Återföring!C6, …, Återföring!C9` → `Återföring!C5:C9` (one column, consecutive rows, or
 * one row, consecutive columns). Pure: the addresses in, the shorter list out.
 */
import { cellAddress, parseCell } from "../templates/a1";

interface Cell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** "Kostnader!D7", "'Min kalkyl'!D7", "D7" → the sheet as written and the cell; null for a range or anything else. */
function parse(address: string): Cell | null {
  const m = /^(?:(.*)!)?(\$?[A-Z]{1,3}\$?\d+)$/i.exec(address);
  if (!m) return null;
  const { row, col } = parseCell(m[2]!);
  return { sheet: m[1] ?? "", row, col };
}

const prefix = (sheet: string): string => (sheet === "" ? "" : `${sheet}!`);

/** Runs of consecutive cells along one axis: `along` is the coordinate that grows, `across` the one that stays. */
function runs(cells: readonly Cell[], along: "row" | "col"): { runs: { first: Cell; last: Cell }[]; singles: Cell[] } {
  const across = along === "row" ? "col" : "row";
  const sorted = [...cells].sort((a, b) => a[across] - b[across] || a[along] - b[along]);
  const found: { first: Cell; last: Cell }[] = [];
  const singles: Cell[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1]![across] === sorted[i]![across] &&
      sorted[j + 1]![along] === sorted[j]![along] + 1
    )
      j++;
    if (j > i) found.push({ first: sorted[i]!, last: sorted[j]! });
    else singles.push(sorted[i]!);
    i = j + 1;
  }
  return { runs: found, singles };
}

/** One sheet's distinct cells: column runs first, then row runs among what is left, then single cells. */
function collapseSheet(sheet: string, cells: readonly Cell[]): string[] {
  const vertical = runs(cells, "row");
  const horizontal = runs(vertical.singles, "col");
  const ranges = [...vertical.runs, ...horizontal.runs].map((r) => ({
    at: r.first,
    text: `${prefix(sheet)}${cellAddress(r.first.row, r.first.col)}:${cellAddress(r.last.row, r.last.col)}`,
  }));
  const singles = horizontal.singles.map((c) => ({ at: c, text: `${prefix(sheet)}${cellAddress(c.row, c.col)}` }));
  // In reading order of each piece's first cell: top to bottom, left to right.
  return [...ranges, ...singles].sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col).map((p) => p.text);
}

/**
 * The cells with adjacent ones collapsed to ranges. Sheets keep the order in which they first appear; within a
 * sheet the pieces are in reading order. Duplicates go; anything that is not a single cell (a range, a sheet
 * name) is kept as it is, in its place among the sheets.
 */
export function collapseCells(addresses: readonly string[]): string[] {
  const groups = new Map<string, { sheet: string; cells: Cell[]; seen: Set<string> } | { verbatim: string }>();
  for (const address of addresses) {
    const cell = parse(address);
    if (!cell) {
      if (!groups.has(`=${address}`)) groups.set(`=${address}`, { verbatim: address });
      continue;
    }
    const key = `!${cell.sheet}`;
    const group = groups.get(key) ?? { sheet: cell.sheet, cells: [], seen: new Set<string>() };
    groups.set(key, group);
    if (!("cells" in group)) continue;
    const id = `${cell.row},${cell.col}`;
    if (group.seen.has(id)) continue;
    group.seen.add(id);
    group.cells.push(cell);
  }
  return [...groups.values()].flatMap((g) => ("verbatim" in g ? [g.verbatim] : collapseSheet(g.sheet, g.cells)));
}
