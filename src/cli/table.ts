/**
 * Tables for the report: in the terminal fitted to a width (120 columns; the flexible columns — names —
 * give way, cut with "…"), and in Markdown with every cell escaped (user text is never live).
 */
import { escapeMarkdown, oneLine, truncate, truncateMiddle, width } from "./plain-text";

export interface Column {
  readonly header: string;
  /** Right-aligned (amounts, counts). */
  readonly right?: boolean;
  /**
   * May be narrowed to keep the table within the width, its cells cut with "…": columns of a lower `order` give
   * way first (default 1), none below `min` columns (default 10) or its header; `middle` cuts in the middle
   * (a file name keeps its start and its end).
   */
  readonly flexible?: boolean | { readonly order?: number; readonly min?: number; readonly middle?: boolean };
}

const GAP = "  ";

const flexibility = (c: Column): { order: number; min: number; middle: boolean } | null =>
  c.flexible === undefined || c.flexible === false
    ? null
    : {
        order: c.flexible === true ? 1 : (c.flexible.order ?? 1),
        min: Math.max(width(c.header), c.flexible === true ? 10 : (c.flexible.min ?? 10)),
        middle: c.flexible !== true && c.flexible.middle === true,
      };

/** Column widths: what the cells need; then, order by order, the widest flexible column narrowed until it fits. */
function fit(columns: readonly Column[], rows: readonly string[][], max: number): number[] {
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ""))));
  const flex = columns.map(flexibility);
  const total = (): number => widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  const orders = [...new Set(flex.flatMap((f) => (f ? [f.order] : [])))].sort((a, b) => a - b);
  for (const order of orders) {
    while (total() > max) {
      let widest = -1;
      widths.forEach((w, i) => {
        const f = flex[i];
        if (f && f.order === order && w > f.min && (widest < 0 || w > widths[widest]!)) widest = i;
      });
      if (widest < 0) break; // this order has given all it can
      widths[widest]! -= 1;
    }
  }
  return widths;
}

/** The table as lines of at most `max` columns (including `indent`): header, rule, rows. */
export function textTable(columns: readonly Column[], rows: readonly string[][], max = 120, indent = ""): string[] {
  const clean = rows.map((r) => columns.map((_, i) => oneLine(r[i] ?? "")));
  const widths = fit(columns, clean, max - width(indent));
  const line = (cells: readonly string[]): string =>
    indent +
    cells
      .map((c, i) => {
        const cut = flexibility(columns[i]!)?.middle ? truncateMiddle(c, widths[i]!) : truncate(c, widths[i]!);
        const pad = " ".repeat(Math.max(0, widths[i]! - width(cut)));
        return columns[i]!.right ? pad + cut : cut + pad;
      })
      .join(GAP)
      .trimEnd();
  return [line(columns.map((c) => c.header)), indent + widths.map((w) => "-".repeat(w)).join(GAP), ...clean.map(line)];
}

/** A GitHub-flavoured Markdown table; every cell escaped. */
export function markdownTable(columns: readonly Column[], rows: readonly string[][]): string[] {
  const row = (cells: readonly string[]): string => `| ${cells.map((c) => escapeMarkdown(c) || " ").join(" | ")} |`;
  return [
    row(columns.map((c) => c.header)),
    `|${columns.map((c) => (c.right ? "---:" : "---")).join("|")}|`,
    ...rows.map((r) => row(columns.map((_, i) => r[i] ?? ""))),
  ];
}

/** A word cut into pieces of at most `room` columns. */
function pieces(word: string, room: number): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += room) out.push(chars.slice(i, i + room).join(""));
  return out;
}

/** Words wrapped to lines of at most `max` columns (a word longer than a line is cut into pieces that fit). */
export function wrap(text: string, max = 120, indent = ""): string[] {
  const room = Math.max(1, max - width(indent));
  const out: string[] = [];
  let line = "";
  const words = oneLine(text)
    .split(" ")
    .flatMap((w) => pieces(w, room));
  for (const word of words) {
    if (line !== "" && width(`${line} ${word}`) > room) {
      out.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") out.push(indent + line);
  return out;
}
