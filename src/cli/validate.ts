/**
 * `sif validate FILE_OR_FOLDER… [--profile ID] [--format text|json|markdown] [--lang sv|en]`
 * Reads filled application workbooks, runs the engine (the same parser and rules as the pane) and
 * reports findings with Sheet!A1 addresses and the key figures. Exit: 0 no errors, 1 an application
 * has errors, 2 a file could not be read or the command was misused.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { findProfile, PROFILES, type RuleProfile } from "../domain/profiles";
import type { Lang } from "../domain/vocabulary";
import { checkFile, type FileResult } from "./check-file";

export type { CheckedFile, FileResult, UnreadableFile } from "./check-file";
export type Format = "text" | "json" | "markdown";

export class UsageError extends Error {}

/** Files named on the command line, and the .xlsx files in named folders (recursively, sorted). */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      out.push(p);
      continue;
    } // reported as unreadable
    if (!info.isDirectory()) {
      out.push(p);
      continue;
    }
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue; // hidden files, Excel's lock files
        const full = join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (/\.xlsx$/i.test(entry.name)) found.push(full);
      }
    };
    await walk(p);
    if (found.length === 0) throw new UsageError(`No .xlsx files in the folder ${p}`);
    out.push(...found);
  }
  return out;
}

export interface ValidateOptions {
  readonly profile?: RuleProfile;
  readonly format: Format;
  readonly lang: Lang;
}

/** The options as commander hands them over, before they are checked. */
export interface RawValidateOptions {
  readonly profile?: string;
  readonly format: string;
  readonly lang: string;
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
  return { ...(profile ? { profile } : {}), format, lang: langOption(raw.lang) };
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
