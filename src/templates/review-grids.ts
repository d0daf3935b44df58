/**
 * Grids in, findings with cell addresses and key figures out: what the pane and `sif validate` show.
 * Every finding — the engine's, the grid parser's about the workbook's structure, and any a caller
 * adds (the check of a file's key-figures sheet) — passes the profile once and is sorted once.
 */
import type { KeyFigures } from "../domain/figures";
import { evaluate, type Evaluation } from "../domain/evaluate";
import { sortFindings, underProfile, type Finding, type FindingDraft } from "../domain/findings";
import type { RuleProfile } from "../domain/profiles";
import { cellsOf, parseGrids, type ParsedWorkbook, type WorkbookGrids } from "./grid-parser";

export interface LocatedFinding extends Finding {
  /** "Sheet!A1" addresses of the cells the finding is about (may be empty). */
  readonly cells: readonly string[];
}

/** A draft that already knows its cells (from outside the model, e.g. a formula cell of the file). */
export interface LocatedDraft extends FindingDraft {
  readonly cells: readonly string[];
}

export interface ApplicationReview {
  readonly evaluation: Evaluation;
  readonly findings: readonly LocatedFinding[];
  readonly read: ParsedWorkbook;
}

export function reviewGrids(
  grids: WorkbookGrids,
  profile?: RuleProfile,
  more: (figures: KeyFigures) => readonly LocatedDraft[] = () => [],
): ApplicationReview {
  const read = parseGrids(grids);
  const evaluation = evaluate(read.application, profile);
  const located = (f: Finding): LocatedFinding => ({ ...f, cells: cellsOf(f.refs, read.cells) });
  const findings = [
    ...underProfile(evaluation.profile, read.findings).map(located),
    ...evaluation.findings.map(located),
    ...more(evaluation.figures).flatMap((d) =>
      underProfile(evaluation.profile, [d]).map((f) => ({ ...f, cells: d.cells })),
    ),
  ];
  return { evaluation, findings: sortFindings(findings), read };
}
