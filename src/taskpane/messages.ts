/** Texts built from results (pure, tested in Node): what the pane says after inserting templates. */
import type { Lang } from "../domain/vocabulary";
import type { InsertionDecision, SkipReason } from "../templates/insertion";

function reason(r: SkipReason, lang: Lang): string {
  const sv = lang === "sv";
  switch (r.kind) {
    case "sheetExists":
      return sv ? `det finns redan ett blad som heter ${r.name}` : `a sheet named ${r.name} already exists`;
    case "tableExists":
      return sv ? `tabellen ${r.name} finns redan i arbetsboken` : `the table ${r.name} already exists in the workbook`;
    case "nameExists":
      return sv ? `namnet ${r.name} används redan i arbetsboken` : `the name ${r.name} is already used in the workbook`;
    case "needs":
      return sv ? `den behöver ${r.name}, som saknas` : `it needs ${r.name}, which is missing`;
  }
}

export interface InsertionSummary {
  readonly headline: string;
  /** One line per sheet left alone, with the reason. */
  readonly details: readonly string[];
  readonly tone: "success" | "info" | "warning";
}

export function insertionSummary(d: InsertionDecision, lang: Lang): InsertionSummary {
  const sv = lang === "sv";
  const inserted = d.insert.map((p) => p.name);
  const details = d.skipped.map((s) =>
    sv
      ? `${s.sheet} lämnades orört: ${reason(s.reason, lang)}.`
      : `${s.sheet} was left alone: ${reason(s.reason, lang)}.`,
  );
  if (inserted.length === 0) {
    return {
      headline: sv
        ? "Inget lades in: arbetsboken har redan mallarna, eller blad med samma namn."
        : "Nothing was inserted: the workbook already has the templates, or sheets of the same names.",
      details,
      tone: "info",
    };
  }
  const headline = sv ? `Inlagt: ${inserted.join(", ")}.` : `Inserted: ${inserted.join(", ")}.`;
  return { headline, details, tone: details.length > 0 ? "warning" : "success" };
}
