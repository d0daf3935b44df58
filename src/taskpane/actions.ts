/**
 * The pane's actions that write to the workbook: insert the application's templates, insert the
 * follow-up, freeze the baseline. One at a time: while one runs, every such button is disabled, and the
 * second click of a double click is ignored even when the first is done — so one impatient double click
 * freezes once and says so (not "already frozen").
 */
import type { Lang } from "../domain/vocabulary";
import { freezeWorkbookBaseline } from "../excel/freeze";
import { insertFollowUp, insertTemplates } from "../excel/insert";
import { SHEET_NAMES, SHEET_ORDER, type SheetKey } from "../templates/plan";
import { el } from "./dom";
import { freezeSummary, insertionSummary, NOTHING_OF_FOLLOW_UP, type InsertionSummary } from "./messages";
import type { Strings } from "./strings";

/** What the actions need of the pane. */
export interface ActionHost {
  readonly lang: Lang;
  readonly s: Strings;
  say(tone: string, headline: string, details?: readonly string[]): void;
  errorText(e: unknown): string;
  /** Reads and checks the workbook again (after a write the pane's view would be stale). */
  refresh(): Promise<void>;
}

/** Runs one write at a time; the buttons it made are disabled meanwhile. */
export class WriteGuard {
  private busy = false;
  private readonly buttons: HTMLButtonElement[] = [];
  constructor(private readonly host: ActionHost) {}

  button(id: string, text: string, task: () => Promise<InsertionSummary>, refresh = false): HTMLButtonElement {
    const b = el("button", { id, type: "button", textContent: text });
    // The second click of a double click (detail 2) is not a second request, even when the first is done.
    b.addEventListener("click", (e) => {
      if (e.detail <= 1) void this.run(task, refresh);
    });
    this.buttons.push(b);
    return b;
  }

  async run(task: () => Promise<InsertionSummary>, refresh: boolean): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.setDisabled(true);
    this.host.say("info", this.host.s.working);
    try {
      const summary = await task();
      this.host.say(summary.tone, summary.headline, summary.details);
      if (refresh) await this.host.refresh();
    } catch (e) {
      this.host.say("error", this.host.errorText(e));
    } finally {
      this.busy = false;
      this.setDisabled(false);
    }
  }

  private setDisabled(on: boolean): void {
    for (const b of this.buttons) {
      b.disabled = on;
      b.setAttribute("aria-busy", String(on));
    }
  }
}

export function templatesSection(host: ActionHost, guard: WriteGuard): HTMLElement {
  const { s, lang } = host;
  const insert = (only?: SheetKey[]) => async () => insertionSummary(await insertTemplates(lang, only), lang);
  const choice = el(
    "select",
    { id: "template-choice" },
    ...SHEET_ORDER.map((key) => el("option", { value: key, textContent: SHEET_NAMES[key][lang] })),
  );
  return el(
    "section",
    { className: "card" },
    el("h2", { textContent: s.templatesHeading }),
    el("p", { className: "muted", textContent: s.templatesHelp }),
    guard.button("insert-all", s.insertAll, insert()),
    el(
      "div",
      { className: "row" },
      el("label", { htmlFor: "template-choice", textContent: s.templateChoice }),
      choice,
      guard.button("insert-one", s.insertOne, async () => insert([choice.value as SheetKey])()),
    ),
  );
}

/** "Efter beslutet": insert the follow-up's sheets, freeze the baseline; the pane checks again after each. */
export function afterDecisionSection(host: ActionHost, guard: WriteGuard): HTMLElement {
  const { s, lang } = host;
  return el(
    "section",
    { className: "card", id: "after-decision" },
    el("h2", { textContent: s.afterDecisionHeading }),
    el("p", { className: "muted", textContent: s.afterDecisionHelp }),
    el(
      "div",
      { className: "stack" },
      guard.button(
        "insert-follow-up",
        s.insertFollowUp,
        async () => insertionSummary(await insertFollowUp(lang), lang, NOTHING_OF_FOLLOW_UP),
        true,
      ),
      guard.button(
        "freeze-baseline",
        s.freezeBaseline,
        async () => freezeSummary(await freezeWorkbookBaseline(), lang),
        true,
      ),
    ),
  );
}
