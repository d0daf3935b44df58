/**
 * "Freeze baseline" as data: from a workbook's grids, the values both adapters write (the Office.js
 * pane and `sif freeze`) — the baseline table's rows in the workbook's language, the date and the
 * fingerprint — or why not: no follow-up sheets, a baseline already frozen (freezing twice never
 * overwrites one), or a plan with errors that cannot be frozen.
 */
import { baselineFingerprint, freezeBaseline } from "../domain/baseline";
import { evaluate } from "../domain/evaluate";
import { BASELINE_KINDS, type NBaselineRow } from "../domain/follow-up-model";
import { isBlank } from "../domain/coerce";
import type { Bilingual, Lang } from "../domain/vocabulary";
import { FOLLOW_UP_TABLES } from "./follow-up-tables";
import { parseFollowUpGrids } from "./follow-up-parser";
import { parseGrids, type WorkbookGrids } from "./grid-parser";
import { cellText } from "./parse-state";

export interface FreezePlan {
  readonly ok: true;
  readonly lang: Lang;
  /** The baseline table's rows, in its column order (kind, year, unit, amount). */
  readonly rows: readonly (readonly [string, number, string, number])[];
  readonly frozen: readonly NBaselineRow[];
  readonly fingerprint: string;
  readonly date: Date;
}

export interface FreezeRefusal {
  readonly ok: false;
  /** `missingCells`: an adapter found no place to write (the table's columns or a named cell is gone). */
  readonly reason: "noFollowUp" | "alreadyFrozen" | "noPlan" | "missingCells";
  readonly message: Bilingual;
}

/** The language of the baseline table, from its headers (Swedish unless written in English). */
function baselineLanguage(grids: WorkbookGrids): Lang {
  const header = grids.tables[FOLLOW_UP_TABLES.baseline.name]?.values[0] ?? [];
  const en = FOLLOW_UP_TABLES.baseline.columns.filter((c) => header.some((h) => cellText(h) === c.header.en));
  return en.length > FOLLOW_UP_TABLES.baseline.columns.length / 2 ? "en" : "sv";
}

export function planFreeze(grids: WorkbookGrids, today: Date): FreezePlan | FreezeRefusal {
  const fu = parseFollowUpGrids(grids);
  if (!fu.present || grids.tables[FOLLOW_UP_TABLES.baseline.name] === undefined)
    return {
      ok: false,
      reason: "noFollowUp",
      message: {
        sv: "Arbetsboken har inget blad Beslut med tabellen Baslinje: lägg in uppföljningen först.",
        en: "The workbook has no Decision sheet with the table Baslinje: insert the follow-up first.",
      },
    };
  const b = fu.followUp.baseline;
  const filled = b.rows.some((r) => Object.values(r).some((v) => !isBlank(v)));
  if (filled || !isBlank(b.fingerprint) || !isBlank(b.frozenOn))
    return {
      ok: false,
      reason: "alreadyFrozen",
      message: {
        sv: "Baslinjen är redan fryst och skrivs aldrig över; en ändrad plan jämförs med den frysta (F07).",
        en: "The baseline is already frozen and is never overwritten; an edited plan is compared with it (F07).",
      },
    };
  const e = evaluate(parseGrids(grids).application);
  const frozen = freezeBaseline(e.application, e.figures);
  if (frozen.length === 0)
    return {
      ok: false,
      reason: "noPlan",
      message: {
        sv: "Planen har inga kostnader, besparingar eller återföringar per år att frysa.",
        en: "The plan has no costs, savings or repayments per year to freeze.",
      },
    };
  const lang = baselineLanguage(grids);
  return {
    ok: true,
    lang,
    rows: frozen.map((r) => [BASELINE_KINDS[r.kind][lang], r.year, r.unit, r.amount] as const),
    frozen,
    fingerprint: baselineFingerprint(frozen),
    date: today,
  };
}

/** Nothing is written when the baseline's table or named cells cannot be found whole (no half freeze). */
export const MISSING_CELLS: FreezeRefusal = {
  ok: false,
  reason: "missingCells",
  message: {
    sv:
      `Tabellen ${FOLLOW_UP_TABLES.baseline.name} saknar någon av sina kolumner, eller namnen Baslinje_fryst och ` +
      "Baslinje_fingeravtryck saknas: baslinjen frystes inte. Lägg in uppföljningen i en ny arbetsbok.",
    en:
      `The table ${FOLLOW_UP_TABLES.baseline.name} lacks one of its columns, or the names Baslinje_fryst and ` +
      "Baslinje_fingeravtryck are missing: the baseline was not frozen. Insert the follow-up into a new workbook.",
  },
};
