/**
 * The task pane. Builds its DOM with createElement and textContent only (user text is never HTML),
 * and reaches Excel only through src/excel. The review runs on demand and, debounced, after edits;
 * never two runs at once.
 */
import { PROFILES, findProfile } from "../domain/profiles";
import type { Lang } from "../domain/vocabulary";
import { watchWorkbookChanges } from "../excel/events";
import { hostInfo, RequirementError } from "../excel/host";
import { readWorkbookGrids } from "../excel/office-reader";
import { goToCell, highlightCells, removeHighlights, writeReviewSheet } from "../excel/review";
import { reviewFollowUp } from "../templates/follow-up-parser";
import { SHEET_NAMES } from "../templates/plan";
import { reviewGrids, type ApplicationReview } from "../templates/review-grids";
import { afterDecisionSection, templatesSection, WriteGuard, type ActionHost } from "./actions";
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
import { STRINGS, type Strings } from "./strings";
import { Debouncer, paneView, type PaneView } from "./view-model";

class Pane implements ActionHost {
  readonly s: Strings;
  private readonly status = el("div", { id: "status", role: "status", className: "status" });
  private readonly summary = el("div", { id: "summary", ariaLive: "polite" });
  private readonly findings = el("div", { id: "findings" });
  private readonly figures = el("div", { id: "figures" });
  private readonly robustness = el("div", { id: "robustness" });
  private readonly followUp = el("div", { id: "follow-up" });
  private readonly followUpCard = el("section", { className: "card", id: "follow-up-card", hidden: true });
  private readonly profile: HTMLSelectElement;
  private readonly auto: HTMLInputElement;
  private last: ApplicationReview | undefined;
  private readonly checker: Debouncer;

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
    const guard = new WriteGuard(this);
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
      this.reviewerSection(),
      templatesSection(this, guard),
      afterDecisionSection(this, guard),
      this.status,
    );
  }

  /** Reads the workbook (one round trip), validates the application and any follow-up, shows the result. */
  async check(): Promise<void> {
    try {
      const { grids } = await readWorkbookGrids(SENSITIVITY_LINK_NAMES);
      const chosen = findProfile(this.profile.value);
      this.last = reviewGrids(grids, chosen);
      const followUp = reviewFollowUp(grids, { today: new Date(), ...(chosen ? { profile: chosen } : {}) });
      this.show(
        paneView(this.last, this.lang),
        robustnessView(this.last.evaluation, this.lang, sensitivityKeyCell(grids)),
        followUp && followUpView(followUp, this.lang),
      );
    } catch (e) {
      this.say("error", this.errorText(e));
    }
  }

  async watch(): Promise<void> {
    try {
      await watchWorkbookChanges(() => {
        if (this.auto.checked) this.checker.poke();
      });
    } catch {
      // Without change events the pane still checks on demand.
    }
  }

  refresh(): Promise<void> {
    return this.checker.runNow();
  }

  private show(v: PaneView, robust: RobustnessView, followUp: FollowUpView | undefined): void {
    const time = new Date().toLocaleTimeString(this.lang === "sv" ? "sv-SE" : "en-GB", {
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

  private reviewerSection(): HTMLElement {
    const s = this.s;
    const act = (fn: () => Promise<string>) => async (): Promise<void> => {
      try {
        this.say("success", await fn());
      } catch (e) {
        this.say("error", this.errorText(e));
      }
    };
    const needCheck = async (): Promise<ApplicationReview> => {
      if (!this.last) await this.checker.runNow();
      return this.last!;
    };
    return el(
      "section",
      { className: "card" },
      el("h2", { textContent: s.reviewerHeading }),
      el("div", { className: "row" }, el("label", { htmlFor: "profile", textContent: s.profile }), this.profile),
      el(
        "div",
        { className: "stack" },
        el("button", {
          id: "write-review",
          type: "button",
          textContent: s.writeReview,
          onclick: act(async () => s.reviewWritten((await writeReviewSheet(await needCheck(), this.lang)).sheet)),
        }),
        el("button", {
          id: "highlight",
          type: "button",
          textContent: s.highlight,
          onclick: act(async () =>
            s.highlighted(await highlightCells((await needCheck()).findings.flatMap((f) => f.cells))),
          ),
        }),
        el("button", {
          id: "unhighlight",
          type: "button",
          textContent: s.unhighlight,
          onclick: act(async () => s.unhighlighted(await removeHighlights())),
        }),
        el("button", {
          id: "open-settings",
          type: "button",
          textContent: s.openSettings,
          onclick: act(async () => {
            const cell =
              (await needCheck()).read.cells.get("settings.profile") ?? `'${SHEET_NAMES.settings[this.lang]}'!A1`;
            await goToCell(cell);
            return cell;
          }),
        }),
      ),
    );
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

  errorText(e: unknown): string {
    return e instanceof RequirementError
      ? this.s.apiMissing
      : `${this.s.failed}: ${e instanceof Error ? e.message : String(e)}`;
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
