/** Texts built from results (pure, tested in Node): what the pane says after inserting templates or freezing. */
import type { Bilingual, Lang } from "../domain/vocabulary";
import type { FreezeDone, FreezeRefused } from "../excel/freeze";
import type { InsertionDecision, SkipReason } from "../templates/insertion";
import { STRINGS } from "./strings";

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

const NOTHING_INSERTED: Bilingual = {
  sv: "Inget lades in: arbetsboken har redan mallarna, eller blad med samma namn.",
  en: "Nothing was inserted: the workbook already has the templates, or sheets of the same names.",
};

/** `nothing`: the headline when nothing went in (the follow-up's says so of its own sheets). */
export function insertionSummary(
  d: InsertionDecision,
  lang: Lang,
  nothing: Bilingual = NOTHING_INSERTED,
): InsertionSummary {
  const sv = lang === "sv";
  const inserted = d.insert.map((p) => p.name);
  const details = d.skipped.map((s) =>
    sv
      ? `${s.sheet} lämnades orört: ${reason(s.reason, lang)}.`
      : `${s.sheet} was left alone: ${reason(s.reason, lang)}.`,
  );
  if (inserted.length === 0) {
    return { headline: nothing[lang], details, tone: "info" };
  }
  const headline = sv ? `Inlagt: ${inserted.join(", ")}.` : `Inserted: ${inserted.join(", ")}.`;
  return { headline, details, tone: details.length > 0 ? "warning" : "success" };
}

export const NOTHING_OF_FOLLOW_UP: Bilingual = {
  sv: "Inget lades in: arbetsboken har redan uppföljningens blad, eller blad med samma namn.",
  en: "Nothing was inserted: the workbook already has the follow-up's sheets, or sheets of the same names.",
};

/** After "Frys baslinjen": what was written, or why nothing was (already frozen is information, not a fault). */
export function freezeSummary(r: FreezeDone | FreezeRefused, lang: Lang): InsertionSummary {
  if (!r.ok) return { headline: r.message[lang], details: [], tone: r.reason === "alreadyFrozen" ? "info" : "warning" };
  const s = STRINGS[lang];
  const d = r.date; // the day as the user's clock has it (the cell holds that day)
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return {
    headline: s.frozen(r.rows, r.sheet),
    details: [s.fingerprint(day, r.fingerprint)],
    tone: "success",
  };
}
