/**
 * Text that came from an application (its name, unit names, messages quoting cell values, file names) made
 * safe to print: on one line for the terminal, and in Markdown with nothing live — no HTML, links, images,
 * emphasis, headings or broken tables — so that the board's case file shows exactly what the applicant typed.
 */

/** Line breaks, tabs and other control characters as one space each run; ends trimmed. */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}

/**
 * User text as inert Markdown, on one line, fit for a table cell or a heading. `<`, `>` and `&` become
 * entities (no HTML, no autolinks `<http://…>`, no entity tricks); the backslash, `` ` ``, `*`, `_`, `[`, `]`, `#`, `|`,
 * `~` and `$` are backslash-escaped, and `!` before `[` (no image); `://` and `www.` are broken up so that no bare
 * URL turns into a link. A `!` elsewhere means nothing to Markdown and stays as it is (`Kostnader!D7`).
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]#|~$]/g, (c) => `\\${c}`)
    .replace(/!(?=\\\[)/g, "\\!")
    .replace(/:\/\//g, "\\://")
    .replace(/\b(www)\./gi, "$1\\.");
}

/** Code points, so that "å" and "…" count as one column each. */
export const width = (s: string): number => [...s].length;

/** At most `max` columns: cut, with "…" as the last column, when longer. */
export function truncate(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  return max <= 0 ? "" : `${chars.slice(0, max - 1).join("")}…`;
}

/** At most `max` columns, cut in the middle when longer: "familjecentr…skrona.xlsx". */
export function truncateMiddle(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  if (max <= 2) return truncate(s, max);
  const tail = Math.floor((max - 1) / 2);
  return `${chars.slice(0, max - 1 - tail).join("")}…${chars.slice(chars.length - tail).join("")}`;
}
