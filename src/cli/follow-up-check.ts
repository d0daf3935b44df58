/**
 * One workbook's follow-up, checked for `sif follow-up`: read defensively like `sif validate` does, the
 * same grids through the same follow-up parser and engine as the pane (reviewFollowUp), put in the
 * same plain words as the pane's card (followUpState). Never throws: an unreadable file is a result.
 */
import type { Severity } from "../domain/catalogue";
import { evaluate } from "../domain/evaluate";
import type { FollowUpFigures } from "../domain/follow-up";
import type { DecisionStatus } from "../domain/follow-up-model";
import type { RuleProfile } from "../domain/profiles";
import type { Lang } from "../domain/vocabulary";
import { followUpState, type FollowUpState } from "../templates/follow-up-state";
import { reviewFollowUp } from "../templates/follow-up-parser";
import { parseGrids, type WorkbookGrids } from "../templates/grid-parser";
import type { LocatedFinding } from "../templates/review-grids";
import { readApplicationFile } from "../xlsx/file-reader";
import { defaultLimits, FileProblem } from "../xlsx/load";
import type { UnreadableFile } from "./check-file";

/** A workbook with the follow-up's sheets: its state in both languages, its figures and findings. */
export interface FollowedFile {
  readonly file: string;
  readonly readable: true;
  readonly followed: true;
  readonly name: string;
  readonly status: DecisionStatus | undefined;
  readonly state: Readonly<Record<Lang, FollowUpState>>;
  readonly figures: FollowUpFigures;
  readonly findings: readonly LocatedFinding[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** An application workbook without the follow-up's sheets: no decision yet (listed, not an error). */
export interface NotFollowedFile {
  readonly file: string;
  readonly readable: true;
  readonly followed: false;
  readonly name: string;
}

export type FollowUpResult = FollowedFile | NotFollowedFile | UnreadableFile;

/** A workbook's follow-up from its grids (the pane reads the same grids from Excel). */
export function followUpOfGrids(
  file: string,
  grids: WorkbookGrids,
  options: { readonly today: Date; readonly profile?: RuleProfile },
): FollowedFile | NotFollowedFile {
  const review = reviewFollowUp(grids, options);
  if (review === undefined)
    return {
      file,
      readable: true,
      followed: false,
      name: evaluate(parseGrids(grids).application).application.text.name,
    };
  const e = review.evaluation;
  return {
    file,
    readable: true,
    followed: true,
    name: e.application.application.text.name,
    status: e.followUp.decision.status,
    state: { sv: followUpState(review, "sv"), en: followUpState(review, "en") },
    figures: e.figures,
    findings: review.findings,
    counts: review.counts,
  };
}

export async function checkFollowUpFile(
  file: string,
  options: { readonly today: Date; readonly profile?: RuleProfile },
): Promise<FollowUpResult> {
  try {
    const read = await readApplicationFile(file, defaultLimits());
    return followUpOfGrids(file, read.grids, options);
  } catch (e) {
    if (e instanceof FileProblem) return { file, readable: false, problem: { sv: e.sv, en: e.en } };
    const message = e instanceof Error ? e.message : String(e);
    return {
      file,
      readable: false,
      problem: { sv: `Filen kunde inte läsas: ${message}`, en: `The file could not be read: ${message}` },
    };
  }
}
