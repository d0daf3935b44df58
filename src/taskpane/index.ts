/**
 * The task pane's entry point. Builds the pane with DOM calls only (user text is always set as
 * `textContent`, never as HTML) and talks to Excel only through src/excel.
 */
import { hostInfo, RequirementError } from "../excel/host";
import { insertTemplates } from "../excel/insert";
import type { Lang } from "../domain/vocabulary";
import { SHEET_NAMES, SHEET_ORDER, type SheetKey } from "../templates/plan";
import { insertionSummary } from "./messages";
import { STRINGS, type Strings } from "./strings";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

function showStatus(region: HTMLElement, tone: string, headline: string, details: readonly string[] = []): void {
  region.replaceChildren(
    el("div", { className: `message ${tone}` }, el("p", { textContent: headline }), ...(details.length > 0 ? [el("ul", {}, ...details.map((d) => el("li", { textContent: d })))] : [])),
  );
}

function templatesSection(s: Strings, lang: Lang, status: HTMLElement): HTMLElement {
  let busy = false;
  const run = async (only?: SheetKey[]): Promise<void> => {
    if (busy) return;
    busy = true;
    showStatus(status, "info", s.working);
    try {
      const summary = insertionSummary(await insertTemplates(lang, only), lang);
      showStatus(status, summary.tone, summary.headline, summary.details);
    } catch (e) {
      const message = e instanceof RequirementError ? s.apiMissing : `${s.failed}: ${e instanceof Error ? e.message : String(e)}`;
      showStatus(status, "error", message);
    } finally {
      busy = false;
    }
  };
  const choice = el("select", { id: "template-choice" }, ...SHEET_ORDER.map((key) => el("option", { value: key, textContent: SHEET_NAMES[key][lang] })));
  return el(
    "section",
    { className: "card", ariaLabel: s.templatesHeading },
    el("h2", { textContent: s.templatesHeading }),
    el("p", { className: "muted", textContent: s.templatesHelp }),
    el("button", { id: "insert-all", className: "primary", type: "button", textContent: s.insertAll, onclick: () => void run() }),
    el("div", { className: "row" },
      el("label", { htmlFor: "template-choice", textContent: s.templateChoice }),
      choice,
      el("button", { id: "insert-one", type: "button", textContent: s.insertOne, onclick: () => void run([choice.value as SheetKey]) }),
    ),
  );
}

async function start(): Promise<void> {
  const app = document.getElementById("app");
  if (!app) return;
  const host = await hostInfo();
  const s = STRINGS[host.lang];
  document.documentElement.lang = host.lang;
  document.title = s.title;
  const title = document.getElementById("title");
  if (title) title.textContent = s.title;
  const status = el("div", { id: "status", role: "status" });
  app.replaceChildren(el("p", { textContent: s.intro }));
  if (!host.inExcel) { app.append(el("p", { className: "message warning", textContent: s.notInExcel })); return; }
  if (!host.excelApiSupported) { app.append(el("p", { className: "message error", textContent: s.apiMissing })); return; }
  app.append(templatesSection(s, host.lang, status), status);
}

void start();
