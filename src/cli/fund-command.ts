/**
 * `sif fund FOLDER --fund SETTINGS.xlsx [--xlsx LEDGER.xlsx] [--force] [--format …] [--lang sv|en]` and
 * `sif fund --template OUT.xlsx [--lang sv|en] [--force]`. Exit: 0 the ledger is within the frames; 1 an L07
 * breach or an unreadable cell in the settings; 2 a file could not be read, or misuse.
 */
import type { Command } from "commander";
import { findProfile, PROFILES } from "../domain/profiles";
import { FileProblem } from "../xlsx/load";
import { reportTime } from "./clock";
import type { CommandState } from "./follow-up-command";
import { fundReport, readFund, writeFundTemplate, writeLedger } from "./fund";
import { toFundJson, toFundMarkdown, toFundText } from "./fund-report";
import { langOption, UsageError, validateOptions } from "./validate";

interface RawFundOptions {
  readonly fund?: string;
  readonly xlsx?: string;
  readonly template?: string;
  readonly force?: true;
  readonly format: string;
  readonly lang: string;
  readonly profile?: string;
}

async function fund(folder: string | undefined, raw: RawFundOptions, version: string, stderr: (l: string) => void) {
  const lang = langOption(raw.lang);
  if (raw.template !== undefined) {
    if (folder !== undefined || raw.fund !== undefined || raw.xlsx !== undefined)
      throw new UsageError("--template writes the settings workbook alone: give no folder, --fund or --xlsx");
    await writeFundTemplate(raw.template, lang, raw.force === true);
    stderr(
      `${raw.template}: ${lang === "sv" ? "fondens inställningar skrivna" : "the fund's settings written"} (${lang}).`,
    );
    return 0;
  }
  if (folder === undefined) throw new UsageError("needs the folder of application workbooks (or --template OUT.xlsx)");
  if (raw.fund === undefined) throw new UsageError("needs --fund SETTINGS.xlsx (sif fund --template writes one)");
  const { format } = validateOptions({ format: raw.format, lang: raw.lang });
  const profile = raw.profile === undefined ? undefined : findProfile(raw.profile);
  if (raw.profile !== undefined && !profile)
    throw new UsageError(`Unknown profile ${raw.profile}; known: ${PROFILES.map((p) => p.id).join(", ")}`);
  const now = reportTime();
  let read;
  try {
    read = await readFund(folder, raw.fund, now, profile);
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    stderr(`sif: ${raw.fund} ${lang === "sv" ? "kan inte läsas" : "cannot be read"}: ${lang === "sv" ? e.sv : e.en}`);
    return 2;
  }
  const report = fundReport(read, folder, { now, version, lang }, profile);
  process.stdout.write({ text: toFundText, json: toFundJson, markdown: toFundMarkdown }[format](report));
  if (raw.xlsx !== undefined) {
    await writeLedger(raw.xlsx, report, raw.force === true);
    stderr(`${raw.xlsx}: ${lang === "sv" ? "huvudboken skriven" : "the ledger written"}.`);
  }
  if (read.unreadable.length > 0) return 2;
  return report.ledger.findings.length > 0 || read.settingsFindings.some((f) => f.severity === "error") ? 1 : 0;
}

export function addFund(sif: Command, state: CommandState, version: string, stderr: (l: string) => void): void {
  sif
    .command("fund")
    .summary("the fund's ledger across the applications in a folder (L01-L08)")
    .description(
      "Reads every application workbook in FOLDER (status, decision, frozen baseline, actuals) and the fund's " +
        "settings (capital and contributions per year, the board's annual frames), and prints the ledger per " +
        "year: committed (L01), paid out (L02), repaid (L03), balance (L04), receivable (L05), overdue (L06), " +
        "the frame check (L07) and the projected balance (L08); --xlsx also writes it as a workbook with live " +
        "formulas and a chart. --template OUT.xlsx writes the settings workbook to fill in.",
    )
    .argument("[FOLDER]", "the folder of application workbooks")
    .option("--fund <SETTINGS.xlsx>", "the fund's settings workbook")
    .option("--xlsx <LEDGER.xlsx>", "also write the ledger workbook")
    .option("--template <OUT.xlsx>", "write the fund's settings workbook (2014: 20 000 000 kr) and stop")
    .option("--force", "overwrite LEDGER.xlsx or OUT.xlsx when it exists")
    .option("--profile <ID>", "rule profile for the follow-up's tolerances")
    .option("--format <text|json|markdown>", "report format", "text")
    .option("--lang <sv|en>", "language of the report and the workbooks", "sv")
    .addHelpText(
      "after",
      "\nExit code 0: within the frames; 1: a frame breach (L07) or an unreadable cell in the settings; " +
        "2: a file could not be read, or misuse.",
    )
    .action(async (folder: string | undefined, opts: RawFundOptions) => {
      state.code = await fund(folder, opts, version, stderr);
    });
}
