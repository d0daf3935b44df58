/** Every text the pane shows, Swedish first. */
import { ROBUST_FIGURE_LABELS, SEVERITY_WORDS } from "../domain/catalogue";
import type { Lang } from "../domain/vocabulary";

const sv = {
  title: "Sociala investeringsfonden",
  notInExcel: "Panelen körs utanför Excel. Öppna den från fliken Start i Excel.",
  apiMissing:
    "Den här Excel-versionen saknar ExcelApi 1.9, som tillägget behöver " +
    "(tabeller, listor och villkorsstyrd formatering). Använd Excel på webben, Microsoft 365 eller Excel 2021.",
  ready: "Klar.",
  templatesHeading: "Mallar",
  templatesHelp:
    "Lägger in ansökans blad som tabeller med formler och listor. Befintliga blad och celler ändras aldrig.",
  insertAll: "Lägg in alla mallar",
  insertOne: "Lägg in vald mall",
  templateChoice: "Mall",
  working: "Arbetar …",
  failed: "Det gick inte",
  checkHeading: "Granskning",
  checkNow: "Granska ansökan",
  autoCheck: "Granska igen när något ändras",
  notChecked: "Ansökan har inte granskats ännu.",
  checkFailed: "Granskningen kunde inte göras",
  staleAuto: "Arbetsboken har ändrats sedan granskningen; den granskas igen …",
  stale: "Arbetsboken har ändrats sedan granskningen. Tryck Granska ansökan.",
  excelNoAnswer: (seconds: number) =>
    `Excel har inte svarat på ${seconds} s. Skriver du i en cell? Tryck Enter eller Esc. ` +
    "Annars: stäng panelen och öppna den igen.",
  errors: (n: number) => `${n} fel`,
  warnings: (n: number) => `${n} ${n === 1 ? "varning" : "varningar"}`,
  infos: (n: number) => `${n} information`,
  severity: { error: SEVERITY_WORDS.error.sv, warning: SEVERITY_WORDS.warning.sv, info: SEVERITY_WORDS.info.sv },
  goTo: "Gå till cell",
  noCell: "ingen cell",
  findingsHeading: "Anmärkningar",
  noFindings: "Inga anmärkningar.",
  figuresHeading: "Nyckeltal",
  robustnessHeading: "Hur säker är återföringen?",
  scenarioCaption: ROBUST_FIGURE_LABELS.K17.sv as string,
  amountsIn: "Belopp i kronor",
  reviewerHeading: "För granskaren",
  profile: "Regelprofil",
  profileFromWorkbook: "Enligt arbetsboken",
  writeReview: "Skriv granskningen till ett nytt blad",
  highlight: "Markera berörda celler",
  unhighlight: "Ta bort markeringarna",
  openSettings: "Fondens inställningar",
  reviewWritten: (sheet: string) => `Granskningen skrevs till bladet ${sheet}.`,
  highlighted: (n: number) => `${n} celler markerades.`,
  unhighlighted: (n: number) => `${n} markeringar togs bort.`,
  checkedAt: (time: string) => `Granskad ${time}`,
  followUpHeading: "Uppföljning",
  perUnit: "Per verksamhet",
  dueHeading: "Att mäta",
  followUpFindings: "Anmärkningar i uppföljningen",
  afterDecisionHeading: "Efter beslutet",
  afterDecisionHelp:
    "Lägger in bladen Beslut, Utfall, Mätningar och Uppföljning. Frys baslinjen när styrelsen har beslutat: " +
    "planen sparas som värden att följa upp mot och skrivs aldrig över.",
  insertFollowUp: "Lägg in uppföljning",
  freezeBaseline: "Frys baslinjen",
  frozen: (rows: number, sheet: string) =>
    `Baslinjen frystes: ${rows} rader skrevs till tabellen Baslinje på bladet ${sheet}.`,
  fingerprint: (date: string, fp: string) => `Fryst ${date}, fingeravtryck ${fp.slice(0, 12)}…`,
};
export type Strings = typeof sv;

const en: Strings = {
  title: "Social Investment Fund",
  notInExcel: "The pane is running outside Excel. Open it from the Home tab in Excel.",
  apiMissing:
    "This version of Excel lacks ExcelApi 1.9, which the add-in needs " +
    "(tables, lists and conditional formats). Use Excel on the web, Microsoft 365 or Excel 2021.",
  ready: "Ready.",
  templatesHeading: "Templates",
  templatesHelp:
    "Inserts the application's sheets as tables with formulas and lists. Existing sheets and cells are never changed.",
  insertAll: "Insert all templates",
  insertOne: "Insert chosen template",
  templateChoice: "Template",
  working: "Working …",
  failed: "It did not work",
  checkHeading: "Check",
  checkNow: "Check the application",
  autoCheck: "Check again when something changes",
  notChecked: "The application has not been checked yet.",
  checkFailed: "The check could not be run",
  staleAuto: "The workbook has changed since the check; checking again …",
  stale: "The workbook has changed since the check. Press Check the application.",
  excelNoAnswer: (seconds: number) =>
    `Excel has not answered in ${seconds} s. Are you typing in a cell? Press Enter or Esc. ` +
    "Otherwise close the pane and open it again.",
  errors: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
  warnings: (n: number) => `${n} ${n === 1 ? "warning" : "warnings"}`,
  infos: (n: number) => `${n} information`,
  severity: { error: SEVERITY_WORDS.error.en, warning: SEVERITY_WORDS.warning.en, info: SEVERITY_WORDS.info.en },
  goTo: "Go to cell",
  noCell: "no cell",
  findingsHeading: "Findings",
  noFindings: "No findings.",
  figuresHeading: "Key figures",
  robustnessHeading: "How sure is the repayment?",
  scenarioCaption: ROBUST_FIGURE_LABELS.K17.en,
  amountsIn: "Amounts in SEK",
  reviewerHeading: "For the reviewer",
  profile: "Rule profile",
  profileFromWorkbook: "As the workbook says",
  writeReview: "Write the review to a new sheet",
  highlight: "Highlight the cells concerned",
  unhighlight: "Remove the highlights",
  openSettings: "Fund settings",
  reviewWritten: (sheet: string) => `The review was written to the sheet ${sheet}.`,
  highlighted: (n: number) => `${n} cells were highlighted.`,
  unhighlighted: (n: number) => `${n} highlights were removed.`,
  checkedAt: (time: string) => `Checked ${time}`,
  followUpHeading: "Follow-up",
  perUnit: "Per unit",
  dueHeading: "Due to be measured",
  followUpFindings: "Follow-up findings",
  afterDecisionHeading: "After the decision",
  afterDecisionHelp:
    "Inserts the Decision, Actuals, Measurements and Follow-up sheets. Freeze the baseline once the board has " +
    "decided: the plan is kept as values to follow up against and never overwritten.",
  insertFollowUp: "Insert follow-up",
  freezeBaseline: "Freeze baseline",
  frozen: (rows: number, sheet: string) =>
    `The baseline was frozen: ${rows} rows were written to the table Baslinje on the sheet ${sheet}.`,
  fingerprint: (date: string, fp: string) => `Frozen on ${date}, fingerprint ${fp.slice(0, 12)}…`,
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { sv, en };
