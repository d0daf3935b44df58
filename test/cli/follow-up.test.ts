/**
 * `sif follow-up` as a process on the example fund (examples/fund/ansokningar, written by
 * scripts/fund-example.js from src/examples/follow-up.ts): where each investment stands, U01–U05 worked by
 * hand (the numbers in src/examples/follow-up.ts), the same words as the pane's card, the summary first and
 * within 120 columns, exit codes, and user text inert in Markdown.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { followUpView } from "../../src/taskpane/follow-up-view-model";
import { fillFromApplication, fillFromFollowUp, planFollowUp, planWorkbook, reviewFollowUp } from "../../src/templates";
import { readApplicationFile } from "../../src/xlsx/file-reader";
import { workbookBytes } from "../../src/xlsx/write";
import { onTrack, plan } from "../../src/examples/follow-up";
import { root, sif } from "./run";
import { spawnSync } from "node:child_process";

const folder = join(root, "examples/fund/ansokningar");
const NOW = "2026-12-02T18:40:00+01:00";
const run = (args: readonly string[]) =>
  spawnSync(process.execPath, [join(root, "bin/sif.js"), "follow-up", ...args], {
    encoding: "utf8",
    env: { ...process.env, SIF_NOW: NOW, TZ: "Europe/Stockholm" },
  });

interface FileJson {
  file: string;
  standing: string;
  status?: string;
  figures?: {
    year: number;
    U01: { variance: number };
    U02: { all: number };
    U03: { overdue: number };
    U04: number;
    U05: number | null;
    plannedPayback: number | null;
    units: { unit: string; owes: number; U03: { overdue: number } }[];
  };
  lines?: { id: string; text: string }[];
  findings?: { id: string; cells: string[] }[];
}

test("the example fund: behind first, then on track, then no decision; U01–U05 by hand", () => {
  const r = run([folder, "--format", "json"]);
  expect(r.status).toBe(1); // an investment is behind plan
  const out = JSON.parse(r.stdout) as { summary: Record<string, unknown>; files: FileJson[] };
  const standing = Object.fromEntries(out.files.map((f) => [f.file.replace(/.*\//, ""), f.standing]));
  expect(standing).toEqual({
    "1-ansokt.xlsx": "noDecision",
    "2-i-fas.xlsx": "onTrack",
    "3-efter-plan.xlsx": "behind",
    "4-avslutad.xlsx": "onTrack",
    "5-avskriven.xlsx": "behind",
  });
  const behind = out.files.find((f) => f.file.endsWith("3-efter-plan.xlsx"))!.figures!;
  expect(behind.year).toBe(2021);
  expect(behind.U01.variance).toBe(200000); // 3 600 000 actual against 3 400 000 frozen
  expect(behind.U02.all).toBeCloseTo(2450000 / 3750000, 6);
  expect(behind.U03.overdue).toBe(200000); // BUP booked 800 000 of 1 000 000
  expect(behind.U04).toBe(2200000); // 3 000 000 granted − 800 000 booked
  expect(behind.plannedPayback).toBe(2023);
  expect(behind.units.find((u) => u.unit === "Barn- och ungdomspsykiatrin")!.owes).toBe(1800000);
  // Written off: nothing owed in the totals; the two on track and closed owe nothing.
  expect(out.summary).toMatchObject({ applications: 5, owed: 2200000, overdue: 200000 });
  expect(out.summary.counts).toEqual({ behind: 2, notFrozen: 0, onTrack: 2, noDecision: 1, unreadable: 0 });
});

test("says what the pane's card says, for the same workbook", async () => {
  const file = join(folder, "3-efter-plan.xlsx");
  const r = run([file, "--format", "json", "--lang", "en"]);
  const cli = (JSON.parse(r.stdout) as { files: (FileJson & { headline: string; note: string })[] }).files[0]!;
  const review = reviewFollowUp((await readApplicationFile(file)).grids, { today: new Date(NOW) })!;
  const pane = followUpView(review, "en");
  expect(cli.headline).toBe(pane.headline);
  expect(cli.note).toBe(pane.note);
  expect(cli.lines!.map((l) => l.text)).toEqual(pane.lines.map((l) => l.text));
  expect(cli.findings!.map((f) => f.id)).toEqual(review.findings.map((f) => f.id));
});

test("text: the summary first, within 120 columns; --summary alone; singular in English", () => {
  const full = run([folder]);
  const summary = run([folder, "--summary"]);
  expect(full.stdout.startsWith(summary.stdout.trimEnd())).toBe(true);
  for (const line of summary.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(120);
  expect(summary.stdout).not.toMatch(/^== /m);
  expect(full.stdout).toMatch(/^== 1\. .*3-efter-plan\.xlsx/m);
  expect(summary.stdout.replace(/\u00a0/g, " ")).toMatch(
    /5 ansökningar: 2 efter plan, 2 i fas, 1 utan beslut; kvar att återföra 2 200 000 kr/,
  );
  const one = run([join(folder, "2-i-fas.xlsx"), "--lang", "en", "--summary"]);
  expect(one.status).toBe(0); // on track, no errors
  expect(one.stdout.replace(/\u00a0/g, " ")).toMatch(
    /1 application: 1 on track; SEK 0 still owed, none of it overdue\./,
  );
});

test("an unreadable file is exit code 2, said on stderr and in the summary", () => {
  const dir = mkdtempSync(join(tmpdir(), "sif-follow-up-"));
  writeFileSync(join(dir, "trasig.xlsx"), "inte en arbetsbok");
  const r = run([join(dir, "trasig.xlsx")]);
  expect(r.status).toBe(2);
  expect(r.stdout).toMatch(/Oläslig/);
  expect(r.stderr).toMatch(/trasig\.xlsx kan inte läsas/);
});

test("Markdown: an application's text is never live", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sif-follow-up-md-"));
  const app = { ...plan, text: { ...plan.text, name: "<img src=x onerror=alert(1)> [klick](http://evil.example)" } };
  writeFileSync(
    join(dir, "a.xlsx"),
    await workbookBytes([
      ...planWorkbook("sv", fillFromApplication(app, "sv")),
      ...planFollowUp("sv", fillFromFollowUp(onTrack(), "sv")),
    ]),
  );
  const md = run([join(dir, "a.xlsx"), "--format", "markdown"]).stdout;
  expect(md).toContain("&lt;img src=x onerror=alert(1)&gt; \\[klick\\](http\\://evil.example)");
  expect(md).not.toMatch(/<img|[^\\]\]\(/);
});

test("misuse: no file is exit code 2 with the usage", () => {
  const r = sif(["follow-up"]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/sif follow-up: needs at least one file or folder\. Usage: sif follow-up/);
});
