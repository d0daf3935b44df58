/**
 * A report larger than a pipe's buffer (64 KiB) arrives whole: `sif` lets stdout drain before it exits
 * instead of calling process.exit right after writing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Application } from "../../src/domain";
import { applicationBytes, piped, sifBin } from "./run";

const work = mkdtempSync(join(tmpdir(), "sif-pipe-"));
const dir = join(work, "ansokningar");
const COUNT = 100;

/** Every fourth file is clean; the others have one mistake each. */
const variants: ((a: Application) => void)[] = [
  () => {},
  (a) => {
    a.text.name = "";
  },
  (a) => {
    a.costs[2]!.amount = "900 tkr";
  },
  (a) => {
    a.repayments[4]!.unit = "Karlshamns kommun";
  },
];
/** Stdout is read only a second after the last file's progress line: the report waits in a full pipe. */
const hold = { until: new RegExp(`\\[${COUNT}/${COUNT}\\]`), ms: 1000 };
const fileName = (i: number): string => join(dir, `ansokan-${String(i).padStart(3, "0")}.xlsx`);

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const bytes = await Promise.all(variants.map((v) => applicationBytes(v)));
  for (let i = 0; i < COUNT; i++) writeFileSync(fileName(i), bytes[i % variants.length]!);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface JsonReport {
  files: { file: string; readable: boolean; counts: { error: number } }[];
}

test(`--format json of ${COUNT} files through a pipe: the whole JSON, every file`, async () => {
  const r = await piped(process.execPath, [sifBin, "validate", dir, "--format", "json"], hold);
  expect(r.stdout.length).toBeGreaterThan(64 * 1024); // more than a pipe holds
  const report = JSON.parse(r.stdout) as JsonReport; // throws on a cut-off report
  expect(report.files.map((f) => f.file)).toEqual(Array.from({ length: COUNT }, (_, i) => fileName(i)));
  report.files.forEach((f, i) => {
    expect(f.readable).toBe(true);
    expect(f.counts.error > 0).toBe(i % variants.length !== 0);
  });
  expect(r.status).toBe(1);
});

test("the text report through `| cat`: the summary first, the last application's last line arrives", async () => {
  const command = `"${process.execPath}" "${sifBin}" validate "${dir}" --lang en | cat`;
  const r = await piped("sh", ["-c", command], hold);
  expect(r.status).toBe(0); // cat's
  const out = r.stdout.trimEnd().split("\n");
  const summary = out.filter((l) => /^ *\d+ {2}(Needs work|Ready) +ansokan-\d{3}\.xlsx {2}/.test(l));
  expect(summary).toHaveLength(COUNT);
  const details = out.filter((l) => /^== \d+\. \S+ansokan-\d{3}\.xlsx — /.test(l));
  expect(details).toHaveLength(COUNT);
  // The last application in the summary's order (the ready ones come after those needing work) is reported
  // last, down to the last row of its scenario table.
  const last = summary.at(-1)!.match(/ansokan-\d{3}\.xlsx/)![0];
  expect(details.at(-1)).toContain(last);
  expect(out.at(-1)).toMatch(/^ {8}K15 {2}The unit's margin: Primärvården Västra Blekinge +9% +18% +31%$/);
});
