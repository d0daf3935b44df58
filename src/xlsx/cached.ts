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
import type { LocatedFinding } from "../templates/review-grids";

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

export function checkFigureSheet(wb: ExcelJS.Workbook, figures: KeyFigures): LocatedFinding[] {
  const names = wb.definedNames.model as { name: string; ranges: string[] }[];
  const k01 = names.find((n) => n.name === FIGURE_NAMES.K01)?.ranges[0];
  const m = k01 ? /^'?(.*?)'?!/.exec(k01) : null;
  const ws = m ? wb.getWorksheet(m[1]!.replace(/''/g, "'")) : undefined;
  if (!ws) return []; // no key-figures sheet: the engine's figures stand alone
  const findings: LocatedFinding[] = [];
  const at = (r: number, c: number): string => sheetAddress(ws.name, cellAddress(r, c));

  // 1. Formulas: every formula cell of the sheet as the template wrote it (either language).
  const formulaOf = (r: number, c: number): string | undefined => {
    const model = ws.getCell(r + 1, c + 1).model as { formula?: string; sharedFormula?: string };
    return model.formula ?? model.sharedFormula;
  };
  const differing = (lang: Lang): string[] => {
    const out: string[] = [];
    PLANS[lang].cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (!cell?.formula) return;
        const found = formulaOf(r, c);
        if (found === undefined || normalise(found) !== normalise(cell.formula)) out.push(at(r, c));
      }),
    );
    return out;
  };
  // The template's language is the one whose formulas match best.
  const [sv, en] = [differing("sv"), differing("en")];
  const changed = sv.length <= en.length ? sv : en;
  if (changed.length > 0) {
    findings.push({
      id: "R17",
      severity: "error",
      refs: [],
      message: {
        sv: `${changed.length} formler på nyckeltalsbladet skiljer sig från mallens (t.ex. ${changed[0]}); nyckeltalen här beräknas ur tabellerna.`,
        en: `${changed.length} formulas on the key-figures sheet differ from the template's (e.g. ${changed[0]}); the key figures here are computed from the tables.`,
      },
      cells: changed.slice(0, 20),
    });
  }

  // 2. Cached results, where the file has them (a file saved by Excel or LibreOffice).
  const expected = expectedValues(figures);
  for (const n of names) {
    if (!(n.name in expected)) continue;
    const ref = /!\$?([A-Z]+)\$?(\d+)$/.exec(n.ranges[0] ?? "");
    if (!ref) continue;
    const { r1, c1 } = parseRange(`${ref[1]}${ref[2]}`);
    const result = (ws.getCell(r1 + 1, c1 + 1).model as { result?: unknown }).result;
    if (typeof result !== "number") continue;
    const want = expected[n.name];
    const ok =
      want === null || want === undefined ? false : Math.abs(result - want) <= Math.max(0.01, Math.abs(want) * 1e-9);
    if (!ok) {
      findings.push({
        id: "R17",
        severity: "error",
        refs: [],
        cells: [at(r1, c1)],
        message: {
          sv: `Cellen ${at(r1, c1)} (${n.name}) visar ${result} men ansökans tabeller ger ${want ?? "inget värde"}; filen kan ha ändrats utanför mallen.`,
          en: `The cell ${at(r1, c1)} (${n.name}) shows ${result} but the application's tables give ${want ?? "no value"}; the file may have been changed outside the template.`,
        },
      });
    }
  }
  return findings;
}
