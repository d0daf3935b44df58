/**
 * `sif`: the engine outside Excel. The command line is parsed by commander; usage errors are one line on
 * stderr and exit code 2, help and the version go to stdout with exit code 0.
 *   sif template OUT.xlsx [--lang sv|en] [--example] [--force]   write the application workbook
 *   sif validate FILE_OR_FOLDER… [--profile ID] [--format text|json|markdown] [--lang sv|en] [--summary]
 *   sif freeze FILE [--lang sv|en]   freeze the approved plan into the file's baseline (follow-up)
 *   sif follow-up FILE_OR_FOLDER… [--profile ID] [--format …] [--lang sv|en] [--summary]   actuals against it
 *   sif fund FOLDER --fund SETTINGS.xlsx [--xlsx LEDGER.xlsx] [--format …]   the fund's ledger (L01–L08)
 *   sif fund --template OUT.xlsx   the fund's settings workbook
 */
import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PROFILES } from "../domain/profiles";
import { earlyInterventionExample } from "../examples/early-intervention";
import { fillFromApplication, NO_FILL, planWorkbook } from "../templates";
import { workbookBytes } from "../xlsx/write";
import { reportTime } from "./clock";
import { freezeFile } from "./freeze";
import { addFollowUp } from "./follow-up-command";
import { addFund } from "./fund-command";
import { render } from "./report";
import {
  exitCode,
  expandPaths,
  langOption,
  type RawValidateOptions,
  UsageError,
  validateFiles,
  validateOptions,
} from "./validate";

const EXIT_CODES = `
Exit code 0: no errors; 1: an application has errors; 2: a file could not be read, or misuse.`;
const TEMPLATE_EXIT_CODES = `
Exit code 0: written; 2: OUT.xlsx exists (and no --force), cannot be written, or misuse.`;

/** What a command needs as arguments, said when they are missing or too many. */
const ARGUMENTS_NEEDED: Readonly<Record<string, string>> = {
  template: "needs exactly one output file",
  validate: "needs at least one file or folder",
  freeze: "needs exactly one workbook",
  "follow-up": "needs at least one file or folder",
};

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return "unknown";
  }
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, " ").trim();
const stderr = (line: string): void => void process.stderr.write(`${line}\n`);

interface TemplateOptions {
  readonly lang: string;
  readonly example?: true;
  readonly force?: true;
}

async function template(out: string, opts: TemplateOptions): Promise<number> {
  const lang = langOption(opts.lang);
  const fill = opts.example ? fillFromApplication(earlyInterventionExample(), lang) : NO_FILL;
  const bytes = await workbookBytes(planWorkbook(lang, fill));
  try {
    await writeFile(out, bytes, { flag: opts.force ? "w" : "wx" }); // "wx": never over an existing file
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST")
      throw new Error(`${out} already exists; use --force to overwrite it`);
    throw e;
  }
  stderr(`${out}: ${opts.example ? "filled example" : "template"} written (${lang}).`);
  return 0;
}

async function validate(paths: readonly string[], raw: RawValidateOptions): Promise<number> {
  const options = validateOptions(raw);
  const now = reportTime();
  const { files, skipped } = await expandPaths(paths);
  const results = await validateFiles(files, options, stderr);
  const report = { results, skipped, now, version: version(), lang: options.lang, summaryOnly: options.summaryOnly };
  process.stdout.write(render(report, options.format));
  for (const r of results) {
    if (r.readable) continue;
    const problem = oneLine(r.problem[options.lang]);
    stderr(
      options.lang === "sv" ? `sif: ${r.file} kan inte läsas: ${problem}` : `sif: ${r.file} cannot be read: ${problem}`,
    );
  }
  return exitCode(results);
}

interface State {
  code: number;
  /** The command being parsed: the program, then the subcommand once commander dispatches to it. */
  active?: Command;
}

/** `sif freeze FILE` (the follow-up's baseline). */
function addFreeze(sif: Command, state: State): void {
  sif
    .command("freeze")
    .summary("freeze the approved plan into the workbook's baseline")
    .description(
      "After the board's decision: copies the plan's cost and co-financing per year and savings and " +
        "repayments per unit and year into the baseline (sheet Beslut) as values, with the date and a " +
        "SHA-256 fingerprint. Never overwrites a frozen baseline; the rest of the file is left as it is.",
    )
    .argument("<FILE.xlsx>", "an application workbook with the follow-up's sheets")
    .option("--lang <sv|en>", "language of the messages", "sv")
    .addHelpText("after", "\nExit code 0: frozen; 2: refused (the file is unchanged), unreadable, or misuse.")
    .action(async (file: string, opts: { lang: string }) => {
      state.code = await freezeFile(file, langOption(opts.lang), reportTime());
    });
}

function program(state: State): Command {
  const sif = new Command("sif")
    .description("Applications to Region Blekinge's social investment fund, without Excel.")
    .version(version(), "-V, --version", "print the version")
    .helpOption("-h, --help", "print this help")
    .helpCommand("help [command]", "print the help for a command")
    .addHelpText("after", EXIT_CODES)
    .configureOutput({
      writeOut: (s) => void process.stdout.write(s),
      writeErr: (s) => void process.stderr.write(s),
      outputError: () => {}, // main() says what went wrong, in one line
    })
    .exitOverride()
    .hook("preSubcommand", (_, sub) => {
      state.active = sub;
    });
  sif
    .command("template")
    .summary("write the application workbook")
    .description(
      "Writes the application workbook (all template sheets). --example fills it with a realistic " +
        "application (early intervention for children and young people).",
    )
    .argument("<OUT.xlsx>", "the workbook to write")
    .option("--lang <sv|en>", "language of the sheets", "sv")
    .option("--example", "fill in the example application")
    .option("--force", "overwrite OUT.xlsx when it exists")
    .addHelpText("after", TEMPLATE_EXIT_CODES)
    .action(async (out: string, opts: TemplateOptions) => {
      state.code = await template(out, opts);
    });
  sif
    .command("validate")
    .summary("check filled applications: findings and key figures")
    .description(
      "Checks filled application workbooks against the fund's rules and prints a summary (one row per " +
        "application), then the findings (with Sheet!A1 cells) and the key figures K01-K17. Folders are " +
        "searched for .xlsx files; other spreadsheet files there (.xls, .xlsm, .ods, Excel's ~$ lock files) " +
        "are listed as skipped. SIF_NOW=2026-12-02T18:40:00+01:00 fixes the report's date.",
    )
    .argument("<FILE_OR_FOLDER...>", "workbooks, or folders holding them")
    .option("--profile <ID>", `rule profile instead of the workbook's own (${PROFILES.map((p) => p.id).join(", ")})`)
    .option("--format <text|json|markdown>", "report format", "text")
    .option("--lang <sv|en>", "language of the report", "sv")
    .option("--summary", "the summary alone: no findings, no details")
    .addHelpText("after", EXIT_CODES)
    .action(async (paths: string[], opts: RawValidateOptions) => {
      state.code = await validate(paths, opts);
    });
  addFreeze(sif, state);
  addFollowUp(sif, state, version(), stderr);
  addFund(sif, state, version(), stderr);
  return sif;
}

/** Commander's error, said as sif says it: `Unknown option --colour`. */
function commanderMessage(e: CommanderError, cmd: Command): string {
  const [first = "", ...more] = e.message.replace(/^error: /, "").split("\n");
  const quoted = /'([^']*)'/.exec(first)?.[1] ?? "";
  const suggestion = more.length > 0 ? ` ${oneLine(more.join(" "))}` : ""; // "(Did you mean --lang?)"
  switch (e.code) {
    case "commander.unknownOption":
      return `Unknown option ${quoted}${suggestion}`;
    case "commander.unknownCommand":
      return `Unknown command ${quoted}${suggestion}`;
    case "commander.optionMissingArgument":
      return `${quoted.split(" ")[0]} needs a value`;
    case "commander.missingArgument":
    case "commander.excessArguments":
      return ARGUMENTS_NEEDED[cmd.name()] ?? first;
    default:
      return oneLine(first);
  }
}

/** A usage error: one line on stderr, the message and the command's usage; exit code 2. */
function misuse(message: string, cmd: Command): number {
  const path = cmd.parent ? `${cmd.parent.name()} ${cmd.name()}` : cmd.name();
  stderr(`${path}: ${message}. Usage: ${cmd.createHelp().commandUsage(cmd)} (more: ${path} --help)`);
  return 2;
}

export async function main(argv: readonly string[]): Promise<number> {
  const state: State = { code: 0 };
  const sif = program(state);
  try {
    await sif.parseAsync([...argv], { from: "user" });
    return state.code;
  } catch (e) {
    const cmd = state.active ?? sif;
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0; // --help, --version, sif help
      if (e.code === "commander.help") return 2; // `sif` alone: commander printed the help on stderr
      return misuse(commanderMessage(e, cmd), cmd);
    }
    if (e instanceof UsageError) return misuse(e.message, cmd);
    stderr(`sif: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    return 2;
  }
}
