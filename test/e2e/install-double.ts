/**
 * Runs first on the e2e test page: installs the Excel test double as the globals `Office` and
 * `Excel` (office.js is not loaded), and gives the test a handle on the workbook.
 */
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { cellAddress, fillFromApplication, planWorkbook } from "../../src/templates";
import { excelSerial } from "../../src/templates/render";
import { installExcelDouble, WorkbookState } from "../double/excel-double";

const displayLanguage = new URLSearchParams(location.search).get("lang") ?? "sv-SE";
const { state } = installExcelDouble(new WorkbookState(), { displayLanguage, excelApi: "1.9" });
const lang = displayLanguage.startsWith("sv") ? "sv" : "en";

/** Types the shipped example into the inserted templates, cell by cell, as a user would. */
function typeExample(): void {
  for (const plan of planWorkbook(lang, fillFromApplication(earlyInterventionExample(), lang))) {
    plan.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (!cell || cell.style !== "input" || cell.value === undefined) return;
        const v = cell.value instanceof Date ? excelSerial(cell.value) : cell.value;
        state.type(plan.name, cellAddress(r, c), v);
      }),
    );
  }
}

/** The test's handle on the page: `window.sif` (see SifWindow). */
export interface SifHandle {
  readonly state: WorkbookState;
  /** Types the shipped example into the inserted templates. */
  typeExample(): void;
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
