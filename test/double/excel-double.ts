/**
 * The workbook store behind the fake Excel host (test/host): the subset of Excel the shell uses, with Excel's
 * rules. Nothing calls it as `Excel` any more: Microsoft's real client library talks to test/host, whose
 * requests these proxies carry out (one store, no second truth).
 *
 * - Calls on proxy objects are queued and carried out at `context.sync()`, which is counted; the
 *   payload of each batch is measured (JSON size of the queued arguments).
 * - Properties are readable only after `load()` and a sync (else PropertyNotLoaded, as Office.js).
 * - Errors surface at sync, with Office.js's codes: ItemAlreadyExists, ItemNotFound,
 *   InvalidArgument (a 2-D array that does not fit its range, a bad address), and the rest of the
 *   batch is dropped.
 * - A real cell grid: values, formulas, number formats, formats; a string starting with "=" written
 *   as a value becomes a formula, a leading apostrophe keeps text as text, numeric text becomes a
 *   number unless the cell is formatted as text ("@"). It does not calculate: a formula cell's value
 *   reads as "" (tests compare formulas, LibreOffice checks the results).
 *
 * office-addin-mock cannot do this (no collections, no add(), no grid, no formulas).
 *
 * This module is the entry point; the double lives in its neighbours:
 * - workbook-state.ts, sheet.ts: the workbook behind the double (sheets and their cell grid, tables, names)
 * - context.ts: the request context, its queue, sync and round-trip counting; client-object.ts: load()
 * - workbook.ts, worksheets.ts, range.ts, range-format.ts, rules.ts, tables.ts, names.ts, charts.ts: the proxies
 * - events.ts: a user's edit, for the host to send on; errors.ts: Office.js's errors; addresses.ts: sheet!range text
 */
export { OfficeErrorDouble } from "./errors";
export { SheetState, type CellFormat, type CellState, type RuleDouble } from "./sheet";
export { WorkbookState, type NameState, type TableState } from "./workbook-state";
export { ContextDouble } from "./context";
export { SettingDouble, WorkbookDouble } from "./workbook";
export { WorksheetCollectionDouble, WorksheetDouble } from "./worksheets";
export { RangeDouble } from "./range";
export { TableCollectionDouble, TableDouble } from "./tables";
export { NamedItemCollectionDouble, NamedItemDouble } from "./names";
