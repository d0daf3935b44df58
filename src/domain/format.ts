import type { Lang } from "./vocabulary";

/** Whole kronor with the language's thousands separator: "1 234 567 kr" / "SEK 1,234,567". */
export function formatKr(amount: number, lang: Lang): string {
  const rounded = Math.round(amount);
  const digits = Math.abs(rounded)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, lang === "sv" ? "\u00a0" : ",");
  const sign = rounded < 0 ? "−" : "";
  return lang === "sv" ? `${sign}${digits}\u00a0kr` : `${sign}SEK\u00a0${digits}`;
}

/** A value as the user typed it, for quoting in a message. */
export function quote(value: unknown): string {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "object" && value !== null && "error" in value) return quote(value.error);
  const s =
    typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : "";
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** A date as YYYY-MM-DD; an invalid date (Excel can hand one over) as the word itself, never a throw. */
export function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString().slice(0, 10);
}

/** A share as a percentage in words: 0.184 → "18 %" (sv) / "18%" (en); one decimal where whole would read 0. */
export function formatPercent(share: number, lang: Lang): string {
  const pct = share * 100;
  const digits = Math.abs(pct) < 1 && Math.abs(pct) >= 0.05 ? 1 : 0;
  const text = Math.abs(pct)
    .toFixed(digits)
    .replace(".", lang === "sv" ? "," : ".");
  const sign = pct < 0 && text.replace(/[0,.]/g, "") !== "" ? "−" : "";
  return lang === "sv" ? `${sign}${text}\u00a0%` : `${sign}${text}%`;
}
