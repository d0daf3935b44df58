/** The result of a review as DOM: the summary, the findings grouped by ID with links to cells, the key figures. */
import { el } from "./dom";
import type { Strings } from "./strings";
import type { FindingView, GroupView, PaneView } from "./view-model";

export function summaryNodes(v: PaneView, s: Strings, time: string): HTMLElement[] {
  return [
    el(
      "div",
      { className: `message ${v.ready ? "success" : "error"}`, id: "headline" },
      el("p", { textContent: v.headline }),
    ),
    el(
      "p",
      { className: "counts" },
      el("span", { className: "chip error", textContent: s.errors(v.counts.error) }),
      el("span", { className: "chip warning", textContent: s.warnings(v.counts.warning) }),
      el("span", { className: "chip info", textContent: s.infos(v.counts.info) }),
    ),
    el("p", { className: "muted", textContent: `${s.checkedAt(time)} · ${v.profile}` }),
  ];
}

/** The cells a finding names, each a button that selects it. */
export function cellLinks(f: Pick<FindingView, "cells">, s: Strings, goTo: (cell: string) => void): HTMLElement {
  return el(
    "span",
    { className: "cells" },
    ...(f.cells.length === 0
      ? [el("span", { className: "muted", textContent: s.noCell })]
      : f.cells.map((cell) =>
          el("button", {
            type: "button",
            className: "link",
            textContent: cell,
            title: `${s.goTo} ${cell}`,
            ariaLabel: `${s.goTo} ${cell}`,
            onclick: () => goTo(cell),
          }),
        )),
  );
}

function groupNode(g: GroupView, s: Strings, goTo: (cell: string) => void): HTMLElement {
  return el(
    "details",
    { className: `group ${g.severity}`, open: g.severity !== "info", dataset: { id: g.id } },
    el(
      "summary",
      {},
      el("span", { className: `badge ${g.severity}`, textContent: g.id }),
      el("span", { className: "group-title", textContent: g.title }),
      el("span", { className: "count", textContent: `(${g.findings.length})` }),
    ),
    el(
      "ul",
      { className: "finding-list" },
      ...g.findings.map((f) =>
        el(
          "li",
          { className: `finding ${f.severity}` },
          el("span", { className: "sr-only", textContent: `${s.severity[f.severity]}: ` }),
          el("span", { className: "finding-message", textContent: f.message }),
          cellLinks(f, s, goTo),
        ),
      ),
    ),
  );
}

export function findingNodes(v: Pick<PaneView, "groups">, s: Strings, goTo: (cell: string) => void): HTMLElement[] {
  if (v.groups.length === 0) return [el("p", { className: "muted", textContent: s.noFindings })];
  return v.groups.map((g) => groupNode(g, s, goTo));
}

export function figuresNode(v: PaneView): HTMLElement {
  return el(
    "dl",
    { className: "figures" },
    ...v.figures.flatMap((k) => [
      el("dt", {}, el("span", { className: "fig-id", textContent: k.id }), ` ${k.label}`),
      el("dd", { textContent: k.text, dataset: { id: k.id } }),
    ]),
  );
}
