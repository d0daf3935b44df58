/**
 * The key-figures sheet of a file checked against the engine. Figures always come from the engine;
 * here the file's own formulas and cached results are compared with it, so a tampered formula or a
 * stale or doctored number is a finding (R17, with the cell).
 */
import type { KeyFigures } from "../domain/figures";
import { KEY_FIGURE_LINES } from "../domain/catalogue";
import { formatKr } from "../domain/format";
import type { Lang } from "../domain/vocabulary";
import { cellAddress, parseRange, sheetAddress } from "../templates/a1";
import { FIGURE_NAMES, planSheet, type SheetPlan } from "../templates/plan";
import type { NumberFormatKey } from "../templates/styles";
import type { LocatedDraft } from "../templates/review-grids";
import type { FigureSheet } from "./file-reader";

const PLANS: Readonly<Record<Lang, SheetPlan>> = { sv: planSheet("figures", "sv"), en: planSheet("figures", "en") };

const N = FIGURE_NAMES;

/** Formulas compare without "=", spaces and case; LibreOffice writes the constants TRUE, FALSE as TRUE(), FALSE(). */
const normalise = (f: string): string =>
  f
    .replace(/^=/, "")
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/\b(TRUE|FALSE)\(\)/g, "$1");

/** The template's formula cells, normalised once. */
const TEMPLATE_FORMULAS: Readonly<Record<Lang, readonly { r: number; c: number; formula: string }[]>> = {
  sv: formulaCells("sv"),
  en: formulaCells("en"),
};

function formulaCells(lang: Lang): { r: number; c: number; formula: string }[] {
  return PLANS[lang].cells.flatMap((line, r) =>
    line.flatMap((cell, c) => (cell?.formula ? [{ r, c, formula: normalise(cell.formula) }] : [])),
  );
}

function expectedValues(f: KeyFigures): Partial<Record<string, number | null>> {
  return {
    [N.K01]: f.K01,
    [N.K02]: f.K02.total,
    [N.K02cash]: f.K02.byType.cash,
    [N.K02workTime]: f.K02.byType.workTime,
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

/** 1. Formulas: every formula cell of the sheet as the template wrote it (in the language that fits best). */
function formulaFindings(sheet: FigureSheet): LocatedDraft[] {
  const at = (r: number, c: number): string => sheetAddress(sheet.name, cellAddress(r, c));
  const found = new Map<string, string>();
  const foundAt = (r: number, c: number): string | undefined => {
    const key = `${r},${c}`;
    if (!found.has(key)) {
      const f = sheet.cell(r, c)?.formula;
      found.set(key, f === undefined ? "" : normalise(f));
    }
    return found.get(key) || undefined;
  };
  const differing = (lang: Lang): string[] =>
    TEMPLATE_FORMULAS[lang].flatMap(({ r, c, formula }) => (foundAt(r, c) !== formula ? [at(r, c)] : []));
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

const FORMAT_OF: Readonly<Record<string, NumberFormatKey>> = {
  [N.K06]: "ratio",
  [N.K07]: "year",
  [N.K08]: "year",
  [N.K09]: "percent",
  [N.firstYear]: "year",
};
/** "K05 Nettonuvärde, alla parter"; the first year by its label. */
function figureLabel(name: string, lang: Lang): string {
  const def = KEY_FIGURE_LINES.find((l) => l.line in N && N[l.line as keyof typeof N] === name);
  if (def === undefined) return lang === "sv" ? "Första år (t = 0)" : "First year (t = 0)";
  return `${def.id} ${def.label[lang]}`;
}

/** A figure as the sheet formats it: kronor, a year, a ratio or a percentage. */
function shown(value: number | null | undefined, format: NumberFormatKey, lang: Lang): string {
  if (value === null || value === undefined) return lang === "sv" ? "inget värde" : "no value";
  if (format === "kr") return formatKr(value, lang);
  if (format === "percent") return `${(value * 100).toFixed(1)} %`;
  if (format === "ratio") return value.toFixed(3);
  return String(value);
}

/** 2. Cached results, where the file has them (a file saved by Excel or LibreOffice). */
function cachedValueFindings(sheet: FigureSheet, f: KeyFigures): LocatedDraft[] {
  const expected = expectedValues(f);
  const findings: LocatedDraft[] = [];
  for (const n of PLANS.sv.names.filter((x) => x.name in expected)) {
    const { r1, c1 } = parseRange(n.range);
    const result = sheet.cell(r1, c1)?.value;
    if (typeof result !== "number") continue;
    const want = expected[n.name];
    if (want !== null && want !== undefined && Math.abs(result - want) <= Math.max(0.01, Math.abs(want) * 1e-9))
      continue;
    const cell = sheetAddress(sheet.name, cellAddress(r1, c1));
    const format = FORMAT_OF[n.name] ?? "kr";
    const [svShown, svWant] = [shown(result, format, "sv"), shown(want, format, "sv")];
    const [enShown, enWant] = [shown(result, format, "en"), shown(want, format, "en")];
    findings.push({
      id: "R17",
      refs: [],
      cells: [cell],
      message: {
        sv:
          `${figureLabel(n.name, "sv")} i ${cell} visar ${svShown}, men ansökans tabeller ger ${svWant}. ` +
          `Trolig orsak: en rad lagd till i en tabell utan dess formler, eller en fil som ändrats eller inte ` +
          `räknats om utanför mallen.`,
        en:
          `${figureLabel(n.name, "en")} in ${cell} shows ${enShown}, but the application's tables give ${enWant}. ` +
          `Likely cause: a row added to a table without its formulas, or a file changed or not recalculated ` +
          `outside the template.`,
      },
    });
  }
  return findings;
}

/** Findings about the file's key-figures sheet; none when it has none (the engine's figures stand alone). */
export function checkFigureSheet(
  sheet: FigureSheet | undefined,
  figures: KeyFigures,
  known: { readonly rowsWithoutFormulas: number } = { rowsWithoutFormulas: 0 },
): LocatedDraft[] {
  if (!sheet) return [];
  // Rows without the table's formulas are already findings naming their cells, and they are why the
  // sheet's sums differ: the cause is reported, not its echo in every key figure.
  const cached = known.rowsWithoutFormulas > 0 ? [] : cachedValueFindings(sheet, figures);
  return [...formulaFindings(sheet), ...cached];
}
