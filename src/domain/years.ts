/**
 * The calendar the fund counts in: which numbers are years, and how far the per-year view reaches.
 * The workbook's year validation, the key-figures sheet and the engine all take these from here.
 */

/** Years on the per-year view, counted from the first year of the period (the workbook has as many rows). */
export const TIMELINE_YEARS = 30;

/** Years outside this range are typing mistakes, not plans (R18; the workbook's year cells allow the same). */
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;

export const isPlausibleYear = (n: number): boolean => Number.isInteger(n) && n >= EARLIEST_YEAR && n <= LATEST_YEAR;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** Excel's date serial number (days since 1899-12-30) of a date, and back. */
export const excelSerial = (d: Date): number => (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
export const dateOfSerial = (serial: number): Date => new Date(EXCEL_EPOCH_MS + Math.round(serial) * DAY_MS);

/** The serial number of 1 January of a year. */
export const excelSerialOf = (year: number): number => Math.round(excelSerial(new Date(Date.UTC(year, 0, 1))));

/** Years mentioned in a free text such as "2019, 2020 och vid avslut 2022". */
export function yearsInText(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
    const year = Number(m[1]);
    if (isPlausibleYear(year)) years.push(year);
  }
  return years;
}
