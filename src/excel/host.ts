/**
 * What the Office host offers: the Excel API version and the display language. The only place
 * besides the document adapters that touches the `Office` global.
 */
import type { Lang } from "../domain/vocabulary";

/** The Excel JavaScript API requirement set the add-in needs (declared in manifest.xml too). */
export const REQUIRED_EXCEL_API = "1.9";

export interface HostInfo {
  readonly inExcel: boolean;
  readonly excelApiSupported: boolean;
  readonly lang: Lang;
}

/** Swedish where Office speaks Swedish, English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return /^sv\b/i.test(displayLanguage ?? "") ? "sv" : "en";
}

export async function hostInfo(): Promise<HostInfo> {
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  const displayLanguage = Office.context?.displayLanguage;
  return {
    inExcel,
    excelApiSupported: inExcel && Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API),
    lang:
      inExcel || displayLanguage
        ? langFromDisplayLanguage(displayLanguage)
        : langFromDisplayLanguage(navigator.language),
  };
}

/** Thrown where the host lacks the Excel API the add-in needs; the message is for the user. */
export class RequirementError extends Error {
  constructor() {
    super(`ExcelApi ${REQUIRED_EXCEL_API} saknas i den här Excel-versionen / is missing in this version of Excel.`);
    this.name = "RequirementError";
  }
}

/** Checks ExcelApi 1.9 at run time, before any Excel call. */
export function ensureExcelApi(): void {
  if (!Office.context?.requirements?.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) throw new RequirementError();
}

/** How long the pane waits for Excel to answer one batch before it says so (Excel on the web can hang). */
let excelTimeoutMs = 45_000;
/** For tests: a shorter wait. */
export function setExcelTimeout(ms: number): void {
  excelTimeoutMs = ms;
}

/** Thrown when Excel has not answered a batch in time (OfficeDev/office-js#4805); the message is for the user. */
export class ExcelTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`Excel svarade inte på ${seconds} s / Excel did not answer in ${seconds} s.`);
    this.name = "ExcelTimeoutError";
  }
}

/**
 * `Excel.run` as the shell uses it: where the host supports it (requirement set DelayForCellEdit), a batch that
 * comes while the user is typing in a cell waits until they leave it instead of failing with
 * InvalidOperationInCellEditMode; and a batch Excel does not answer in time rejects with ExcelTimeoutError
 * (Excel may still carry it out later: every write checks the workbook again before it writes).
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const seconds = Math.round(excelTimeoutMs / 1000);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExcelTimeoutError(seconds)), excelTimeoutMs);
  });
  return Promise.race([Excel.run({ delayForCellEdit: true }, batch), timeout]).finally(() => clearTimeout(timer));
}
