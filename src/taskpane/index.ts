/**
 * The task pane. Builds its DOM with createElement and textContent only (user text is never HTML),
 * and reaches Excel only through src/excel. The review runs on demand and, debounced, after edits;
 * never two runs at once.
 */
import { PROFILES, findProfile } from "../domain/profiles";
import type { Lang } from "../domain/vocabulary";
import { watchWorkbookChanges } from "../excel/events";
import { ExcelTimeoutError, hostInfo, RequirementError } from "../excel/host";
import { readWorkbookGrids } from "../excel/office-reader";
import { goToCell } from "../excel/review";
import { reviewFollowUp } from "../templates/follow-up-parser";
import { reviewGrids } from "../templates/review-grids";
import { afterDecisionSection, templatesSection, WriteGuard } from "./actions";
import { el } from "./dom";
import { followUpNodes } from "./follow-up-view";
import { followUpView, type FollowUpView } from "./follow-up-view-model";
import { figuresNode, findingNodes, summaryNodes } from "./results-view";
import {
  robustnessView,
  sensitivityKeyCell,
  SENSITIVITY_LINK_NAMES,
  type RobustnessView,
} from "./robustness-view-model";
import { robustnessNodes } from "./robustness-view";
import { reviewerSection, type CheckedReview, type ReviewerHost } from "./reviewer-section";
import { STRINGS, type Strings } from "./strings";
import { Debouncer, paneView, type PaneView } from "./view-model";

class Pane implements ReviewerHost {
  readonly s: Strings;
  private readonly status = el("div", { id: "status", role: "status", className: "status" });
  private readonly summary = el("div", { id: "summary", ariaLive: "polite" });
  private readonly findings = el("div", { id: "findings" });
  private readonly figures = el("div", { id: "figures" });
  private readonly robustness = el("div", { id: "robustness" });
  private readonly followUp = el("div", { id: "follow-up" });
  private readonly followUpCard = el("section", { className: "card", id: "follow-up-card", hidden: true });
  readonly profile: HTMLSelectElement;
  private readonly auto: HTMLInputElement;
  /** The last check's result, or undefined when it failed (then `lastError` says why). */
  private last: CheckedReview | undefined;
  private lastError: unknown;
  private readonly checker: Debouncer;
  /** One write (or reviewer's action) at a time, across the pane. */
  private readonly guard = new WriteGuard(this);

  constructor(
    readonly lang: Lang,
    private readonly root: HTMLElement,
  ) {
    this.s = STRINGS[lang];
    this.checker = new Debouncer(() => this.check(), 800);
    this.profile = el(
      "select",
      { id: "profile" },
      el("option", { value: "", textContent: this.s.profileFromWorkbook }),
      ...PROFILES.map((p) => el("option", { value: p.id, textContent: `${p.id} – ${p.title[lang]}` })),
    );
    this.profile.addEventListener("change", () => void this.checker.runNow());
    this.auto = el("input", { id: "auto-check", type: "checkbox", checked: true });
    this.summary.append(el("p", { className: "muted", textContent: this.s.notChecked }));
    this.followUpCard.append(el("h2", { textContent: this.s.followUpHeading }), this.followUp);
  }

  render(): void {
    const s = this.s;
    const guard = this.guard;
    this.root.replaceChildren(
      el(
        "section",
        { className: "card" },
        el("h2", { id: "check-heading", textContent: s.checkHeading }),
        this.summary,
        el(
          "div",
          { className: "row" },
          el("button", {
            id: "check",
            className: "primary",
            type: "button",
            textContent: s.checkNow,
            onclick: () => void this.checker.runNow(),
          }),
        ),
        el("div", { className: "row" }, this.auto, el("label", { htmlFor: "auto-check", textContent: s.autoCheck })),
      ),
      this.followUpCard,
      el(
        "section",
        { className: "card", id: "findings-card" },
        el("h2", { textContent: s.findingsHeading }),
        this.findings,
      ),
      el("section", { className: "card" }, el("h2", { textContent: s.figuresHeading }), this.figures),
      el(
        "section",
        { className: "card", id: "robustness-card" },
        el("h2", { textContent: s.robustnessHeading }),
        this.robustness,
      ),
      reviewerSection(this, guard),
      templatesSection(this, guard),
      afterDecisionSection(this, guard),
      this.status,
    );
  }

  /**
   * Reads the workbook (one round trip), validates the application and any follow-up, shows the result. A check
   * that fails clears the last result from the pane: it never goes on showing "ready" for a workbook it could
   * not read.
   */
  async check(): Promise<void> {
    const at = new Date();
    try {
      const { grids } = await readWorkbookGrids(SENSITIVITY_LINK_NAMES);
      const chosen = findProfile(this.profile.value);
      const review = reviewGrids(grids, chosen);
      const followUp = reviewFollowUp(grids, { today: at, ...(chosen ? { profile: chosen } : {}) });
      this.last = { review, at };
      this.show(
        at,
        paneView(review, this.lang),
        robustnessView(review.evaluation, this.lang, sensitivityKeyCell(grids)),
        followUp && followUpView(followUp, this.lang),
      );
    } catch (e) {
      this.last = undefined;
      this.lastError = e;
      this.showFailure(e);
    }
  }

  async fresh(): Promise<CheckedReview> {
    await this.checker.runNow();
    if (!this.last) throw this.lastError instanceof Error ? this.lastError : new Error(String(this.lastError));
    return this.last;
  }

  /**
   * Checks again after the user's edits, and after structural changes: sheets added or deleted (Excel's events),
   * and whatever else (a sheet, table or name renamed: ExcelApi 1.9 has no event for those) once the user comes
   * back to the pane.
   */
  async watch(): Promise<void> {
    window.addEventListener("focus", () => {
      if (this.auto.checked) this.checker.poke();
    });
    try {
      await watchWorkbookChanges(() => {
        this.markStale();
        if (this.auto.checked) this.checker.poke();
      });
    } catch {
      // Without change events the pane still checks on demand.
    }
  }

  refresh(): Promise<void> {
    return this.checker.runNow();
  }

  /**
   * The workbook changed since the result shown: it says so at once (the next check, 800 ms after the last edit,
   * replaces it), so "Klar att lämna in" never stands for a workbook it no longer describes.
   */
  private markStale(): void {
    const headline = this.summary.querySelector("#headline");
    if (!headline || this.summary.querySelector("#stale")) return;
    headline.classList.replace("success", "stale");
    headline.after(
      el("p", { id: "stale", className: "muted", textContent: this.auto.checked ? this.s.staleAuto : this.s.stale }),
    );
  }

  private showFailure(e: unknown): void {
    this.summary.replaceChildren(
      el(
        "div",
        { className: "message error", id: "headline" },
        el("p", { textContent: `${this.s.checkFailed}: ${this.reason(e)}` }),
      ),
    );
    for (const part of [this.findings, this.figures, this.robustness, this.followUp]) part.replaceChildren();
    this.followUpCard.hidden = true;
  }

  private show(at: Date, v: PaneView, robust: RobustnessView, followUp: FollowUpView | undefined): void {
    const time = at.toLocaleTimeString(this.lang === "sv" ? "sv-SE" : "en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    this.summary.replaceChildren(...summaryNodes(v, this.s, time));
    this.findings.replaceChildren(...findingNodes(v, this.s, (cell) => void this.goTo(cell)));
    this.figures.replaceChildren(figuresNode(v));
    this.robustness.replaceChildren(...robustnessNodes(robust, this.s, (cell) => void this.goTo(cell)));
    // Only a workbook with the follow-up's sheets has a follow-up card.
    this.followUpCard.hidden = followUp === undefined;
    this.followUp.replaceChildren(...(followUp ? followUpNodes(followUp, this.s, (cell) => void this.goTo(cell)) : []));
  }

  private async goTo(cell: string): Promise<void> {
    try {
      await goToCell(cell);
    } catch (e) {
      this.say("error", this.errorText(e));
    }
  }

  say(tone: string, headline: string, details: readonly string[] = []): void {
    this.status.replaceChildren(
      el(
        "div",
        { className: `message ${tone}` },
        el("p", { textContent: headline }),
        ...(details.length > 0 ? [el("ul", {}, ...details.map((d) => el("li", { textContent: d })))] : []),
      ),
    );
  }

  /** Why something failed: in the pane's words where the shell knows the reason, else the error's message. */
  private reason(e: unknown): string {
    if (e instanceof RequirementError) return this.s.apiMissing;
    if (e instanceof ExcelTimeoutError) return this.s.excelNoAnswer(e.seconds);
    return e instanceof Error ? e.message : String(e);
  }

  errorText(e: unknown): string {
    const known = e instanceof RequirementError || e instanceof ExcelTimeoutError;
    return known ? this.reason(e) : `${this.s.failed}: ${this.reason(e)}`;
  }
}

async function start(): Promise<void> {
  const app = document.getElementById("app");
  if (!app) return;
  if (typeof Office === "undefined") {
    // office.js did not load (offline, blocked): the static message in the page says so, in both languages.
    document.getElementById("office-missing")?.classList.add("now");
    return;
  }
  const host = await hostInfo();
  const s = STRINGS[host.lang];
  document.documentElement.lang = host.lang;
  document.title = s.title;
  const title = document.getElementById("title");
  if (title) title.textContent = s.title;
  if (!host.inExcel) {
    app.replaceChildren(el("p", { className: "message warning", textContent: s.notInExcel }));
    return;
  }
  if (!host.excelApiSupported) {
    app.replaceChildren(el("p", { className: "message error", textContent: s.apiMissing }));
    return;
  }
  const pane = new Pane(host.lang, app);
  pane.render();
  await pane.watch();
}

void start();
