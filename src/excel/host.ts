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
