/** The sheets that hold the application's lists: one or two tables, a title and a hint each. */
import type { Bilingual, Lang } from "../../domain/vocabulary";
import { SheetBuilder } from "../sheet-builder";
import type { Fill, SheetKey, SheetPlan } from "../sheet-plan";
import { TABLES, type TableKey } from "../tables";

/** A sheet holding one or two tables, with a title and a hint. */
export function listSheet(
  key: SheetKey,
  lang: Lang,
  fill: Fill,
  title: Bilingual,
  hint: Bilingual,
  tables: readonly TableKey[],
): SheetPlan {
  const s = new SheetBuilder(lang);
  s.text(0, 0, title[lang], "title");
  s.text(1, 0, hint[lang], "subtitle");
  let left = 0;
  for (const key of tables) {
    s.table(key, 3, left, fill);
    left += TABLES[key].columns.length + 1;
    if (left > 0) s.width(left - 1, 3);
  }
  return s.build(key, { freezeRows: 4 });
}

export const LIST_SHEETS: Partial<Record<SheetKey, { title: Bilingual; hint: Bilingual; tables: TableKey[] }>> = {
  parties: {
    title: { sv: "Parter och tillstyrkan", en: "Parties and endorsements" },
    hint: {
      sv:
        "C04, C05, R01–R03: verksamheter i regionen och externa parter; " +
        "varje part tillstyrks av verksamhetschef eller motsvarande.",
      en:
        "C04, C05, R01–R03: units of the region and external parties; " +
        "each party is endorsed by its head of unit or equivalent.",
    },
    tables: ["parties", "endorsements"],
  },
  costs: {
    title: { sv: "Kostnad per år", en: "Cost per year" },
    hint: {
      sv: "C10: kostnaden för investeringen, för varje år under tidsperioden, per verksamhet och kostnadsslag.",
      en: "C10: the investment's cost for every year of the period, by unit and category.",
    },
    tables: ["costs"],
  },
  coFinancing: {
    title: { sv: "Medfinansiering", en: "Co-financing" },
    hint: {
      sv: "C19, R12–R14: kontant, arbetstid eller annat (beskriv). Principerna för fördelning anges på bladet Ansökan.",
      en: "C19, R12–R14: cash, work time or other (describe). The sharing principles go on the Application sheet.",
    },
    tables: ["coFinancing"],
  },
  savings: {
    title: { sv: "Förväntade besparingar", en: "Expected savings" },
    hint: {
      sv:
        "C16, C17: besparing = volym × kostnad per enhet × effektandel, " +
        "per verksamhet eller part och år, med beräkningsunderlag.",
      en:
        "C16, C17: saving = volume × unit cost × effect share, " +
        "per unit or party and year, with its calculation basis.",
    },
    tables: ["savings"],
  },
  effects: {
    title: { sv: "Effekter och mätning", en: "Effects and measurement" },
    hint: {
      sv: "C11–C14: förväntade effekter för målgruppen, när de inträffar, hur och när de mäts.",
      en: "C11–C14: expected effects for the target group, when they occur, how and when they are measured.",
    },
    tables: ["effects"],
  },
  repayments: {
    title: { sv: "Återföringsplan", en: "Repayment plan" },
    hint: {
      sv: "C18, R06–R11: år, ansvarig verksamhet i regionen och belopp; summan ska vara lika med beloppet som söks.",
      en: "C18, R06–R11: year, responsible unit of the region and amount; the total must equal the amount asked.",
    },
    tables: ["repayments"],
  },
};
