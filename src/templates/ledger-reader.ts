/**
 * The fund settings workbook read with the same readers and parser as an application: its two
 * tables into capital per year and frames per year, a bad cell an R17/R18 finding with its address.
 */
import { CellReader } from "../domain/coerce";
import { FindingSink } from "../domain/findings";
import type { FundLedgerSettings } from "../domain/ledger";
import { filledRows } from "../domain/normalise";
import { DEFAULT_PROFILE } from "../domain/profiles";
import { emptyApplication, type FieldRef, type RawValue } from "../domain/model";
import type { WorkbookGrids } from "./grid-parser";
import { cellsOf } from "./grid-parser";
import { FUND_TABLES } from "./ledger-tables";
import type { ParseState } from "./parse-state";
import type { LocatedFinding } from "./review-grids";
import { readTable } from "./table-grid";

export interface FundSettingsRead {
  readonly settings: FundLedgerSettings;
  readonly findings: readonly LocatedFinding[];
}

export function readFundSettings(grids: WorkbookGrids): FundSettingsRead {
  const st: ParseState = {
    app: emptyApplication(),
    cells: new Map<FieldRef, string>(),
    findings: [],
    rowsWithoutFormulas: 0,
  };
  const sink = new FindingSink(DEFAULT_PROFILE);
  const r = new CellReader(sink);
  const read = (key: "contributions" | "fundFrames", path: string) =>
    filledRows(
      readTable(FUND_TABLES[key], grids.tables[FUND_TABLES[key].name], st) as { year: RawValue; amount: RawValue }[],
    ).flatMap(({ row, index }) => {
      const year = r.year(row.year, `${path}[${index}].year`);
      const amount = r.number(row.amount, `${path}[${index}].amount`);
      return year === null || amount === null ? [] : [{ year, amount }];
    });
  const settings = {
    contributions: read("contributions", "fund.contributions"),
    frames: read("fundFrames", "fund.frames"),
  };
  const drafts = [...st.findings.map((d) => ({ ...d, severity: d.severity ?? ("error" as const) })), ...sink.findings];
  const findings = drafts.map((f) => ({ ...f, refs: [...f.refs], cells: cellsOf(f.refs, st.cells) }));
  return { settings, findings };
}
