/** The task pane's entry point: find out what the host offers, then show the pane in its language. */
import { hostInfo } from "../excel/host";
import { STRINGS } from "./strings";

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.textContent = text;
  if (className) p.className = className;
  return p;
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
  app.replaceChildren(paragraph(s.intro));
  if (!host.inExcel) app.append(paragraph(s.notInExcel, "message warning"));
  else if (!host.excelApiSupported) app.append(paragraph(s.apiMissing, "message error"));
}

void start();
