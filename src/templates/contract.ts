/**
 * The workbook contract as Markdown, generated from the layouts themselves so it cannot drift:
 * `npm run docs` writes docs/workbook-contract.md and a test checks the committed file is current.
 */
import { CATALOGUE, type FindingId } from "../domain/catalogue";
import { DEFAULT_PROFILE } from "../domain/profiles";
import {
  APPLICATION_FORM,
  CONTRACT_VERSION,
  FIGURE_NAMES,
  planSheet,
  SETTINGS_FORM,
  SHEET_NAMES,
  SHEET_ORDER,
  VERSION_NAME,
} from "./plan";
import { EARLIEST_YEAR, LATEST_YEAR, TIMELINE_YEARS } from "../domain/years";
import { SENSITIVITY_NAMES } from "./sheets/sensitivity-formulas";
import { TABLES, type ColumnDef, type TableKey } from "./tables";

const TABLE_SHEET: Readonly<Record<TableKey, keyof typeof SHEET_NAMES>> = {
  parties: "parties",
  endorsements: "parties",
  costs: "costs",
  coFinancing: "coFinancing",
  savings: "savings",
  effects: "effects",
  repayments: "repayments",
  frames: "settings",
  baseline: "decision",
  actualCosts: "actuals",
  actualCoFinancing: "actuals",
  bookedRepayments: "actuals",
  measuredSavings: "measured",
  measurements: "measured",
  contributions: "fund",
  fundFrames: "fund",
  ledgerFlows: "ledgerFlows",
  ledgerApplications: "ledgerApplications",
  ledgerYears: "ledger",
};

const FIGURE_MEANING: Readonly<Record<keyof typeof FIGURE_NAMES, string>> = {
  firstYear: "first year of the per-year view (t = 0): the period's start year, else the earliest cost year",
  rate: `discount rate used: the setting, else the profile default ${DEFAULT_PROFILE.defaults.discountRate * 100} %`,
  K01: "K01 total cost Σ C_t",
  K02: "K02 co-financing Σ F_t",
  K02cash: "K02 of which cash",
  K02workTime: "K02 of which work time",
  K02other: "K02 of which other",
  K03: "K03 amount asked from the fund Σ (C_t − F_t)",
  K04: "K04 expected savings, all parties",
  K04region: "K04 expected savings, the region's units",
  K05: "K05 net present value Σ (S_t − C_t)/(1+r)^t",
  K06: "K06 benefit–cost ratio PV(S)/PV(C); empty when PV(C) = 0",
  K07: "K07 payback year, all parties; empty if never",
  K08: "K08 payback year, the fund; empty if never",
  K09: "K09 repayment coverage Σ P_t / K03; empty when K03 = 0",
  K10: `K10 outstanding to the fund per year (${TIMELINE_YEARS} cells, one per year of the view)`,
};

function introSection(): string[] {
  return [
    `# Workbook contract, version ${CONTRACT_VERSION}`,
    "",
    "How an application workbook of the social investment fund is laid out, so that other tools can fill and read one.",
    "Generated from `src/templates` (`npm run docs`); a test fails when this file is out of date.",
    "",
    "- **Tables and names are the contract.** Table names and defined names are the same in every language; find",
    "  data by them, not by sheet or position. Sheets may be renamed or moved, tables may grow, columns may be",
    "  added to a table.",
    "- **Columns are found by header**, in Swedish or English (both are listed). Readers accept either language.",
    "- Words from lists (type, role, co-financing type, Ja/Nej) are accepted in either language and any case;",
    "  names and words match ignoring surrounding spaces and doubled spaces inside, as Excel's `TRIM` does.",
    `- The version is in the named cell \`${VERSION_NAME}\` ` +
      `(sheet ${SHEET_NAMES.settings.sv} / ${SHEET_NAMES.settings.en}).`,
    `- Amounts are kronor (numbers); years are whole numbers ${EARLIEST_YEAR}–${LATEST_YEAR}; ` +
      `shares are 0–1 (formatted as %); dates are dates.`,
    "- **Adding rows**: in Excel, type just below a table (it grows) or press Tab in its last cell; in LibreOffice,",
    "  insert rows inside the table and copy the computed columns' formulas from the row above. Values below or",
    "  beside a table, and rows without the table's formulas, are findings naming their cells.",
    "- Formulas are en-US syntax (`SUMIFS`, `SUMPRODUCT`, `NPV`, `INDEX/MATCH`, `LN`, `INT`); " +
      "nothing newer than Excel 2019 / LibreOffice 7.4.",
    "- **Versions.** A reader reads every version of the same major number. 1.1 added the savings adjustments",
    "  (deadweight, attribution, cashable share, low and high effect share: optional columns, blank when absent),",
    "  the optimism-bias settings (blank: the profile's default) and the Känslighet / Sensitivity sheet (K11–K17).",
    "  A 1.0 workbook is read as if the new columns were blank.",
    "",
  ];
}

function sheetsSection(): string[] {
  const out = ["## Sheets", "", "| # | svenska | English | holds |", "|---|---|---|---|"];
  SHEET_ORDER.forEach((key, i) => {
    const plan = planSheet(key, "sv");
    const holds = [
      ...plan.tables.map((t) => `table \`${t.name}\``),
      plan.names.length > 0 ? `${plan.names.length} named cells` : "",
    ]
      .filter(Boolean)
      .join(", ");
    out.push(`| ${i + 1} | ${SHEET_NAMES[key].sv} | ${SHEET_NAMES[key].en} | ${holds} |`);
  });
  return out;
}

function namesSection(): string[] {
  const out = [
    "",
    "## Named cells",
    "",
    "| name | sheet | field | ID | svenska | English |",
    "|---|---|---|---|---|---|",
  ];
  for (const f of APPLICATION_FORM.flatMap((s) => s.fields))
    out.push(
      `| \`${f.name}\` | ${SHEET_NAMES.application.sv} | \`${f.field}\` | ${f.id} | ${f.label.sv} | ${f.label.en} |`,
    );
  for (const f of SETTINGS_FORM)
    out.push(`| \`${f.name}\` | ${SHEET_NAMES.settings.sv} | \`${f.field}\` | — | ${f.label.sv} | ${f.label.en} |`);
  out.push(`| \`${VERSION_NAME}\` | ${SHEET_NAMES.settings.sv} | — | — | Mallens version | Template version |`);
  return out;
}

const columnKind = (c: ColumnDef): string =>
  (c.formula ? "formula" : c.list ? `input, list (${c.list})` : c.valueKind ? `input, ${c.valueKind}` : "input") +
  (c.since ? `, optional (since ${c.since})` : "");

function tablesSection(): string[] {
  const out = ["", "## Tables", ""];
  for (const t of Object.values(TABLES)) {
    const sheet = SHEET_NAMES[TABLE_SHEET[t.key]];
    out.push(`### \`${t.name}\` (sheet ${sheet.sv} / ${sheet.en})`, "");
    out.push("| column key | svenska | English | kind | format |", "|---|---|---|---|---|");
    for (const c of t.columns)
      out.push(`| \`${c.key}\` | ${c.header.sv} | ${c.header.en} | ${columnKind(c)} | ${c.format} |`);
    out.push("");
  }
  return out;
}

function figuresSection(): string[] {
  const out = ["## Key figures (sheet Nyckeltal / Key figures)", "", "| name | meaning |", "|---|---|"];
  for (const [key, name] of Object.entries(FIGURE_NAMES) as [keyof typeof FIGURE_NAMES, string][])
    out.push(`| \`${name}\` | ${FIGURE_MEANING[key]} |`);
  out.push(
    "",
    `The per-year view beside the key figures has ${TIMELINE_YEARS} rows (t = 0…${TIMELINE_YEARS - 1}): ` +
      "year, t, cost, co-financing, asked,",
    "savings (all, region), repayment, net, cumulative net, cumulative repayment, outstanding (K10) and two 0/1",
    "helper columns for K07 and K08. Definitions: `shared/domain.md`.",
    "",
  );
  return out;
}

function sensitivitySection(): string[] {
  const out = ["## Robustness (sheet Känslighet / Sensitivity)", "", "| name | meaning |", "|---|---|"];
  const scen = (v: string | Record<string, string>, meaning: string): void => {
    if (typeof v === "string") out.push(`| \`${v}\` | ${meaning} |`);
    else for (const [s, name] of Object.entries(v)) out.push(`| \`${name}\` | ${meaning}, ${s} scenario |`);
  };
  scen(SENSITIVITY_NAMES.K11, "K11 adjusted savings, all parties");
  scen(SENSITIVITY_NAMES.K11region, "K11 adjusted savings, the region");
  scen(SENSITIVITY_NAMES.K11regionCashable, "K11 cashable adjusted savings, the region");
  scen(SENSITIVITY_NAMES.K12, "K12 adjusted NPV");
  scen(SENSITIVITY_NAMES.K13, "K13 adjusted benefit–cost ratio (empty when there is no cost)");
  scen(SENSITIVITY_NAMES.K14, "K14 the fund's margin (empty when the region has no cashable savings)");
  scen(SENSITIVITY_NAMES.K16, "K16 delay tolerance in whole years (empty below a ratio of 1; text at r = 0)");
  scen(SENSITIVITY_NAMES.obSavings, "optimism bias on savings used (setting, else the profile's default)");
  scen(SENSITIVITY_NAMES.obCosts, "optimism bias on costs used");
  out.push(
    "",
    "K15, each repaying unit's margin, is the table below them: one row per party of `Parter` that the",
    "repayment plan names, with its repayment, its cashable savings and its margin in the low, base and high",
    `scenario. The per-year view beside them has ${TIMELINE_YEARS} rows: adjusted cost and adjusted savings per`,
    "scenario, and their net.",
    "",
  );
  return out;
}

function idsSection(): string[] {
  const out = [
    "## Findings refer to fields",
    "",
    "Findings name fields as `text.name`, `period.startYear`, `costs[2].amount`",
    "(table key, zero-based data row, column key) or `settings.annualFrames[0].amount`; adapters turn them into cell",
    "addresses such as `Kostnader!D7`. The IDs:",
    "",
    "| ID | svenska | English |",
    "|---|---|---|",
  ];
  for (const [id, e] of Object.entries(CATALOGUE) as [FindingId, (typeof CATALOGUE)[FindingId]][])
    out.push(`| ${id} | ${e.title.sv} | ${e.title.en} |`);
  out.push("");
  return out;
}

export function contractMarkdown(): string {
  return [
    ...introSection(),
    ...sheetsSection(),
    ...namesSection(),
    ...tablesSection(),
    ...figuresSection(),
    ...sensitivitySection(),
    ...idsSection(),
  ].join("\n");
}
