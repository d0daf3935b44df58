/**
 * `sif follow-up --format json`: one object for tools. Amounts in kronor to öre, ratios to six decimals, null
 * where a figure has no value; U01–U05 under their IDs, each unit's U02/U03 and what it still owes, the
 * standing and the words the pane shows. Files in the order read; with `--summary`, no findings.
 */
import type { FollowUpFigures } from "../domain/follow-up";
import type { FollowUpLine } from "../templates/follow-up-state";
import { localIso } from "./clock";
import type { FollowUpResult } from "./follow-up-check";
import type { FollowUpReport } from "./follow-up-report";
import { owedTotals, standingOf, STANDING_ORDER } from "./follow-up-summary";
import { SKIP_REASONS } from "./validate";

const kr = (n: number): number => Math.round(n * 100) / 100;
const ratio = (n: number | null): number | null => (n === null ? null : Math.round(n * 1e6) / 1e6);

export function followUpFiguresJson(u: FollowUpFigures): Record<string, unknown> {
  return {
    year: u.year,
    granted: kr(u.granted),
    U01: {
      actual: kr(u.U01.actual),
      baseline: kr(u.U01.baseline),
      variance: kr(u.U01.variance),
      share: ratio(u.U01.share),
    },
    U02: { all: ratio(u.U02.all), verified: kr(u.U02.verified), planned: kr(u.U02.planned) },
    U03: { overdue: kr(u.U03overdue) },
    U04: kr(u.U04),
    U05: u.U05,
    plannedPayback: u.plannedPayback,
    units: u.units.map((x) => ({
      unit: x.unit,
      U02: { verified: kr(x.verified), planned: kr(x.plannedSavings), realisation: ratio(x.realisation) },
      U03: { booked: kr(x.booked), planned: kr(x.plannedRepayments), overdue: kr(x.overdue) },
      owes: kr(x.owes),
    })),
  };
}

const line = (l: FollowUpLine) => ({ id: l.id, tone: l.tone, text: l.text, cells: l.cells });

function fileJson(r: FollowUpResult, report: FollowUpReport): Record<string, unknown> {
  const { lang } = report;
  const standing = standingOf(r);
  if (!r.readable) return { file: r.file, readable: false, standing, error: r.problem[lang] };
  if (!r.followed) return { file: r.file, readable: true, standing, name: r.name };
  const s = r.state[lang];
  return {
    file: r.file,
    readable: true,
    standing,
    name: r.name,
    status: r.status ?? null,
    headline: s.headline,
    note: s.note,
    counts: r.counts,
    figures: standing === "notFrozen" ? null : followUpFiguresJson(r.figures),
    ...(report.summaryOnly
      ? {}
      : {
          lines: s.lines.map(line),
          units: s.units.map((u) => ({ unit: u.unit, lines: u.lines.map(line) })),
          due: s.due.map(line),
          findings: r.findings.map((f) => ({
            id: f.id,
            severity: f.severity,
            message: f.message[lang],
            cells: f.cells,
          })),
        }),
  };
}

export function toFollowUpJson(report: FollowUpReport): string {
  const { results, skipped, lang } = report;
  const { owed, overdue } = owedTotals(results);
  const out = {
    tool: "sif",
    version: report.version,
    followedUp: localIso(report.now),
    summary: {
      applications: results.length,
      counts: Object.fromEntries(STANDING_ORDER.map((s) => [s, results.filter((r) => standingOf(r) === s).length])),
      owed: kr(owed),
      overdue: kr(overdue),
      skipped: skipped.map((s) => ({ file: s.file, kind: s.kind, reason: SKIP_REASONS[s.kind][lang] })),
    },
    files: results.map((r) => fileJson(r, report)),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
