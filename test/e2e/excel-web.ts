/**
 * A fake Excel on the web, for the Chromium tests: this page (served at https://excel.officeapps.live.com) holds
 * the workbook store and the fake Excel host, and opens the real task pane (https://localhost:3000/taskpane.html,
 * unchanged) in an iframe, as Excel on the web does. The pane loads Microsoft's office.js from its CDN URL (the
 * test routes it to the pinned @microsoft/office-js package), which talks to this frame by postMessage
 * (xdm-host.ts). `window.sif` is the test's handle on the workbook.
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
import { WorkbookState } from "../double/workbook-state";
import { HIGHLIGHT_FORMULA } from "../../src/excel/review";
import { ExcelHost } from "../host/excel-host";
import { behind } from "../support/follow-up-cases";
import { XdmHost } from "./xdm-host";

const query = new URLSearchParams(location.search);
const displayLanguage = query.get("lang") ?? "sv-SE";
const lang = displayLanguage.startsWith("sv") ? "sv" : "en";
const state = new WorkbookState();
const host = new ExcelHost(state);
const xdm = new XdmHost(host, { displayLanguage, excelApi: query.get("excelApi") ?? "1.9" });
window.addEventListener("message", (e) => xdm.receive(e));
openPane();

/**
 * The task pane in an iframe, as Excel on the web opens it: office.js finds the host (Excel, web, its
 * locale) and the conversation with this frame (id, add-in id, this frame's URL) in the window name.
 */
function openPane(): void {
  const frame = document.createElement("iframe");
  frame.id = "pane";
  frame.title = "Sociala investeringsfonden";
  frame.name = JSON.stringify({
    hostInfo: `Excel|Web|16.00|${displayLanguage}|00000000-0000-0000-0000-000000000000|||0`,
    xdmInfo: `sif-conversation|sif-pane|${location.origin}`,
    serializerVersion: 1,
  });
  frame.src = "https://localhost:3000/taskpane.html";
  // Excel's own grid, where the user types and renames: focusing it takes the focus from the pane.
  const grid = document.createElement("input");
  grid.id = "excel-grid";
  grid.setAttribute("aria-label", "Excel");
  document.body.append(grid, frame);
}

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
  /** The frame's side of the conversation with office.js (calls it did not know, Rich API requests). */
  readonly xdm: XdmHost;
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
  /** Deletes a sheet, as a user would (its names become `#REF!`). */
  deleteSheet(name: string): Promise<void>;
  /** Renames a table, as a user would (ExcelApi 1.9 sends no event for it). */
  renameTable(from: string, to: string): void;
  /** The user starts (true) or stops (false) typing in a cell: Excel's cell-edit mode. */
  cellEdit(on: boolean): void;
  /** Makes Excel fail the pane's next request (as a lost connection would). */
  failNextRequest(): void;
  /** The ranges the add-in's highlight (its conditional format) covers on a sheet. */
  highlights(sheet: string): string[];
  /** The review sheets the add-in wrote (their names), in order. */
  reviewSheets(): string[];
}

/** The page's window, as the test sees it in `page.evaluate`. */
export type SifWindow = Window & { sif: SifHandle };

const handle: SifHandle = {
  state,
  xdm,
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
  deleteSheet: (name) => host.deleteSheetAsUser(name),
  renameTable: (from, to) => {
    const table = state.tables.find((t) => t.name === from);
    if (table) table.name = to;
  },
  cellEdit: (on) => (on ? host.beginCellEdit() : host.endCellEdit()),
  failNextRequest: () => {
    const next = host.requests.length;
    host.failWhen = (request) => request === next;
  },
  highlights: (sheet) =>
    (state.sheet(sheet)?.conditionalFormats ?? []).filter((f) => f.formula === HIGHLIGHT_FORMULA).map((f) => f.range),
  reviewSheets: () => state.sheets.map((s) => s.name).filter((n) => /^(Granskning|Review) \d/.test(n)),
};
(window as Window & { sif?: SifHandle }).sif = handle;
