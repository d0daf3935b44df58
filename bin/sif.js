#!/usr/bin/env node
// `sif` command: runs the compiled CLI (lib/), compiling it first on a fresh checkout.
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

const root = join(__dirname, "..");
const entry = join(root, "lib", "cli", "main.js");
if (!existsSync(entry)) {
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  const r = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.cli.json")], { stdio: "inherit" });
  if (r.status !== 0) process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
