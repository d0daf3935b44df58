/**
 * `sif` installed the way a reviewer installs it outside the checkout: `npm pack`, then `npm install` of the
 * tarball (here into a local prefix, not -g, so the machine is untouched), run from another folder. The
 * packing happens in a copy of the checkout, so rebuilding lib/ there cannot disturb the other tests.
 *
 * The install uses the npm cache (--offline). npm resolves dependencies from full registry documents,
 * which `npm ci` does not always leave in the cache; then it is tried once more with --prefer-offline
 * (the registry for what the cache lacks). Only when that too fails for want of a network are the tests
 * skipped, naming what the cache lacks.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { root } from "./run";

const work = mkdtempSync(join(tmpdir(), "sif-install-"));
const checkout = join(work, "checkout");
const prefix = join(work, "prefix");
const elsewhere = join(work, "elsewhere");

/** The child's environment: npm's own variables from a surrounding `npm test` left out, node on PATH. */
function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_(package_|lifecycle_|config_(local_|global_)?prefix$|config_global$)/i.test(k)) e[k] = v;
  }
  e.PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`;
  return e;
}

const npm = (args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync("npm", args, { cwd, env: env(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

interface Packed {
  filename: string;
  files: { path: string }[];
}

function pack(): { run: SpawnSyncReturns<string>; packed?: Packed } {
  mkdirSync(checkout);
  for (const f of ["package.json", "README.md", "bin", "src", "tsconfig.json", "tsconfig.cli.json"]) {
    cpSync(join(root, f), join(checkout, f), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(checkout, "node_modules"), "dir"); // typescript, for prepack
  const run = npm(["pack", "--json", "--pack-destination", work], checkout);
  return run.status === 0 ? { run, packed: (JSON.parse(run.stdout) as Packed[])[0]! } : { run };
}

const NETWORK =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ERR_SOCKET_TIMEOUT)\b|network timeout/;

/** npm install of the tarball; `lacking` when the cache lacks a document and the registry is out of reach. */
function install(tarball: string): { run: SpawnSyncReturns<string>; lacking?: string } {
  // office-addin-debugging, an optional dependency, only sideloads the add-in (npm start); sif does not need it
  const args = ["install", "--prefix", prefix, tarball, "--omit=optional", "--no-audit", "--no-fund"];
  const offline = npm([...args, "--offline"], work);
  if (offline.status === 0 || !/ENOTCACHED/.test(offline.stderr)) return { run: offline };
  const online = npm([...args, "--prefer-offline", "--fetch-retries=1", "--fetch-timeout=30000"], work);
  if (online.status === 0 || !NETWORK.test(online.stderr)) return { run: online };
  const url = /request to (\S+) failed/.exec(offline.stderr)?.[1] ?? "a dependency";
  return { run: online, lacking: url };
}

const packing = pack();
const installing = packing.packed ? install(join(work, packing.packed.filename)) : undefined;
if (installing?.lacking) {
  console.warn(
    `install.test.ts skipped: the npm cache lacks ${installing.lacking} and the registry cannot be reached ` +
      "(npm install --prefer-offline once with a network fills the cache)",
  );
}
const testInstalled = installing?.lacking ? test.skip : test;
afterAll(() => rmSync(work, { recursive: true, force: true })); // (the node_modules link, not what it links to)

test("npm pack: the tarball holds bin/, the compiled lib/ and the README, no sources", () => {
  if (packing.run.status !== 0) throw new Error(`npm pack failed:\n${packing.run.stderr}`);
  expect(packing.run.stderr).toContain("prepack"); // lib/ rebuilt from the sources being packed
  const paths = packing.packed!.files.map((f) => f.path);
  expect(paths).toEqual(expect.arrayContaining(["bin/sif.js", "lib/cli/main.js", "README.md", "package.json"]));
  expect(paths.filter((p) => !/^(bin\/|lib\/.*\.js$|README\.md$|package\.json$)/.test(p))).toEqual([]);
});

testInstalled("the installed sif writes and checks a workbook from another folder", () => {
  if (installing?.run.status !== 0) throw new Error(`npm install failed:\n${installing?.run.stderr ?? "(not packed)"}`);
  const bin = join(prefix, "node_modules", ".bin", "sif");
  // installed without typescript (a devDependency): sif runs the lib/ it was packed with, compiling nothing
  expect(existsSync(join(prefix, "node_modules", "typescript"))).toBe(false);
  mkdirSync(elsewhere);
  const run = (...args: string[]) => spawnSync(bin, args, { cwd: elsewhere, env: env(), encoding: "utf8" });
  const written = run("template", "--example", "x.xlsx");
  expect([written.status, written.stderr]).toEqual([0, "x.xlsx: filled example written (sv).\n"]);
  const checked = run("validate", "x.xlsx");
  expect(checked.status).toBe(0);
  expect(checked.stdout).toContain("Klar att lämna in");
  expect(run("template", "x.xlsx").status).toBe(2); // it exists
  expect(run("--version").stdout.trim()).toBe(packing.packed!.filename.replace(/^sif-blekinge-|\.tgz$/g, ""));
});
