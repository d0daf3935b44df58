#!/usr/bin/env node
/**
 * `npm start`: the main job.
 *  - Windows / macOS: sideloads the add-in into desktop Excel (office-addin-debugging) and serves the pane.
 *  - Linux (no desktop Excel): builds the pane, writes a blank and a filled application workbook to
 *    dist/, serves the pane on https://localhost:3000 and says how to load it into Excel on the web.
 */
const { spawn, spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const run = (args, opts = {}) => spawn(npx, args, { cwd: root, stdio: "inherit", ...opts });

if (process.platform === "win32" || process.platform === "darwin") {
  run(["office-addin-debugging", "start", "manifest.xml"]).on("exit", (code) => process.exit(code ?? 0));
} else {
  const step = (what, args) => {
    console.log(`\n▶ ${what}`);
    const r = spawnSync(npx, args, { cwd: root, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  };
  step("Building the task pane (dist/)", ["webpack", "--mode", "development"]);
  if (existsSync(join(root, "bin", "sif.js"))) {
    step("Writing dist/ansokan-mall.xlsx (blank template)", ["tsc", "-p", "tsconfig.cli.json"]);
    spawnSync(process.execPath, [join(root, "bin", "sif.js"), "template", join(root, "dist", "ansokan-mall.xlsx")], {
      stdio: "inherit",
    });
    spawnSync(
      process.execPath,
      [join(root, "bin", "sif.js"), "template", "--example", join(root, "dist", "ansokan-exempel.xlsx")],
      { stdio: "inherit" },
    );
  }
  console.log(`
  Sociala investeringsfonden – the task pane is served on https://localhost:3000/taskpane.html

  There is no desktop Excel on Linux. To use the add-in in Excel on the web:
    1. Open a workbook at https://www.office.com (Excel on the web), in a browser that trusts
       the localhost certificate (npx office-addin-dev-certs install; then open
       https://localhost:3000/taskpane.html once and accept it).
    2. Home → Add-ins → More add-ins → My add-ins → Upload My Add-in → choose
       ${join(root, "manifest.xml")}
    3. Press "Fondansökan" on the Home tab.

  Without Excel: open dist/ansokan-exempel.xlsx (a filled example) or dist/ansokan-mall.xlsx in
  LibreOffice or Excel, and check a file with: npx sif validate dist/ansokan-exempel.xlsx

  Stop the server with Ctrl+C.
`);
  run(["webpack", "serve", "--mode", "development"]).on("exit", (code) => process.exit(code ?? 0));
}
