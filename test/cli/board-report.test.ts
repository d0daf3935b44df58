/**
 * docs/board-report/: the example report on 30 applications is what scripts/board-example.js makes from the
 * current sources (npm run docs:board), byte for byte, and reads as a board's report should: the summary of 30
 * first, no temporary paths, the skipped and the damaged file named.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./run";

const out = mkdtempSync(join(tmpdir(), "sif-board-docs-"));
const DOCS = [
  ["exempel-30-ansokningar.md", "sv"],
  ["example-30-applications.md", "en"],
] as const;

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(root, "scripts/board-example.js"), "--out", out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`board-example.js failed:\n${r.stderr}`);
}, 120000);

test.each(DOCS)("docs/board-report/%s is current (npm run docs:board)", (name) => {
  expect(readFileSync(join(out, name), "utf8")).toBe(readFileSync(join(root, "docs/board-report", name), "utf8"));
});

test.each(DOCS)("%s: 30 applications in the summary, in the board's order, nothing from the machine", (name, lang) => {
  const md = readFileSync(join(out, name), "utf8");
  const summary = md.slice(0, md.indexOf("\n## 1. "));
  const rows = summary.split("\n").filter((l) => /^\| \d+ \|/.test(l));
  expect(rows).toHaveLength(30);
  const statuses = rows.map((l) => l.split(" | ")[1]);
  const words = lang === "sv" ? ["Behöver åtgärdas", "Klar", "Oläslig"] : ["Needs work", "Ready", "Unreadable"];
  expect(statuses).toEqual([...statuses].sort((a, b) => words.indexOf(a!) - words.indexOf(b!)));
  expect(new Set(statuses)).toEqual(new Set(words));
  expect(md).not.toContain(tmpdir());
  expect(md).toContain(lang === "sv" ? "Granskad 2026-12-02 18:40 (CET)" : "Checked 2026-12-02 18:40 (CET)");
  expect(summary).toContain(lang === "sv" ? "Hoppades över: gammal-ansokan.xls" : "Skipped: gammal-ansokan.xls");
  expect(summary).toMatch(/trasig-ansokan\.xlsx/);
  expect(md).not.toMatch(/<b>|[^\\]\]\(/);
  for (const id of ["R17", "R06", "R07", "R19", "R20", "R21", "R22"]) expect(md).toContain(`| ${id} |`);
});
