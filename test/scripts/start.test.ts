/**
 * `npm start` on Linux as a user runs it: the real dev server as a child process on a free port (`--port` or
 * SIF_PORT), with a throw-away HOME for the Office dev certificates. Every process a test starts is killed
 * afterwards, whatever happens.
 */
import { spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { networkInterfaces, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import {
  alive,
  connects,
  descendants,
  freePort,
  get,
  isLoopback,
  killAll,
  listeningAddresses,
  processTree,
  root,
  Run,
  sleep,
  start,
} from "./processes";

const load = createRequire(__filename);
const startScript = load("../../scripts/start.js") as { pidFile(port: number): string; WORKBOOKS_DIR: string };
type MakeConfig = (env: object, argv: object) => Promise<{ output: { path: string; clean: boolean } }>;
const makeConfig = load("../../webpack.config.js") as MakeConfig;

const linux = process.platform === "linux" ? describe : describe.skip;
const BANNER = /the task pane is served on/;
const STARTUP = 180_000;
const home = mkdtempSync(join(tmpdir(), "sif-start-home-"));
const certDir = join(home, ".office-addin-dev-certs");
const node = (port: number, env: Record<string, string | undefined> = {}) =>
  start(process.execPath, ["scripts/start.js", "--port", String(port)], { SIF_PORT: undefined, ...env });

afterAll(() => {
  killAll();
  rmSync(home, { recursive: true, force: true });
});

/** Starts the server and, the moment the banner appears, checks whether the port already accepts connections. */
async function startAndWatchBanner(run: Run, port: number): Promise<boolean> {
  let listeningAtBanner: Promise<boolean> | undefined;
  const onData = () => {
    if (!listeningAtBanner && BANNER.test(run.stdout())) listeningAtBanner = connects(port);
  };
  run.child.stdout!.on("data", onData);
  await run.waitFor(BANNER, STARTUP);
  onData();
  return listeningAtBanner!;
}

/** Waits up to `ms` for `done()`; returns whether it came true. */
async function eventually(done: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!(await done()) && Date.now() < until) await sleep(50);
  return done();
}

/**
 * Sends `signal` to `run`, then expects it to end within 10 s — a clean exit, or for npm the same signal, as npm
 * re-raises it — and with it every process below it, the listening port and the pid file.
 */
async function expectStopsOn(run: Run, port: number, signal: NodeJS.Signals) {
  const tree = processTree(run.pid);
  expect(tree.map((p) => p.cmdline).join("\n")).toContain("scripts/start.js");
  const t0 = Date.now();
  process.kill(run.pid, signal);
  const ended = await run.exit(10_000);
  expect(ended.code === 0 || ended.signal === signal).toBe(true);
  expect(await eventually(() => tree.every((p) => !alive(p.pid)), 10_000 - (Date.now() - t0))).toBe(true);
  expect(await eventually(async () => !(await connects(port)), 10_000 - (Date.now() - t0))).toBe(true);
  expect(Date.now() - t0).toBeLessThan(10_000);
  expect(existsSync(startScript.pidFile(port))).toBe(false);
  return ended;
}

linux("npm start (https, first run: no certificates yet)", () => {
  let port: number;
  let run: Run;
  let listeningAtBanner: boolean;
  let ca: Buffer;

  beforeAll(async () => {
    port = await freePort();
    run = node(port, { HOME: home, SIF_HTTP: undefined });
    listeningAtBanner = await startAndWatchBanner(run, port);
    ca = readFileSync(join(certDir, "ca.crt"));
  }, STARTUP);

  test("prints the banner once, when the server already listens (4)", () => {
    expect(listeningAtBanner).toBe(true);
    expect(run.stdout().match(new RegExp(BANNER, "g"))).toHaveLength(1);
    expect(run.stdout()).toContain(`https://localhost:${port}/taskpane.html`);
  });

  test("listens on loopback addresses only, never 0.0.0.0 or :: (1)", async () => {
    const addresses = listeningAddresses(port);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => !isLoopback(a))).toEqual([]);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === "IPv4");
    if (external) expect(await connects(port, external.address)).toBe(false);
  });

  test("serves the pane over https with the certificates it created (6)", async () => {
    expect(run.stdout()).toContain(`Created the Office dev certificates in ${certDir}`);
    const res = await get(`https://localhost:${port}/taskpane.html`, {}, ca);
    expect(res.status).toBe(200);
    expect(res.body).toContain("<!doctype html>");
    const onDisk = new X509Certificate(readFileSync(join(certDir, "localhost.crt")));
    expect(res.certificate!.fingerprint256).toBe(onDisk.fingerprint256);
  });

  test("lists no directory (2)", async () => {
    for (const dir of ["/", "/assets/", "/assets"]) {
      const res = await get(`https://localhost:${port}${dir}`, {}, ca);
      expect(res.status).toBe(404);
      expect(res.body).not.toMatch(/taskpane\.js|icon-32|listing/i);
    }
  });

  test("sends no CORS header, not even to a request from another origin (3)", async () => {
    for (const file of ["/taskpane.html", "/taskpane.js", "/assets/icon-32.png", "/manifest.xml"]) {
      const res = await get(`https://localhost:${port}${file}`, { Origin: "https://example.com" }, ca);
      expect(res.status).toBe(200);
      expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    }
  });

  test("writes the example workbooks to workbooks/, which the build does not clean, and says where (8)", async () => {
    const config = await makeConfig({}, { mode: "production" });
    for (const name of ["ansokan-exempel.xlsx", "ansokan-mall.xlsx"]) {
      const file = join(startScript.WORKBOOKS_DIR, name);
      expect(run.stdout()).toContain(file);
      expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
      expect(statSync(file).mtimeMs).toBeGreaterThan(Date.now() - STARTUP);
      expect(relative(config.output.path, file).startsWith("..")).toBe(true); // outside what `clean` empties
      const ignored = spawnSync("git", ["check-ignore", "-q", relative(root, file)], { cwd: root });
      expect(ignored.status).toBe(0);
    }
    expect(config.output.clean).toBe(true);
    expect(readdirSync(startScript.WORKBOOKS_DIR).filter((f) => f.includes(`.writing-${run.pid}.`))).toEqual([]);
  });

  test("writes a pid file for npm run stop while it runs (7)", () => {
    const record = JSON.parse(readFileSync(startScript.pidFile(port), "utf8")) as { pid: number; root: string };
    expect(record).toMatchObject({ pid: run.pid, port, root });
  });

  test("SIGINT stops the server and every child, promptly, exit 0 (7)", async () => {
    expect(await expectStopsOn(run, port, "SIGINT")).toEqual({ code: 0, signal: null });
  });
});

linux("npm start (https, second run) stopped by npm run stop", () => {
  let port: number;
  let run: Run;
  const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(certDir, f));
  let before: { bytes: string; mtime: number }[];
  const snapshot = () => files.map((f) => ({ bytes: readFileSync(f, "base64"), mtime: statSync(f).mtimeMs }));

  beforeAll(async () => {
    if (!existsSync(files[0]!)) throw new Error("the first run made no certificates");
    before = snapshot();
    port = await freePort();
    run = start(process.execPath, ["scripts/start.js"], { HOME: home, SIF_PORT: String(port), SIF_HTTP: undefined });
    await run.waitFor(BANNER, STARTUP);
  }, STARTUP);

  test("reuses the certificates: same files, same served certificate (6)", async () => {
    expect(run.stdout()).toContain(`Reusing the Office dev certificates in ${certDir}`);
    expect(snapshot()).toEqual(before);
    const res = await get(`https://localhost:${port}/taskpane.html`, {}, readFileSync(files[0]!));
    expect(res.certificate!.fingerprint256).toBe(new X509Certificate(readFileSync(files[1]!)).fingerprint256);
  });

  test("SIF_PORT=… npm run stop stops it (7)", async () => {
    const tree = processTree(run.pid);
    const stop = start("npm", ["run", "stop"], { SIF_PORT: String(port) });
    expect(await stop.exit(20_000)).toEqual({ code: 0, signal: null });
    expect(stop.stdout()).toContain(`Stopped npm start (pid ${run.pid}, https://localhost:${port})`);
    expect(await run.exit(5000)).toEqual({ code: 0, signal: null });
    expect(await eventually(() => tree.every((p) => !alive(p.pid)), 5000)).toBe(true);
    expect(await eventually(async () => !(await connects(port)), 5000)).toBe(true);
    expect(existsSync(startScript.pidFile(port))).toBe(false);
  });
});

linux("npm start stopped by SIGTERM", () => {
  test(
    "SIGTERM to `npm start` stops npm, the shell, the server and every child (7)",
    async () => {
      const port = await freePort();
      const run = start("npm", ["start", "--", "--port", String(port)], { SIF_HTTP: "1", SIF_PORT: undefined });
      await run.waitFor(BANNER, STARTUP);
      expect(await connects(port)).toBe(true);
      await expectStopsOn(run, port, "SIGTERM");
    },
    STARTUP,
  );

  test(
    "SIGTERM while the workbooks are written stops `sif` too and leaves no half-written file (7, 8)",
    async () => {
      const port = await freePort();
      const run = node(port, { SIF_HTTP: "1" });
      await run.waitFor(/▶ Writing/, STARTUP);
      const until = Date.now() + 5000;
      const writing = () => descendants(run.pid).some((p) => p.cmdline.includes("sif.js"));
      while (!writing() && Date.now() < until) await sleep(20);
      expect(writing()).toBe(true);
      expect(await expectStopsOn(run, port, "SIGTERM")).toEqual({ code: 0, signal: null });
      expect(readdirSync(startScript.WORKBOOKS_DIR).filter((f) => f.includes(`.writing-${run.pid}.`))).toEqual([]);
    },
    STARTUP,
  );
});

linux("npm start when it cannot start", () => {
  test("a port in use: one line naming the port and how to choose another, exit 1 (5)", async () => {
    const port = await freePort();
    const holder = start(process.execPath, ["-e", `require("net").createServer().listen(${port}, "localhost")`]);
    const until = Date.now() + 5000;
    while (!(await connects(port)) && Date.now() < until) await sleep(50);
    const run = node(port, { SIF_HTTP: "1" });
    const ended = await run.exit(20_000);
    holder.child.kill("SIGKILL");
    expect(ended.code).toBe(1);
    const lines = run.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Port ${port}`);
    expect(lines[0]).toMatch(/--port \d+.*SIF_PORT=\d+/);
    expect(run.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(run.stdout()).not.toMatch(BANNER);
  });

  test("a port that is not a number: one line, exit 2", async () => {
    const run = start(process.execPath, ["scripts/start.js", "--port", "http"]);
    expect((await run.exit(10_000)).code).toBe(2);
    expect(run.stderr().trim().split("\n")).toEqual([expect.stringContaining('not "http"')]);
  });
});

linux("npm run stop", () => {
  test("with nothing running: says so, exit 0 (7)", async () => {
    const port = await freePort();
    const stop = start("npm", ["run", "stop", "--", "--port", String(port)]);
    expect(await stop.exit(20_000)).toEqual({ code: 0, signal: null });
    expect(stop.stdout()).toContain(`No npm start of this checkout is running on port ${port}.`);
  });

  test("never kills a process that is not npm start, even when a stale pid file names it (7)", async () => {
    const port = await freePort();
    const bystander = start(process.execPath, ["-e", "setInterval(() => {}, 1000)"]);
    const file = startScript.pidFile(port);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, JSON.stringify({ pid: bystander.pid, port, root }));
    const stop = start("npm", ["run", "stop"], { SIF_PORT: String(port) });
    expect((await stop.exit(20_000)).code).toBe(0);
    expect(alive(bystander.pid)).toBe(true);
    expect(existsSync(file)).toBe(false);
    bystander.child.kill("SIGKILL");
  });
});
