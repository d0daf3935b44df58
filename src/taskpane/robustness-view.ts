/**
 * The card "Hur säker är återföringen?" as DOM (textContent only; a unit's name is user text): the
 * margins and the delay tolerance in words, the low/base/high table, notes, a link to the Känslighet sheet.
 */
import { el } from "./dom";
import type { Strings } from "./strings";
import type { RobustLine, RobustnessView, ScenarioRow } from "./robustness-view-model";

function lineNode(l: RobustLine, s: Strings): HTMLElement {
  return el(
    "li",
    { className: `robust-line ${l.tone}`, dataset: { id: l.id } },
    ...(l.tone === "warning" ? [el("span", { className: "sr-only", textContent: `${s.severity.warning}: ` })] : []),
    ...(l.unit === undefined ? [] : [el("strong", { className: "unit", textContent: l.unit }), ": "]),
    l.text,
  );
}

/** Each row's label on a line of its own above its three values, so the table fits a 320 px pane. */
function rowNodes(row: ScenarioRow, i: number, columns: readonly string[]): HTMLElement[] {
  const id = `robust-row-${i}`;
  return [
    el(
      "tr",
      { className: "label-row" },
      el(
        "th",
        { id, scope: "colgroup", colSpan: columns.length },
        el("span", { className: "fig-id", textContent: row.id }),
        ` ${row.label}`,
      ),
    ),
    el(
      "tr",
      { className: "value-row", dataset: { id: row.id } },
      ...row.cells.map((c, k) =>
        el("td", { headers: `${id} robust-col-${k}`, className: c.negative ? "negative" : "", textContent: c.text }),
      ),
    ),
  ];
}

function tableNode(v: RobustnessView, s: Strings): HTMLElement {
  return el(
    "table",
    { className: "scenarios", id: "scenarios" },
    el("caption", {}, s.scenarioCaption, el("span", { className: "muted caption-note", textContent: s.amountsIn })),
    el(
      "thead",
      {},
      el("tr", {}, ...v.columns.map((c, k) => el("th", { id: `robust-col-${k}`, scope: "col", textContent: c }))),
    ),
    el("tbody", {}, ...v.rows.flatMap((row, i) => rowNodes(row, i, v.columns))),
  );
}

function linkNode(link: NonNullable<RobustnessView["link"]>, s: Strings, goTo: (cell: string) => void): HTMLElement {
  return el(
    "div",
    { className: "row" },
    el("button", {
      id: "robustness-link",
      type: "button",
      textContent: link.text,
      title: `${s.goTo} ${link.cell}`,
      onclick: () => goTo(link.cell),
    }),
  );
}

export function robustnessNodes(v: RobustnessView, s: Strings, goTo: (cell: string) => void): HTMLElement[] {
  if (v.missing !== null)
    return [el("div", { className: "message info", id: "robustness-missing" }, el("p", { textContent: v.missing }))];
  return [
    el("p", { className: "muted", textContent: v.intro }),
    el("ul", { className: "robust-lines" }, ...v.lines.map((l) => lineNode(l, s))),
    tableNode(v, s),
    ...v.notes.map((n) => el("p", { className: "muted note", textContent: n })),
    ...(v.link === null ? [] : [linkNode(v.link, s, goTo)]),
  ];
}
