/**
 * `sif validate` run as a process on generated files: a clean application exits 0; each kind of
 * mistake exits 1 naming the right IDs and cells; each kind of bad file exits 2 with a clear message.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Application } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, planWorkbook } from "../../src/templates";
import { workbookBytes } from "../../src/xlsx/write";

const root = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "sif-validate-"));
const sif = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, "bin/sif.js"), "validate", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });

async function application(
  name: string,
  change: (a: Application) => void = () => {},
  edit?: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const app = earlyInterventionExample();
  change(app);
  const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(app, "sv")));
  const path = join(dir, name);
  if (!edit) {
    writeFileSync(path, bytes);
    return path;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

interface JsonFile {
  file: string;
  readable: boolean;
  error?: string;
  findings: { id: string; severity: string; message: string; cells: string[] }[];
  figures: Record<string, unknown>;
  profile: string;
}
const json = (stdout: string): { files: JsonFile[] } => JSON.parse(stdout) as { files: JsonFile[] };

test("a clean application: exit 0, its key figures, in JSON as documented", async () => {
  const file = await application("clean.xlsx");
  const r = sif([file, "--format", "json"]);
  expect(r.status).toBe(0);
  const out = json(r.stdout);
  expect(out.files[0]).toMatchObject({ file, readable: true, profile: "blekinge-2016", findings: [] });
  expect(out.files[0]!.figures).toMatchObject({
    K01: 3400000,
    K02: 400000,
    K03: 3000000,
    K04: 5900000,
    K05: 2098190.07,
    K07: 2021,
    K08: 2023,
    K09: 1,
  });
  expect(out.files[0]!.figures.K10).toHaveLength(30);
});

test.each<[string, (a: Application) => void, string, string]>([
  [
    "no name",
    (a) => {
      a.text.name = "";
    },
    "C01",
    "Ansökan!C5",
  ],
  [
    "text in an amount",
    (a) => {
      a.costs[2]!.amount = "900 tkr";
    },
    "R17",
    "Kostnader!D7",
  ],
  [
    "#REF! in a unit cost",
    (a) => {
      a.savings[0]!.unitCost = { error: "#REF!" };
    },
    "R17",
    "Besparingar!D5",
  ],
  [
    "a municipality repays",
    (a) => {
      a.repayments[4]!.unit = "Karlshamns kommun";
    },
    "R07",
    "Återföring!B9",
  ],
  [
    "repayments short of the amount asked",
    (a) => {
      a.repayments[4]!.amount = 100000;
    },
    "R06",
    "Återföring!C9",
  ],
  [
    "a year that is not whole",
    (a) => {
      a.repayments[0]!.year = 2021.5;
    },
    "R18",
    "Återföring!A5",
  ],
  [
    "no endorsement from the municipality",
    (a) => {
      a.endorsements.pop();
    },
    "R03",
    "Parter!A7",
  ],
])("%s: exit 1 with the ID and the cell", async (what, change, id, cell) => {
  const file = await application(`${what.replace(/\W+/g, "-")}.xlsx`, change);
  const r = sif([file, "--format", "json"]);
  expect(r.status).toBe(1);
  const found = json(r.stdout).files[0]!.findings.filter((f) => f.id === id);
  expect(found.length).toBeGreaterThan(0);
  expect(found.flatMap((f) => f.cells)).toContain(cell);
});

test("a tampered key-figure formula is a finding naming the cell; the figures still come from the tables", async () => {
  const file = await application("tampered.xlsx", undefined, (wb) => {
    wb.getWorksheet("Nyckeltal")!.getCell("C10").value = { formula: "SUM(J5:J6)" };
  });
  const r = sif([file, "--format", "json"]);
  expect(r.status).toBe(1);
  const f = json(r.stdout).files[0]!;
  expect(f.findings.find((x) => x.id === "R17")!.cells).toContain("Nyckeltal!C10");
  expect(f.figures.K03).toBe(3000000);
});

test("a cached value that disagrees with the tables is a finding", async () => {
  const file = await application("doctored.xlsx", undefined, (wb) => {
    const cell = wb.getWorksheet("Nyckeltal")!.getCell("C10");
    cell.value = {
      formula: (cell.value as ExcelJS.CellFormulaValue).formula,
      result: 1000,
    };
  });
  const r = sif([file, "--lang", "en"]);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(
    /K03 Amount asked from the fund in Nyckeltal!C10 shows SEK\u00a01,000, but the application's tables give SEK\u00a03,000,000/,
  );
});

test("a workbook without the templates: exit 1, the missing tables named", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Blad1").getCell("A1").value = "min kalkyl";
  const file = join(dir, "other.xlsx");
  await wb.xlsx.writeFile(file);
  const r = sif([file, "--lang", "en"]);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain("The table Kostnader is missing from the workbook");
});

describe("bad files: exit 2 with a clear message naming the file", () => {
  test.each<[string, () => Promise<string> | string, RegExp, Record<string, string>]>([
    [
      "not an xlsx",
      () => {
        const p = join(dir, "notes.xlsx");
        writeFileSync(p, "just some text");
        return p;
      },
      /not an Excel workbook/,
      {},
    ],
    [
      "a truncated file",
      async () => {
        const p = join(dir, "truncated.xlsx");
        writeFileSync(p, (await workbookBytes(planWorkbook("sv"))).subarray(0, 4000));
        return p;
      },
      /damaged or truncated/,
      {},
    ],
    [
      "a password-protected workbook",
      () => {
        const p = join(dir, "secret.xlsx");
        writeFileSync(
          p,
          Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
        );
        return p;
      },
      /password-protected/,
      {},
    ],
    [
      "a zip that is no workbook",
      async () => {
        const zip = new JSZip();
        zip.file("readme.txt", "hej");
        const p = join(dir, "archive.xlsx");
        writeFileSync(p, await zip.generateAsync({ type: "nodebuffer" }));
        return p;
      },
      /not an Excel workbook \(xl\/workbook.xml is missing\)/,
      {},
    ],
    [
      "a zip bomb",
      async () => {
        // A part sif must read (the shared strings) that unpacks to 30 MB; parts it does not need are never
        // unpacked, so padding elsewhere (an image) would not even be looked at.
        const zip = await JSZip.loadAsync(await workbookBytes(planWorkbook("sv")));
        zip.file("xl/sharedStrings.xml", `<sst>${" ".repeat(30 * 1024 * 1024)}</sst>`);
        const p = join(dir, "bomb.xlsx");
        writeFileSync(p, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
        return p;
      },
      /unpacks to more than 10 MB/,
      { SIF_MAX_UNPACKED_BYTES: String(10 * 1024 * 1024) },
    ],
    ["a file that does not exist", () => join(dir, "nowhere.xlsx"), /does not exist/, {}],
  ])("%s", async (_what, make, message, env) => {
    // (every row has four values: a test function with more parameters than the row waits for `done`)
    const file = await make();
    const r = sif([file, "--lang", "en"], env);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(file);
    expect(r.stdout).toMatch(message);
  });
});

test("a batch: a folder of files, progress on stderr, a summary line per application", async () => {
  const batch = join(dir, "batch");
  mkdirSync(batch, { recursive: true });
  const clean = readFileSync(await application("one.xlsx"));
  for (let i = 0; i < 12; i++) writeFileSync(join(batch, `ansokan-${String(i).padStart(2, "0")}.xlsx`), clean);
  writeFileSync(join(batch, "~$ansokan-00.xlsx"), "Excel lock file");
  const r = sif([batch, "--format", "markdown"]);
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/\[1\/12\]/);
  expect(r.stdout).toContain("| Nr | Status | Fil | Ansökan | Fel | Varningar |");
  expect(r.stdout.match(/\| Klar \| ansokan-\d\d\.xlsx \| Tidiga/g)).toHaveLength(12);
});

test("one unreadable file in a batch makes the exit code 2, the others are still reported", async () => {
  const bad = join(dir, "bad.xlsx");
  writeFileSync(bad, "nope");
  const r = sif([await application("good.xlsx"), bad]);
  expect(r.status).toBe(2);
  expect(r.stdout).toContain("Klar att lämna in");
  expect(r.stdout).toContain("KAN INTE LÄSAS");
});

test.each([
  [["--format", "pdf", "x.xlsx"], /--format must be text, json or markdown/],
  [["--profile", "skåne", "x.xlsx"], /Unknown profile skåne/],
  [[], /needs at least one file or folder/],
  [["--verbose", "x.xlsx"], /Unknown option --verbose/],
])("misuse %j: exit 2", (args, message) => {
  const r = sif(args);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(message);
});

test("--profile blekinge-2014 applies the older rules", async () => {
  const file = await application("two-units.xlsx", (a) => {
    a.parties.pop();
    a.endorsements.pop();
    a.text.noExternalParties = "Ja";
    a.savings = a.savings.filter((s) => s.party !== "Karlshamns kommun");
  });
  expect(sif([file]).status).toBe(0);
  const r = sif([file, "--profile", "blekinge-2014", "--format", "json"]);
  expect(r.status).toBe(1);
  expect(json(r.stdout).files[0]!.findings.map((f) => f.id)).toContain("R01");
});
