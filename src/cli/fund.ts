/**
 * `sif fund FOLDER --fund SETTINGS.xlsx [--xlsx LEDGER.xlsx] [--force] [--format …] [--lang sv|en]`: the fund's
 * ledger L01–L08 across every application workbook in a folder (status, decision, frozen baseline, actuals, read
 * by the same parser as the pane and `sif follow-up`) and the fund's own settings (capital per year, the board's
 * frames). `sif fund --template OUT.xlsx` writes the settings workbook. The fund's own workbooks in the folder
 * (the settings, a ledger written before) are listed as skipped, not read as applications.
 */
import { writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { FollowUpEvaluation } from "../domain/evaluate-follow-up";
import { fundLedger, type FundLedgerSettings, type Ledger, type LedgerApplication } from "../domain/ledger";
import { DEFAULT_PROFILE, type RuleProfile } from "../domain/profiles";
import type { Lang } from "../domain/vocabulary";
import { evaluate } from "../domain/evaluate";
import { reviewFollowUp } from "../templates/follow-up-parser";
import { parseGrids, type WorkbookGrids } from "../templates/grid-parser";
import { FUND_TABLES } from "../templates/ledger-tables";
import { readFundSettings } from "../templates/ledger-reader";
import type { LocatedFinding } from "../templates/review-grids";
import { FUND_TEMPLATE_FILL, planLedger, planSheet } from "../templates";
import { readApplicationFile } from "../xlsx/file-reader";
import { defaultLimits, FileProblem } from "../xlsx/load";
import { workbookBytes } from "../xlsx/write";
import type { UnreadableFile } from "./check-file";
import { expandPaths, type SkippedFile } from "./validate";

/** What `sif fund` read: the settings, the applications that make the ledger, what it could not read or passed. */
export interface FundRead {
  readonly settingsFile: string;
  readonly settings: FundLedgerSettings;
  /** R17/R18 on the settings workbook's cells. */
  readonly settingsFindings: readonly LocatedFinding[];
  readonly applications: readonly LedgerApplication[];
  readonly unreadable: readonly UnreadableFile[];
  readonly skipped: readonly SkippedFile[];
}

export interface FundReport extends FundRead {
  readonly ledger: Ledger;
  readonly folder: string;
  readonly now: Date;
  readonly version: string;
  readonly lang: Lang;
}

const isFundWorkbook = (grids: WorkbookGrids): boolean =>
  [FUND_TABLES.contributions, FUND_TABLES.ledgerYears].some((t) => grids.tables[t.name] !== undefined);

const unreadable = (file: string, e: unknown): UnreadableFile => {
  if (e instanceof FileProblem) return { file, readable: false, problem: { sv: e.sv, en: e.en } };
  const message = e instanceof Error ? e.message : String(e);
  return {
    file,
    readable: false,
    problem: { sv: `Filen kunde inte läsas: ${message}`, en: `The file could not be read: ${message}` },
  };
};

/** An application for the ledger: without the follow-up's sheets it has no decision yet ("ansökt"). */
function ledgerApplication(file: string, grids: WorkbookGrids, today: Date, profile: RuleProfile): LedgerApplication {
  const review = reviewFollowUp(grids, { today, profile });
  if (review === undefined)
    return {
      file,
      name: evaluate(parseGrids(grids).application).application.text.name,
      status: "applied",
      followUp: undefined,
    };
  const e: FollowUpEvaluation = review.evaluation;
  return { file, name: e.application.application.text.name, status: e.followUp.decision.status, followUp: e };
}

export async function readFund(
  folder: string,
  settingsFile: string,
  today: Date,
  profile: RuleProfile = DEFAULT_PROFILE,
): Promise<FundRead> {
  const settingsRead = readFundSettings((await readApplicationFile(settingsFile, defaultLimits())).grids);
  const { files, skipped } = await expandPaths([folder]);
  const applications: LedgerApplication[] = [];
  const failed: UnreadableFile[] = [];
  const passed: SkippedFile[] = [...skipped];
  for (const file of files) {
    if (resolve(file) === resolve(settingsFile)) {
      passed.push({ file, kind: "fund" });
      continue;
    }
    try {
      const { grids } = await readApplicationFile(file, defaultLimits());
      if (isFundWorkbook(grids)) passed.push({ file, kind: "fund" });
      else applications.push(ledgerApplication(relative(folder, file), grids, today, profile));
    } catch (e) {
      failed.push(unreadable(file, e));
    }
  }
  return {
    settingsFile,
    settings: settingsRead.settings,
    settingsFindings: settingsRead.findings,
    applications,
    unreadable: failed,
    skipped: passed,
  };
}

/** The ledger workbook (Huvudbok, Ansökningar, Flöden), never over an existing file unless `force`. */
export async function writeLedger(out: string, report: FundReport, force: boolean): Promise<void> {
  const plans = planLedger(report.lang, report.settings, report.applications, report.ledger);
  await writeNew(out, await workbookBytes(plans), force);
}

/** The fund settings workbook `sif fund --template` writes: the 2014 capital filled in, no frames yet. */
export async function writeFundTemplate(out: string, lang: Lang, force: boolean): Promise<void> {
  await writeNew(out, await workbookBytes([planSheet("fund", lang, FUND_TEMPLATE_FILL)]), force);
}

async function writeNew(out: string, bytes: Buffer, force: boolean): Promise<void> {
  try {
    await writeFile(out, bytes, { flag: force ? "w" : "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST")
      throw new Error(`${out} already exists; use --force to overwrite it`);
    throw e;
  }
}

export function fundReport(
  read: FundRead,
  folder: string,
  meta: Pick<FundReport, "now" | "version" | "lang">,
  profile: RuleProfile = DEFAULT_PROFILE,
): FundReport {
  return { ...read, ...meta, folder, ledger: fundLedger(read.settings, read.applications, profile) };
}
