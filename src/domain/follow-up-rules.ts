/**
 * Follow-up findings F01–F07 of `shared/domain.md` Part 2, with the profile's tolerances: what is due
 * to be measured, savings realised too little, repayments ahead of verified savings or behind the plan,
 * cost over the baseline, a missing final report, and a baseline edited after the decision.
 */
import { kr } from "./assessment";
import { baselineFingerprint } from "./baseline";
import type { FindingSink } from "./findings";
import type { FollowUpFigures } from "./follow-up";
import type { NormalisedFollowUp } from "./follow-up-model";
import { formatPercent } from "./format";
import type { FieldRef } from "./model";
import type { NormalisedApplication } from "./normalised";
import type { RuleProfile } from "./profiles";
import { nameKey, type Bilingual } from "./vocabulary";

interface Context {
  readonly n: NormalisedApplication;
  readonly f: NormalisedFollowUp;
  readonly u: FollowUpFigures;
  readonly profile: RuleProfile;
  readonly sink: FindingSink;
}

const pct = (x: number): Bilingual => ({ sv: formatPercent(x, "sv"), en: formatPercent(x, "en") });
const refsOr = (refs: FieldRef[], table: FieldRef): FieldRef[] => (refs.length > 0 ? refs : [table]);

function F01({ n, f, u, sink }: Context): void {
  for (const e of n.effects) {
    const missing = e.timeYears.filter(
      (year) =>
        year <= u.year && !f.measurements.some((m) => m.year === year && nameKey(m.effect) === nameKey(e.description)),
    );
    if (missing.length === 0) continue;
    const years = missing.join(", ");
    sink.add(
      "F01",
      {
        sv: `Effekten "${e.description}" skulle mätas ${years}, men ingen mätning är registrerad.`,
        en: `The effect "${e.description}" was to be measured in ${years}, but no measurement is recorded.`,
      },
      [`effects[${e.index}].measurementTimes`],
    );
  }
}

function F02({ f, u, profile, sink }: Context): void {
  const floor = 1 - profile.params.tolerance;
  for (const unit of u.units) {
    if (unit.realisation === null || unit.realisation >= floor) continue;
    const refs = f.verifiedSavings.filter((r) => nameKey(r.unit) === nameKey(unit.unit) && r.year <= u.year);
    sink.add(
      "F02",
      {
        sv:
          `${unit.unit} har verifierat ${kr(unit.verified).sv} av planerade ${kr(unit.plannedSavings).sv} ` +
          `(${pct(unit.realisation).sv}; minst ${pct(floor).sv} väntas).`,
        en:
          `${unit.unit} has verified ${kr(unit.verified).en} of the planned ${kr(unit.plannedSavings).en} ` +
          `(${pct(unit.realisation).en}; at least ${pct(floor).en} expected).`,
      },
      refsOr(
        refs.map((r) => r.ref),
        "measuredSavings",
      ),
    );
  }
}

/** F03: in some year ≤ Y a unit's cumulative booked repayment exceeds its cumulative verified savings. */
function F03({ f, u, sink }: Context): void {
  for (const unit of u.units) {
    const key = nameKey(unit.unit);
    const booked = f.booked.filter((r) => nameKey(r.unit) === key && r.year <= u.year);
    const years = [...new Set(booked.map((r) => r.year))].sort((a, b) => a - b);
    const sumTo = (rows: readonly { year: number; amount: number }[], y: number): number =>
      rows.filter((r) => r.year <= y).reduce((a, r) => a + r.amount, 0);
    const verified = f.verifiedSavings.filter((r) => nameKey(r.unit) === key);
    const year = years.find((y) => sumTo(booked, y) > sumTo(verified, y) + 0.5);
    if (year === undefined) continue;
    sink.add(
      "F03",
      {
        sv:
          `${unit.unit} har till och med ${year} återfört ${kr(sumTo(booked, year)).sv} men bara verifierat ` +
          `${kr(sumTo(verified, year)).sv} i besparingar.`,
        en:
          `By ${year} ${unit.unit} has repaid ${kr(sumTo(booked, year)).en} but verified only ` +
          `${kr(sumTo(verified, year)).en} of savings.`,
      },
      booked.filter((r) => r.year <= year).map((r) => r.ref),
    );
  }
}

function F04({ f, u, sink }: Context): void {
  for (const unit of u.units) {
    if (unit.overdue <= 1) continue;
    const refs = f.booked.filter((r) => nameKey(r.unit) === nameKey(unit.unit)).map((r) => r.ref);
    sink.add(
      "F04",
      {
        sv:
          `${unit.unit} ligger efter sin återföringsplan: ${kr(unit.booked).sv} bokfört av ` +
          `${kr(unit.plannedRepayments).sv} till och med ${u.year}; ${kr(unit.overdue).sv} är förfallet.`,
        en:
          `${unit.unit} is behind its repayment plan: ${kr(unit.booked).en} booked of ` +
          `${kr(unit.plannedRepayments).en} by ${u.year}; ${kr(unit.overdue).en} is overdue.`,
      },
      refsOr(refs, "bookedRepayments"),
    );
  }
}

function F05({ f, u, profile, sink }: Context): void {
  const { actual, baseline, share } = u.U01;
  if (share === null || share <= profile.params.costTolerance) return;
  sink.add(
    "F05",
    {
      sv:
        `Den faktiska kostnaden till och med ${u.year} (${kr(actual).sv}) är ${pct(share).sv} över baslinjen ` +
        `(${kr(baseline).sv}); mer än ${pct(profile.params.costTolerance).sv} ska förklaras.`,
      en:
        `The actual cost by ${u.year} (${kr(actual).en}) is ${pct(share).en} above the baseline ` +
        `(${kr(baseline).en}); more than ${pct(profile.params.costTolerance).en} must be explained.`,
    },
    refsOr(
      f.actualCosts.filter((r) => r.year <= u.year).map((r) => r.ref),
      "actualCosts",
    ),
  );
}

function F06({ n, f, u, sink }: Context): void {
  const end = n.period.end;
  if (end === null || u.year <= end || f.decision.finalReportDone) return;
  sink.add(
    "F06",
    {
      sv: `Perioden slutade ${end}; markera slutrapporten som klar när den är inlämnad.`,
      en: `The period ended in ${end}; mark the final report as done once it is submitted.`,
    },
    ["decision.finalReportDone"],
  );
}

function F07({ f, sink }: Context): void {
  const { rows, fingerprint, unreadable } = f.baseline;
  if (rows.length === 0 && fingerprint === "" && unreadable === 0) return; // not frozen yet
  if (unreadable === 0 && baselineFingerprint(rows) === fingerprint) return;
  sink.add(
    "F07",
    {
      sv:
        "Baslinjens värden stämmer inte med dess fingeravtryck: den godkända planen har ändrats efter beslutet. " +
        "Uppföljningen jämför med baslinjen som den är nu.",
      en:
        "The baseline's values no longer match their fingerprint: the approved plan was edited after the " +
        "decision. The follow-up compares with the baseline as it is now.",
    },
    ["baseline.fingerprint"],
  );
}

export function followUpRules(ctx: Context): void {
  for (const rule of [F01, F02, F03, F04, F05, F06, F07]) rule(ctx);
}
