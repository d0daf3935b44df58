#!/usr/bin/env node
/**
 * Pictures of the filled example, one per sheet, as a Swedish user sees them:
 * sif template --example → LibreOffice (sv-SE) → PDF → PNG (pdftoppm) in docs/workbook/.
 *   node scripts/render-docs.js [--lang sv|en]
 */
const { spawnSync } = require("node:child_process");
const { mkdtempSync, mkdirSync, readdirSync, renameSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { convert } = require("./libreoffice.js");

const root = join(__dirname, "..");
const lang = process.argv.includes("--lang") ? process.argv[process.argv.indexOf("--lang") + 1] : "sv";
const work = mkdtempSync(join(tmpdir(), "sif-docs-"));
const xlsx = join(work, `exempel-${lang}.xlsx`);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.error) {
    console.error(`${cmd} cannot be run (${r.error.message}); pdftoppm comes with Debian's poppler-utils.`);
    process.exit(1);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, [join(root, "bin", "sif.js"), "template", "--example", "--lang", lang, xlsx]);
const pdf = convert(xlsx, "pdf", work, lang === "sv" ? "sv-SE" : "en-GB");
const out = join(root, "docs", "workbook");
mkdirSync(out, { recursive: true });
run("pdftoppm", ["-r", "80", "-png", pdf, join(work, "page")]);
const { planWorkbook } = require(join(root, "lib", "templates", "plan.js"));
const sheets = planWorkbook(lang).map((p) => p.key);
const pages = readdirSync(work)
  .filter((f) => f.startsWith("page"))
  .sort();
if (pages.length !== sheets.length)
  console.warn(`${pages.length} pages for ${sheets.length} sheets: check the page setup.`);
// Wide sheets (a per-year view and helper columns beside the figures): their left part again, readable.
const ZOOM = ["figures", "sensitivity"];
pages.forEach((page, i) => {
  const name = `${lang}-${String(i + 1).padStart(2, "0")}-${sheets[i] ?? "page"}.png`;
  renameSync(join(work, page), join(out, name));
  console.log(`docs/workbook/${name}`);
  if (ZOOM.includes(sheets[i])) {
    const n = String(i + 1);
    const zoomed = join(out, name.replace(/\.png$/, "-zoom"));
    run(
      "pdftoppm",
      ["-r", "150", "-f", n, "-l", n, "-singlefile", "-x", "0", "-y", "60", "-W", "900", "-H", "760"].concat([
        "-png",
        pdf,
        zoomed,
      ]),
    );
    console.log(`docs/workbook/${name.replace(/\.png$/, "-zoom.png")}`);
  }
});
rmSync(work, { recursive: true, force: true });
