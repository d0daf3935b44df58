/**
 * The follow-up's part of the shared parser: the same 2-D grids the application is read from (both
 * readers fetch the follow-up's tables and names too), into the decision block, the baseline and the
 * actuals, with the cell of every field. A workbook without any of them has no follow-up (not an error);
 * one with some of them missing is told which.
 */
import type { Severity } from "../domain/catalogue";
import { evaluateFollowUp, type FollowUpEvaluation } from "../domain/evaluate-follow-up";
import { countBySeverity, sortFindings, underProfile, type Finding, type FindingDraft } from "../domain/findings";
import type { RuleProfile } from "../domain/profiles";
import { emptyFollowUp, type FollowUpInput } from "../domain/follow-up-model";
import { emptyApplication, type FieldRef, type RawValue } from "../domain/model";
import { cellAddress, parseRange, sheetAddress } from "./a1";
import { BASELINE_FORM, DECISION_FORM } from "./follow-up-forms";
import { FOLLOW_UP_TABLES } from "./follow-up-tables";
import { cellsOf, parseGrids, type WorkbookGrids } from "./grid-parser";
import { problem, rawValue, type ParseState } from "./parse-state";
import type { LocatedFinding } from "./review-grids";
import { readTable } from "./table-grid";

export interface ParsedFollowUp {
  /** False when the workbook has none of the follow-up's names and tables (not yet decided). */
  readonly present: boolean;
  readonly followUp: FollowUpInput;
  readonly cells: ReadonlyMap<FieldRef, string>;
  readonly findings: readonly FindingDraft[];
}

const FIELDS = [...DECISION_FORM, ...BASELINE_FORM];

export function parseFollowUpGrids(grids: WorkbookGrids): ParsedFollowUp {
  const followUp = emptyFollowUp();
  const st: ParseState = { app: emptyApplication(), cells: new Map(), findings: [], rowsWithoutFormulas: 0 };
  const present =
    FIELDS.some((f) => grids.names[f.name] !== undefined) ||
    Object.values(FOLLOW_UP_TABLES).some((t) => grids.tables[t.name] !== undefined);
  if (!present) return { present, followUp, cells: st.cells, findings: [] };
  for (const f of FIELDS) {
    const grid = grids.names[f.name];
    if (grid === undefined || "error" in grid) {
      const why =
        grid === undefined
          ? { sv: "saknas", en: "is missing" }
          : { sv: "pekar inte på någon cell", en: "refers to no cell" };
      problem(
        st,
        f.field.startsWith("baseline") ? "F07" : "R17",
        `Namnet ${f.name} (${f.label.sv}) ${why.sv} i arbetsboken.`,
        `The name ${f.name} (${f.label.en}) ${why.en} in the workbook.`,
        [f.field],
      );
      continue;
    }
    const [group, key] = f.field.split(".") as ["decision" | "baseline", string];
    const top = parseRange(grid.address);
    st.cells.set(f.field, sheetAddress(grid.sheet, cellAddress(top.r1, top.c1)));
    (followUp[group] as unknown as Record<string, RawValue>)[key] = rawValue(grid.values[0]?.[0]);
  }
  const rows = <T>(key: keyof typeof FOLLOW_UP_TABLES): T[] =>
    readTable(FOLLOW_UP_TABLES[key], grids.tables[FOLLOW_UP_TABLES[key].name], st) as unknown as T[];
  followUp.baseline.rows = rows("baseline");
  followUp.actualCosts = rows("actualCosts");
  followUp.actualCoFinancing = rows("actualCoFinancing");
  followUp.measuredSavings = rows("measuredSavings");
  followUp.bookedRepayments = rows("bookedRepayments");
  followUp.measurements = rows("measurements");
  return { present, followUp, cells: st.cells, findings: st.findings };
}

export interface FollowUpReview {
  readonly evaluation: FollowUpEvaluation;
  readonly findings: readonly LocatedFinding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly read: ParsedFollowUp;
}

/**
 * The follow-up of a workbook (undefined when it has none): its grids parsed once for the application
 * and once for the follow-up, U01–U05 and F01–F07 with the cells they are about. Effects' cells
 * (F01) come from the application's part of the parse.
 */
export function reviewFollowUp(
  grids: WorkbookGrids,
  options: { readonly today: Date; readonly profile?: RuleProfile },
): FollowUpReview | undefined {
  const read = parseFollowUpGrids(grids);
  if (!read.present) return undefined;
  const application = parseGrids(grids);
  const evaluation = evaluateFollowUp(application.application, read.followUp, options);
  const cells = new Map([...application.cells, ...read.cells]);
  const located = (f: Finding): LocatedFinding => ({ ...f, cells: cellsOf(f.refs, cells) });
  const findings = sortFindings([
    ...underProfile(evaluation.application.profile, read.findings).map(located),
    ...evaluation.findings.map(located),
  ]);
  return { evaluation, findings, counts: countBySeverity(findings), read };
}
