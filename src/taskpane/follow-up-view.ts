/**
 * The card "Uppföljning" / "Follow-up" as DOM (textContent only; a unit's name and a finding's message are
 * user text): the headline, U01–U05 in words, per unit, what is due to be measured (with links to the
 * cells), and the follow-up's findings grouped as in the findings card.
 */
import { el } from "./dom";
import type { FollowUpLine, FollowUpView } from "./follow-up-view-model";
import { cellLinks, findingNodes } from "./results-view";
import type { Strings } from "./strings";

type GoTo = (cell: string) => void;

const HEADLINE_TONE = { onTrack: "success", behind: "warning", notFrozen: "info" } as const;

function lineNode(l: FollowUpLine, s: Strings, goTo: GoTo): HTMLElement {
  return el(
    "li",
    { className: `follow-line ${l.tone}`, dataset: { id: l.id } },
    ...(l.tone === "warning" ? [el("span", { className: "sr-only", textContent: `${s.severity.warning}: ` })] : []),
    el("span", { className: "follow-text", textContent: l.text }),
    ...(l.cells.length > 0 ? [cellLinks(l, s, goTo)] : []),
  );
}

const lineList = (lines: readonly FollowUpLine[], s: Strings, goTo: GoTo, id?: string): HTMLElement =>
  el("ul", { className: "follow-lines", ...(id ? { id } : {}) }, ...lines.map((l) => lineNode(l, s, goTo)));

export function followUpNodes(v: FollowUpView, s: Strings, goTo: GoTo): HTMLElement[] {
  const headline = el(
    "div",
    { className: `message ${HEADLINE_TONE[v.state]}`, id: "follow-up-headline", dataset: { state: v.state } },
    el("p", { className: "follow-headline", textContent: v.headline }),
    el("p", { className: "follow-note", textContent: v.note }),
  );
  const context = el("p", { className: "muted follow-context", textContent: v.context });
  if (v.state === "notFrozen") return [headline, context, ...(v.groups.length > 0 ? findingsPart(v, s, goTo) : [])];
  return [
    headline,
    context,
    lineList(v.lines, s, goTo, "follow-up-lines"),
    ...(v.units.length === 0
      ? []
      : [
          el("h3", { textContent: s.perUnit }),
          el(
            "ul",
            { className: "follow-units", id: "follow-up-units" },
            ...v.units.map((u) =>
              el(
                "li",
                { className: "follow-unit" },
                el("strong", { className: "unit", textContent: u.unit }),
                lineList(u.lines, s, goTo),
              ),
            ),
          ),
        ]),
    el("h3", { textContent: s.dueHeading }),
    lineList(v.due, s, goTo, "follow-up-due"),
    ...findingsPart(v, s, goTo),
  ];
}

function findingsPart(v: FollowUpView, s: Strings, goTo: GoTo): HTMLElement[] {
  return [
    el("h3", { textContent: s.followUpFindings }),
    el("div", { id: "follow-up-findings" }, ...findingNodes(v, s, goTo)),
  ];
}
