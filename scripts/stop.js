#!/usr/bin/env node
/**
 * `npm run stop`: stops what `npm start` started.
 *  - Every platform: each running `npm start` of this checkout that serves the pane itself (Linux, and Windows /
 *    macOS without office-addin-debugging) — found by the pid files scripts/start.js writes. `--port N` or
 *    SIF_PORT=N: only the one on that port.
 *  - Windows / macOS: then `office-addin-debugging stop manifest.xml` (unloads the add-in from desktop Excel and
 *    stops its dev server), when that optional dependency is installed.
 * Exit code 0 when nothing was left running, 1 when something could not be stopped.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const { root, alive, readPidFiles, officeAddinDebugging } = require("./start.js");

/** The port asked for, or undefined for every `npm start` of this checkout. */
function portAsked(argv = process.argv.slice(2), env = process.env) {
  let value = env.SIF_PORT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") value = argv[++i];
    else if (argv[i].startsWith("--port=")) value = argv[i].slice("--port=".length);
    else throw new Error(`Unknown argument ${argv[i]}. Usage: npm run stop -- [--port N]`);
  }
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`The port must be a whole number, not "${value}" (--port or SIF_PORT).`);
  return Number(value);
}

/** True when `pid` is still scripts/start.js (on Linux its command line says so; elsewhere: it is alive). */
function isStart(pid) {
  if (!alive(pid)) return false;
  if (process.platform !== "linux") return true;
  try {
    return fs
      .readFileSync(`/proc/${pid}/cmdline`, "utf8")
      .split("\0")
      .some((arg) => arg.endsWith("start.js"));
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, then up to 10 s for it to go (start.js stops its server and children), then SIGKILL. */
async function stopProcess(pid) {
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 10000; waited += 100) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  process.kill(pid, "SIGKILL");
  await sleep(200);
  return !alive(pid);
}

async function stopServers(port) {
  const mine = readPidFiles().filter((r) => r.root === root && (port === undefined || r.port === port));
  let failed = 0;
  let stopped = 0;
  for (const record of mine) {
    if (!isStart(record.pid)) {
      fs.rmSync(record.file, { force: true }); // left behind by an npm start that was killed
      continue;
    }
    if (await stopProcess(record.pid)) {
      console.log(`Stopped npm start (pid ${record.pid}, ${record.url || `port ${record.port}`}).`);
      fs.rmSync(record.file, { force: true });
      stopped++;
    } else {
      console.error(`Could not stop npm start (pid ${record.pid}, port ${record.port}).`);
      failed++;
    }
  }
  if (!stopped && !failed) {
    console.log(`No npm start of this checkout is running${port === undefined ? "" : ` on port ${port}`}.`);
  }
  return failed === 0;
}

/** Windows / macOS: office-addin-debugging unloads the add-in and stops the dev server it started. */
function stopSideloading() {
  const cli = officeAddinDebugging();
  if (!cli) {
    console.log(
      "office-addin-debugging (an optional dependency) is not installed, so nothing was sideloaded into " +
        "desktop Excel and there is nothing more to stop.",
    );
    return true;
  }
  const r = spawnSync(process.execPath, [cli, "stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
  return r.status === 0;
}

async function main() {
  let port;
  try {
    port = portAsked();
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  let ok = await stopServers(port);
  if (process.platform === "win32" || process.platform === "darwin") ok = stopSideloading() && ok;
  return ok ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
