/** The fund settings sheet: profile, discount rate, horizon, optimism bias, template version and the annual frames. */
import type { Lang } from "../../domain/vocabulary";
import { cellAddress } from "../a1";
import { CONTRACT_VERSION, VERSION_NAME } from "../contract-names";
import { SETTINGS_FORM, formRule } from "../forms";
import { SheetBuilder, plainCell } from "../sheet-builder";
import type { Fill, SheetPlan } from "../sheet-plan";

export function settingsSheet(lang: Lang, fill: Fill): SheetPlan {
  const s = new SheetBuilder(lang);
  s.width(0, 58);
  s.width(1, 20);
  s.text(0, 0, lang === "sv" ? "Fondens inställningar" : "Fund settings", "title");
  s.text(
    1,
    0,
    lang === "sv"
      ? "Fylls i av fondens handläggare. Tomma celler ger regelprofilens standardvärden."
      : "Filled in by the fund's officer. Blank cells take the rule profile's defaults.",
    "subtitle",
  );
  SETTINGS_FORM.forEach((field, i) => {
    s.text(3 + i, 0, field.label[lang], "label");
    s.set(3 + i, 1, { ...plainCell(fill.named[field.name]), style: "input", format: field.format });
    s.name(field.name, 3 + i, 1);
    const rule = formRule(field, lang);
    if (rule) s.dataValidations.push({ range: cellAddress(3 + i, 1), rule });
  });
  const versionRow = 3 + SETTINGS_FORM.length;
  s.text(
    versionRow,
    0,
    lang === "sv"
      ? "Mallens version (arbetsbokskontraktet, docs/workbook-contract.md)"
      : "Template version (the workbook contract, docs/workbook-contract.md)",
    "note",
  );
  s.set(versionRow, 1, { value: CONTRACT_VERSION, style: "formula", format: "text" });
  s.name(VERSION_NAME, versionRow, 1);
  // The frames table sits beside the form, so neither squeezes the other's columns.
  s.width(2, 4);
  s.text(
    2,
    3,
    lang === "sv"
      ? "Ekonomiskt utrymme per år (R16), fastställt av landstingsstyrelsen"
      : "Economic frame per year (R16), set by the board",
    "section",
  );
  s.table("frames", 3, 3, fill);
  return s.build("settings", { tabColor: "#5F6B7A" });
}
