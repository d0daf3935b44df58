#!/usr/bin/env node
/**
 * The board's report on 30 applications, as `sif validate --format markdown` writes it:
 * builds a folder of 30 varied application workbooks from the shipped example (src/examples/early-intervention.ts,
 * through the compiled lib/ — `npm run build:cli`), in a temporary folder: ready ones, ones with errors (text in
 * a cost cell, #REF!, a municipality repaying …), ones whose repayment is not robust (R19–R22, through the savings
 * adjustments and the optimism bias), one damaged file, and beside them an old .xls and an Excel lock file that
 * are skipped. Then runs `sif validate ansokningar --format markdown` there, in Swedish and in English, with the
 * date fixed (SIF_NOW, TZ=Europe/Stockholm), and writes
 *   docs/board-report/exempel-30-ansokningar.md    (Swedish)
 *   docs/board-report/example-30-applications.md   (English)
 * The same sources give the same files, byte for byte.
 *   node scripts/board-example.js [--out FOLDER]     (npm run docs:board)
 */
const { spawnSync } = require("node:child_process");
const { mkdirSync, mkdtempSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const root = join(__dirname, "..");
const lib = join(root, "lib");
const out = process.argv.includes("--out")
  ? process.argv[process.argv.indexOf("--out") + 1]
  : join(root, "docs", "board-report");
const NOW = "2026-12-02T18:40:00+01:00";

let example, templates, write;
try {
  ({ earlyInterventionExample: example } = require(join(lib, "examples", "early-intervention.js")));
  templates = require(join(lib, "templates", "index.js"));
  write = require(join(lib, "xlsx", "write.js"));
} catch (e) {
  console.error(`lib/ is missing or out of date (${e.message}): run npm run build:cli first.`);
  process.exit(1);
}

const BUP = "Barn- och ungdomspsykiatrin";
const PRIMARY_CARE = "Primärvården Västra Blekinge";
const MUNICIPALITY = "Karlshamns kommun";

/** Every place a party's name is written, renamed. */
function rename(a, from, to) {
  const swap = (row, key) => {
    if (row[key] === from) row[key] = to;
  };
  a.parties.forEach((p) => swap(p, "name"));
  a.costs.forEach((r) => swap(r, "party"));
  a.coFinancing.forEach((r) => swap(r, "party"));
  a.savings.forEach((r) => swap(r, "party"));
  a.repayments.forEach((r) => swap(r, "unit"));
  a.endorsements.forEach((r) => swap(r, "party"));
}

/** Every amount times `f` (costs, co-financing, unit costs, repayments, the fund's frames): the same plan, resized. */
function scale(a, f) {
  const times = (row, key) => {
    if (typeof row[key] === "number") row[key] = Math.round(row[key] * f);
  };
  a.costs.forEach((r) => times(r, "amount"));
  a.coFinancing.forEach((r) => times(r, "amount"));
  a.savings.forEach((r) => times(r, "unitCost"));
  a.repayments.forEach((r) => times(r, "amount"));
  a.settings.annualFrames.forEach((r) => times(r, "amount"));
}

const savingsOf = (a, unit) => a.savings.filter((s) => s.party === unit);
/** A change that makes every savings row's volume `f` times larger: more to repay from, a larger margin. */
const moreSavings = (f) => (a) => a.savings.forEach((s) => Object.assign(s, { volume: Math.round(s.volume * f) }));

/** [file, name, municipality, scale, change]: 29 workbooks that can be read (the 30th is damaged, below). */
const APPLICATIONS = [
  ["tidiga-insatser-bup.xlsx", "Tidiga samordnade insatser för barn och unga med psykisk ohälsa", null, 1, () => {}],
  ["foraldrastod-ronneby.xlsx", "Föräldrastöd i grupp för familjer i Ronneby", "Ronneby kommun", 0.5, moreSavings(1.3)],
  ["skolnarvaro.xlsx", "Tidiga insatser vid problematisk skolfrånvaro", "Karlskrona kommun", 1.2, moreSavings(1.1)],
  ["unga-vuxna-arbete.xlsx", "Vägen till arbete för unga vuxna med NPF", "Sölvesborgs kommun", 0.8, moreSavings(1.5)],
  ["riskbruk-olofstrom.xlsx", "Samordnad mottagning för unga med riskbruk", "Olofströms kommun", 0.6, moreSavings(1.2)],
  ["hembesok-bvc.xlsx", "Utökade hembesök inom barnhälsovården", "Karlskrona kommun", 0.4, moreSavings(1.05)],
  ["atstorning-elevhalsa.xlsx", "Tidig upptäckt av ätstörningar via elevhälsan", null, 0.7, moreSavings(1.4)],
  ["barn-som-anhoriga.xlsx", "Stöd till barn som anhöriga", "Ronneby kommun", 0.3, moreSavings(1.15)],
  [
    "fysisk-aktivitet-unga.xlsx",
    "Fysisk aktivitet på recept för unga",
    null,
    0.5,
    (a) => a.savings.forEach((s) => Object.assign(s, { deadweight: null, attribution: null })),
  ],
  [
    "digital-kbt-angest.xlsx",
    "Digitalt KBT-stöd för unga med ångest",
    "Karlshamns kommun",
    0.9,
    (a) => a.savings.forEach((s) => Object.assign(s, { effectShareLow: s.effectShare * 0.4 })),
  ],
  [
    "halsosamtal-ak7.xlsx",
    "Hälsosamtal i årskurs 7 med uppföljning",
    "Sölvesborgs kommun",
    1,
    (a) => savingsOf(a, BUP).forEach((s) => Object.assign(s, { cashableShare: 0.5 })),
  ],
  [
    "sprakstod-forskola.xlsx",
    "Språkstöd i förskolan för barn med sen språkutveckling",
    "Olofströms kommun",
    0.6,
    (a) => savingsOf(a, PRIMARY_CARE).forEach((s) => Object.assign(s, { cashableShare: 0.3 })),
  ],
  [
    "familjecentral.xlsx",
    "Familjecentral med samlad mottagning",
    "Karlskrona kommun",
    1.5,
    (a) => Object.assign(a.settings, { optimismBiasSavings: 0.2 }),
  ],
  [
    "text-i-kostnad.xlsx",
    "Gruppbehandling med KBT för unga med depression",
    null,
    1,
    (a) => Object.assign(a.costs[2], { amount: "900 tkr" }),
  ],
  [
    "traumastod-ref-fel.xlsx",
    "Traumamedveten omsorg för placerade barn",
    "Ronneby kommun",
    0.8,
    (a) => Object.assign(a.savings[0], { unitCost: { error: "#REF!" } }),
  ],
  ["namnlos.xlsx", "", "Karlskrona kommun", 0.5, () => {}],
  [
    "kommunen-aterfor.xlsx",
    "Samverkan kring barn i familjehem",
    null,
    1,
    (a) => Object.assign(a.repayments[4], { unit: MUNICIPALITY }),
  ],
  [
    "aterforing-saknas.xlsx",
    "Lotsfunktion för unga som lämnar gymnasiet",
    "Sölvesborgs kommun",
    0.7,
    (a) => Object.assign(a.repayments[4], { amount: 100000 }),
  ],
  ["halvt-ar.xlsx", "Mobilt team för unga i kris", null, 1.2, (a) => Object.assign(a.repayments[0], { year: 2021.5 })],
  [
    "tillstyrkan-saknas.xlsx",
    "Samordnad individuell plan för barn",
    "Olofströms kommun",
    0.9,
    (a) => a.endorsements.pop(),
  ],
  [
    "ej-forebyggande.xlsx",
    "Utökad specialistvård för ungdomar",
    null,
    1.3,
    (a) => Object.assign(a.text, { preventiveJustification: null }),
  ],
  [
    "principer-saknas.xlsx",
    "Gemensam elevhälsa och primärvård",
    "Ronneby kommun",
    0.6,
    (a) => Object.assign(a.text, { coFinancingPrinciples: null }),
  ],
  [
    "for-sma-besparingar.xlsx",
    "Hemsjukvård för barn med kronisk sjukdom",
    null,
    1,
    (a) => savingsOf(a, BUP).forEach((s) => Object.assign(s, { volume: Math.round(s.volume / 3) })),
  ],
  [
    "matmetod-saknas.xlsx",
    "Kamratstöd för unga med psykisk ohälsa",
    "Karlskrona kommun",
    0.4,
    (a) => Object.assign(a.effects[0], { measurementMethod: null }),
  ],
  [
    "kostnad-efter-period.xlsx",
    "Ungdomsmottagning på nätet",
    null,
    0.8,
    (a) => a.costs.push({ year: 2021, party: BUP, category: "Personal", amount: 100000 }),
  ],
  [
    "andel-over-100.xlsx",
    "Tidigt stöd vid skilsmässa",
    "Sölvesborgs kommun",
    0.5,
    (a) => Object.assign(a.savings[0], { cashableShare: 1.4 }),
  ],
  [
    "lag-over-hog.xlsx",
    "Stöd till unga med spelproblem",
    "Olofströms kommun",
    0.3,
    (a) => Object.assign(a.savings[1], { effectShareLow: 0.8 }),
  ],
  [
    "uppfoljning-saknas.xlsx",
    "Förebyggande insatser mot skolavhopp",
    "Ronneby kommun",
    1.1,
    (a) => Object.assign(a.text, { followUpPlan: null }),
  ],
  [
    "flera-brister.xlsx",
    "<b>Akut</b> [läs mer](http://example.com) | *viktigt*",
    null,
    1,
    (a) => {
      Object.assign(a.costs[4], { amount: "ca 900 000" });
      savingsOf(a, BUP).forEach((s) => Object.assign(s, { cashableShare: 0.5 }));
    },
  ],
];

async function workbook(name, municipality, factor, change) {
  const a = example();
  a.text.name = name;
  if (municipality) rename(a, MUNICIPALITY, municipality);
  scale(a, factor);
  change(a);
  return write.workbookBytes(templates.planWorkbook("sv", templates.fillFromApplication(a, "sv")));
}

function report(cwd, lang) {
  const r = spawnSync(
    process.execPath,
    [join(root, "bin", "sif.js"), "validate", "ansokningar", "--format", "markdown", "--lang", lang],
    { cwd, encoding: "utf8", env: { ...process.env, SIF_NOW: NOW, TZ: "Europe/Stockholm" } },
  );
  // 2: the damaged file could not be read, as intended; anything else is a fault of the example.
  if (r.status !== 2 || r.stdout === "") {
    console.error(`sif validate exited ${r.status}:\n${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "sif-board-"));
  try {
    const folder = join(work, "ansokningar");
    mkdirSync(folder);
    for (const [file, name, municipality, factor, change] of APPLICATIONS)
      writeFileSync(join(folder, file), await workbook(name, municipality, factor, change));
    const blank = await write.workbookBytes(templates.planWorkbook("sv"));
    writeFileSync(join(folder, "trasig-ansokan.xlsx"), blank.subarray(0, 4000)); // cut off, as a failed upload
    writeFileSync(join(folder, "gammal-ansokan.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(join(folder, "~$tidiga-insatser-bup.xlsx"), "Excel lock file");
    mkdirSync(out, { recursive: true });
    for (const [lang, name] of [
      ["sv", "exempel-30-ansokningar.md"],
      ["en", "example-30-applications.md"],
    ]) {
      writeFileSync(join(out, name), report(work, lang));
      console.log(join(out, name));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
