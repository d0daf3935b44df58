/** Running `sif` as a process, and the application files the tests feed it. */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Application } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, planWorkbook } from "../../src/templates";
import { workbookBytes } from "../../src/xlsx/write";

export const root = join(__dirname, "../..");
export const sifBin = join(root, "bin/sif.js");

/** `sif ARGS…` to completion, stdout and stderr collected by spawnSync. */
export const sif = (args: readonly string[], cwd?: string) =>
  spawnSync(process.execPath, [sifBin, ...args], { encoding: "utf8", ...(cwd ? { cwd } : {}) });

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A command with stdout and stderr as pipes, read to the end. With `hold`, stdout is not read until stderr
 * has shown `hold.until` and `hold.ms` more have passed: the pipe fills up meanwhile, as it does when the
 * reader is slower than the writer, so a writer that exits without waiting for its output loses the rest.
 */
export function piped(command: string, args: readonly string[], hold?: { until: RegExp; ms: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    let held = hold !== undefined;
    if (held) child.stdout.pause();
    child.stderr.on("data", (b: Buffer) => {
      err.push(b);
      if (held && hold!.until.test(Buffer.concat(err).toString("utf8"))) {
        held = false;
        setTimeout(() => child.stdout.resume(), hold!.ms);
      }
    });
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
  });
}

/** The example application as .xlsx bytes, after `change`. */
export async function applicationBytes(change: (a: Application) => void = () => {}): Promise<Buffer> {
  const app = earlyInterventionExample();
  change(app);
  return workbookBytes(planWorkbook("sv", fillFromApplication(app, "sv")));
}

/** stderr's lines, without the trailing newline. */
export const lines = (s: string): string[] => s.replace(/\n$/, "").split("\n");
