/** What the pane shows after a validation, as plain data (tested in Node; the DOM only renders it). */
import { CATALOGUE, SEVERITY_RANK, type FindingId, type Severity } from "../domain/catalogue";
import type { Lang } from "../domain/vocabulary";
import { figureRows, type FigureRow } from "../templates/review-sheet";
import type { ApplicationReview, LocatedFinding } from "../templates/review-grids";

export interface FindingView {
  readonly severity: Severity;
  readonly message: string;
  /** "Sheet!A1" addresses, each a link that selects the cell. */
  readonly cells: readonly string[];
}

export interface GroupView {
  readonly id: FindingId;
  readonly title: string;
  /** The most serious severity in the group. */
  readonly severity: Severity;
  readonly findings: readonly FindingView[];
}

export interface PaneView {
  readonly counts: Readonly<Record<Severity, number>>;
  /** No errors: the application can be submitted (warnings and information may remain). */
  readonly ready: boolean;
  readonly headline: string;
  readonly groups: readonly GroupView[];
  readonly figures: readonly FigureRow[];
  readonly profile: string;
  /** Every cell some finding is about (for highlighting). */
  readonly cells: readonly string[];
}

/** Findings grouped by ID in their order, each group as serious as its most serious finding. */
export function groupFindings(findings: readonly LocatedFinding[], lang: Lang): GroupView[] {
  const groups: GroupView[] = [];
  for (const f of findings) {
    let g = groups.find((x) => x.id === f.id) as
      (GroupView & { findings: FindingView[]; severity: Severity }) | undefined;
    if (!g) {
      g = { id: f.id, title: CATALOGUE[f.id].title[lang], severity: f.severity, findings: [] };
      groups.push(g);
    }
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
    g.findings.push({ severity: f.severity, message: f.message[lang], cells: f.cells });
  }
  return groups;
}

export function paneView(v: ApplicationReview, lang: Lang): PaneView {
  const sv = lang === "sv";
  const counts = v.counts;
  const groups = groupFindings(v.findings, lang);
  const ready = counts.error === 0;
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const headline = ready
    ? sv
      ? "Klar att lämna in: inga fel."
      : "Ready to submit: no errors."
    : sv
      ? `${plural(counts.error, "fel", "fel")} måste rättas före inlämning.`
      : `${plural(counts.error, "error", "errors")} must be fixed before submitting.`;
  return {
    counts,
    ready,
    headline,
    groups,
    figures: figureRows(v.evaluation.figures, lang),
    profile: v.evaluation.profile.title[lang],
    cells: [...new Set(v.findings.flatMap((f) => f.cells))],
  };
}

/**
 * Runs `task` after `ms` of quiet; never two at once — a change during a run queues one more. `runNow()`
 * resolves once a run that began after the call is over (one already running is followed by another), so
 * what it leaves behind is never older than the call.
 */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loop: Promise<void> | undefined;
  private again = false;
  constructor(
    private readonly task: () => Promise<void>,
    private readonly ms: number,
  ) {}

  poke(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runNow();
    }, this.ms);
  }

  runNow(): Promise<void> {
    // A run now serves a poke still waiting for its quiet.
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.loop) {
      this.again = true;
      return this.loop;
    }
    this.loop = (async () => {
      try {
        do {
          this.again = false;
          await this.task();
        } while (this.again);
      } finally {
        this.loop = undefined;
      }
    })();
    return this.loop;
  }
}
