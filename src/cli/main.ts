/**
 * `sif`: the engine outside Excel.
 *   sif template OUT.xlsx [--lang sv|en] [--example]   write the application workbook
 *   sif validate FILE_OR_FOLDER… [--profile ID] [--format text|json|markdown] [--lang sv|en]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { earlyInterventionExample } from "../examples/early-intervention";
import type { Lang } from "../domain/vocabulary";
import { fillFromApplication, NO_FILL, planWorkbook } from "../templates";
import { writeWorkbookFile } from "../xlsx/write";
import { render } from "./report";
import { exitCode, expandPaths, parseValidateArgs, UsageError as ValidateUsageError, validateFiles } from "./validate";

const USAGE = `Usage:
  sif template OUT.xlsx [--lang sv|en] [--example]
      Writes the application workbook (all template sheets). --example fills it with a
      realistic application (early intervention for children and young people).
  sif validate FILE_OR_FOLDER... [--profile ID] [--format text|json|markdown] [--lang sv|en]
      Checks filled application workbooks against the fund's rules and prints the findings
      (with Sheet!A1 cells) and the key figures K01-K10. Folders are searched for .xlsx files.
      Exit code 0: no errors; 1: an application has errors; 2: a file could not be read or misuse.`;

class UsageError extends Error {}

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return "unknown";
  }
}

async function validate(args: readonly string[]): Promise<number> {
  const { paths, options } = parseValidateArgs(args);
  const files = await expandPaths(paths);
  const results = await validateFiles(files, options, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(render(results, options.format, options.lang, version()));
  return exitCode(results);
}

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(args: readonly string[], valued: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
      if (valued.includes(name)) {
        const v = inline ?? args[++i];
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, v);
      } else flags.set(name, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

function langOf(p: Parsed): Lang {
  const lang = p.flags.get("lang") ?? "sv";
  if (lang !== "sv" && lang !== "en") throw new UsageError(`--lang must be sv or en, not ${String(lang)}`);
  return lang;
}

async function template(args: readonly string[]): Promise<number> {
  const p = parseArgs(args, ["lang"]);
  const unknown = [...p.flags.keys()].filter((f) => !["lang", "example"].includes(f));
  if (unknown.length > 0) throw new UsageError(`Unknown option --${unknown[0]}`);
  if (p.positional.length !== 1) throw new UsageError("sif template needs exactly one output file");
  const out = p.positional[0]!;
  const lang = langOf(p);
  const fill = p.flags.has("example") ? fillFromApplication(earlyInterventionExample(), lang) : NO_FILL;
  await writeWorkbookFile(planWorkbook(lang, fill), out);
  process.stderr.write(`${out}: ${p.flags.has("example") ? "filled example" : "template"} written (${lang}).\n`);
  return 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "template":
        return await template(rest);
      case "validate":
        return await validate(rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ValidateUsageError) {
      process.stderr.write(`sif: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`sif: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
