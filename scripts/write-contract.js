#!/usr/bin/env node
// Writes docs/workbook-contract.md from the layouts (compiles the CLI first when needed).
const { writeFileSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");
const root = join(__dirname, "..");
const r = spawnSync(
  process.execPath,
  [require.resolve("typescript/bin/tsc", { paths: [root] }), "-p", join(root, "tsconfig.cli.json")],
  { stdio: "inherit" },
);
if (r.status !== 0) process.exit(1);
mkdirSync(join(root, "docs"), { recursive: true });
writeFileSync(
  join(root, "docs", "workbook-contract.md"),
  require(join(root, "lib", "templates", "contract.js")).contractMarkdown(),
);
console.log("docs/workbook-contract.md");
