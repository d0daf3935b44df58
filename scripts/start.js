#!/usr/bin/env node
/**
 * `npm start`: the main job.
 *  - Windows / macOS: sideloads the add-in into desktop Excel (office-addin-debugging, an optional dependency)
 *    and serves the pane. Without office-addin-debugging it says so and does what it does on Linux.
 *  - Linux (no desktop Excel): serves the pane on https://localhost:3000 (localhost only) with the Office dev
 *    certificates (created once, then reused), writes a blank and a filled application workbook to workbooks/
 *    (which `npm run build` does not clean), and once the server listens says how to load the pane into Excel
 *    on the web.
 *
 * Port: `npm start -- --port 3001` or SIF_PORT=3001 (default: package.json config.dev_server_port, 3000).
 * Stop: Ctrl+C, SIGTERM (to npm or to this process), or `npm run stop` (scripts/stop.js reads the pid file
 * written here). Every child process is stopped with the server. SIF_HTTP=1 serves over http (tests).
 */
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const HOST = "localhost";
const WORKBOOKS_DIR = path.join(root, "workbooks");
const WORKBOOKS = [
  { file: "ansokan-exempel.xlsx", args: ["--example"], what: "a filled application" },
  { file: "ansokan-mall.xlsx", args: [], what: "the blank template" },
];

/** The port from `--port N` / `--port=N`, else SIF_PORT, else package.json's config, else 3000. */
function parsePort(argv = process.argv.slice(2), env = process.env) {
  let value;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") value = argv[++i];
    else if (argv[i].startsWith("--port=")) value = argv[i].slice("--port=".length);
    else throw new Error(`Unknown argument ${argv[i]}. Usage: npm start -- [--port N]`);
  }
  value = value ?? (env.SIF_PORT || env.npm_package_config_dev_server_port || "3000");
  const port = Number(value);
  if (!/^\d+$/.test(String(value).trim()) || port < 1 || port > 65535) {
    throw new Error(`The port must be a whole number from 1 to 65535, not "${value}" (--port or SIF_PORT).`);
  }
  return port;
}

/** A per-user folder for the pid files of running `npm start`s (one per port). */
function runDir() {
  const user = typeof process.getuid === "function" ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `sif-blekinge-${user}`);
}
const pidFile = (port) => path.join(runDir(), `start-${port}.json`);

/** The pid files of running `npm start`s, as { file, pid, port, root }; unreadable ones are left out. */
function readPidFiles() {
  const dir = runDir();
  if (!ownedFolder(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /^start-\d+\.json$/.test(name))
    .flatMap((name) => {
      const file = path.join(dir, name);
      try {
        return [{ ...JSON.parse(fs.readFileSync(file, "utf8")), file }];
      } catch {
        return [];
      }
    });
}

/** True when `dir` exists and belongs to this user (a folder in the shared temp dir could be someone else's). */
function ownedFolder(dir) {
  const st = fs.statSync(dir, { throwIfNoEntry: false });
  if (!st || !st.isDirectory()) return false;
  return typeof process.getuid !== "function" || st.uid === process.getuid();
}

/** The CLI script of office-addin-debugging when that optional dependency is installed, else null. */
function officeAddinDebugging() {
  try {
    const manifest = require.resolve("office-addin-debugging/package.json", { paths: [root] });
    const { bin } = JSON.parse(fs.readFileSync(manifest, "utf8"));
    const script = typeof bin === "string" ? bin : bin && bin["office-addin-debugging"];
    const cli = script && path.join(path.dirname(manifest), script);
    return cli && fs.existsSync(cli) ? cli : null;
  } catch {
    return null;
  }
}

/** One line for a port that cannot be listened on. */
function listenErrorMessage(error, port) {
  const other = port === 65535 ? port - 1 : port + 1;
  const choose = `choose another port: npm start -- --port ${other} (or SIF_PORT=${other} npm start)`;
  if (error.code === "EADDRINUSE") {
    return `Port ${port} on ${HOST} is already in use (another npm start? npm run stop stops it); ${choose}.`;
  }
  if (error.code === "EACCES") return `Port ${port} on ${HOST} is not open to this user (${error.code}); ${choose}.`;
  return `Cannot listen on ${HOST}:${port} (${error.code || error.message}); ${choose}.`;
}

/** Resolves when `port` on localhost is free; rejects with the listen error otherwise. */
function checkPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => resolve()));
  });
}

// ---------------------------------------------------------------------------------------------------------
// Child processes and shutdown: everything this process starts is stopped with it.

const children = new Set();
const partialFiles = new Set();
let ownPidFile;
let stopping = false;

/**
 * True while `pid` runs. On Linux a zombie (ended, not yet reaped by its parent) does not count, unless other
 * threads of it are still ending (they hold its files and sockets until they are done).
 */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === "EPERM";
  }
  if (process.platform !== "linux") return true;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z" || fs.readdirSync(`/proc/${pid}/task`).length > 1;
  } catch {
    return false;
  }
}

/** Runs a command to completion in its own process group (so that it can be stopped with its children). */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", detached: process.platform !== "win32" });
    children.add(child);
    child.once("error", (e) => {
      children.delete(child);
      reject(e);
    });
    child.once("exit", (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else
        reject(new Error(`${path.basename(args[0])} ${args.slice(1).join(" ")} failed (${signal || `exit ${code}`})`));
    });
  });
}

function killChildren(signal) {
  for (const child of children) {
    try {
      if (process.platform === "win32") child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

function writePidFile(port, url) {
  const dir = runDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!ownedFolder(dir)) throw new Error(`${dir} belongs to another user`);
  const record = { pid: process.pid, port, url, root, started: new Date().toISOString() };
  fs.writeFileSync(pidFile(port), `${JSON.stringify(record)}\n`);
  ownPidFile = pidFile(port);
}

function removePidFile() {
  if (!ownPidFile) return;
  try {
    if (JSON.parse(fs.readFileSync(ownPidFile, "utf8")).pid === process.pid) fs.rmSync(ownPidFile);
  } catch {
    // gone already
  }
  ownPidFile = undefined;
}

/**
 * Stops every child, then exits: the listening socket, the compiler and its watchers end with the process.
 * (webpack-dev-server's graceful stop() waits for a compilation under way, and a stop must be prompt.)
 */
function shutdown(reason, code = 0) {
  if (stopping) return;
  stopping = true;
  if (reason) console.log(`\n${reason}: stopping the server.`);
  killChildren("SIGTERM");
  process.exit(code); // the "exit" handler kills what is left and removes the pid file
}

function fail(message, code = 1) {
  console.error(message);
  shutdown(undefined, code);
}

function handleSignalsAndOrphaning() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(`${signal} received`));
  process.on("exit", () => {
    killChildren("SIGKILL");
    removePidFile();
    for (const file of partialFiles) fs.rmSync(file, { force: true });
  });
  // `npm start` runs this under `sh -c`, and npm passes SIGTERM to that shell only: when the shell (or npm)
  // goes, this process would be orphaned with the server. Notice it and stop.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent || !alive(parent)) shutdown("npm start ended");
  }, 500).unref();
}

// ---------------------------------------------------------------------------------------------------------
// The example workbooks.

/** The newest modification time under `p` (a file or a folder), 0 when it does not exist. */
function newestChange(p) {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((name) => newestChange(path.join(p, name))));
}

/** True when lib/ (the compiled `sif`) is missing or older than one of its sources. */
function cliIsStale() {
  const entry = path.join(root, "lib", "cli", "main.js");
  if (!fs.existsSync(entry)) return true;
  const { include = [] } = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.cli.json"), "utf8"));
  const inputs = ["tsconfig.json", "tsconfig.cli.json", ...include];
  return inputs.some((p) => newestChange(path.join(root, p)) > fs.statSync(entry).mtimeMs);
}

/** Writes the example workbooks to workbooks/ with `sif template`; returns their paths. */
async function writeWorkbooks() {
  const sif = path.join(root, "bin", "sif.js");
  if (!fs.existsSync(sif)) return [];
  if (cliIsStale()) {
    console.log("\n▶ Compiling sif (lib/)");
    await run(process.execPath, [require.resolve("typescript/bin/tsc", { paths: [root] }), "-p", "tsconfig.cli.json"]);
  }
  fs.mkdirSync(WORKBOOKS_DIR, { recursive: true });
  for (const name of fs.readdirSync(WORKBOOKS_DIR)) {
    const writer = /\.writing-(\d+)\.xlsx$/.exec(name); // left by an npm start that was killed (SIGKILL)
    if (writer && !alive(Number(writer[1]))) fs.rmSync(path.join(WORKBOOKS_DIR, name), { force: true });
  }
  const written = [];
  for (const workbook of WORKBOOKS) {
    const file = path.join(WORKBOOKS_DIR, workbook.file);
    console.log(`\n▶ Writing ${path.relative(root, file)} (${workbook.what})`);
    // Written beside, then renamed over the old one: a stop half-way never leaves half a workbook.
    const partial = file.replace(/\.xlsx$/, `.writing-${process.pid}.xlsx`);
    partialFiles.add(partial);
    fs.rmSync(partial, { force: true });
    await run(process.execPath, [sif, "template", ...workbook.args, partial]);
    fs.renameSync(partial, file);
    partialFiles.delete(partial);
    written.push({ ...workbook, path: file });
  }
  return written;
}

// ---------------------------------------------------------------------------------------------------------
// Serving.

function banner({ url, port, protocol, workbooks }) {
  const certs = path.join(os.homedir(), ".office-addin-dev-certs", "ca.crt");
  const where =
    process.platform === "linux"
      ? "There is no desktop Excel on Linux."
      : "Desktop Excel is not sideloaded (office-addin-debugging is not installed).";
  const lines = [
    "",
    `  Sociala investeringsfonden – the task pane is served on ${url}/taskpane.html (${HOST} only)`,
    "",
    `  ${where} To use the add-in in Excel on the web:`,
    "    1. Open a workbook at https://www.office.com (Excel on the web), in a browser that trusts the",
    `       Office dev CA ${certs} (import it among the browser's certificate`,
    `       authorities), or open ${url}/taskpane.html once and accept its certificate.`,
    "    2. Home → Add-ins → More add-ins → My add-ins → Upload My Add-in → choose",
    `       ${path.join(root, "manifest.xml")}`,
    '    3. Press "Fondansökan" on the Home tab.',
  ];
  if (protocol !== "https") lines.push("  (Served over http: Excel on the web needs https, see the lines above.)");
  if (port !== 3000) lines.push(`  (Port ${port}: manifest.xml points at port 3000, so Excel needs the default port.)`);
  if (workbooks.length) {
    lines.push("", `  Example workbooks, in ${WORKBOOKS_DIR} (npm run build leaves them alone):`);
    const width = Math.max(...workbooks.map((w) => w.path.length));
    for (const w of workbooks) lines.push(`    ${w.path.padEnd(width)}   ${w.what}`);
    const example = path.relative(root, workbooks[0].path);
    lines.push(`  Open one in LibreOffice or Excel, or check it with: npx sif validate ${example}`);
  }
  lines.push("", "  Stop the server with Ctrl+C or npm run stop.", "");
  return lines.join("\n");
}

/**
 * The dev server runs in a child process (this file again, with SERVE_CHILD): webpack's compile keeps a process
 * busy for seconds at a time, and this one must stay free to stop everything the moment a signal comes.
 */
const SERVE_CHILD = "--dev-server-child";

/** In the child: webpack-dev-server through its Node API; reports to the parent when it listens and is built. */
async function serveChild(port) {
  const report = (message) => new Promise((resolve) => process.send(message, () => resolve()));
  process.on("disconnect", () => process.exit(0)); // the parent is gone
  // webpack-dev-server throws a listen error (a port taken since the parent checked) from an event handler.
  process.on("uncaughtException", (e) => {
    if (!(e && e.syscall === "listen")) console.error(e);
    const message = e && e.syscall === "listen" ? { listenError: { code: e.code, message: e.message } } : {};
    report(message).finally(() => process.exit(1));
  });
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = await require(path.join(root, "webpack.config.js"))({ WEBPACK_SERVE: true }, { mode: "development" });
  const protocol = config.devServer.server.type === "https" ? "https" : "http";
  const url = `${protocol}://${HOST}:${port}`;
  console.log(`\n▶ Serving the task pane on ${url} (compiling it in memory)`);
  const compiler = webpack(config);
  // No signal handlers in this process: SIGTERM from the parent ends it at once, even mid-compile.
  const server = new WebpackDevServer({ ...config.devServer, port, setupExitSignals: false }, compiler);
  await server.start();
  await report({ listening: { url, protocol } });
  // Called once the pane is compiled and webpack has printed its summary.
  server.middleware.waitUntilValid((stats) => report({ built: { errors: stats.hasErrors() } }));
}

/** Starts the dev server's process; resolves with { url, protocol, built } once it listens. */
function startServer(port) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [__filename, SERVE_CHILD, String(port)], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      detached: process.platform !== "win32",
    });
    children.add(child);
    let listening = false;
    let built;
    const whenBuilt = new Promise((r) => (built = r));
    child.on("message", (m) => {
      if (m.listening) {
        listening = true;
        resolve({ ...m.listening, built: whenBuilt });
      } else if (m.built) built(m.built);
      else if (m.listenError) reject(Object.assign(new Error(m.listenError.message), m.listenError));
    });
    child.once("exit", (code, signal) => {
      children.delete(child);
      if (stopping) return;
      const why = `The dev server ended (${signal || `exit ${code}`}).`;
      if (listening) fail(why, code || 1);
      else reject(new Error(why));
    });
  });
}

async function serve(port) {
  try {
    await checkPortFree(port);
  } catch (e) {
    return fail(listenErrorMessage(e, port));
  }
  let server;
  try {
    server = await startServer(port);
  } catch (e) {
    return fail(e.code ? listenErrorMessage(e, port) : e.message);
  }
  const { url, protocol } = server;
  writePidFile(port, url);
  let built, workbooks;
  try {
    [built, workbooks] = await Promise.all([server.built, writeWorkbooks()]);
  } catch (e) {
    return stopping ? undefined : fail(`Could not write the example workbooks: ${e.message}`);
  }
  if (stopping) return;
  if (built.errors) console.error("\n⚠ The task pane has compile errors (above); it is rebuilt when a file changes.");
  console.log(banner({ url, port, protocol, workbooks }));
}

/** Windows / macOS: office-addin-debugging sideloads into desktop Excel and runs `npm run dev-server`. */
function sideload(cli, port) {
  const child = spawn(process.execPath, [cli, "start", "manifest.xml", "--dev-server-port", String(port)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SIF_PORT: String(port) },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  let port;
  try {
    port = parsePort();
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  if (process.platform === "win32" || process.platform === "darwin") {
    const cli = officeAddinDebugging();
    if (cli) return sideload(cli, port);
    console.log(
      "office-addin-debugging (an optional dependency) is not installed, so desktop Excel cannot be " +
        "sideloaded: serving the pane for Excel on the web instead.",
    );
  }
  handleSignalsAndOrphaning();
  serve(port).catch((e) => fail(e && e.stack ? e.stack : String(e)));
}

module.exports = { root, HOST, WORKBOOKS_DIR, alive, parsePort, runDir, pidFile, readPidFiles, officeAddinDebugging };

if (require.main === module) {
  if (process.argv[2] === SERVE_CHILD) {
    serveChild(Number(process.argv[3])).catch((e) => {
      console.error(e && e.stack ? e.stack : String(e));
      process.exit(1);
    });
  } else main();
}
