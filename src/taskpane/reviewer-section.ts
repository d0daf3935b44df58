/**
 * "För granskaren": the rule profile, and the reviewer's actions — write the review sheet, highlight and
 * un-highlight the cells concerned, go to the fund settings. Each acts on a fresh check (a read that began
 * after the click: a check running or due is waited for), never on a result older than the workbook, and runs
 * under the pane's write guard (one action at a time; the second click of a double click is no second action).
 */
import { goToCell, highlightCells, removeHighlights, writeReviewSheet } from "../excel/review";
import { SHEET_NAMES } from "../templates/plan";
import type { ApplicationReview } from "../templates/review-grids";
import type { ActionHost, WriteGuard } from "./actions";
import { el } from "./dom";
import type { InsertionSummary } from "./messages";

/** A review and the time the workbook was read for it. */
export interface CheckedReview {
  readonly review: ApplicationReview;
  readonly at: Date;
}

export interface ReviewerHost extends ActionHost {
  readonly profile: HTMLSelectElement;
  /** The result of a check that began after this call; rejects when that check failed. */
  fresh(): Promise<CheckedReview>;
}

const done = (headline: string): InsertionSummary => ({ tone: "success", headline, details: [] });

export function reviewerSection(host: ReviewerHost, guard: WriteGuard): HTMLElement {
  const { s, lang } = host;
  return el(
    "section",
    { className: "card" },
    el("h2", { textContent: s.reviewerHeading }),
    el("div", { className: "row" }, el("label", { htmlFor: "profile", textContent: s.profile }), host.profile),
    el(
      "div",
      { className: "stack" },
      guard.button("write-review", s.writeReview, async () => {
        const { review, at } = await host.fresh();
        return done(s.reviewWritten((await writeReviewSheet(review, lang, at)).sheet));
      }),
      guard.button("highlight", s.highlight, async () => {
        const { review } = await host.fresh();
        return done(s.highlighted(await highlightCells(review.findings.flatMap((f) => f.cells))));
      }),
      guard.button("unhighlight", s.unhighlight, async () => done(s.unhighlighted(await removeHighlights()))),
      guard.button("open-settings", s.openSettings, async () => {
        const { review } = await host.fresh();
        const cell = review.read.cells.get("settings.profile") ?? `'${SHEET_NAMES.settings[lang]}'!A1`;
        await goToCell(cell);
        return done(cell);
      }),
    ),
  );
}
