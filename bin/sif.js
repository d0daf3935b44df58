#!/usr/bin/env node
// `sif` command: runs the compiled CLI (lib/), compiling it first on a fresh checkout (an installed package
// ships lib/ compiled). It sets process.exitCode and never calls process.exit: Node then exits once stdout
// and stderr have drained, so a long report through a pipe arrives whole.
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

// A reader that goes away early (`sif validate … | head`) is not an error of ours; say anything else in a line.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") return;
  process.stderr.write(`sif: cannot write the output: ${e.message}\n`);
  process.exitCode = 2;
});

const root = join(__dirname, "..");
const entry = join(root, "lib", "cli", "main.js");

function compiled() {
  if (existsSync(entry)) return true;
  const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  return spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.cli.json")], { stdio: "inherit" }).status === 0;
}

if (compiled()) {
  require(entry)
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = Math.max(code, process.exitCode ?? 0);
    });
} else process.exitCode = 2;
