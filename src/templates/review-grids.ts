/** Grids in, findings with cell addresses and key figures out: what the pane and `sif validate` show. */
import { evaluate, type Evaluation } from "../domain/evaluate";
import { sortFindings, type Finding } from "../domain/findings";
import { isEnabled, type RuleProfile } from "../domain/profiles";
import { cellsOf, parseGrids, type ParsedWorkbook, type WorkbookGrids } from "./grid-parser";

export interface LocatedFinding extends Finding {
  /** "Sheet!A1" addresses of the cells the finding is about (may be empty). */
  readonly cells: readonly string[];
}

export interface ApplicationReview {
  readonly evaluation: Evaluation;
  readonly findings: readonly LocatedFinding[];
  readonly read: ParsedWorkbook;
}

export function reviewGrids(grids: WorkbookGrids, profile?: RuleProfile): ApplicationReview {
  const read = parseGrids(grids);
  const evaluation = evaluate(read.application, profile);
  const structural = read.findings.filter((f) => isEnabled(evaluation.profile, f.id));
  const findings = sortFindings([...structural, ...evaluation.findings]).map((f) => ({
    ...f,
    cells: cellsOf(f.refs, read.cells),
  }));
  return { evaluation, findings, read };
}
