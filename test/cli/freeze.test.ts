/**
 * `sif freeze FILE` as a process: the baseline frozen into a workbook with the follow-up's sheets (then
 * read back with a matching fingerprint), a second freeze refused with exit code 2 and the file unchanged,
 * an application without follow-up sheets refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillFromApplication, fillFromFollowUp, planFollowUp, planWorkbook, reviewFollowUp } from "../../src/templates";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { workbookBytes } from "../../src/xlsx/write";
import { behind, plan } from "../../src/examples/follow-up";
import { sif } from "./run";

const dir = mkdtempSync(join(tmpdir(), "sif-freeze-cli-"));

test("freezes once, then refuses and leaves the file as it is", async () => {
  const actuals = { ...behind(), baseline: { frozenOn: null, fingerprint: null, rows: [] } };
  const file = join(dir, "beviljad.xlsx");
  writeFileSync(
    file,
    await workbookBytes([
      ...planWorkbook("sv", fillFromApplication(plan, "sv")),
      ...planFollowUp("sv", fillFromFollowUp(actuals, "sv")),
    ]),
  );
  const first = sif(["freeze", file], dir);
  expect(first.status).toBe(0);
  expect(first.stdout).toMatch(/baslinjen frystes \d{4}-\d{2}-\d{2}: \d+ värden, fingeravtryck [0-9a-f]{64}/);
  const frozen = readFileSync(file);
  const review = reviewFollowUp(readApplicationBytes(frozen, file).grids, { today: new Date(2026, 11, 2) })!;
  expect(review.findings.map((f) => f.id)).not.toContain("F07");
  const second = sif(["freeze", "--lang", "en", file], dir);
  expect(second.status).toBe(2);
  expect(second.stderr).toMatch(/already frozen and is never overwritten/);
  expect(readFileSync(file).equals(frozen)).toBe(true);
});

test("an application without follow-up sheets is refused", async () => {
  const file = join(dir, "ansokan.xlsx");
  writeFileSync(file, await workbookBytes(planWorkbook("sv", fillFromApplication(plan, "sv"))));
  const run = sif(["freeze", file], dir);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/lägg in uppföljningen först/);
});
