/** What the checklist items C01–C19 say, keyed by ID (data; the logic is in checklist.ts). */
import type { Bilingual } from "./vocabulary";

const m = (sv: string, en: string): Bilingual => ({ sv, en });

/** The required free texts (C01, C02, C06, C07, C08, C15): what is missing. */
export const REQUIRED_TEXT = {
  C01: m("investeringens namn", "the investment's name"),
  C02: m("beskrivning av investeringens innehåll", "description of the investment's content"),
  C06: m("målgrupp", "target group"),
  C07: m("hur målgruppen ska identifieras", "how the target group will be identified"),
  C08: m(
    "kartläggning av andra insatser för samma målgrupp",
    "survey of other interventions for the same target group",
  ),
  C15: m("hur investeringen minskar parternas totala kostnader", "how the investment lowers the parties' total costs"),
} as const;

export const CHECKLIST_MESSAGES = {
  missing: (what: Bilingual) => m(`Saknas: ${what.sv}.`, `Missing: ${what.en}.`),
  C03: {
    method: m("metodbeskrivning", "description of the method"),
    references: m(
      "referenser till forskning eller evidensbaserad praktik",
      "references to research or evidence-based practice",
    ),
    both: (parts: readonly Bilingual[]) =>
      m(`Saknas: ${parts.map((p) => p.sv).join(" och ")}.`, `Missing: ${parts.map((p) => p.en).join(" and ")}.`),
    one: (part: Bilingual) => m(`Ofullständig, saknar: ${part.sv}.`, `Incomplete, lacks: ${part.en}.`),
  },
  C04: {
    noInternal: m(
      "Saknas: minst en verksamhet i regionen (typ Intern) i partstabellen.",
      "Missing: at least one unit of the region (kind Internal) in the parties table.",
    ),
    noName: m("Ofullständig: en part saknar namn.", "Incomplete: a party has no name."),
    noKind: (name: string) =>
      m(
        `Ofullständig: ange om ${name || "parten"} är intern (regionen) eller extern part.`,
        `Incomplete: state whether ${name || "the party"} is internal (region) or external.`,
      ),
    noRole: (name: string) =>
      m(
        `Ofullständig: ange om ${name || "parten"} är huvudansvarig eller delaktig.`,
        `Incomplete: state whether ${name || "the party"} is lead or participating.`,
      ),
  },
  C05: m(
    "Saknas: ange externa parter, eller svara Ja på att inga externa parter deltar.",
    "Missing: list external parties, or answer Yes to no external parties taking part.",
  ),
  C09: {
    missing: m("Saknas: tidsperiodens start- och slutår.", "Missing: the period's start and end year."),
    reversed: (start: number, end: number) =>
      m(`Slutåret ${end} ligger före startåret ${start}.`, `The end year ${end} is before the start year ${start}.`),
  },
  C10: {
    missing: m("Saknas: kostnad per år under tidsperioden.", "Missing: cost per year over the period."),
    yearsWithout: (years: readonly number[]) =>
      m(`Ofullständig: kostnad saknas för ${years.join(", ")}.`, `Incomplete: no cost for ${years.join(", ")}.`),
    outside: (year: number, start: number | null, end: number | null) => {
      const period = `${start ?? "…"}–${end ?? "…"}`;
      return m(
        `Ofullständig: en kostnad ${year} ligger utanför tidsperioden (${period}).`,
        `Incomplete: a cost in ${year} lies outside the period (${period}).`,
      );
    },
    zero: m("Den totala kostnaden är 0 kr.", "The total cost is SEK 0."),
    noAmount: m("Ofullständig: en kostnadsrad saknar belopp.", "Incomplete: a cost row has no amount."),
    noYear: m("Ofullständig: en kostnadsrad saknar år.", "Incomplete: a cost row has no year."),
  },
  C11: m(
    "Saknas: minst en förväntad effekt för målgruppen.",
    "Missing: at least one expected effect for the target group.",
  ),
  /** C12–C14: what an effect lacks. */
  effectPart: {
    C12: m("år då effekten förväntas", "expected year"),
    C13: m("mätmetod", "measurement method"),
    C14: m("mättidpunkter", "measurement times"),
  },
  effectLacks: (description: string, row: number, part: Bilingual) =>
    m(
      `Effekten "${description || `rad ${row}`}" saknar ${part.sv}.`,
      `The effect "${description || `row ${row}`}" has no ${part.en}.`,
    ),
  C16: {
    missing: m(
      "Saknas: i vilka verksamheter eller hos vilka parter kostnaderna förväntas minska.",
      "Missing: in which units or parties costs are expected to fall.",
    ),
    noParty: m(
      "Ofullständig: en besparingsrad anger ingen verksamhet eller part.",
      "Incomplete: a savings row names no unit or party.",
    ),
    unknownParty: (name: string) =>
      m(`"${name}" finns inte i partstabellen.`, `"${name}" is not in the parties table.`),
  },
  C17: {
    missing: m(
      "Saknas: beräkning av förväntade kostnadsminskningar per år.",
      "Missing: calculation of expected cost reductions per year.",
    ),
    parts: {
      year: m("år", "year"),
      volume: m("volym", "volume"),
      unitCost: m("kostnad per enhet", "unit cost"),
      effectShare: m("effektandel", "effect share"),
      basis: m("beräkningsunderlag", "calculation basis"),
    },
    incomplete: (party: string, row: number, parts: readonly Bilingual[]) =>
      m(
        `Ofullständig besparingsrad (${party || `rad ${row}`}): saknar ${parts.map((p) => p.sv).join(", ")}.`,
        `Incomplete savings row (${party || `row ${row}`}): lacks ${parts.map((p) => p.en).join(", ")}.`,
      ),
  },
  C18: {
    missing: m(
      "Saknas: återföringsplan (år, ansvarig verksamhet, belopp).",
      "Missing: repayment plan (year, responsible unit, amount).",
    ),
    parts: {
      year: m("år", "year"),
      unit: m("ansvarig verksamhet", "responsible unit"),
      amount: m("belopp", "amount"),
    },
    incomplete: (parts: readonly Bilingual[]) =>
      m(
        `Ofullständig återföringsrad: saknar ${parts.map((p) => p.sv).join(", ")}.`,
        `Incomplete repayment row: lacks ${parts.map((p) => p.en).join(", ")}.`,
      ),
  },
  C19: m(
    "Saknas: redovisa medfinansiering, eller svara Ja på att ingen medfinansiering finns.",
    "Missing: report co-financing, or answer Yes to there being none.",
  ),
} as const;
