/**
 * Grids in, findings with cell addresses and key figures out: what the pane and `sif validate` show.
 * Every finding — the engine's, the grid parser's about the workbook's structure, and any a caller
 * adds (the check of a file's key-figures sheet) — passes the profile once and is sorted once.
 */
import type { KeyFigures } from "../domain/figures";
import { evaluate, type Evaluation } from "../domain/evaluate";
import type { Severity } from "../domain/catalogue";
import { countBySeverity, sortFindings, underProfile, type Finding, type FindingDraft } from "../domain/findings";
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
  /** The findings, most important first, at most MAX_FINDINGS of them. */
  readonly findings: readonly LocatedFinding[];
  /** How many findings there are beyond those (a table of a million bad rows stays readable). */
  readonly moreFindings: number;
  /** Counts over all findings, those left out included. */
  readonly counts: Readonly<Record<Severity, number>>;
  readonly read: ParsedWorkbook;
}

/** Findings kept per application; the rest are counted. */
export const MAX_FINDINGS = 200;

export function reviewGrids(
  grids: WorkbookGrids,
  profile?: RuleProfile,
  more: (figures: KeyFigures, read: ParsedWorkbook) => readonly LocatedDraft[] = () => [],
): ApplicationReview {
  const read = parseGrids(grids);
  const evaluation = evaluate(read.application, profile);
  const located = (f: Finding): LocatedFinding => ({ ...f, cells: cellsOf(f.refs, read.cells) });
  const findings = [
    ...underProfile(evaluation.profile, read.findings).map(located),
    ...evaluation.findings.map(located),
    ...more(evaluation.figures, read).flatMap((d) =>
      underProfile(evaluation.profile, [d]).map((f) => ({ ...f, cells: d.cells })),
    ),
  ];
  const sorted = sortFindings(findings);
  return {
    evaluation,
    findings: sorted.slice(0, MAX_FINDINGS),
    moreFindings: Math.max(0, sorted.length - MAX_FINDINGS),
    counts: countBySeverity(sorted),
    read,
  };
}
