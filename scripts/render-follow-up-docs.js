#!/usr/bin/env node
/**
 * Pictures of the follow-up's sheets (the example granted and behind at 2021) and of the fund's ledger
 * workbook (the five-application example fund), as a Swedish user sees them: the compiled lib/ writes
 * the workbooks → LibreOffice (sv-SE) → PDF → PNG (pdftoppm) in docs/follow-up/ and docs/ledger/.
 *   node scripts/render-follow-up-docs.js [--lang sv|en]     (npm run build:cli first; npm run docs does)
 */
const { spawnSync } = require("node:child_process");
const { mkdtempSync, mkdirSync, readdirSync, renameSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { convert } = require("./libreoffice.js");

const root = join(__dirname, "..");
const lang = process.argv.includes("--lang") ? process.argv[process.argv.indexOf("--lang") + 1] : "sv";
const lib = (p) => require(join(root, "lib", p));
const { fillFromApplication, fillFromFollowUp, planFollowUp, planWorkbook, planLedger } = lib("templates/index.js");
const { writeWorkbookFile } = lib("xlsx/write.js");
const { evaluateFollowUp, fundLedger, parseWord, BLEKINGE_2016 } = lib("domain/index.js");
const { DECISION_STATUSES } = lib("domain/follow-up-model.js");
const { behind, fundCases, plan } = lib("examples/follow-up.js");

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.error) {
    console.error(`${cmd} cannot be run (${r.error.message}); pdftoppm comes with Debian's poppler-utils.`);
    process.exit(1);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/**
 * Renders `plans` and keeps the pages of the sheets whose key is in `keep`, named after them. A sheet
 * in `zoom` is wide (its per-year view and helper columns): its left part, where the figures are, is
 * rendered again at a readable size as `…-zoom.png`.
 */
async function render(plans, keep, folder, zoom = []) {
  const work = mkdtempSync(join(tmpdir(), "sif-docs-"));
  const xlsx = join(work, `bok-${lang}.xlsx`);
  await writeWorkbookFile(plans, xlsx);
  const pdf = convert(xlsx, "pdf", work, lang === "sv" ? "sv-SE" : "en-GB");
  run("pdftoppm", ["-r", "80", "-png", pdf, join(work, "page")]);
  const pages = readdirSync(work)
    .filter((f) => f.startsWith("page"))
    .sort();
  const out = join(root, "docs", folder);
  mkdirSync(out, { recursive: true });
  if (pages.length !== plans.length)
    console.warn(`${pages.length} pages for ${plans.length} sheets: check the page setup.`);
  pages.forEach((page, i) => {
    const key = plans[i] && plans[i].key;
    if (!keep.includes(key)) return;
    const name = `${lang}-${String(keep.indexOf(key) + 1).padStart(2, "0")}-${key}.png`;
    renameSync(join(work, page), join(out, name));
    console.log(`docs/${folder}/${name}`);
    if (zoom.includes(key)) {
      // A4 landscape at 150 dpi is 1754 × 1240 px; the figures sit in its left 45 %.
      const n = String(i + 1);
      run(
        "pdftoppm",
        ["-r", "150", "-f", n, "-l", n, "-singlefile", "-x", "0", "-y", "60", "-W", "800", "-H", "700"].concat([
          "-png",
          pdf,
          join(out, name.replace(/\.png$/, "-zoom")),
        ]),
      );
      console.log(`docs/${folder}/${name.replace(/\.png$/, "-zoom.png")}`);
    }
  });
  rmSync(work, { recursive: true, force: true });
}

(async () => {
  const followUp = planFollowUp(lang, fillFromFollowUp(behind(), lang));
  await render(
    [...planWorkbook(lang, fillFromApplication(plan, lang)), ...followUp],
    followUp.map((p) => p.key),
    "follow-up",
    ["followUp"],
  );
  const today = new Date(2026, 11, 2);
  const apps = fundCases().map((c) => ({
    file: c.file,
    name: plan.text.name,
    status: parseWord(DECISION_STATUSES, c.status),
    followUp: c.input && evaluateFollowUp(plan, c.input, { today }),
  }));
  const settings = { contributions: [{ year: 2014, amount: 20000000 }], frames: [{ year: 2018, amount: 3500000 }] };
  const ledger = planLedger(lang, settings, apps, fundLedger(settings, apps, BLEKINGE_2016));
  await render(
    ledger,
    ledger.map((p) => p.key),
    "ledger",
  );
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
