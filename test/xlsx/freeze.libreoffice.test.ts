/**
 * `sif freeze`'s package patch: the baseline written into an existing file changes only the parts it
 * must (the example's charts stay byte for byte), reads back with a fingerprint that matches (no F07),
 * is refused a second time, and LibreOffice opens the patched file and recalculates the follow-up's
 * formulas from it to the engine's figures.
 */
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  FOLLOW_UP_VIEW_NAMES as N,
  fillFromApplication,
  fillFromFollowUp,
  planFollowUp,
  planWorkbook,
  reviewFollowUp,
} from "../../src/templates";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { freezeBytes } from "../../src/xlsx/freeze-file";
import { workbookBytes } from "../../src/xlsx/write";
import { TODAY, behind, plan } from "../support/follow-up-cases";
import { resultOf } from "./recalculate";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { convert } = require("../../scripts/libreoffice.js") as { convert: (i: string, f: string, o: string) => string };

/** The example with follow-up sheets whose actuals are those of behind(), baseline not yet frozen. */
async function unfrozen(): Promise<Buffer> {
  const actuals = { ...behind(), baseline: { frozenOn: null, fingerprint: null, rows: [] } };
  const sheets = [
    ...planWorkbook("sv", fillFromApplication(plan, "sv")),
    ...planFollowUp("sv", fillFromFollowUp(actuals, "sv")),
  ];
  return workbookBytes(sheets);
}

test("the baseline goes into the file; everything else stays; the fingerprint then matches", async () => {
  const before = await unfrozen();
  const result = await freezeBytes(before, readApplicationBytes(before, "a.xlsx").grids, TODAY);
  if (!result.ok) throw new Error(result.message.en);
  const [a, b] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(result.bytes)]);
  const changed: string[] = [];
  for (const name of Object.keys(a.files)) {
    if (a.files[name]!.dir) continue;
    const [x, y] = await Promise.all([a.file(name)!.async("string"), b.file(name)!.async("string")]);
    if (x !== y) changed.push(name);
  }
  expect(changed.filter((p) => /chart|drawing/.test(p))).toEqual([]);
  expect(changed.length).toBeLessThanOrEqual(4); // the decision sheet, its table, the workbook (recalculate)
  const review = reviewFollowUp(readApplicationBytes(result.bytes, "b.xlsx").grids, { today: TODAY })!;
  expect(review.findings.map((f) => f.id)).not.toContain("F07");
  expect(review.evaluation.followUp.baseline.rows).toHaveLength(result.plan.rows.length);
  const again = await freezeBytes(result.bytes, readApplicationBytes(result.bytes, "b.xlsx").grids, TODAY);
  expect(again).toMatchObject({ ok: false, reason: "alreadyFrozen" });

  // LibreOffice opens the patched file and its formulas read the baseline.
  const dir = mkdtempSync(join(tmpdir(), "sif-freeze-"));
  writeFileSync(join(dir, "fryst.xlsx"), result.bytes);
  const out = convert(join(dir, "fryst.xlsx"), "xlsx", join(dir, "lo"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const named = (name: string) => {
    const d = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((x) => x.name === name)!;
    const m = /^'?(.*?)'?!(.*)$/.exec(d.ranges[0]!)!;
    return resultOf(wb.getWorksheet(m[1])!.getCell(m[2]!.replace(/\$/g, "")));
  };
  const u = review.evaluation.figures;
  expect(named(N.U01baseline)).toBeCloseTo(u.U01.baseline, 2);
  expect(named(N.U03)).toBeCloseTo(u.U03overdue, 2);
  expect(named(N.U04)).toBeCloseTo(u.U04, 2);
});

test("a file whose fingerprint cell's name was deleted is refused before anything is written", async () => {
  const zip = await JSZip.loadAsync(await unfrozen());
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    workbook.replace(/<definedName name="Baslinje_fingeravtryck"[^>]*>[^<]*<\/definedName>/, ""),
  );
  const bytes = await zip.generateAsync({ type: "nodebuffer" });
  const result = await freezeBytes(bytes, readApplicationBytes(bytes, "c.xlsx").grids, TODAY);
  expect(result).toMatchObject({ ok: false, reason: "missingCells" });
});
