/**
 * What a review shows, as data: key figures as display rows, and the review sheet's layout (written
 * by src/excel/review.ts in one round trip). Every text cell is formatted as text ("@"), so nothing a
 * user typed — quoted in a message — can become a formula.
 */
import { CATALOGUE, SEVERITY_WORDS, keyFigureLine, type KeyFigureId, type KeyFigureLineKey } from "../domain/catalogue";
import type { KeyFigures } from "../domain/figures";
import { formatKr } from "../domain/format";
import type { Lang } from "../domain/vocabulary";
import { TIMELINE_YEARS } from "../domain/years";
import { SheetBuilder, type SheetPlan } from "./plan";
import type { NumberFormatKey } from "./styles";
import type { ApplicationReview } from "./review-grids";

export interface FigureRow {
  readonly id: KeyFigureId;
  readonly label: string;
  /** The number (null: none, e.g. no payback) and how it reads. */
  readonly value: number | null;
  readonly text: string;
  readonly format: NumberFormatKey;
}

export function figureRows(f: KeyFigures, lang: Lang): FigureRow[] {
  const sv = lang === "sv";
  const kr = (n: number): string => formatKr(n, lang);
  const none = "–";
  const never = sv ? `ingen inom ${TIMELINE_YEARS} år` : `none within ${TIMELINE_YEARS} years`;
  const pct = (n: number | null): string =>
    n === null ? none : `${(n * 100).toLocaleString(sv ? "sv-SE" : "en-GB", { maximumFractionDigits: 0 })} %`;
  const last = f.K10.length > 0 ? f.K10[f.K10.length - 1]!.outstanding : 0;
  const row = (line: KeyFigureLineKey, value: number | null, text: string, format: NumberFormatKey): FigureRow => ({
    id: keyFigureLine(line).id,
    label: keyFigureLine(line).label[lang],
    value,
    text,
    format,
  });
  return [
    row("K01", f.K01, kr(f.K01), "kr"),
    row("K02", f.K02.total, kr(f.K02.total), "kr"),
    row("K03", f.K03, kr(f.K03), "kr"),
    row("K04", f.K04.all, kr(f.K04.all), "kr"),
    row("K04region", f.K04.region, kr(f.K04.region), "kr"),
    row("K05", f.K05, kr(f.K05), "kr"),
    row(
      "K06",
      f.K06,
      f.K06 === null
        ? none
        : f.K06.toLocaleString(sv ? "sv-SE" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      "ratio",
    ),
    row("K07", f.K07, f.K07 === null ? never : String(f.K07), "year"),
    row("K08", f.K08, f.K08 === null ? never : String(f.K08), "year"),
    row("K09", f.K09, pct(f.K09), "percent"),
    row("K10", last, kr(last), "kr"),
  ];
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The local date and time of `at`, "2026-11-22" and [16, 20, 5]. */
const localParts = (at: Date) => ({
  date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
  time: [at.getHours(), at.getMinutes(), at.getSeconds()].map(pad),
});

/** The local time zone at `at` as an offset from UTC, "UTC+01:00" (CET) or "UTC+02:00" (CEST). */
export function utcOffset(at: Date): string {
  const minutes = -at.getTimezoneOffset();
  const sign = minutes < 0 ? "−" : "+";
  return `UTC${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * "Granskning 2026-11-22 16.20.05": a new sheet each time, never one the user has. `checkedAt` is when the
 * workbook was read for the review, in local time (a sheet name cannot hold ":").
 */
export function reviewSheetName(lang: Lang, checkedAt: Date): string {
  const { date, time } = localParts(checkedAt);
  return `${lang === "sv" ? "Granskning" : "Review"} ${date} ${time.join(".")}`;
}

/** "2026-11-22 16:20:05 UTC+01:00": the same local time as the sheet's name, with its zone. */
export function reviewStamp(checkedAt: Date): string {
  const { date, time } = localParts(checkedAt);
  return `${date} ${time.join(":")} ${utcOffset(checkedAt)}`;
}

/** The review sheet of `v`, stamped with the time the workbook was read for it (`checkedAt`). */
export function reviewSheetPlan(v: ApplicationReview, lang: Lang, checkedAt: Date): SheetPlan {
  const sv = lang === "sv";
  const s = new SheetBuilder(lang);
  const text = (
    r: number,
    c: number,
    value: string,
    style: "title" | "subtitle" | "section" | "label" | "id" | "header" | "note" | "formula",
  ): void => s.set(r, c, { value, style, format: "text" });
  [8, 12, 44, 70, 28].forEach((w, i) => s.width(i, w));
  const name = v.evaluation.application.text.name || (sv ? "(namn saknas)" : "(no name)");
  const counts = v.counts;
  text(0, 0, sv ? "Granskning av ansökan" : "Review of the application", "title");
  text(1, 0, `${name} · ${v.evaluation.profile.id} · ${reviewStamp(checkedAt)}`, "subtitle");
  text(
    2,
    0,
    counts.error === 0
      ? sv
        ? `Klar att lämna in: inga fel (${counts.warning} varningar, ${counts.info} information).`
        : `Ready to submit: no errors (${counts.warning} warnings, ${counts.info} information).`
      : sv
        ? `${counts.error} fel, ${counts.warning} varningar, ${counts.info} information.`
        : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} information.`,
    "section",
  );
  const headers = sv
    ? ["ID", "Allvarlighet", "Kontrollpunkt", "Meddelande", "Celler"]
    : ["ID", "Severity", "Check", "Message", "Cells"];
  headers.forEach((h, c) => text(4, c, h, "header"));
  v.findings.forEach((f, i) => {
    const r = 5 + i;
    text(r, 0, f.id, "id");
    text(r, 1, SEVERITY_WORDS[f.severity][lang], "label");
    text(r, 2, CATALOGUE[f.id].title[lang], "label");
    text(r, 3, f.message[lang], "label");
    text(r, 4, f.cells.join(", "), "label");
    s.fitRow(r, f.message[lang], 70);
  });
  const top = 6 + v.findings.length;
  text(top, 0, sv ? "Nyckeltal" : "Key figures", "section");
  figureRows(v.evaluation.figures, lang).forEach((k, i) => {
    text(top + 1 + i, 0, k.id, "id");
    text(top + 1 + i, 2, k.label, "label");
    text(top + 1 + i, 3, k.text, "formula");
  });
  return s.build("review", { name: reviewSheetName(lang, checkedAt), tabColor: "#A4262C" });
}
