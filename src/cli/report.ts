/**
 * `sif validate`'s three outputs: text for the terminal (text.ts), JSON for tools (json.ts), Markdown for the
 * board's case file (markdown.ts). Each begins with the summary (summary.ts); then, unless `--summary`, each
 * application's findings — root causes first, adjacent cells as one range — and its key figures K01–K17.
 */
import { toJson } from "./json";
import { toMarkdown } from "./markdown";
import type { Report } from "./summary";
import { toText } from "./text";
import type { Format } from "./validate";

export type { Report } from "./summary";

export function render(report: Report, format: Format): string {
  if (format === "json") return toJson(report);
  if (format === "markdown") return toMarkdown(report);
  return toText(report);
}
