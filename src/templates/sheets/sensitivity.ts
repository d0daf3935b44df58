/**
 * The Känslighet / Sensitivity sheet: how sure is the repayment? K11–K17 of `shared/domain.md` Part 2
 * as live formulas — adjusted and cashable savings, adjusted NPV and ratio, the fund's margin, the
 * delay the plan tolerates, each in the low, base and high scenario — a margin table per repaying unit
 * (K15) and a chart of each unit's cashable savings beside its repayment.
 */
import { ROBUST_FIGURE_LABELS as L, SCENARIO_WORDS, type RobustFigureId } from "../../domain/catalogue";
import type { Scenario } from "../../domain/robustness";
import type { Bilingual, Lang } from "../../domain/vocabulary";
import { cellAddress, columnLetter, rangeAddress } from "../a1";
import { FIGURE_NAMES } from "../contract-names";
import { nameOf } from "../forms";
import { profileDefault } from "../formulas";
import { SheetBuilder } from "../sheet-builder";
import type { ChartPlan, SheetPlan } from "../sheet-plan";
import { COLOURS, type NumberFormatKey } from "../styles";
import { Refs } from "../tables";
import {
  SCENARIOS,
  SENSITIVITY_LAYOUT as LAYOUT,
  SENSITIVITY_NAMES as N,
  SensitivityFormulas,
  netColumn,
  sViewSpan,
} from "./sensitivity-formulas";
import { writeRepayingUnits, writeSensitivityView } from "./sensitivity-view";
import type { UnitHelpers } from "./unit-helpers";

export { SENSITIVITY_LAYOUT, SENSITIVITY_NAMES } from "./sensitivity-formulas";

const PROFILE = nameOf("settings.profile");

/** The words for "no limit" (K16 at r = 0), as the engine's "unlimited". */
export const NO_LIMIT: Bilingual = { sv: "ingen gräns", en: "no limit" };

interface KeyLine {
  readonly id: RobustFigureId;
  readonly label: Bilingual;
  readonly format: NumberFormatKey;
  /** Formula per scenario; a line with only `base` is not scenario-dependent. */
  readonly cells: Partial<Record<Scenario, { readonly name: string; readonly formula: string }>>;
}

function keyLines(f: SensitivityFormulas, lang: Lang): KeyLine[] {
  const each = (names: Record<Scenario, string>, formula: (s: Scenario) => string) =>
    Object.fromEntries(SCENARIOS.map((s) => [s, { name: names[s], formula: formula(s) }]));
  const pvCost = SensitivityFormulas.pv("cost");
  const k13 = N.K13;
  const rate = FIGURE_NAMES.rate;
  return [
    { id: "K11", label: L.K11, format: "kr", cells: each(N.K11, (s) => `=SUM(${sViewSpan(s)})`) },
    {
      id: "K11",
      label: L.K11region,
      format: "kr",
      cells: { base: { name: N.K11region, formula: `=${f.adjusted("base", f.region())}` } },
    },
    {
      id: "K11",
      label: L.K11regionCashable,
      format: "kr",
      cells: each(N.K11regionCashable, (s) => `=${f.adjusted(s, f.region(), true)}`),
    },
    {
      id: "K12",
      label: L.K12,
      format: "kr",
      cells: each(N.K12, (s) => `=${SensitivityFormulas.pv(netColumn(s))}`),
    },
    {
      id: "K13",
      label: L.K13,
      format: "ratio",
      cells: { base: { name: k13, formula: `=IF(${pvCost}=0,"",${SensitivityFormulas.pv("base")}/${pvCost})` } },
    },
    {
      id: "K14",
      label: L.K14,
      format: "percent",
      cells: each(N.K14, (s) => SensitivityFormulas.margin(FIGURE_NAMES.K03, N.K11regionCashable[s])),
    },
    {
      id: "K16",
      label: L.K16,
      format: "count",
      cells: {
        base: {
          name: N.K16,
          // A hair of slack, as the engine's, so a ratio of exactly (1+r)^d gives d.
          formula:
            `=IF(${k13}="","",IF(${k13}<1,"",IF(${rate}=0,"${NO_LIMIT[lang]}",` +
            `INT(LN(${k13})/LN(1+${rate})+0.000000001))))`,
        },
      },
    },
  ];
}

/** The optimism bias used: the settings' share when it is one, else the profile's default. */
function writeAssumptions(s: SheetBuilder, row: number): void {
  const sv = s.lang === "sv";
  s.text(row, 1, sv ? "Antaganden som används" : "Assumptions used", "section");
  const used = [
    {
      name: N.obSavings,
      cell: nameOf("settings.optimismBiasSavings"),
      label: sv ? "Optimismjustering, besparingar (OB_S)" : "Optimism bias, savings (OB_S)",
      fallback: profileDefault((p) => p.defaults.optimismBiasSavings, PROFILE),
    },
    {
      name: N.obCosts,
      cell: nameOf("settings.optimismBiasCosts"),
      label: sv ? "Optimismjustering, kostnader (OB_C)" : "Optimism bias, costs (OB_C)",
      fallback: profileDefault((p) => p.defaults.optimismBiasCosts, PROFILE),
    },
  ];
  used.forEach((u, i) => {
    s.text(row + 1 + i, 1, u.label, "label");
    s.set(row + 1 + i, 3, {
      formula: `=IF(IF(ISNUMBER(${u.cell}),AND(${u.cell}>=0,${u.cell}<=1),FALSE),${u.cell},${u.fallback})`,
      style: "formula",
      format: "percent",
    });
    s.name(u.name, row + 1 + i, 3);
  });
}

function writeKeyTable(s: SheetBuilder, f: SensitivityFormulas): void {
  const sv = s.lang === "sv";
  const header = ["ID", sv ? "Nyckeltal" : "Key figure", ...SCENARIOS.map((x) => SCENARIO_WORDS[x][s.lang])];
  header.forEach((h, i) => s.set(LAYOUT.headerRow, i, { value: h, style: "header" }));
  keyLines(f, s.lang).forEach((line, i) => {
    const row = LAYOUT.firstKeyRow + i;
    s.text(row, 0, line.id, "id");
    s.text(row, 1, line.label[s.lang], "label");
    for (const x of SCENARIOS) {
      const cell = line.cells[x];
      if (!cell) continue;
      s.set(row, LAYOUT.scenarioCols[x], { formula: cell.formula, style: "keyValue", format: line.format });
      s.name(cell.name, row, LAYOUT.scenarioCols[x]);
    }
  });
}

/** K15: one row per repaying unit — its repayment, its cashable savings and its margin, low to high. */
function writeUnitTable(s: SheetBuilder, f: SensitivityFormulas, units: UnitHelpers): void {
  const sv = s.lang === "sv";
  s.text(LAYOUT.unitTitleRow, 0, "K15", "id");
  s.text(LAYOUT.unitTitleRow, 1, sv ? "Återförande verksamheters marginal" : "Repaying units' margins", "section");
  const cash = sv ? "Realiserbar besparing" : "Cashable savings";
  const margin = sv ? "Marginal" : "Margin";
  const header = [
    sv ? "Verksamhet" : "Unit",
    sv ? "Återföring" : "Repayment",
    ...SCENARIOS.map((x) => `${cash}, ${SCENARIO_WORDS[x][s.lang].toLowerCase()}`),
    ...SCENARIOS.map((x) => `${margin}, ${SCENARIO_WORDS[x][s.lang].toLowerCase()}`),
  ];
  header.forEach((h, i) => {
    s.set(LAYOUT.unitHeaderRow, 1 + i, { value: h, style: "header" });
    s.fitRow(LAYOUT.unitHeaderRow, h, i === 0 ? 40 : 15, 1.0);
  });
  // More repaying units than rows: say so under the table rather than leave them out silently.
  const below = LAYOUT.unitFirstRow + LAYOUT.units;
  s.set(below, 1, {
    formula:
      `=IF(COUNT(${units.rankSpan})>${LAYOUT.units},"` +
      (sv
        ? `Fler än ${LAYOUT.units} återförande verksamheter: bara de första visas."`
        : `More than ${LAYOUT.units} repaying units: only the first are shown."`) +
      `,"")`,
    style: "note",
  });
  for (let j = 0; j < LAYOUT.units; j++) {
    const row = LAYOUT.unitFirstRow + j;
    const name = cellAddress(row, 1);
    const repaid = cellAddress(row, 2);
    s.set(row, 1, { formula: `=${units.nameOf(j)}`, style: "formula", format: "text" });
    s.set(row, 2, { formula: `=IF(${name}="","",${f.repaid(name)})`, style: "formula", format: "kr" });
    SCENARIOS.forEach((x, k) => {
      const own = cellAddress(row, 3 + k);
      s.set(row, 3 + k, {
        formula: `=IF(${name}="","",${f.adjusted(x, f.unit(name), true)})`,
        style: "formula",
        format: "kr",
      });
      s.set(row, 6 + k, {
        formula: `=IF(${name}="","",IF(${own}=0,"",1-${repaid}/${own}))`,
        style: "keyValue",
        format: "percent",
      });
    });
  }
}

/** Red where a rule would object: a margin below 0 (R20–R22 at the default minimum margin). */
function attentionFormats(s: SheetBuilder): void {
  const bad = { fill: COLOURS.bad, fontColor: COLOURS.badText };
  const k14 = LAYOUT.firstKeyRow + 5;
  const margins = rangeAddress(k14, 2, k14, 4);
  s.conditionalFormats.push({ range: margins, formula: `=AND(ISNUMBER(C${k14 + 1}),C${k14 + 1}<0)`, ...bad });
  const first = LAYOUT.unitFirstRow;
  const units = rangeAddress(first, 6, first + LAYOUT.units - 1, 8);
  s.conditionalFormats.push({ range: units, formula: `=AND(ISNUMBER(G${first + 1}),G${first + 1}<0)`, ...bad });
}

function chartOf(lang: Lang): ChartPlan {
  const sv = lang === "sv";
  const first = LAYOUT.unitFirstRow + 1;
  const last = first + LAYOUT.units - 1;
  const span = (col: number): string => `${columnLetter(col)}${first}:${columnLetter(col)}${last}`;
  const cash = sv ? "Realiserbar besparing" : "Cashable savings";
  return {
    title: sv
      ? "Per återförande verksamhet: återföring och realiserbar besparing, låg till hög"
      : "Per repaying unit: repayment and cashable savings, low to high",
    categories: span(1),
    series: [
      { name: sv ? "Återföring" : "Repayment", values: span(2), kind: "column" },
      ...SCENARIOS.map((x, k) => ({
        name: `${cash}, ${SCENARIO_WORDS[x][lang].toLowerCase()}`,
        values: span(3 + k),
        kind: "column" as const,
      })),
    ],
    from: `B${last + 3}`,
    to: `H${last + 26}`,
  };
}

export function sensitivitySheet(lang: Lang): SheetPlan {
  const s = new SheetBuilder(lang);
  const sv = lang === "sv";
  const f = new SensitivityFormulas(new Refs(lang));
  s.text(0, 0, sv ? "Känslighet – hur säker är återföringen?" : "Sensitivity – how sure is the repayment?", "title");
  const subtitle = sv
    ? "Besparingarna minskade med dödvikt, tillskrivning och optimism, och den del som sänker budgeten (K11–K17). " +
      "Beräknas av formler; ändra inget här."
    : "Savings reduced by deadweight, attribution and optimism bias, and the part that lowers a budget (K11–K17). " +
      "Computed by formulas; do not edit.";
  s.text(1, 0, subtitle, "subtitle");
  [8, 40, 15, 15, 15, 15, 15, 15, 15, 3].forEach((w, i) => s.width(i, w));
  writeKeyTable(s, f);
  writeAssumptions(s, LAYOUT.firstKeyRow + 8);
  writeUnitTable(s, f, writeRepayingUnits(s, f));
  writeSensitivityView(s, f);
  attentionFormats(s);
  return s.build("sensitivity", { chart: chartOf(lang), tabColor: "#8764B8" });
}
