/**
 * `sif fund` as a process on the example fund that ships in examples/fund/ (scripts/fund-example.js): five
 * applications — applied, granted and on track, granted and behind, closed, written off — each granted
 * 3 000 000 kr, approved as A_t = 950 000 (2018), 1 050 000 (2019), 1 000 000 (2020); the fund got
 * 20 000 000 kr in 2014 and the board's frames are 3 500 000 kr (2018) and 5 000 000 kr (2019).
 * The ledger's L04 balance and L05 receivable are worked by hand below.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readFundSettings } from "../../src/templates";
import { readApplicationFile } from "../../src/xlsx/file-reader";
import { root } from "./run";

const fund = join(root, "examples/fund");
const NOW = "2026-12-02T18:40:00+01:00";
const run = (args: readonly string[], cwd = root) =>
  spawnSync(process.execPath, [join(root, "bin/sif.js"), "fund", ...args], {
    encoding: "utf8",
    cwd,
    env: { ...process.env, SIF_NOW: NOW, TZ: "Europe/Stockholm" },
  });

interface LedgerJson {
  years: { year: number; L01: number; L02: number; L03: { repaid: number }; L04: number; L05: number }[];
  L05: number;
  L06: number;
  L07: { id: string; refs: string[] }[];
  applications: { file: string; status: string; outstanding: number }[];
  skipped: { file: string; kind: string }[];
}
const ledgerOf = (args: readonly string[]) => JSON.parse(run([...args, "--format", "json"]).stdout) as LedgerJson;

test("the example fund: L04 balance and L05 receivable by hand", () => {
  const r = run(["examples/fund/ansokningar", "--fund", "examples/fund/fond.xlsx", "--format", "json"]);
  expect(r.status).toBe(1); // 2018 is over the board's frame (L07)
  const ledger = JSON.parse(r.stdout) as LedgerJson;
  const year = (y: number) => ledger.years.find((x) => x.year === y)!;
  // Paid out: on track and closed 950 000 / 1 050 000 / 1 000 000 (as the baseline); behind and written
  // off 950 000 / 1 150 000 / 1 100 000 (cost 1 100 000 / 1 300 000 / 1 200 000 less co-financing
  // 150 000 / 150 000 / 100 000).
  expect(year(2014).L04).toBe(20000000);
  expect(year(2018).L04).toBe(20000000 - 4 * 950000); // 16 200 000
  expect(year(2019).L04).toBe(16200000 - 2 * 1050000 - 2 * 1150000); // 11 800 000
  expect(year(2020).L04).toBe(11800000 - 2 * 1000000 - 2 * 1100000); // 7 600 000
  // Repaid 2021: on track and closed 1 000 000 each (their plan), behind and written off 800 000 each (BUP).
  expect(year(2021).L03.repaid).toBe(3600000);
  expect(year(2021).L04).toBe(7600000 + 3600000); // 11 200 000
  // 2022–2023: only the two followed up to 2023 have booked (1 400 000 + 1 400 000, then 600 000 + 600 000).
  expect(year(2023).L04).toBe(11200000 + 2800000 + 1200000); // 15 200 000
  // Receivable: paid out 12 400 000, repaid 7 600 000, written off 3 200 000 − 800 000 = 2 400 000.
  expect(year(2020).L05).toBe(12400000);
  expect(ledger.L05).toBe(12400000 - 7600000 - 2400000); // 2 400 000: the application behind plan
  expect(ledger.L06).toBe(200000); // BUP's 2021 repayment short by 200 000
  expect(ledger.L07.map((f) => f.refs)).toEqual([["ledger.2018.committed"]]); // 3 800 000 > 3 500 000
  expect(Object.fromEntries(ledger.applications.map((a) => [a.file, a.status]))).toEqual({
    "1-ansokt.xlsx": "applied",
    "2-i-fas.xlsx": "granted",
    "3-efter-plan.xlsx": "granted",
    "4-avslutad.xlsx": "closed",
    "5-avskriven.xlsx": "writtenOff",
  });
});

test("the committed example is what scripts/fund-example.js writes", () => {
  const out = mkdtempSync(join(tmpdir(), "sif-fund-example-"));
  const made = spawnSync(process.execPath, [join(root, "scripts/fund-example.js"), "--out", out], { encoding: "utf8" });
  expect(made.status).toBe(0);
  const fresh = ledgerOf([join(out, "ansokningar"), "--fund", join(out, "fond.xlsx")]);
  const shipped = ledgerOf(["examples/fund/ansokningar", "--fund", "examples/fund/fond.xlsx"]);
  expect({ ...fresh, settings: null, compiled: null }).toEqual({ ...shipped, settings: null, compiled: null });
});

test("text: the fund at a glance first, every line within 120 columns", () => {
  const r = run(["examples/fund/ansokningar", "--fund", "examples/fund/fond.xlsx"]);
  const text = r.stdout.replace(/\u00a0/g, " ");
  for (const line of text.split("\n")) expect([...line].length).toBeLessThanOrEqual(120);
  expect(text.split("\n").slice(3, 7).join("\n")).toMatch(
    /Saldo \(L04\) 2023: 15 200 000 kr; fordran på verksamheterna \(L05\): 2 400 000 kr, varav förfallet \(L06\) 200 000 kr/,
  );
  expect(text).toMatch(/^2018 .* Bryter$/m);
  expect(text).toMatch(/Fel L07: 2018: fonden har åtagit sig 3 800 000 kr, mer än årets ram 3 500 000 kr\./);
});

test("--xlsx writes the ledger workbook, and never over an existing file without --force", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sif-fund-xlsx-"));
  const out = join(dir, "huvudbok.xlsx");
  const args = [join(fund, "ansokningar"), "--fund", join(fund, "fond.xlsx"), "--xlsx", out, "--lang", "en"];
  expect(run(args).status).toBe(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["Ledger", "Applications", "Flows"]);
  const before = readFileSync(out);
  const again = run(args);
  expect(again.status).toBe(2);
  expect(again.stderr).toMatch(/already exists; use --force/);
  expect(readFileSync(out).equals(before)).toBe(true);
  expect(run([...args, "--force"]).status).toBe(1);
});

test("--template writes the settings workbook: 20 000 000 kr in 2014", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sif-fund-template-"));
  const out = join(dir, "fond.xlsx");
  const r = run(["--template", out]);
  expect(r.status).toBe(0);
  const read = readFundSettings((await readApplicationFile(out)).grids);
  expect(read.settings.contributions).toEqual([{ year: 2014, amount: 20000000 }]);
  expect(run(["--template", out]).status).toBe(2); // exists
});

test("the fund's own workbooks in the folder are skipped, not read as applications", () => {
  const dir = mkdtempSync(join(tmpdir(), "sif-fund-folder-"));
  for (const f of ["2-i-fas.xlsx", "3-efter-plan.xlsx"]) copyFileSync(join(fund, "ansokningar", f), join(dir, f));
  copyFileSync(join(fund, "fond.xlsx"), join(dir, "fond.xlsx"));
  // 1 900 000 is within the 2018 frame: no L07 breach, exit 0.
  expect(run([dir, "--fund", join(dir, "fond.xlsx"), "--xlsx", join(dir, "huvudbok.xlsx")]).status).toBe(0);
  expect(existsSync(join(dir, "huvudbok.xlsx"))).toBe(true);
  const ledger = ledgerOf([dir, "--fund", join(dir, "fond.xlsx")]);
  expect(ledger.applications.map((a) => a.file)).toEqual(["2-i-fas.xlsx", "3-efter-plan.xlsx"]);
  expect(ledger.skipped.map((s) => [s.file.replace(/.*\//, ""), s.kind])).toEqual([
    ["fond.xlsx", "fund"],
    ["huvudbok.xlsx", "fund"],
  ]);
});

test("misuse: no folder, no --fund, an unreadable settings file", () => {
  const none = run([]);
  expect(none.status).toBe(2);
  expect(none.stderr).toMatch(/sif fund: needs the folder of application workbooks/);
  const noFund = run(["examples/fund/ansokningar"]);
  expect(noFund.status).toBe(2);
  expect(noFund.stderr).toMatch(/needs --fund SETTINGS\.xlsx/);
  const bad = run(["examples/fund/ansokningar", "--fund", "README.md"]);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/README\.md kan inte läsas/);
});
