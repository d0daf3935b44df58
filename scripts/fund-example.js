#!/usr/bin/env node
/**
 * The example fund that ships in examples/fund/ (and that test/cli/fund.test.ts works by hand): five application
 * workbooks from the shipped example (src/examples/early-intervention.ts) in the five states of
 * src/examples/follow-up.ts fundCases() — applied, granted and on track, granted and behind, closed, written off —
 * one per municipality of Blekinge, and the fund's settings workbook (20 000 000 kr in 2014; the board's frames
 * 3 500 000 kr for 2018 and 5 000 000 kr for 2019). Through the compiled lib/ (npm run build:cli first):
 *   node scripts/fund-example.js [--out FOLDER]      (default examples/fund; npm run examples:fund)
 * Then: sif fund examples/fund/ansokningar --fund examples/fund/fond.xlsx [--xlsx huvudbok.xlsx]
 */
const { mkdirSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const out = process.argv.includes("--out")
  ? process.argv[process.argv.indexOf("--out") + 1]
  : join(root, "examples", "fund");
const lib = (p) => require(join(root, "lib", p));
let templates, write, cases;
try {
  templates = lib("templates/index.js");
  write = lib("xlsx/write.js");
  cases = lib("examples/follow-up.js");
} catch (e) {
  console.error(`lib/ is missing or out of date (${e.message}): run npm run build:cli first.`);
  process.exit(1);
}
const { fillFromApplication, fillFromFollowUp, planFollowUp, planSheet, planWorkbook } = templates;

const TOWNS = ["Olofström", "Karlshamn", "Ronneby", "Sölvesborg", "Karlskrona"];
const SETTINGS = {
  named: {},
  rows: {
    contributions: [{ year: 2014, amount: 20000000 }],
    fundFrames: [
      { year: 2018, amount: 3500000 },
      { year: 2019, amount: 5000000 },
    ],
  },
};

(async () => {
  const folder = join(out, "ansokningar");
  mkdirSync(folder, { recursive: true });
  for (const [i, c] of cases.fundCases().entries()) {
    const name = `${TOWNS[i]}: ${cases.plan.text.name.replace(/^T/, "t")}`;
    const plan = { ...cases.plan, text: { ...cases.plan.text, name } };
    const sheets = planWorkbook("sv", fillFromApplication(plan, "sv"));
    if (c.input) sheets.push(...planFollowUp("sv", fillFromFollowUp(c.input, "sv")));
    await write.writeWorkbookFile(sheets, join(folder, c.file));
    console.log(join(folder, c.file));
  }
  await write.writeWorkbookFile([planSheet("fund", "sv", SETTINGS)], join(out, "fond.xlsx"));
  console.log(join(out, "fond.xlsx"));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
