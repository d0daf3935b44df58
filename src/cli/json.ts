/**
 * `sif validate --format json`: one object for tools. Amounts in kronor rounded to öre, ratios and margins to
 * six decimals, null where a figure has no value. The files keep the order they were checked in; the summary
 * counts them by status and lists the files that were skipped. With `--summary`, no findings.
 */
import type { KeyFigures } from "../domain/figures";
import type { RobustFigures, ScenarioFigures } from "../domain/robustness";
import type { Lang } from "../domain/vocabulary";
import type { FileResult } from "./check-file";
import { localIso } from "./clock";
import { paybackYears, statusOf, type Report } from "./summary";
import { SKIP_REASONS } from "./validate";
import { STATUS_ORDER } from "./words";

/** Kronor to öre. */
const kr = (n: number): number => Math.round(n * 100) / 100;
/** A ratio or margin to six decimals; null stays null. */
const ratio = (n: number | null): number | null => (n === null ? null : Math.round(n * 1e6) / 1e6);

const unitMargins = (units: ScenarioFigures["unitMargins"]) =>
  units.map((u) => ({ unit: u.unit, margin: ratio(u.margin) }));

const scenario = (s: ScenarioFigures) => ({
  K11: kr(s.adjustedSavings),
  K12: kr(s.adjustedNpv),
  K14: ratio(s.fundMargin),
  K15: unitMargins(s.unitMargins),
});

/** K11–K17; every key null when they cannot be computed (no first year). */
export function robustJson(r: RobustFigures | null): Record<string, unknown> {
  if (r === null) return { K11: null, K12: null, K13: null, K14: null, K15: null, K16: null, K17: null };
  return {
    K11: { all: kr(r.K11.all), region: kr(r.K11.region), regionCashable: kr(r.K11.regionCashable) },
    K12: kr(r.K12),
    K13: ratio(r.K13),
    K14: ratio(r.K14),
    K15: unitMargins(r.K15),
    K16: r.K16,
    K17: { low: scenario(r.K17.low), base: scenario(r.K17.base), high: scenario(r.K17.high) },
  };
}

/** The key figures as JSON: numbers (kronor, years, ratios), null where there is none. */
export function figuresJson(f: KeyFigures, r: RobustFigures | null, payback: number | null): Record<string, unknown> {
  return {
    K01: kr(f.K01),
    K02: kr(f.K02.total),
    K03: kr(f.K03),
    K04: kr(f.K04.all),
    K05: kr(f.K05),
    K06: ratio(f.K06),
    K07: f.K07,
    K08: f.K08,
    K09: ratio(f.K09),
    K10: f.K10.map((y) => ({ year: y.year, outstanding: kr(y.outstanding) })),
    ...robustJson(r),
    detail: {
      firstYear: f.firstYear,
      discountRate: f.discountRate,
      coFinancingByType: {
        cash: kr(f.K02.byType.cash),
        workTime: kr(f.K02.byType.workTime),
        other: kr(f.K02.byType.other),
      },
      savingsRegion: kr(f.K04.region),
      paybackYears: payback,
    },
  };
}

function fileJson(r: FileResult, lang: Lang, withFindings: boolean): Record<string, unknown> {
  if (!r.readable) return { file: r.file, readable: false, status: statusOf(r), error: r.problem[lang] };
  const findings = r.findings.map((f) => ({
    id: f.id,
    severity: f.severity,
    message: f.message[lang],
    cells: f.cells,
  }));
  return {
    file: r.file,
    readable: true,
    status: statusOf(r),
    name: r.name,
    profile: r.profile,
    counts: r.counts,
    ...(withFindings ? { moreFindings: r.moreFindings, findings } : {}),
    figures: figuresJson(r.figures, r.robustness, paybackYears(r)),
  };
}

export function toJson(report: Report): string {
  const { results, skipped, lang } = report;
  const checked = results.filter((r) => r.readable);
  const summary = {
    applications: results.length,
    counts: Object.fromEntries(STATUS_ORDER.map((s) => [s, results.filter((r) => statusOf(r) === s).length])),
    asked: {
      all: kr(checked.reduce((a, r) => a + r.figures.K03, 0)),
      ready: kr(checked.filter((r) => statusOf(r) === "ready").reduce((a, r) => a + r.figures.K03, 0)),
    },
    skipped: skipped.map((s) => ({ file: s.file, kind: s.kind, reason: SKIP_REASONS[s.kind][lang] })),
  };
  const out = {
    tool: "sif",
    version: report.version,
    checked: localIso(report.now),
    summary,
    files: results.map((r) => fileJson(r, lang, !report.summaryOnly)),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
