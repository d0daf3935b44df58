/**
 * One raw cell value → one typed value. What cannot be used is reported here, once, with its field
 * path: R17 (a number cell without a usable number) and R18 (a year that is not a whole year).
 * Unusable values become `null` and count for nothing; negative numbers are reported but kept,
 * exactly as Excel's SUM keeps them, so the workbook and the engine agree.
 */
import type { FindingSink } from "./findings";
import { isoDate, quote } from "./format";
import { UNCALCULATED, isCellError, type FieldRef, type RawValue } from "./model";
import type { YesNo } from "./normalised";
import { YES_NO, parseWord, trimSpaces } from "./vocabulary";
import { EARLIEST_YEAR, LATEST_YEAR, dateOfSerial, excelSerialOf, isPlausibleYear } from "./years";

export const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * Larger than any amount, volume or unit cost of an application, and where Excel's 15 significant
 * digits end: beyond it sums lose kronor or overflow (1e308 + 1e308 is Infinity), so it is R17.
 */
export const LARGEST_NUMBER = 1e15;

const FIRST_SERIAL = excelSerialOf(EARLIEST_YEAR);
const LAST_SERIAL = excelSerialOf(LATEST_YEAR);

export class CellReader {
  constructor(private readonly sink: FindingSink) {}

  /** Text as Excel's TRIM leaves it (so names compare as the workbook's formulas compare them). */
  text(raw: RawValue, ref: FieldRef): string {
    if (isBlank(raw)) return "";
    if (isCellError(raw)) {
      if (raw.error === UNCALCULATED) this.uncalculated(ref);
      else this.r17(ref, `Cellen innehåller felvärdet ${raw.error}.`, `The cell holds the error value ${raw.error}.`);
      return "";
    }
    if (raw instanceof Date) return isoDate(raw);
    return trimSpaces(String(raw));
  }

  /** A finite number ≥ 0 (R17). `max` bounds shares and rates. */
  number(raw: RawValue, ref: FieldRef, max?: number): number | null {
    if (isBlank(raw)) return null;
    if (typeof raw === "number" && Number.isFinite(raw) && Math.abs(raw) > LARGEST_NUMBER) {
      this.r17(
        ref,
        `Talet ${raw} är orimligt stort (mer än 10^15); summorna kan inte räknas med det.`,
        `The number ${raw} is implausibly large (more than 10^15); the sums cannot be computed with it.`,
      );
      return null;
    }
    if (typeof raw === "number" && Number.isFinite(raw)) {
      if (raw < 0) {
        this.r17(
          ref,
          `Negativt tal (${raw}) där ett belopp ≥ 0 ska stå.`,
          `Negative number (${raw}) where an amount ≥ 0 belongs.`,
        );
      } else if (max !== undefined && raw > max) {
        this.r17(
          ref,
          `Talet ${raw} är större än ${max} (ange andelar som 0–100 %).`,
          `The number ${raw} is greater than ${max} (enter shares as 0–100 %).`,
        );
      }
      return raw;
    }
    if (isCellError(raw) && raw.error === UNCALCULATED) this.uncalculated(ref);
    else if (isCellError(raw)) {
      this.r17(
        ref,
        `Cellen innehåller felvärdet ${raw.error} i stället för ett tal.`,
        `The cell holds the error value ${raw.error} instead of a number.`,
      );
    } else if (typeof raw === "number") {
      this.r17(ref, "Cellen innehåller inget giltigt tal.", "The cell holds no valid number.");
    } else {
      this.r17(ref, `Text ("${quote(raw)}") där ett tal ska stå.`, `Text ("${quote(raw)}") where a number belongs.`);
    }
    return null;
  }

  /** A whole calendar year within the fund's bounds (R18). */
  year(raw: RawValue, ref: FieldRef): number | null {
    if (isBlank(raw)) return null;
    if (typeof raw === "number" && isPlausibleYear(raw)) return raw;
    this.sink.add(
      "R18",
      {
        sv: `"${quote(raw)}" är inte ett helt årtal (t.ex. 2018).`,
        en: `"${quote(raw)}" is not a whole year (e.g. 2018).`,
      },
      [ref],
    );
    return null;
  }

  yesNo(raw: RawValue, ref: FieldRef): YesNo {
    if (isBlank(raw)) return undefined;
    const word = parseWord(YES_NO, raw);
    if (word === undefined)
      this.r17(ref, `"${quote(raw)}" är varken Ja eller Nej.`, `"${quote(raw)}" is neither Yes nor No.`);
    return word;
  }

  /** A date: a date cell, an Excel serial number within the fund's years, or text `YYYY-MM-DD`. */
  date(raw: RawValue): Date | null {
    if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw;
    if (typeof raw === "number" && raw >= FIRST_SERIAL && raw <= LAST_SERIAL) return dateOfSerial(raw);
    if (typeof raw === "string") {
      const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(raw);
      if (m) {
        const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
        if (d.getUTCMonth() === Number(m[2]) - 1) return d;
      }
    }
    return null;
  }

  /** Part 2: a low effect share above the high one (R17 on the low cell). */
  lowAboveHigh(ref: FieldRef, low: number, high: number): void {
    this.r17(
      ref,
      `Den låga effektandelen (${low}) är högre än den höga (${high}).`,
      `The low effect share (${low}) is above the high one (${high}).`,
    );
  }

  private uncalculated(ref: FieldRef): void {
    this.r17(
      ref,
      "Cellen har en formel men filen saknar dess resultat (filen har inte räknats om); öppna och spara den i Excel " +
        "eller LibreOffice.",
      "The cell has a formula but the file holds no result for it (it was not recalculated); open and save it in " +
        "Excel or LibreOffice.",
    );
  }

  /** R17 on the cell, with what is wrong in both languages. */
  r17(ref: FieldRef, sv: string, en: string): void {
    this.sink.add("R17", { sv, en }, [ref]);
  }
}
