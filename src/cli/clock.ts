/**
 * When the report was made, in local time with the zone: "2026-12-02 18:40 (CET)" for people, and
 * "2026-12-02T18:40:00+01:00" for tools. `SIF_NOW` fixes the moment (an ISO 8601 date and time), so that a
 * report made twice is the same file; the zone is the process's (`TZ`).
 */
import type { Lang } from "../domain/vocabulary";

const pad = (n: number): string => String(n).padStart(2, "0");

/** The moment to report: SIF_NOW when set, else now. A SIF_NOW that is no date is an error, not ignored. */
export function reportTime(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Date {
  const fixed = env.SIF_NOW;
  if (fixed === undefined || fixed === "") return now();
  const d = new Date(fixed);
  if (!/^\d{4}-\d{2}-\d{2}/.test(fixed) || Number.isNaN(d.getTime()))
    throw new Error(`SIF_NOW must be a date and time such as 2026-12-02T18:40:00+01:00, not ${fixed}`);
  return d;
}

/** The zone's short name as the language writes it: "CET", "CEST", "UTC", "GMT−5". */
function zoneName(d: Date, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(lang === "sv" ? "sv-SE" : "en-GB", {
    timeZoneName: "short",
    hour: "2-digit",
  }).formatToParts(d);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? utcOffset(d);
}

/** "+01:00", "−05:00" as ISO 8601 writes it ("-05:00"). */
function utcOffset(d: Date): string {
  const minutes = -d.getTimezoneOffset();
  const sign = minutes < 0 ? "-" : "+";
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** "2026-12-02" in local time. */
export const localDate = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** "2026-12-02 18:40 (CET)": local time, to the minute, with the zone. */
export const localStamp = (d: Date, lang: Lang): string =>
  `${localDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())} (${zoneName(d, lang)})`;

/** "2026-12-02T18:40:00+01:00": local time with its offset from UTC. */
export const localIso = (d: Date): string =>
  `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${utcOffset(d)}`;
