/** Every text the pane shows, Swedish first. */
import type { Lang } from "../domain/vocabulary";

const sv = {
  title: "Sociala investeringsfonden",
  intro: "Lägg in ansökningsmallarna i arbetsboken och granska ansökan mot fondens riktlinjer (rev. 2016).",
  notInExcel: "Panelen körs utanför Excel. Öppna den från fliken Start i Excel.",
  apiMissing: "Den här Excel-versionen saknar ExcelApi 1.9, som tillägget behöver (tabeller, listor och villkorsstyrd formatering). Använd Excel på webben, Microsoft 365 eller Excel 2021.",
  ready: "Klar.",
  templatesHeading: "Mallar",
  templatesHelp: "Lägger in ansökans blad som tabeller med formler och listor. Befintliga blad och celler ändras aldrig.",
  insertAll: "Lägg in alla mallar",
  insertOne: "Lägg in vald mall",
  templateChoice: "Mall",
  working: "Arbetar …",
  failed: "Det gick inte",
};
export type Strings = typeof sv;

const en: Strings = {
  title: "Social Investment Fund",
  intro: "Insert the application templates into the workbook and check the application against the fund's guidelines (rev. 2016).",
  notInExcel: "The pane is running outside Excel. Open it from the Home tab in Excel.",
  apiMissing: "This version of Excel lacks ExcelApi 1.9, which the add-in needs (tables, lists and conditional formats). Use Excel on the web, Microsoft 365 or Excel 2021.",
  ready: "Ready.",
  templatesHeading: "Templates",
  templatesHelp: "Inserts the application's sheets as tables with formulas and lists. Existing sheets and cells are never changed.",
  insertAll: "Insert all templates",
  insertOne: "Insert chosen template",
  templateChoice: "Template",
  working: "Working …",
  failed: "It did not work",
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { sv, en };
