/**
 * Recalculating a template with LibreOffice headless (an independent spreadsheet engine) and
 * comparing its key-figure cells with the TypeScript engine's figures.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TIMELINE_YEARS, type Application, type KeyFigures, type Lang } from "../../src/domain";
import { fillFromApplication, FIGURE_NAMES, planWorkbook, type Fill, type SheetPlan } from "../../src/templates";
import { writeWorkbookFile } from "../../src/xlsx/write";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { convert, soffice } = require("../../scripts/libreoffice.js") as {
  convert: (i: string, f: string, o: string) => string;
  soffice: () => string | null;
};

if (!soffice())
  throw new Error("LibreOffice is required for this test: apt-get install libreoffice-calc-nogui (.ci/run does it)");

/**
 * A recalculated cell's cached result. `cell.value` drops a result of 0, so the cell model is read:
 * there a formula whose result is "" (an empty `<v/>`) has no result at all.
 */
export function resultOf(cell: ExcelJS.Cell): number | string | null {
  const model = cell.model as { formula?: string; result?: unknown; value?: unknown };
  if (model.formula === undefined) return (cell.value as number | string | null) ?? null;
  const r = model.result;
  if (r === undefined || r === "") return null;
  if (typeof r === "object" && r !== null && "error" in r) return String((r as { error: string }).error);
  return r as number | string;
}

export async function recalculated(
  app: Application,
  lang: Lang,
  fill: Fill = fillFromApplication(app, lang),
  more: readonly SheetPlan[] = [],
): Promise<{
  file: string;
  named: (name: string) => number | string | null;
  column: (name: string) => (number | string | null)[];
  /** A cell's recalculated result by sheet name and A1 address. */
  at: (sheet: string, a1: string) => number | string | null;
}> {
  const dir = mkdtempSync(join(tmpdir(), "sif-lo-"));
  const path = join(dir, "application.xlsx");
  await writeWorkbookFile([...planWorkbook(lang, fill), ...more], path);
  const out = convert(path, "xlsx", join(dir, "recalculated"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const where = (name: string): { sheet: string; ranges: string } => {
    const d = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((x) => x.name === name);
    if (!d) throw new Error(`No name ${name} in LibreOffice's file`);
    const m = /^'?(.*?)'?!(.*)$/.exec(d.ranges[0]!)!;
    return { sheet: m[1]!, ranges: m[2]!.replace(/\$/g, "") };
  };
  return {
    file: path,
    at: (sheet, a1) => resultOf(wb.getWorksheet(sheet)!.getCell(a1)),
    named: (name) => {
      const w = where(name);
      return resultOf(wb.getWorksheet(w.sheet)!.getCell(w.ranges));
    },
    column: (name) => {
      const w = where(name);
      const [from, to] = w.ranges.split(":") as [string, string];
      const col = from.replace(/\d+/g, "");
      const r1 = Number(from.replace(/\D+/g, "")),
        r2 = Number(to.replace(/\D+/g, ""));
      return Array.from({ length: r2 - r1 + 1 }, (_, i) =>
        resultOf(wb.getWorksheet(w.sheet)!.getCell(`${col}${r1 + i}`)),
      );
    },
  };
}

export function expectAgreement(book: Awaited<ReturnType<typeof recalculated>>, f: KeyFigures): void {
  const N = FIGURE_NAMES;
  const money: [string, number][] = [
    [N.K01, f.K01],
    [N.K02, f.K02.total],
    [N.K02cash, f.K02.byType.cash],
    [N.K02workTime, f.K02.byType.workTime],
    [N.K02other, f.K02.byType.other],
    [N.K03, f.K03],
    [N.K04, f.K04.all],
    [N.K04region, f.K04.region],
    [N.K05, f.K05],
  ];
  for (const [name, value] of money) {
    const cell = book.named(name);
    expect({ name, cell: typeof cell === "number" ? Math.abs(cell - value) <= 0.01 : cell }).toEqual({
      name,
      cell: true,
    });
  }
  const close = (cell: number | string | null, value: number | null, digits: number): void => {
    if (value === null) expect(cell).toBeNull();
    else expect(cell).toBeCloseTo(value, digits);
  };
  close(book.named(N.K06), f.K06, 9);
  expect(book.named(N.K07)).toBe(f.K07);
  expect(book.named(N.K08)).toBe(f.K08);
  close(book.named(N.K09), f.K09, 9);
  const outstanding = book.column(N.K10);
  expect(outstanding).toHaveLength(TIMELINE_YEARS);
  // Without any year the engine has no per-year view; the workbook's column is all zero.
  outstanding.forEach((cell, i) =>
    expect(Math.abs((cell as number) - (f.K10[i]?.outstanding ?? 0))).toBeLessThanOrEqual(0.01),
  );
  expect(book.named(N.firstYear)).toBe(f.firstYear);
}
