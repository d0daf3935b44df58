/**
 * The checklist (C01–C19) and rules (R01–R18, Part 2: R19–R22) of `shared/domain.md`, with their base severities
 * and titles. Profiles (profiles.ts) switch them on or off and may change a severity.
 */
import type { Bilingual } from "./vocabulary";

export type Severity = "error" | "warning" | "info";

export const CHECK_IDS = [
  "C01",
  "C02",
  "C03",
  "C04",
  "C05",
  "C06",
  "C07",
  "C08",
  "C09",
  "C10",
  "C11",
  "C12",
  "C13",
  "C14",
  "C15",
  "C16",
  "C17",
  "C18",
  "C19",
] as const;
export const RULE_IDS = [
  "R01",
  "R02",
  "R03",
  "R04",
  "R05",
  "R06",
  "R07",
  "R08",
  "R09",
  "R10",
  "R11",
  "R12",
  "R13",
  "R14",
  "R15",
  "R16",
  "R17",
  "R18",
  "R19",
  "R20",
  "R21",
  "R22",
] as const;

/** Follow-up findings (Part 2), after the board's decision: they run only on a workbook with a follow-up. */
export const FOLLOW_UP_IDS = ["F01", "F02", "F03", "F04", "F05", "F06", "F07"] as const;

/** The fund's ledger (Part 2): the frame check across applications. */
export const LEDGER_IDS = ["L07"] as const;

export type CheckId = (typeof CHECK_IDS)[number];
export type RuleId = (typeof RULE_IDS)[number];
export type FollowUpId = (typeof FOLLOW_UP_IDS)[number];
export type LedgerId = (typeof LEDGER_IDS)[number];
export type FindingId = CheckId | RuleId | FollowUpId | LedgerId;
export const ALL_IDS: readonly FindingId[] = [...CHECK_IDS, ...RULE_IDS, ...FOLLOW_UP_IDS, ...LEDGER_IDS];
/** What an application is checked against (the follow-up IDs need a decision and actuals). */
export const APPLICATION_IDS: readonly FindingId[] = [...CHECK_IDS, ...RULE_IDS];

export interface CatalogueEntry {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly title: Bilingual;
}

const entry = (id: FindingId, severity: Severity, sv: string, en: string): CatalogueEntry => ({
  id,
  severity,
  title: { sv, en },
});

/** C titles are the guidelines' own words ("Ansökan ska innehålla följande"). */
export const CATALOGUE: Readonly<Record<FindingId, CatalogueEntry>> = {
  C01: entry("C01", "error", "Namn på investeringen", "Name of the investment"),
  C02: entry("C02", "error", "Beskrivning av investeringens innehåll", "Description of the investment's content"),
  C03: entry(
    "C03",
    "error",
    "Metod och referenser till forskning eller evidensbaserad praktik",
    "Method and references to research or evidence-based practice",
  ),
  C04: entry(
    "C04",
    "error",
    "Ansvariga och delaktiga verksamheter i landstinget",
    "Responsible and participating units of the region",
  ),
  C05: entry("C05", "error", "Externa parter som är delaktiga", "External parties taking part"),
  C06: entry("C06", "error", "Målgrupp för investeringen", "Target group of the investment"),
  C07: entry("C07", "error", "Hur målgruppen ska identifieras", "How the target group will be identified"),
  C08: entry(
    "C08",
    "error",
    "Kartläggning av andra insatser för samma målgrupp",
    "Survey of other interventions for the same target group",
  ),
  C09: entry("C09", "error", "Tidsperiod för investeringen", "Period of the investment"),
  C10: entry("C10", "error", "Kostnad fördelad per år under tidsperioden", "Cost per year over the period"),
  C11: entry("C11", "error", "Effekter för personerna i målgruppen", "Effects for the people in the target group"),
  C12: entry("C12", "error", "När effekterna förväntas inträffa", "When the effects are expected"),
  C13: entry("C13", "error", "Hur effekterna ska mätas", "How the effects will be measured"),
  C14: entry("C14", "error", "Vid vilka tidpunkter mätningen ska ske", "When the measurements will be made"),
  C15: entry(
    "C15",
    "error",
    "Hur investeringen minskar parternas totala kostnader",
    "How the investment lowers the parties' total costs",
  ),
  C16: entry("C16", "error", "Verksamheter där kostnaderna förväntas minska", "Units where costs are expected to fall"),
  C17: entry("C17", "error", "Beräkning av kostnadsminskningen", "Calculation of the cost reduction"),
  C18: entry(
    "C18",
    "error",
    "Tidsbestämd återföringsplan med ansvariga verksamheter",
    "Time-bound repayment plan with responsible units",
  ),
  C19: entry("C19", "error", "Redovisning av eventuell medfinansiering", "Account of any co-financing"),
  R01: entry("R01", "error", "Minst två parter", "At least two parties"),
  R02: entry("R02", "error", "En huvudansvarig verksamhet inom regionen", "One lead unit, internal to the region"),
  R03: entry("R03", "error", "Tillstyrkan av verksamhetschef för varje part", "Endorsement by the head of each party"),
  R04: entry("R04", "error", "Förebyggande karaktär", "Preventive character"),
  R05: entry("R05", "info", "Fokus på barn och unga", "Focus on children and young people"),
  R06: entry("R06", "error", "Återföringen motsvarar sökt belopp", "Repayments equal the amount asked"),
  R07: entry("R07", "error", "Återföring från verksamheter inom regionen", "Repayment from units of the region"),
  R08: entry("R08", "error", "Återföring täcks av egna besparingar", "Repayment covered by the unit's own savings"),
  R09: entry("R09", "warning", "Ingen återföring före besparingen", "No repayment ahead of savings"),
  R10: entry("R10", "error", "Regionens besparing minst sökt belopp", "Region's savings at least the amount asked"),
  R11: entry("R11", "warning", "Återföringen inom fondens tidshorisont", "Repayment within the fund's horizon"),
  R12: entry("R12", "error", "Principer för fördelning av medfinansiering", "Principles for sharing co-financing"),
  R13: entry("R13", "info", "Medfinansiering från extern part", "Co-financing from an external party"),
  R14: entry("R14", "error", "Form av medfinansiering", "Form of co-financing"),
  R15: entry("R15", "error", "Uppföljning under projektet", "Follow-up during the project"),
  R16: entry("R16", "warning", "Inom fondens ekonomiska ram per år", "Within the fund's annual frame"),
  R17: entry("R17", "error", "Tal där tal ska stå", "Numbers where numbers belong"),
  R18: entry("R18", "error", "Hela årtal inom rätt period", "Whole years in the right period"),
  R19: entry("R19", "info", "Dödvikt och tillskrivning angivna", "Deadweight and attribution stated"),
  R20: entry(
    "R20",
    "warning",
    "Återföringen ryms i verksamhetens realiserbara besparing",
    "Repayment within the unit's cashable savings",
  ),
  R21: entry("R21", "warning", "Fondens marginal", "The fund's margin"),
  R22: entry("R22", "warning", "Planen klarar det låga scenariot", "The plan survives the low scenario"),
  F01: entry("F01", "warning", "Mätning vid utsatt tidpunkt", "Measurement at the stated time"),
  F02: entry("F02", "warning", "Besparingarna realiseras", "Savings being realised"),
  F03: entry("F03", "error", "Återföring täcks av verifierad besparing", "Repayment covered by verified savings"),
  F04: entry("F04", "warning", "Återföringen följer planen", "Repayment on plan"),
  F05: entry("F05", "warning", "Kostnaden inom baslinjen", "Cost within the baseline"),
  F06: entry("F06", "info", "Slutrapport efter perioden", "Final report after the period"),
  F07: entry("F07", "error", "Baslinjen oförändrad", "Baseline unchanged"),
  L07: entry("L07", "error", "Inom ram och saldo", "Within frame and balance"),
};

export const KEY_FIGURE_IDS = ["K01", "K02", "K03", "K04", "K05", "K06", "K07", "K08", "K09", "K10"] as const;
export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

/** One line of the key figures as the workbook, the pane, the review sheet and `sif` show them. */
export interface KeyFigureLine {
  readonly line: KeyFigureLineKey;
  readonly id: KeyFigureId;
  readonly label: Bilingual;
  /** A part of the figure above it (K02 by type). */
  readonly part?: true;
}

export type KeyFigureLineKey = KeyFigureId | "K02cash" | "K02workTime" | "K02other" | "K04region";

/** The key figures' labels, defined once (definitions: shared/domain.md, computed in figures.ts). */
export const KEY_FIGURE_LINES: readonly KeyFigureLine[] = [
  { line: "K01", id: "K01", label: { sv: "Total kostnad", en: "Total cost" } },
  { line: "K02", id: "K02", label: { sv: "Medfinansiering, totalt", en: "Co-financing, total" } },
  { line: "K02cash", id: "K02", label: { sv: "varav kontant", en: "of which cash" }, part: true },
  { line: "K02workTime", id: "K02", label: { sv: "varav arbetstid", en: "of which work time" }, part: true },
  { line: "K02other", id: "K02", label: { sv: "varav annat", en: "of which other" }, part: true },
  { line: "K03", id: "K03", label: { sv: "Belopp som söks ur fonden", en: "Amount asked from the fund" } },
  { line: "K04", id: "K04", label: { sv: "Förväntade besparingar, alla parter", en: "Expected savings, all parties" } },
  {
    line: "K04region",
    id: "K04",
    label: { sv: "Förväntade besparingar, regionen", en: "Expected savings, the region" },
  },
  { line: "K05", id: "K05", label: { sv: "Nettonuvärde, alla parter", en: "Net present value, all parties" } },
  { line: "K06", id: "K06", label: { sv: "Nytta–kostnadskvot (nuvärden)", en: "Benefit–cost ratio (present values)" } },
  { line: "K07", id: "K07", label: { sv: "Återbetalningsår, alla parter", en: "Payback year, all parties" } },
  { line: "K08", id: "K08", label: { sv: "Återbetalningsår, fonden", en: "Payback year, the fund" } },
  {
    line: "K09",
    id: "K09",
    label: { sv: "Återföringsgrad (återfört / sökt)", en: "Repayment coverage (repaid / asked)" },
  },
  {
    line: "K10",
    id: "K10",
    label: { sv: "Kvar till fonden efter planen", en: "Outstanding to the fund after the plan" },
  },
];

export const keyFigureLine = (line: KeyFigureLineKey): KeyFigureLine => KEY_FIGURE_LINES.find((l) => l.line === line)!;

/** The words for a finding's severity, in every place that shows one. */
export const SEVERITY_WORDS: Readonly<Record<Severity, Bilingual>> = {
  error: { sv: "Fel", en: "Error" },
  warning: { sv: "Varning", en: "Warning" },
  info: { sv: "Information", en: "Information" },
};

/** How sure is the repayment (Part 2): the figures of the Känslighet sheet, labelled once. */
export const ROBUST_FIGURE_IDS = ["K11", "K12", "K13", "K14", "K15", "K16", "K17"] as const;
export type RobustFigureId = (typeof ROBUST_FIGURE_IDS)[number];

export const ROBUST_FIGURE_LABELS = {
  K11: { sv: "Justerade besparingar, alla parter", en: "Adjusted savings, all parties" },
  K11region: { sv: "Justerade besparingar, regionen", en: "Adjusted savings, the region" },
  K11regionCashable: {
    sv: "Realiserbara justerade besparingar, regionen",
    en: "Cashable adjusted savings, the region",
  },
  K12: { sv: "Justerat nettonuvärde", en: "Adjusted net present value" },
  K13: { sv: "Justerad nytta–kostnadskvot", en: "Adjusted benefit–cost ratio" },
  K14: { sv: "Fondens marginal", en: "The fund's margin" },
  K15: { sv: "Verksamhetens marginal", en: "The unit's margin" },
  K16: { sv: "Tålig försening, år", en: "Delay tolerance, years" },
  K17: { sv: "Scenarier: låg, bas, hög", en: "Scenarios: low, base, high" },
} as const satisfies Record<string, Bilingual>;

export const SCENARIO_WORDS = {
  low: { sv: "Låg", en: "Low" },
  base: { sv: "Bas", en: "Base" },
  high: { sv: "Hög", en: "High" },
} as const satisfies Record<string, Bilingual>;

/** Most serious first: errors, warnings, information. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
