/** The application sheet: the form's sections, one named input cell per field. */
import type { Lang } from "../../domain/vocabulary";
import { cellAddress } from "../a1";
import { VALUE_KIND_RULES, listSource } from "../data-validation";
import { APPLICATION_FORM, FORM_FORMAT } from "../forms";
import { SheetBuilder, plainCell } from "../sheet-builder";
import type { Fill, SheetPlan } from "../sheet-plan";

export function applicationSheet(lang: Lang, fill: Fill): SheetPlan {
  const s = new SheetBuilder(lang);
  s.width(0, 6);
  s.width(1, 46);
  s.width(2, 80);
  s.text(
    0,
    0,
    lang === "sv" ? "Ansökan till sociala investeringsfonden" : "Application to the social investment fund",
    "title",
  );
  s.text(
    1,
    0,
    lang === "sv"
      ? "Region Blekinge · riktlinjer rev. 2016-10-12 · fyll i de gula cellerna"
      : "Region Blekinge · guidelines rev. 2016-10-12 · fill in the yellow cells",
    "subtitle",
  );
  let row = 3;
  for (const section of APPLICATION_FORM) {
    s.text(row, 0, section.title[lang], "section");
    row += 1;
    for (const field of section.fields) {
      s.text(row, 0, field.id, "id");
      s.text(row, 1, field.label[lang], "label");
      const value = fill.named[field.name];
      s.set(row, 2, { ...plainCell(value), style: "input", format: FORM_FORMAT[field.kind] });
      s.fitRow(row, field.label[lang], 46);
      if (typeof value === "string") s.fitRow(row, value, 80);
      else if (field.kind === "long") s.fitRow(row, "x".repeat(100), 80);
      s.name(field.name, row, 2);
      if (field.kind === "yesNo")
        s.dataValidations.push({
          range: cellAddress(row, 2),
          rule: { type: "list", source: listSource("yesNo", lang) },
        });
      if (field.kind === "year") s.dataValidations.push({ range: cellAddress(row, 2), rule: VALUE_KIND_RULES.year });
      if (field.kind === "count") s.dataValidations.push({ range: cellAddress(row, 2), rule: VALUE_KIND_RULES.count });
      row += 1;
    }
    row += 1;
  }
  return s.build("application", { tabColor: "#005A9E" });
}
