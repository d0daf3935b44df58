/**
 * `sif follow-up FILE_OR_FOLDER… [--profile ID] [--format text|json|markdown] [--lang sv|en] [--summary]`: the
 * follow-up of granted applications (U01–U05, F01–F07) in the pane's words, for many workbooks at once.
 * Exit: 0 nothing behind plan and no errors; 1 an investment is behind plan or its follow-up has errors;
 * 2 a file could not be read, or misuse.
 */
import type { Command } from "commander";
import { reportTime } from "./clock";
import { checkFollowUpFile, type FollowUpResult } from "./follow-up-check";
import { toFollowUpJson } from "./follow-up-json";
import { toFollowUpMarkdown, toFollowUpText, type FollowUpReport } from "./follow-up-report";
import { standingOf } from "./follow-up-summary";
import { expandPaths, type RawValidateOptions, validateOptions } from "./validate";

export interface CommandState {
  code: number;
}

export function followUpExitCode(results: readonly FollowUpResult[]): number {
  if (results.some((r) => !r.readable)) return 2;
  const troubled = (r: FollowUpResult): boolean =>
    r.readable && r.followed && (standingOf(r) === "behind" || r.counts.error > 0);
  return results.some(troubled) ? 1 : 0;
}

export async function followUp(
  paths: readonly string[],
  raw: RawValidateOptions,
  version: string,
  stderr: (line: string) => void,
): Promise<number> {
  const options = validateOptions(raw);
  const now = reportTime();
  const { files, skipped } = await expandPaths(paths);
  const results: FollowUpResult[] = [];
  for (const [i, file] of files.entries()) {
    if (files.length > 10 && (i % 25 === 0 || i === files.length - 1)) stderr(`[${i + 1}/${files.length}] ${file}`);
    results.push(
      await checkFollowUpFile(file, { today: now, ...(options.profile ? { profile: options.profile } : {}) }),
    );
  }
  const report: FollowUpReport = {
    results,
    skipped,
    now,
    version,
    lang: options.lang,
    summaryOnly: options.summaryOnly,
  };
  const render = { text: toFollowUpText, json: toFollowUpJson, markdown: toFollowUpMarkdown }[options.format];
  process.stdout.write(render(report));
  for (const r of results)
    if (!r.readable)
      stderr(
        options.lang === "sv"
          ? `sif: ${r.file} kan inte läsas: ${r.problem.sv.replace(/\s*\n\s*/g, " ")}`
          : `sif: ${r.file} cannot be read: ${r.problem.en.replace(/\s*\n\s*/g, " ")}`,
      );
  return followUpExitCode(results);
}

export function addFollowUp(sif: Command, state: CommandState, version: string, stderr: (l: string) => void): void {
  sif
    .command("follow-up")
    .summary("follow up granted applications: actuals against the frozen baseline")
    .description(
      "Reads application workbooks with the follow-up's sheets (decision, frozen baseline, actuals) and prints, " +
        "as the task pane shows it, where each investment stands: on track or behind, U01-U05 (cost against the " +
        "baseline, savings realised, repayments booked and overdue, still owed, projected payback year), what is " +
        "due to be measured (F01) and the findings F02-F07 with their cells. The follow-up year is the decision " +
        "block's, else the current year (SIF_NOW fixes it, as for validate). Folders are searched for .xlsx files.",
    )
    .argument("<FILE_OR_FOLDER...>", "workbooks, or folders holding them")
    .option("--profile <ID>", "rule profile instead of the workbook's own (tolerances)")
    .option("--format <text|json|markdown>", "report format", "text")
    .option("--lang <sv|en>", "language of the report", "sv")
    .option("--summary", "the summary alone: no details, no findings")
    .addHelpText(
      "after",
      "\nExit code 0: nothing behind plan, no errors; 1: an investment is behind plan or has errors; " +
        "2: a file could not be read, or misuse.",
    )
    .action(async (paths: string[], opts: RawValidateOptions) => {
      state.code = await followUp(paths, opts, version, stderr);
    });
}
