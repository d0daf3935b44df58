/**
 * The follow-up's entry point: the application (its approved plan, effects and period), the decision
 * block, baseline and actuals in; U01–U05 and findings F01–F07 (plus R17/R18 on unreadable cells) out.
 */
import { evaluate, type Evaluation } from "./evaluate";
import { FindingSink, sortFindings, type Finding } from "./findings";
import { followUpFigures, type FollowUpFigures } from "./follow-up";
import type { FollowUpInput, NormalisedFollowUp } from "./follow-up-model";
import { normaliseFollowUp } from "./follow-up-normalise";
import { followUpRules } from "./follow-up-rules";
import type { Application } from "./model";
import type { RuleProfile } from "./profiles";

export interface FollowUpEvaluation {
  readonly application: Evaluation;
  readonly followUp: NormalisedFollowUp;
  readonly figures: FollowUpFigures;
  readonly findings: readonly Finding[];
}

/** `today` gives the default follow-up year (the current year) when the decision block leaves Y blank. */
export function evaluateFollowUp(
  app: Application,
  input: FollowUpInput,
  options: { readonly today: Date; readonly profile?: RuleProfile },
): FollowUpEvaluation {
  const application = evaluate(app, options.profile);
  const sink = new FindingSink(application.profile);
  const followUp = normaliseFollowUp(input, sink);
  const year = followUp.decision.year ?? options.today.getFullYear();
  const figures = followUpFigures(followUp, year, application.figures.K03);
  followUpRules({ n: application.application, f: followUp, u: figures, profile: application.profile, sink });
  return { application, followUp, figures, findings: sortFindings(sink.findings) };
}
