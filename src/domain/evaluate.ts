/**
 * The engine's one entry point: an application (raw cell values) in, findings and key figures out.
 * Used alike by the task pane (through the Office.js reader) and by `sif` (through the .xlsx reader).
 */
import { computeFigures, type KeyFigures } from "./figures";
import { FindingSink, sortFindings, type Finding } from "./findings";
import type { Application } from "./model";
import { normalise } from "./normalise";
import type { NormalisedApplication } from "./normalised";
import { DEFAULT_PROFILE, findProfile, type RuleProfile } from "./profiles";
import { CHECKLIST } from "./checklist";
import { RULES } from "./rules";
import { robustFigures, type RobustFigures } from "./robustness";
import { robustnessRules } from "./robustness-rules";

export interface Evaluation {
  readonly profile: RuleProfile;
  readonly findings: readonly Finding[];
  readonly figures: KeyFigures;
  /** K11–K17 (Part 2); null when the application has no first year. */
  readonly robustness: RobustFigures | null;
  readonly application: NormalisedApplication;
}

/**
 * Evaluates an application. The profile is, in order: the one passed in, the one named in the
 * application's fund settings, the default (blekinge-2016).
 */
export function evaluate(app: Application, profile?: RuleProfile): Evaluation {
  const chosen = profile ?? findProfile(app.settings.profile) ?? DEFAULT_PROFILE;
  const sink = new FindingSink(chosen);
  const n = normalise(app, chosen, sink);
  const figures = computeFigures(n);
  for (const assess of [...CHECKLIST, ...RULES]) assess(n, figures, sink);
  const robustness = robustFigures(n, figures, n.settings.optimismBias);
  if (robustness) for (const assess of robustnessRules(chosen)) assess(n, robustness, sink);
  return { profile: chosen, findings: sortFindings(sink.findings), figures, robustness, application: n };
}
