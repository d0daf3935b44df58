/**
 * Runs first on the e2e test page: installs the Excel test double as the globals `Office` and
 * `Excel` (office.js is not loaded), and gives the test a handle on the workbook.
 */
import { emptyFollowUp } from "../../src/domain/follow-up-model";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import {
  cellAddress,
  fillFromApplication,
  fillFromFollowUp,
  parseRange,
  planFollowUp,
  planWorkbook,
  type SheetPlan,
} from "../../src/templates";
import { excelSerial } from "../../src/templates/render";
import { installExcelDouble, WorkbookState } from "../double/excel-double";
import { behind } from "../support/follow-up-cases";

const displayLanguage = new URLSearchParams(location.search).get("lang") ?? "sv-SE";
const state = new WorkbookState();
// `?office=missing`: as when office.js could not load (the pane's own request for it is aborted anyway).
if (new URLSearchParams(location.search).get("office") !== "missing")
  installExcelDouble(state, { displayLanguage, excelApi: "1.9" });
const lang = displayLanguage.startsWith("sv") ? "sv" : "en";

/** Types the input cells of filled plans into the inserted sheets, cell by cell, as a user would. */
function typePlans(plans: readonly SheetPlan[]): void {
  for (const plan of plans) {
    plan.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (!cell || cell.style !== "input" || cell.value === undefined) return;
        const v = cell.value instanceof Date ? excelSerial(cell.value) : cell.value;
        state.type(plan.name, cellAddress(r, c), v);
      }),
    );
  }
}

/** Types the shipped example into the inserted templates. */
const typeExample = (): void => typePlans(planWorkbook(lang, fillFromApplication(earlyInterventionExample(), lang)));

/** Types the follow-up case behind()'s decision block and actuals (not its baseline: Freeze writes that). */
const typeActuals = (): void =>
  typePlans(planFollowUp(lang, fillFromFollowUp({ ...behind(), baseline: emptyFollowUp().baseline }, lang)));

/** The test's handle on the page: `window.sif` (see SifWindow). */
export interface SifHandle {
  readonly state: WorkbookState;
  /** Types the shipped example into the inserted templates. */
  typeExample(): void;
  /** Types behind()'s decision block and actuals into the inserted follow-up sheets. */
  typeActuals(): void;
  /** A table's range (A1, without the sheet), or undefined without it. */
  tableRange(name: string): string | undefined;
  /** A cell's value and number format. */
  cell(sheet: string, address: string): { value: unknown; formula?: string; numberFormat: string } | undefined;
  /** Types one value into a cell, as a user would. */
  type(sheet: string, address: string, value: string | number): void;
  /** The selected cell, once something selected one. */
  selection(): WorkbookState["selection"];
  /** The workbook's sheet names, in order. */
  sheets(): string[];
  /** Where a defined name points (sheet and A1 range), or undefined without it. */
  namedCell(name: string): { sheet: string; range: string } | undefined;
  /** Deletes a sheet through the Excel API, as a user would (its names become `#REF!`). */
  deleteSheet(name: string): Promise<void>;
}

/** The page's window, as the test sees it in `page.evaluate`. */
export type SifWindow = Window & { sif: SifHandle };

const handle: SifHandle = {
  state,
  typeExample,
  typeActuals,
  tableRange: (name) => state.tables.find((t) => t.name === name)?.range,
  cell: (sheet, address) => {
    const { r1, c1 } = parseRange(address);
    const c = state.sheet(sheet)?.cell(r1, c1);
    return (
      c && { value: c.value, ...(c.formula === undefined ? {} : { formula: c.formula }), numberFormat: c.numberFormat }
    );
  },
  type: (sheet, address, value) => state.type(sheet, address, value),
  selection: () => state.selection,
  sheets: () => state.sheets.map((s) => s.name),
  namedCell: (name) => {
    const n = state.names.find((x) => x.name === name);
    return n && { sheet: n.sheet.name, range: n.range };
  },
  deleteSheet: (name) =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    }),
};
(window as Window & { sif?: SifHandle }).sif = handle;
