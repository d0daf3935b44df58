/**
 * The key-figures sheet of a file checked against the engine. Figures always come from the engine;
 * here the file's own formulas and cached results are compared with it, so a tampered formula or a
 * stale or doctored number is a finding (R17, with the cell).
 */
import type ExcelJS from "exceljs";
import type { KeyFigures } from "../domain/figures";
import type { Lang } from "../domain/vocabulary";
import { cellAddress, parseRange, sheetAddress } from "../templates/a1";
import { FIGURE_NAMES, planSheet, type SheetPlan } from "../templates/plan";
import type { LocatedDraft } from "../templates/review-grids";

const PLANS: Readonly<Record<Lang, SheetPlan>> = { sv: planSheet("figures", "sv"), en: planSheet("figures", "en") };

const normalise = (f: string): string => f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();

function expectedValues(f: KeyFigures): Partial<Record<string, number | null>> {
  const N = FIGURE_NAMES;
  return {
    [N.K01]: f.K01,
    [N.K02]: f.K02.total,
    [N.K02cash]: f.K02.byType.cash,
    [N.K02work]: f.K02.byType.workTime,
    [N.K02other]: f.K02.byType.other,
    [N.K03]: f.K03,
    [N.K04]: f.K04.all,
    [N.K04region]: f.K04.region,
    [N.K05]: f.K05,
    [N.K06]: f.K06,
    [N.K07]: f.K07,
    [N.K08]: f.K08,
    [N.K09]: f.K09,
    [N.firstYear]: f.firstYear,
  };
}

type DefinedName = { name: string; ranges: string[] };

/** The sheet that holds the key-figure names, if the file has one. */
function figureSheetOf(wb: ExcelJS.Workbook, names: readonly DefinedName[]): ExcelJS.Worksheet | undefined {
  const k01 = names.find((n) => n.name === FIGURE_NAMES.K01)?.ranges[0];
  const m = k01 ? /^'?(.*?)'?!/.exec(k01) : null;
  return m ? wb.getWorksheet(m[1]!.replace(/''/g, "'")) : undefined;
}

/** 1. Formulas: every formula cell of the sheet as the template wrote it (in the language that fits best). */
function formulaFindings(ws: ExcelJS.Worksheet): LocatedDraft[] {
  const at = (r: number, c: number): string => sheetAddress(ws.name, cellAddress(r, c));
  const formulaOf = (r: number, c: number): string | undefined => {
    const model = ws.getCell(r + 1, c + 1).model as { formula?: string; sharedFormula?: string };
    return model.formula ?? model.sharedFormula;
  };
  const differing = (lang: Lang): string[] =>
    PLANS[lang].cells.flatMap((line, r) =>
      line.flatMap((cell, c) => {
        if (!cell?.formula) return [];
        const found = formulaOf(r, c);
        return found === undefined || normalise(found) !== normalise(cell.formula) ? [at(r, c)] : [];
      }),
    );
  const [sv, en] = [differing("sv"), differing("en")];
  const changed = sv.length <= en.length ? sv : en;
  if (changed.length === 0) return [];
  return [
    {
      id: "R17",
      refs: [],
      message: {
        sv:
          `${changed.length} formler på nyckeltalsbladet skiljer sig från mallens (t.ex. ${changed[0]}); ` +
          `nyckeltalen här beräknas ur tabellerna.`,
        en:
          `${changed.length} formulas on the key-figures sheet differ from the template's (e.g. ${changed[0]}); ` +
          `the key figures here are computed from the tables.`,
      },
      cells: changed.slice(0, 20),
    },
  ];
}

/** 2. Cached results, where the file has them (a file saved by Excel or LibreOffice). */
function cachedValueFindings(ws: ExcelJS.Worksheet, names: readonly DefinedName[], f: KeyFigures): LocatedDraft[] {
  const expected = expectedValues(f);
  const findings: LocatedDraft[] = [];
  for (const n of names.filter((x) => x.name in expected)) {
    const ref = /!\$?([A-Z]+)\$?(\d+)$/.exec(n.ranges[0] ?? "");
    if (!ref) continue;
    const { r1, c1 } = parseRange(`${ref[1]}${ref[2]}`);
    const result = (ws.getCell(r1 + 1, c1 + 1).model as { result?: unknown }).result;
    if (typeof result !== "number") continue;
    const want = expected[n.name];
    if (want !== null && want !== undefined && Math.abs(result - want) <= Math.max(0.01, Math.abs(want) * 1e-9))
      continue;
    const cell = sheetAddress(ws.name, cellAddress(r1, c1));
    findings.push({
      id: "R17",
      refs: [],
      cells: [cell],
      message: {
        sv:
          `Cellen ${cell} (${n.name}) visar ${result} men ansökans tabeller ger ${want ?? "inget värde"}; ` +
          `filen kan ha ändrats utanför mallen.`,
        en:
          `The cell ${cell} (${n.name}) shows ${result} but the application's tables give ${want ?? "no value"}; ` +
          `the file may have been changed outside the template.`,
      },
    });
  }
  return findings;
}

/** Findings about the file's key-figures sheet; none when it has none (the engine's figures stand alone). */
export function checkFigureSheet(wb: ExcelJS.Workbook, figures: KeyFigures): LocatedDraft[] {
  const names = wb.definedNames.model as DefinedName[];
  const ws = figureSheetOf(wb, names);
  return ws ? [...formulaFindings(ws), ...cachedValueFindings(ws, names, figures)] : [];
}
