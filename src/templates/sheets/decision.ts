/**
 * The follow-up's sheets of inputs: Beslut / Decision (the decision block, and the baseline frozen
 * from the approved plan, with its date and fingerprint), Utfall / Actuals and Mätningar /
 * Measurements (the actuals' tables).
 */
import type { Bilingual, Lang } from "../../domain/vocabulary";
import { cellAddress } from "../a1";
import { BASELINE_FORM, DECISION_FORM } from "../follow-up-forms";
import { formRule, type SettingField } from "../forms";
import { SheetBuilder, plainCell } from "../sheet-builder";
import type { Fill, SheetKey, SheetPlan } from "../sheet-plan";
import type { TableKey } from "../tables";
import { listSheet } from "./lists";

function form(s: SheetBuilder, fields: readonly SettingField[], top: number, fill: Fill): void {
  fields.forEach((field, i) => {
    s.text(top + i, 0, field.label[s.lang], "label");
    s.set(top + i, 1, { ...plainCell(fill.named[field.name]), style: "input", format: field.format });
    s.name(field.name, top + i, 1);
    const rule = formRule(field, s.lang);
    if (rule) s.dataValidations.push({ range: cellAddress(top + i, 1), rule });
  });
}

export function decisionSheet(lang: Lang, fill: Fill): SheetPlan {
  const s = new SheetBuilder(lang);
  const sv = lang === "sv";
  s.width(0, 50);
  s.width(1, 22);
  s.width(2, 4);
  s.text(0, 0, sv ? "Beslut och baslinje" : "Decision and baseline", "title");
  s.text(
    1,
    0,
    sv
      ? "Fylls i av fondens handläggare efter styrelsens beslut. Baslinjen skrivs av Frys baslinjen; ändra den inte."
      : "Filled in by the fund's officer after the board's decision. Freeze baseline writes the baseline; do not edit.",
    "subtitle",
  );
  s.text(2, 0, sv ? "Beslut" : "Decision", "section");
  form(s, DECISION_FORM, 3, fill);
  const baselineTop = 4 + DECISION_FORM.length;
  s.text(baselineTop, 0, sv ? "Baslinje (den godkända planen)" : "Baseline (the approved plan)", "section");
  form(s, BASELINE_FORM, baselineTop + 1, fill);
  s.text(
    2,
    3,
    sv
      ? "Den godkända planen som värden: kostnad per år, besparing och återföring per verksamhet och år"
      : "The approved plan as values: cost per year, savings and repayments per unit and year",
    "section",
  );
  s.table("baseline", 3, 3, fill);
  return s.build("decision", { tabColor: "#C239B3" });
}

const ACTUALS: Readonly<Partial<Record<SheetKey, { title: Bilingual; hint: Bilingual; tables: TableKey[] }>>> = {
  actuals: {
    title: { sv: "Utfall", en: "Actuals" },
    hint: {
      sv: "Faktisk kostnad och medfinansiering per år och part; bokförd återföring per verksamhet och år.",
      en: "Actual cost and co-financing per year and party; booked repayments per unit and year.",
    },
    tables: ["actualCosts", "actualCoFinancing", "bookedRepayments"],
  },
  measured: {
    title: { sv: "Mätningar", en: "Measurements" },
    hint: {
      sv: "Verifierade besparingar (uppmätt volym × kostnad per enhet × effektandel, med underlag); effekter.",
      en: "Verified savings (measured volume × unit cost × effect share, with evidence) and effect measurements.",
    },
    tables: ["measuredSavings", "measurements"],
  },
};

export function actualsSheet(key: "actuals" | "measured", lang: Lang, fill: Fill): SheetPlan {
  const def = ACTUALS[key]!;
  const plan = listSheet(key, lang, fill, def.title, def.hint, def.tables);
  return { ...plan, tabColor: "#C239B3" };
}
