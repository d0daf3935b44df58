/**
 * Rules R19–R22 of `shared/domain.md` Part 2: is the repayment robust to what would have happened
 * anyway, to savings that cannot be taken out of a budget, and to the applicant's own low scenario?
 * They read the robustness figures (robustness.ts), so they run after the figures are computed.
 */
import { kr } from "./assessment";
import type { FindingSink } from "./findings";
import { formatPercent } from "./format";
import type { FieldRef } from "./model";
import type { NormalisedApplication } from "./normalised";
import type { RuleProfile } from "./profiles";
import type { RobustFigures } from "./robustness";
import { nameKey, type Bilingual } from "./vocabulary";

export type RobustnessAssessment = (n: NormalisedApplication, r: RobustFigures, sink: FindingSink) => void;

const pct = (share: number): Bilingual => ({ sv: formatPercent(share, "sv"), en: formatPercent(share, "en") });

/** The repayment cells of one unit (where R20/R22 point: what would have to change). */
const repaymentRefs = (n: NormalisedApplication, unit: string): FieldRef[] =>
  n.repayments.filter((p) => nameKey(p.unit) === nameKey(unit)).map((p) => `repayments[${p.index}].amount`);

const R19: RobustnessAssessment = (n, _r, sink) => {
  const rows = n.savings.filter((s) => s.amount !== null);
  if (rows.length === 0) return;
  if (rows.some((s) => s.deadweight != null || s.attribution != null)) return;
  sink.add(
    "R19",
    {
      sv:
        "Ingen besparingsrad anger dödvikt eller tillskrivning: ange hur stor del av besparingen som hade blivit " +
        "av ändå, och hur stor del som beror på andra än investeringen.",
      en:
        "No savings row states deadweight or attribution: say how much of the saving would have happened " +
        "anyway, and how much is owed to others than this investment.",
    },
    [`savings[${rows[0]!.index}].deadweight`],
  );
};

const R20: RobustnessAssessment = (n, r, sink) => {
  for (const { unit, margin } of r.K15) {
    if (margin === null || margin >= 0) continue;
    sink.add(
      "R20",
      {
        sv: `${unit} återför mer än sina realiserbara justerade besparingar (marginal ${pct(margin).sv}).`,
        en: `${unit} repays more than its cashable adjusted savings (margin ${pct(margin).en}).`,
      },
      repaymentRefs(n, unit),
    );
  }
};

/** The savings cells of the region's units whose cashable share a reviewer would look at. */
const regionCashableRefs = (n: NormalisedApplication): FieldRef[] => {
  const internal = new Set(n.parties.filter((p) => p.kind === "internal").map((p) => p.key));
  const refs = n.savings.filter((s) => internal.has(nameKey(s.party))).map((s) => `savings[${s.index}].cashableShare`);
  return refs.length > 0 ? refs : ["savings"];
};

const makeR21 =
  (minMargin: number): RobustnessAssessment =>
  (n, r, sink) => {
    if (r.K14 !== null && r.K14 >= minMargin) return;
    const cashable = kr(r.K11.regionCashable);
    const message: Bilingual =
      r.K14 === null
        ? {
            sv: "Regionen har inga realiserbara justerade besparingar som kan täcka sökt belopp.",
            en: "The region has no cashable adjusted savings to cover the amount asked.",
          }
        : {
            sv:
              `Regionens realiserbara justerade besparingar (${cashable.sv}) ger fonden marginalen ` +
              `${pct(r.K14).sv}; profilen kräver minst ${pct(minMargin).sv}.`,
            en:
              `The region's cashable adjusted savings (${cashable.en}) leave the fund a margin of ` +
              `${pct(r.K14).en}; the profile requires at least ${pct(minMargin).en}.`,
          };
    sink.add("R21", message, regionCashableRefs(n));
  };

const makeR22 =
  (minMargin: number): RobustnessAssessment =>
  (n, r, sink) => {
    const low = r.K17.low;
    if (low.fundMargin === null || low.fundMargin < minMargin) {
      const margin = low.fundMargin === null ? { sv: "ingen", en: "none" } : pct(low.fundMargin);
      sink.add(
        "R22",
        {
          sv: `I det låga scenariot är fondens marginal ${margin.sv}; profilen kräver minst ${pct(minMargin).sv}.`,
          en:
            `In the low scenario the fund's margin is ${margin.en}; ` +
            `the profile requires at least ${pct(minMargin).en}.`,
        },
        n.savings.length > 0 ? n.savings.map((s) => `savings[${s.index}].effectShareLow`) : ["savings"],
      );
    }
    for (const { unit, margin } of low.unitMargins) {
      if (margin === null || margin >= 0) continue;
      sink.add(
        "R22",
        {
          sv: `I det låga scenariot återför ${unit} mer än sina realiserbara besparingar (marginal ${pct(margin).sv}).`,
          en: `In the low scenario ${unit} repays more than its cashable savings (margin ${pct(margin).en}).`,
        },
        repaymentRefs(n, unit),
      );
    }
  };

/** R19–R22 in order, with the profile's minimum margin. */
export const robustnessRules = (profile: RuleProfile): readonly RobustnessAssessment[] => [
  R19,
  R20,
  makeR21(profile.params.minMargin),
  makeR22(profile.params.minMargin),
];
