/** `sif template` as a user runs it: a process writing a workbook LibreOffice and Excel can open. */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contractMarkdown, CONTRACT_VERSION, VERSION_NAME } from "../../src/templates";

const root = join(__dirname, "../..");
const sif = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, "bin/sif.js"), ...args], { encoding: "utf8" });
const dir = mkdtempSync(join(tmpdir(), "sif-cli-"));

test("sif template OUT.xlsx writes every template sheet", async () => {
  const out = join(dir, "a.xlsx");
  const r = sif("template", out);
  expect(r.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Ansökan",
    "Parter",
    "Kostnader",
    "Medfinansiering",
    "Besparingar",
    "Effekter",
    "Återföring",
    "Nyckeltal",
    "Känslighet",
    "Inställningar",
  ]);
  // Found by its name, as readers find it (the cell moves when settings are added).
  const at = wb.definedNames.getRanges(VERSION_NAME).ranges[0]!;
  expect(at).toMatch(/^'?Inställningar'?!/);
  expect(wb.getWorksheet("Inställningar")!.getCell(at.replace(/^.*!/, "").replace(/\$/g, "")).value).toBe(
    CONTRACT_VERSION,
  );
});

test("--lang en writes English sheets; --example fills it", async () => {
  const out = join(dir, "en.xlsx");
  expect(sif("template", "--lang", "en", "--example", out).status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet("Application")!.getCell("C5").value).toBe(
    "Tidiga samordnade insatser för barn och unga med psykisk ohälsa",
  );
  expect(wb.getWorksheet("Parties")!.getCell("B5").value).toBe("Internal (region)");
});

test.each([
  [["template"], /exactly one output file/],
  [["template", "a.xlsx", "--lang", "de"], /--lang must be sv or en/],
  [["template", "a.xlsx", "--colour"], /Unknown option --colour/],
  [["frobnicate"], /Unknown command frobnicate/],
])("misuse %j exits 2 with a message", (args, message) => {
  const r = sif(...args);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toContain("Usage");
});

test("an unwritable output path exits 2 and names it", () => {
  const r = sif("template", "/nonexistent-dir/a.xlsx");
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("/nonexistent-dir/a.xlsx");
  expect(existsSync("/nonexistent-dir/a.xlsx")).toBe(false);
});

describe("an existing OUT.xlsx", () => {
  test("is kept: exit 2, one line naming the file and --force", () => {
    const out = join(dir, "existing.xlsx");
    writeFileSync(out, "someone's application");
    const r = sif("template", "--example", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`sif: ${out} already exists; use --force to overwrite it\n`);
    expect(readFileSync(out, "utf8")).toBe("someone's application");
  });

  test("--force overwrites it", async () => {
    const out = join(dir, "forced.xlsx");
    writeFileSync(out, "an old draft");
    const r = sif("template", out, "--force", "--lang", "en");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${out}: template written (en)`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.name).toBe("Application");
  });
});

test("docs/workbook-contract.md is current (npm run docs)", () => {
  expect(readFileSync(join(root, "docs/workbook-contract.md"), "utf8")).toBe(contractMarkdown());
});
