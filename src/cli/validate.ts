/**
 * `sif validate FILE_OR_FOLDER… [--profile ID] [--format text|json|markdown] [--lang sv|en] [--summary]`
 * Reads filled application workbooks, runs the engine (the same parser and rules as the pane) and
 * reports findings with Sheet!A1 addresses and the key figures. Exit: 0 no errors, 1 an application
 * has errors, 2 a file could not be read or the command was misused.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { findProfile, PROFILES, type RuleProfile } from "../domain/profiles";
import type { Lang } from "../domain/vocabulary";
import { checkFile, type FileResult } from "./check-file";

export type { CheckedFile, FileResult, UnreadableFile } from "./check-file";
export type Format = "text" | "json" | "markdown";

export class UsageError extends Error {}

/** Why a file in a folder was not checked. */
export type SkipKind = "lock" | "xls" | "xlsm" | "xlsb" | "template" | "opendocument" | "numbers" | "csv" | "fund";

/** A file in a named folder that looks like a spreadsheet but is not checked: listed in the report, not dropped. */
export interface SkippedFile {
  readonly file: string;
  readonly kind: SkipKind;
}

/** What is skipped, by extension (lower case); Excel's lock files (`~$…`) whatever their extension. */
const SKIPPED_EXTENSIONS: Readonly<Record<string, SkipKind>> = {
  xls: "xls",
  xlsm: "xlsm",
  xlsb: "xlsb",
  xlt: "template",
  xltx: "template",
  xltm: "template",
  ods: "opendocument",
  ots: "opendocument",
  fods: "opendocument",
  numbers: "numbers",
  csv: "csv",
};

/** The reason in the report: what the file is, and what to do. */
export const SKIP_REASONS: Readonly<Record<SkipKind, { readonly sv: string; readonly en: string }>> = {
  lock: {
    sv: "Excels låsfil: någon har arbetsboken öppen i Excel",
    en: "Excel's lock file: someone has the workbook open in Excel",
  },
  xls: { sv: "äldre Excel-format; spara som .xlsx", en: "older Excel format; save as .xlsx" },
  xlsm: { sv: "arbetsbok med makron; spara som .xlsx", en: "macro-enabled workbook; save as .xlsx" },
  xlsb: { sv: "binärt Excel-format; spara som .xlsx", en: "binary Excel format; save as .xlsx" },
  template: {
    sv: "Excel-mall, ingen ansökan; spara som .xlsx",
    en: "Excel template, not an application; save as .xlsx",
  },
  opendocument: {
    sv: "OpenDocument-format (LibreOffice); spara som .xlsx",
    en: "OpenDocument format (LibreOffice); save as .xlsx",
  },
  numbers: { sv: "Numbers-format; exportera som .xlsx", en: "Numbers format; export as .xlsx" },
  csv: {
    sv: "textfil, inte ansökans arbetsbok; använd mallen (.xlsx)",
    en: "a text file, not the application workbook; use the template (.xlsx)",
  },
  fund: {
    sv: "fondens egen arbetsbok (inställningar eller huvudbok), ingen ansökan",
    en: "the fund's own workbook (settings or ledger), not an application",
  },
};

/** What a folder entry is: an application to check, a spreadsheet-like file to list as skipped, or neither. */
function classify(name: string): "check" | SkipKind | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  const kind = ext === "xlsx" ? "check" : (SKIPPED_EXTENSIONS[ext] ?? null);
  return name.startsWith("~$") && kind !== null ? "lock" : kind; // not a Word document's lock file
}

export interface ExpandedPaths {
  /** Files named on the command line, and the .xlsx files in named folders (recursively, sorted). */
  readonly files: string[];
  /** Spreadsheet-like files in those folders that are not checked (.xls, .xlsm, .ods, Excel's lock files …). */
  readonly skipped: SkippedFile[];
}

/** Hidden files and folders are passed over, and files that are no spreadsheet (a PDF beside the applications). */
export async function expandPaths(paths: readonly string[]): Promise<ExpandedPaths> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      files.push(p);
      continue;
    } // reported as unreadable
    if (!info.isDirectory()) {
      files.push(p);
      continue;
    }
    const found: string[] = [];
    const passed: SkippedFile[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith(".")) continue; // hidden files and folders (LibreOffice's .~lock files too)
        const full = join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else {
          const what = classify(entry.name);
          if (what === "check") found.push(full);
          else if (what !== null) passed.push({ file: full, kind: what });
        }
      }
    };
    await walk(p);
    if (found.length === 0) {
      const also = passed.length === 0 ? "" : ` (skipped: ${passed.map((s) => basename(s.file)).join(", ")})`;
      throw new UsageError(`No .xlsx files in the folder ${p}${also}`);
    }
    files.push(...found);
    skipped.push(...passed);
  }
  return { files, skipped };
}

export interface ValidateOptions {
  readonly profile?: RuleProfile;
  readonly format: Format;
  readonly lang: Lang;
  /** `--summary`: the summary alone. */
  readonly summaryOnly: boolean;
}

/** The options as commander hands them over, before they are checked. */
export interface RawValidateOptions {
  readonly profile?: string;
  readonly format: string;
  readonly lang: string;
  readonly summary?: true;
}

export function langOption(value: string): Lang {
  if (value !== "sv" && value !== "en") throw new UsageError(`--lang must be sv or en, not ${value}`);
  return value;
}

/** Checks the values commander parsed: a known profile, format and language. */
export function validateOptions(raw: RawValidateOptions): ValidateOptions {
  let profile: RuleProfile | undefined;
  if (raw.profile !== undefined) {
    profile = findProfile(raw.profile);
    if (!profile)
      throw new UsageError(`Unknown profile ${raw.profile}; known: ${PROFILES.map((p) => p.id).join(", ")}`);
  }
  const format = raw.format;
  if (format !== "text" && format !== "json" && format !== "markdown")
    throw new UsageError(`--format must be text, json or markdown, not ${format}`);
  return { ...(profile ? { profile } : {}), format, lang: langOption(raw.lang), summaryOnly: raw.summary === true };
}

/** Runs the checks; progress goes to stderr when the batch is long. */
export async function validateFiles(
  files: readonly string[],
  options: ValidateOptions,
  progress: (line: string) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const long = files.length > 10;
  for (let i = 0; i < files.length; i++) {
    if (long && (i % 25 === 0 || i === files.length - 1)) progress(`[${i + 1}/${files.length}] ${files[i]}`);
    results.push(await checkFile(files[i]!, options.profile));
  }
  return results;
}

export function exitCode(results: readonly FileResult[]): number {
  if (results.some((r) => !r.readable)) return 2;
  return results.some((r) => r.readable && r.counts.error > 0) ? 1 : 0;
}
