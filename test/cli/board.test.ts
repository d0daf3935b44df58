/**
 * The report a board decides from (`sif validate` on a folder, run as a process): the summary first and within
 * 120 columns, applications needing work first, the totals in the right singular and plural, skipped files
 * listed, findings with root causes first and cells as ranges, K11–K17 in JSON, user text inert in Markdown,
 * dates in local time, and `--summary` alone.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SKIP_REASONS } from "../../src/cli/validate";
import type { Application } from "../../src/domain";
import { BUP } from "../../src/examples/early-intervention";
import { planWorkbook } from "../../src/templates";
import { workbookBytes } from "../../src/xlsx/write";
import { applicationBytes, lines, root, sifBin } from "./run";

const work = mkdtempSync(join(tmpdir(), "sif-board-test-"));
const folder = "ansokningar";
const EVIL = "<img src=x onerror=alert(1)> [klick](http://evil) | x";
const LONG_NAME = `Ett mycket långt namn ${"på en ansökan som aldrig tycks ta slut ".repeat(4)}`.trim();
const LONG_UNIT = "Barn- och ungdomspsykiatrins mottagning för tidiga insatser i hela Västra Blekinge";
const FIXED = { SIF_NOW: "2026-12-02T18:40:00+01:00", TZ: "Europe/Stockholm" };

const run = (args: readonly string[], env: Record<string, string> = FIXED) =>
  spawnSync(process.execPath, [sifBin, "validate", folder, ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });

/** Every place the lead unit's name is written, renamed. */
function renameBup(a: Application, to: string): void {
  for (const p of a.parties) if (p.name === BUP) p.name = to;
  for (const r of [...a.costs, ...a.savings, ...a.coFinancing, ...a.endorsements]) if (r.party === BUP) r.party = to;
  for (const r of a.repayments) if (r.unit === BUP) r.unit = to;
}

beforeAll(async () => {
  const dir = join(work, folder);
  mkdirSync(dir, { recursive: true });
  const files: [string, (a: Application) => void][] = [
    ["klar.xlsx", () => {}],
    [
      "risk.xlsx",
      (a) => {
        a.text.name = EVIL;
        for (const s of a.savings) if (s.party === BUP) s.cashableShare = 0.5; // R20, R21, R22
      },
    ],
    [
      "text-i-kostnad.xlsx",
      (a) => {
        a.costs[2]!.amount = "900 tkr"; // R17 on the cell, and the R06 it causes
      },
    ],
    [
      "lang.xlsx",
      (a) => {
        a.text.name = LONG_NAME;
        renameBup(a, LONG_UNIT);
      },
    ],
    [
      "namnlos.xlsx",
      (a) => {
        a.text.name = "";
      },
    ],
  ];
  for (const [name, change] of files) writeFileSync(join(dir, name), await applicationBytes(change));
  writeFileSync(join(dir, "trasig.xlsx"), (await workbookBytes(planWorkbook("sv"))).subarray(0, 4000));
  for (const skipped of ["gammal.xls", "makro.xlsm", "kalkyl.ods", "~$klar.xlsx"])
    writeFileSync(join(dir, skipped), "x");
  for (const ignored of ["bilaga.pdf", "~$brev.docx", ".dold.xlsx"]) writeFileSync(join(dir, ignored), "x");
});

/** The text report's lines up to the first application's detail. */
const summaryPart = (stdout: string): string[] => {
  const all = lines(stdout);
  const first = all.findIndex((l) => l.startsWith("== "));
  return first < 0 ? all : all.slice(0, first);
};

describe("text", () => {
  test("the summary comes first, within 120 columns, needing work first, long names cut with …", () => {
    const r = run([]);
    expect(r.status).toBe(2); // the damaged file
    const summary = summaryPart(r.stdout);
    expect(summary[0]).toBe("Granskning av ansökningar till sociala investeringsfonden");
    expect(summary[1]).toBe("Granskad 2026-12-02 18:40 (CET) med sif 0.1.0 · filer i ansokningar/");
    for (const l of summary) expect([...l].length).toBeLessThanOrEqual(120);
    const rows = summary.filter((l) => /^ *\d+ {2}/.test(l));
    expect(rows.map((l) => /^ *\d+ {2}(Behöver åtgärdas|Klar|Oläslig)/.exec(l)?.[1])).toEqual([
      "Behöver åtgärdas",
      "Behöver åtgärdas",
      "Klar",
      "Klar",
      "Klar",
      "Oläslig",
    ]);
    expect(rows[0]).toMatch(/text-i-kostnad\.xlsx/); // two errors before one
    expect(rows[2]).toMatch(/risk\.xlsx/); // ready with warnings before ready without
    expect(rows.find((l) => l.includes("lang.xlsx"))).toMatch(/Ett mycket långt namn[^…]*…/);
    expect(summary.join(" ")).toContain(
      "6 ansökningar: 2 behöver åtgärdas, 3 klara, 1 oläslig; sökt belopp totalt 14\u00a0100\u00a0000\u00a0kr, " +
        "varav 9\u00a0000\u00a0000\u00a0kr i de klara ansökningarna; 4 filer hoppades över.",
    );
  });

  test("skipped spreadsheet files are listed with what to do; other files are not", () => {
    const summary = summaryPart(run([]).stdout);
    expect(summary).toEqual(
      expect.arrayContaining([
        "Hoppades över: gammal.xls (äldre Excel-format; spara som .xlsx)",
        "Hoppades över: kalkyl.ods (OpenDocument-format (LibreOffice); spara som .xlsx)",
        "Hoppades över: makro.xlsm (arbetsbok med makron; spara som .xlsx)",
        "Hoppades över: ~$klar.xlsx (Excels låsfil: någon har arbetsboken öppen i Excel)",
      ]),
    );
    expect(summary.join("\n")).not.toMatch(/bilaga\.pdf|brev\.docx|dold/);
  });

  test("the detail: root causes first, adjacent cells as one range, counts in the singular and plural", () => {
    const out = lines(run([]).stdout);
    const at = out.findIndex((l) => /^== \d+\. ansokningar\/text-i-kostnad\.xlsx — /.test(l));
    expect(out[at + 1]).toBe("   2 fel måste rättas. 0 varningar, 0 informationspunkter.");
    expect(out[at + 2]).toMatch(/^ {3}FEL {9}R17 {2}Kostnader!D7 /);
    expect(out[at + 3]).toMatch(/^ {3}FEL {9}R06 {2}Återföring!C5:C9 /);
    const risk = out.findIndex((l) => /^== \d+\. ansokningar\/risk\.xlsx — /.test(l));
    expect(out[risk + 1]).toBe("   Klar att lämna in: inga fel. 4 varningar, 0 informationspunkter.");
    expect(out.slice(risk).find((l) => l.includes("R20"))).toContain("Återföring!C5:C6, Återföring!C8");
    expect(out.slice(risk).find((l) => /^ {3}K14 /.test(l))).toMatch(/−37\u00a0%$/);
    // The summary leaves a unit's name to the detail, which has it whole.
    expect(out).toContain(`   K15  Verksamhetens marginal: ${LONG_UNIT}  16\u00a0%`);
  });

  test("in English", () => {
    const out = lines(run(["--lang", "en"]).stdout);
    expect(summaryPart(out.join("\n")).join(" ")).toContain(
      "6 applications: 2 need work, 3 ready, 1 unreadable; SEK\u00a014,100,000 asked in total, SEK\u00a09,000,000 of " +
        "it by the ready applications; 4 files skipped.",
    );
    expect(out).toContain("   2 errors must be fixed. 0 warnings, 0 information items.");
    expect(out).toContain("   1 error must be fixed. 0 warnings, 0 information items.");
    expect(out).toContain("   Ready to submit: no errors. 4 warnings, 0 information items.");
    expect(out).toContain("Skipped: gammal.xls (older Excel format; save as .xlsx)");
  });

  test("--summary: the summary alone", () => {
    const r = run(["--summary"]);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(/^== /m);
    expect(lines(r.stdout)).toEqual(summaryPart(r.stdout));
    expect(r.stdout).toMatch(/–: inget värde\.\n$/);
  });
});

interface JsonReport {
  checked: string;
  summary: {
    applications: number;
    counts: Record<string, number>;
    asked: { all: number; ready: number };
    skipped: { file: string; kind: string; reason: string }[];
  };
  files: { file: string; status: string; findings?: unknown[]; figures?: Record<string, unknown> }[];
}
const json = (args: string[] = []): JsonReport => JSON.parse(run(["--format", "json", ...args]).stdout) as JsonReport;

describe("JSON", () => {
  test("a summary with counts per status and the skipped files; each file's status", () => {
    const out = json();
    expect(out.checked).toBe("2026-12-02T18:40:00+01:00");
    expect(out.summary).toEqual({
      applications: 6,
      counts: { "needs-work": 2, ready: 3, unreadable: 1 },
      asked: { all: 14100000, ready: 9000000 },
      skipped: [
        { file: "ansokningar/~$klar.xlsx", kind: "lock", reason: SKIP_REASONS.lock.sv },
        { file: "ansokningar/gammal.xls", kind: "xls", reason: "äldre Excel-format; spara som .xlsx" },
        { file: "ansokningar/kalkyl.ods", kind: "opendocument", reason: SKIP_REASONS.opendocument.sv },
        { file: "ansokningar/makro.xlsm", kind: "xlsm", reason: SKIP_REASONS.xlsm.sv },
      ],
    });
    // The files in the order checked (by name), not the summary's.
    expect(out.files.map((f) => [f.file, f.status])).toEqual([
      ["ansokningar/klar.xlsx", "ready"],
      ["ansokningar/lang.xlsx", "ready"],
      ["ansokningar/namnlos.xlsx", "needs-work"],
      ["ansokningar/risk.xlsx", "ready"],
      ["ansokningar/text-i-kostnad.xlsx", "needs-work"],
      ["ansokningar/trasig.xlsx", "unreadable"],
    ]);
  });

  test("K11–K17 in the figures: kronor to öre, margins to six decimals", () => {
    const f = json().files.find((x) => x.file.endsWith("/risk.xlsx"))!.figures!;
    const margin = (n: unknown): boolean => typeof n === "number" && Math.round(n * 1e6) / 1e6 === n;
    expect(f.K11).toEqual({ all: 4860000, region: 3960000, regionCashable: 2196000 });
    expect(f.K12).toBe(1152364.2);
    expect(f.K13).toBe(1.349);
    expect(f.K14).toBe(-0.36612);
    expect(f.K15).toEqual([
      { unit: "Barn- och ungdomspsykiatrin", margin: -0.520468 },
      { unit: "Primärvården Västra Blekinge", margin: 0.176955 },
    ]);
    expect(f.K16).toBe(10);
    type Scenario = { K11: number; K12: number; K14: number; K15: { margin: number }[] };
    const k17 = f.K17 as { low: Scenario; base: Scenario; high: Scenario };
    expect(Object.keys(k17)).toEqual(["low", "base", "high"]);
    expect(k17.base).toEqual({ K11: 4860000, K12: f.K12, K14: f.K14, K15: f.K15 });
    for (const s of Object.values(k17)) {
      expect(Object.keys(s)).toEqual(["K11", "K12", "K14", "K15"]);
      expect(margin(s.K14)).toBe(true);
      expect(s.K12).toBe(Math.round(s.K12 * 100) / 100);
    }
    expect(k17.low.K14).toBeLessThan(k17.base.K14);
    expect(k17.high.K14).toBeGreaterThan(k17.base.K14);
  });

  test("--summary: each file's status and figures, no findings", () => {
    const out = json(["--summary"]);
    expect(out.summary.applications).toBe(6);
    for (const f of out.files) expect(f).not.toHaveProperty("findings");
    expect(out.files.find((f) => f.status === "ready")!.figures).toHaveProperty("K14");
    expect(json().files.find((f) => f.status === "needs-work")!.findings!.length).toBeGreaterThan(0);
  });
});

test("the README's JSON example has the keys sif writes, no more, no fewer", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## `sif validate`"), readme.indexOf("## Installing `sif`"));
  const documented = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]!) as JsonReport;
  const actual = json();
  /** Every key path of a value ("figures.K17.low.K15[].margin"), arrays by their first element. */
  const paths = (v: unknown, at = ""): string[] => {
    if (Array.isArray(v)) return v.length === 0 ? [] : paths(v[0], `${at}[]`);
    if (v === null || typeof v !== "object") return [at];
    return Object.entries(v).flatMap(([k, x]) => [`${at}.${k}`, ...paths(x, `${at}.${k}`)]);
  };
  const unique = (xs: string[]): string[] => [...new Set(xs)].sort();
  const top = (r: JsonReport): string[] => unique(paths({ ...r, files: [] }));
  expect(top(documented)).toEqual(top(actual));
  for (const status of ["needs-work", "unreadable"]) {
    const pick = (r: JsonReport): string[] => unique(paths(r.files.find((f) => f.status === status)));
    expect(pick(documented)).toEqual(pick(actual));
  }
});

describe("Markdown", () => {
  test("the summary before the details; no HTML, link, image or table break from an application", () => {
    const r = run(["--format", "markdown"]);
    const md = r.stdout;
    expect(md.indexOf("## Sammanställning")).toBeLessThan(md.indexOf("## 1. "));
    expect(md).not.toMatch(/<img|<b>|[^\\]\]\(/); // a "](" that is not escaped would be a link
    const escaped = "&lt;img src=x onerror=alert(1)&gt; \\[klick\\](http\\://evil) \\| x";
    expect(md).toContain(`| Klar | risk.xlsx | ${escaped} | 0 | 4 |`);
    expect(md).toContain(`## 3. ${escaped}`);
    // Every row of every table has as many cells as its header.
    const cells = (l: string): number => l.replace(/\\\|/g, "").split("|").length;
    for (const block of md.split(/\n\n/).filter((b) => b.startsWith("|"))) {
      const [header, ...rows] = block.split("\n");
      for (const row of rows) expect(cells(row)).toBe(cells(header!));
    }
    expect(md).toContain("- Hoppades över: gammal.xls (äldre Excel-format; spara som .xlsx)");
    expect(md).toContain("**Behöver åtgärdas** · 2 fel, 0 varningar, 0 informationspunkter · fil");
    expect(md).toMatch(/\| R06 \| Fel \| [^|]+ \| Återföring!C5:C9 \|/);
  });

  test("--summary: the summary section alone", () => {
    const md = run(["--format", "markdown", "--summary"]).stdout;
    expect(md).toContain("## Sammanställning");
    expect(md).not.toContain("## 1. ");
  });
});

describe("dates in local time", () => {
  test.each<[string, string, string]>([
    ["Asia/Tokyo", "Granskad 2026-12-03 02:40 (GMT+9)", "2026-12-03T02:40:00+09:00"],
    ["America/New_York", "Granskad 2026-12-02 12:40 (GMT−5)", "2026-12-02T12:40:00-05:00"],
  ])("TZ=%s", (tz, line, iso) => {
    const env = { SIF_NOW: "2026-12-02T17:40:00Z", TZ: tz };
    expect(lines(run(["--summary"], env).stdout)[1]).toMatch(new RegExp(`^${line.replace(/[()+]/g, "\\$&")} `));
    expect(run(["--format", "markdown", "--summary"], env).stdout).toContain(line);
    expect((JSON.parse(run(["--format", "json", "--summary"], env).stdout) as JsonReport).checked).toBe(iso);
  });

  test("a SIF_NOW that is no date: exit 2, one line on stderr, nothing on stdout", () => {
    const r = run([], { SIF_NOW: "igår" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([
      "sif: SIF_NOW must be a date and time such as 2026-12-02T18:40:00+01:00, not igår",
    ]);
  });
});

test("a folder with only skipped files is a usage error naming them", () => {
  const only = join(work, "bara-gamla");
  mkdirSync(only);
  writeFileSync(join(only, "gammal.xls"), "x");
  const r = spawnSync(process.execPath, [sifBin, "validate", only], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/No \.xlsx files in the folder .*bara-gamla \(skipped: gammal\.xls\)/);
});
