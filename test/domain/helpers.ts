import { evaluate, type Application, type Evaluation, type FindingId, type RuleProfile } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";

/** The example application after `change`, evaluated. */
export function evaluateChanged(change: (app: Application) => void, profile?: RuleProfile): Evaluation {
  const app = earlyInterventionExample();
  change(app);
  return evaluate(app, profile);
}

export const idsOf = (e: Evaluation): FindingId[] => e.findings.map((f) => f.id);

export function findingsFor(e: Evaluation, id: FindingId) {
  return e.findings.filter((f) => f.id === id);
}

/** The example without its Part 2 adjustments (deadweight, attribution, cashable and low/high shares). */
export function unadjustedExample(): Application {
  const app = earlyInterventionExample();
  for (const s of app.savings)
    for (const k of ["deadweight", "attribution", "cashableShare", "effectShareLow", "effectShareHigh"] as const)
      delete s[k];
  return app;
}
