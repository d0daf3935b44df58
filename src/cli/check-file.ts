/**
 * One application file, checked: read defensively, parsed by the shared grid parser, evaluated by the
 * engine, its key-figures sheet compared with the engine. Never throws: an unreadable file is a result.
 */
import type { Severity } from "../domain/catalogue";
import type { KeyFigures } from "../domain/figures";
import type { RuleProfile } from "../domain/profiles";
import type { RobustFigures } from "../domain/robustness";
import { reviewGrids, type LocatedFinding } from "../templates/review-grids";
import { checkFigureSheet } from "../xlsx/cached";
import { readApplicationFile } from "../xlsx/file-reader";
import { defaultLimits, FileProblem } from "../xlsx/load";

export interface CheckedFile {
  readonly file: string;
  readonly readable: true;
  readonly name: string;
  readonly profile: string;
  readonly findings: readonly LocatedFinding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Findings beyond those listed (at most MAX_FINDINGS are). */
  readonly moreFindings: number;
  readonly figures: KeyFigures;
  /** K11–K17; null when the application has no first year. */
  readonly robustness: RobustFigures | null;
}
export interface UnreadableFile {
  readonly file: string;
  readonly readable: false;
  readonly problem: { readonly sv: string; readonly en: string };
}
export type FileResult = CheckedFile | UnreadableFile;

export async function checkFile(file: string, profile?: RuleProfile): Promise<FileResult> {
  try {
    const read = await readApplicationFile(file, defaultLimits());
    const v = reviewGrids(read.grids, profile, (figures, parsed) =>
      checkFigureSheet(read.figureSheet, figures, { rowsWithoutFormulas: parsed.rowsWithoutFormulas }),
    );
    const findings = v.findings;
    return {
      file,
      readable: true,
      name: v.evaluation.application.text.name,
      profile: v.evaluation.profile.id,
      findings,
      counts: v.counts,
      moreFindings: v.moreFindings,
      figures: v.evaluation.figures,
      robustness: v.evaluation.robustness,
    };
  } catch (e) {
    if (e instanceof FileProblem) return { file, readable: false, problem: { sv: e.sv, en: e.en } };
    const message = e instanceof Error ? e.message : String(e);
    return {
      file,
      readable: false,
      problem: { sv: `Filen kunde inte granskas: ${message}`, en: `The file could not be checked: ${message}` },
    };
  }
}
