/**
 * `npm run bench`: prints `name: value` lines. Figures, not pass/fail: compare them across commits.
 */
import ExcelJS from "exceljs";
// The comparison load with ExcelJS needs its mend to read calculated table columns (see the file).
import "../test/support/exceljs-reads-calculated-columns";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { checkFile } from "../src/cli/check-file";
import { planWorkbook } from "../src/templates";
import { workbookBytes } from "../src/xlsx/write";
import { earlyInterventionExample } from "../src/examples/early-intervention";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { insertTemplates } from "../src/excel/insert";
import { readWorkbookGrids } from "../src/excel/office-reader";
import { writeReviewSheet } from "../src/excel/review";
import { fillFromApplication, reviewGrids } from "../src/templates";
import { installExcelHost } from "../test/host/install";
import { bigApplication } from "../test/support/big-application";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Round trips and request bytes as Microsoft's client library sends them (test/host: the real library). */
async function templateInsert(): Promise<void> {
  const env = installExcelHost();
  await insertTemplates("sv", undefined, fillFromApplication(bigApplication(10, 50), "sv"));
  const requests = env.host.requests.map((r) => r.bytes);
  env.uninstall();
  console.log(`template_insert_round_trips: ${requests.length}`);
  console.log(`template_insert_request_bytes: ${sum(requests)}`);
  console.log(`template_insert_largest_request_bytes: ${Math.max(...requests)}`);
  const big = installExcelHost();
  await insertTemplates("sv", undefined, fillFromApplication(bigApplication(10, 2000), "sv"));
  console.log(`template_insert_2000_rows_largest_request_bytes: ${Math.max(...big.host.requests.map((r) => r.bytes))}`);
  big.uninstall();
  const blank = installExcelHost();
  await insertTemplates("sv");
  console.log(`template_insert_blank_round_trips: ${blank.host.requests.length}`);
  console.log(`template_insert_blank_request_bytes: ${sum(blank.host.requests.map((r) => r.bytes))}`);
  blank.uninstall();
}

async function validateInPane(): Promise<void> {
  const env = installExcelHost();
  await insertTemplates("sv", undefined, fillFromApplication(bigApplication(10, 50), "sv"));
  let from = env.host.requests.length;
  const { grids } = await readWorkbookGrids();
  const read = env.host.requests.slice(from);
  console.log(`validate_round_trips_read: ${read.length}`);
  console.log(`validate_request_bytes: ${sum(read.map((r) => r.bytes))}`);
  const runs = 50;
  const times: number[] = [];
  let v = reviewGrids(grids);
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    v = reviewGrids(grids);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`validate_compute_ms: ${times[Math.floor(runs / 2)]!.toFixed(2)}`);
  from = env.host.requests.length;
  await writeReviewSheet(v, "sv", new Date());
  console.log(`validate_round_trips_write: ${env.host.requests.length - from}`);
  env.uninstall();
}

function paneSize(): void {
  const root = join(__dirname, "..", "..");
  const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  console.log(`taskpane_js_gzip_bytes: ${gzipSync(readFileSync(join(root, "dist", "taskpane.js"))).length}`);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function cli(): Promise<void> {
  const root = join(__dirname, "..", "..");
  const dir = mkdtempSync(join(tmpdir(), "sif-bench-"));
  const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(earlyInterventionExample(), "sv")));
  const file = join(dir, "ansokan.xlsx");
  writeFileSync(file, bytes);
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 40; i++) {
    let t0 = process.hrtime.bigint();
    await checkFile(file);
    ours.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`cli_validate_ms_per_file: ${median(ours).toFixed(1)}`);
  console.log(`cli_vs_exceljs_load_ratio: ${(median(ours) / median(bare)).toFixed(2)}`);
  const batch = join(dir, "batch");
  spawnSync("mkdir", ["-p", batch]);
  for (let i = 0; i < 1000; i++) writeFileSync(join(batch, `ansokan-${String(i).padStart(4, "0")}.xlsx`), bytes);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, "bin", "sif.js"), "validate", batch, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`sif validate exited ${String(r.status)}: ${r.stderr.slice(0, 500)}`);
  console.log(`cli_1000_files_s: ${seconds.toFixed(1)}`);
  rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  await templateInsert();
  await validateInPane();
  paneSize();
  await cli();
}

void main();
