/**
 * Reads the application from the open workbook in ONE round trip: every contract table and named
 * cell is asked for by name (`*OrNullObject`, so a missing one is a null object, not an error) and
 * loaded in the same batch. The grids go to the shared parser in src/templates/read.ts.
 */
import { splitAddress } from "../templates/a1";
import {
  AROUND_COLS,
  AROUND_ROWS,
  CONTRACT_NAMES,
  CONTRACT_TABLES,
  type GridRange,
  type WorkbookGrids,
} from "../templates/grid-parser";
import { ensureExcelApi, runExcel } from "./host";

export interface ReadOutcome {
  readonly grids: WorkbookGrids;
  readonly roundTrips: number;
}

/**
 * `extraNames`: more named cells to fetch in the same round trip (the pane's link to the Känslighet
 * sheet); they land in `grids.names` beside the contract's, which the parser ignores.
 */
export async function readWorkbookGrids(extraNames: readonly string[] = []): Promise<ReadOutcome> {
  ensureExcelApi();
  return runExcel(async (context) => {
    const wb = context.workbook;
    const tables = CONTRACT_TABLES.map((name) => {
      const table = wb.tables.getItemOrNullObject(name).load("showTotals");
      const whole = table.getRange();
      const range = whole.load("address,values,formulas");
      const below = whole.getRowsBelow(AROUND_ROWS).load("address,values");
      const right = whole.getColumnsAfter(AROUND_COLS).load("address,values");
      return { name, table, range, below, right };
    });
    const names = [...new Set([...CONTRACT_NAMES, ...extraNames])].map((name) => {
      const item = wb.names.getItemOrNullObject(name).load("type,value");
      const range = item.getRangeOrNullObject().load("address,values");
      return { name, item, range };
    });
    await context.sync();

    const grids: { tables: Record<string, GridRange>; names: Record<string, GridRange | { error: string }> } = {
      tables: {},
      names: {},
    };
    for (const t of tables) {
      if (t.table.isNullObject || t.range.isNullObject) continue;
      const { sheet, range } = splitAddress(t.range.address);
      const beside = (r: Excel.Range): GridRange => ({
        sheet,
        address: splitAddress(r.address).range,
        values: r.values,
      });
      grids.tables[t.name] = {
        sheet,
        address: range,
        values: t.range.values,
        formulas: t.range.formulas,
        ...(t.table.showTotals ? { totalsRows: 1 } : {}),
        below: beside(t.below),
        right: beside(t.right),
      };
    }
    for (const n of names) {
      if (n.item.isNullObject) continue;
      if (n.range.isNullObject) {
        grids.names[n.name] = { error: String(n.item.value || "#REF!").replace(/^=/, "") };
        continue;
      }
      const { sheet, range } = splitAddress(n.range.address);
      grids.names[n.name] = { sheet, address: range, values: n.range.values };
    }
    return { grids, roundTrips: 1 };
  });
}
