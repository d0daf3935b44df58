/**
 * `npm ci` on the Node the README promises prints no EBADENGINE warning: every package in package-lock.json
 * accepts the running Node, and the build tools (webpack-cli and everything it pulls in) accept Node 20.9.
 * webpack-cli 7.3 needs rechoir 1, which wants Node ≥ 22.15; 7.2.3 is pinned for that reason.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const semver = createRequire(__filename)("semver") as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

interface Entry {
  version?: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const root = join(__dirname, "../..");
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, Entry>;
};
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  devDependencies: Record<string, string>;
  overrides: Record<string, string>;
  engines: { node: string };
};

/** Where npm finds `name` for the package at `from`: the nearest node_modules/name up the folders. */
function resolve(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf("/node_modules/")))) {
    const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
  }
}

/** `start` and every package it depends on, as lock paths. */
function closure(start: string): string[] {
  const seen = new Set<string>([start]);
  for (const at of seen) {
    const deps = { ...lock.packages[at]!.dependencies, ...lock.packages[at]!.optionalDependencies };
    for (const name of Object.keys(deps)) {
      const found = resolve(at, name);
      if (found) seen.add(found);
    }
  }
  return [...seen];
}

const refuses = (paths: string[], node: string) =>
  paths
    .map((p) => ({ p, range: lock.packages[p]!.engines?.node }))
    .filter(({ range }) => range && !semver.satisfies(node, range))
    .map(({ p, range }) => `${p}@${lock.packages[p]!.version} wants node ${range}`);

test("no package in the lock refuses the running Node (npm ci's EBADENGINE)", () => {
  expect(refuses(Object.keys(lock.packages).filter(Boolean), process.version)).toEqual([]);
});

test("no package in the lock refuses the lowest Node that package.json (and the README) promise", () => {
  const lowest = semver.minVersion(pkg.engines.node)!.version;
  expect(refuses(Object.keys(lock.packages).filter(Boolean), lowest)).toEqual([]);
});

test("webpack-cli is pinned, and it and all it pulls in accept Node 20.9", () => {
  expect(pkg.devDependencies["webpack-cli"]).toMatch(/^\d+\.\d+\.\d+$/);
  expect(lock.packages["node_modules/webpack-cli"]!.version).toBe(pkg.devDependencies["webpack-cli"]);
  const tree = closure("node_modules/webpack-cli");
  expect(tree).toContain("node_modules/rechoir");
  expect(refuses(tree, "20.9.0")).toEqual([]);
});

test("the lock keeps the overrides the registry mirror needs", () => {
  expect(pkg.overrides).toMatchObject({ "unrs-resolver": "1.12.2", linkedom: "0.18.14" });
  expect(lock.packages["node_modules/unrs-resolver"]!.version).toBe("1.12.2");
  expect(lock.packages["node_modules/linkedom"]!.version).toBe("0.18.14");
});
