/**
 * The key-figures sheet: K01–K10 (labels from the domain's catalogue) as live formulas over the
 * per-year view (figures-view.ts), the first year and the discount rate used, red where a rule
 * would object, and a chart of the first years.
 */
import { KEY_FIGURE_LINES, type KeyFigureLineKey } from "../../domain/catalogue";
import { CO_FINANCING_TYPES, spellings, type Lang } from "../../domain/vocabulary";
import { EARLIEST_YEAR, LATEST_YEAR } from "../../domain/years";
import type { CoFinancingType } from "../../domain/model";
import { FIGURE_NAMES as N } from "../contract-names";
import { nameOf } from "../forms";
import { profileDefault, rowsOneOf } from "../formulas";
import { SheetBuilder } from "../sheet-builder";
import type { ChartPlan, SheetPlan } from "../sheet-plan";
import { COLOURS, type NumberFormatKey } from "../styles";
import { Refs } from "../tables";
import {
  FIGURES_LAYOUT,
  VIEW_COLUMNS,
  viewFirst,
  viewLast,
  viewRest,
  viewSpan,
  writePerYearView,
  type ViewColumn,
} from "./figures-view";

export { FIGURES_LAYOUT } from "./figures-view";

/** Years the chart shows: a period and its repayment horizon fit; the view goes on. */
export const CHART_YEARS = 15;

const START = nameOf("period.startYear");
const END = nameOf("period.endYear");
const RATE = nameOf("settings.discountRate");
const HORIZON = nameOf("settings.repaymentHorizonYears");
const PROFILE = nameOf("settings.profile");

/** `cell` when it holds a number meeting `condition`, else `fallback` (never an error from a text or #REF! cell). */
const numberOr = (cell: string, condition: string, fallback: string): string =>
  `IF(IF(ISNUMBER(${cell}),${condition},FALSE),${cell},${fallback})`;

const pv = (k: ViewColumn): string => `(${viewFirst(k)}+NPV(${N.rate},${viewRest(k)}))`;

/** K02 of one type: rows whose type reads as that type (any spelling the engine reads) in a year of the view. */
const coFinancingOfType = (r: Refs, type: CoFinancingType): string =>
  `=SUMPRODUCT(${rowsOneOf(r.col("coFinancing", "type"), spellings(CO_FINANCING_TYPES, type))}` +
  `*ISNUMBER(MATCH(${r.col("coFinancing", "year")},${viewSpan("year")},0)),${r.col("coFinancing", "amount")})`;

/** Each line's workbook name, formula and number format. */
function keyFigureCells(
  r: Refs,
): Record<KeyFigureLineKey, { name?: string; formula: string; format: NumberFormatKey }> {
  const total = (k: ViewColumn): string => `=SUM(${viewSpan(k)})`;
  const firstYearWhere = (flag: ViewColumn): string =>
    `=IFERROR(INDEX(${viewSpan("year")},MATCH(1,${viewSpan(flag)},0)),"")`;
  return {
    K01: { name: N.K01, formula: total("cost"), format: "kr" },
    K02: { name: N.K02, formula: total("coFin"), format: "kr" },
    K02cash: { name: N.K02cash, formula: coFinancingOfType(r, "cash"), format: "kr" },
    K02workTime: { name: N.K02workTime, formula: coFinancingOfType(r, "workTime"), format: "kr" },
    K02other: { name: N.K02other, formula: coFinancingOfType(r, "other"), format: "kr" },
    K03: { name: N.K03, formula: total("asked"), format: "kr" },
    K04: { name: N.K04, formula: total("savings"), format: "kr" },
    K04region: { name: N.K04region, formula: total("region"), format: "kr" },
    K05: { name: N.K05, formula: `=${viewFirst("net")}+NPV(${N.rate},${viewRest("net")})`, format: "kr" },
    K06: { name: N.K06, formula: `=IF(${pv("cost")}=0,"",${pv("savings")}/${pv("cost")})`, format: "ratio" },
    K07: { name: N.K07, formula: firstYearWhere("paidBack"), format: "year" },
    K08: { name: N.K08, formula: firstYearWhere("repaid"), format: "year" },
    K09: { name: N.K09, formula: `=IF(${N.K03}=0,"",SUM(${viewSpan("repay")})/${N.K03})`, format: "percent" },
    K10: { formula: `=${viewLast("outstanding")}`, format: "kr" },
  };
}

/** The first year (t = 0) and the discount rate, as the engine settles them. */
function writeSettingsUsed(s: SheetBuilder, r: Refs, row: number): void {
  const sv = s.lang === "sv";
  const costYears = r.col("costs", "year");
  const plausible = `AND(${START}>=${EARLIEST_YEAR},${START}<=${LATEST_YEAR},${START}=INT(${START}))`;
  s.text(row, 1, sv ? "Första år (t = 0)" : "First year (t = 0)", "label");
  s.set(row, 2, {
    formula: `=${numberOr(START, plausible, `IF(COUNT(${costYears})=0,"",MIN(${costYears}))`)}`,
    style: "formula",
    format: "year",
  });
  s.name(N.firstYear, row, 2);
  s.text(row + 1, 1, sv ? "Diskonteringsränta som används" : "Discount rate used", "label");
  const rateDefault = profileDefault((p) => p.defaults.discountRate, PROFILE);
  s.set(row + 1, 2, {
    formula: `=${numberOr(RATE, `AND(${RATE}>=0,${RATE}<=1)`, rateDefault)}`,
    style: "formula",
    format: "percent",
  });
  s.name(N.rate, row + 1, 2);
}

/** What needs attention: red where a rule would object (R06/K09, R10, K05 < 0, R11). */
function attentionFormats(s: SheetBuilder): void {
  const cellOf = (name: string): string => s.names.find((x) => x.name === name)!.range;
  const bad = { fill: COLOURS.bad, fontColor: COLOURS.badText };
  const [k09, k04r, k03, k05] = [cellOf(N.K09), cellOf(N.K04region), cellOf(N.K03), cellOf(N.K05)];
  const horizon = numberOr(
    HORIZON,
    `${HORIZON}>=0`,
    profileDefault((p) => p.defaults.repaymentHorizonYears, PROFILE),
  );
  const year = viewFirst("year");
  s.conditionalFormats.push(
    { range: k09, formula: `=AND(ISNUMBER(${k09}),ABS(${k09}-1)>0.000001)`, ...bad },
    { range: k04r, formula: `=${k04r}<${k03}`, ...bad },
    { range: k05, formula: `=${k05}<0`, ...bad },
    { range: viewSpan("cumNet"), formula: `=${viewFirst("cumNet")}<0`, fontColor: COLOURS.badText },
    {
      range: viewSpan("outstanding"),
      formula: `=AND(${viewFirst("outstanding")}>0.5,ISNUMBER(${year}),ISNUMBER(${END}),${year}>${END}+${horizon})`,
      fill: COLOURS.warn,
    },
  );
}

function chartOf(lang: Lang, anchorRow: number): ChartPlan {
  const header = (k: ViewColumn): string => VIEW_COLUMNS.find((c) => c.key === k)!.header[lang];
  return {
    title: lang === "sv" ? `Per år, de första ${CHART_YEARS} åren` : `Per year, the first ${CHART_YEARS} years`,
    categories: viewSpan("year", CHART_YEARS),
    series: [
      { name: header("cost"), values: viewSpan("cost", CHART_YEARS), kind: "column" },
      { name: header("savings"), values: viewSpan("savings", CHART_YEARS), kind: "column" },
      { name: header("cumRepay"), values: viewSpan("cumRepay", CHART_YEARS), kind: "line" },
    ],
    from: `A${anchorRow}`,
    to: `E${anchorRow + 26}`,
  };
}

export function figuresSheet(lang: Lang): SheetPlan {
  const s = new SheetBuilder(lang);
  const sv = lang === "sv";
  const r = new Refs(lang);
  s.text(0, 0, sv ? "Nyckeltal" : "Key figures", "title");
  const subtitle = sv
    ? "Beräknas av formler ur tabellerna; ändra inget här. Definitioner: fondens nyckeltal K01–K10."
    : "Computed by formulas from the tables; do not edit. Definitions: the fund's key figures K01–K10.";
  s.text(1, 0, subtitle, "subtitle");
  [8, 40, 16, 3, 3].forEach((w, i) => s.width(i, w));
  writePerYearView(s, r);

  s.set(3, 0, { value: "ID", style: "header" });
  s.set(3, 1, { value: sv ? "Nyckeltal" : "Key figure", style: "header" });
  s.set(3, 2, { value: sv ? "Värde" : "Value", style: "header" });
  const cells = keyFigureCells(r);
  KEY_FIGURE_LINES.forEach((line, i) => {
    const row = FIGURES_LAYOUT.firstKeyRow + i;
    const cell = cells[line.line];
    s.text(row, 0, line.id, "id");
    s.text(row, 1, line.part ? `  ${line.label[lang]}` : line.label[lang], "label");
    s.set(row, 2, { formula: cell.formula, style: "keyValue", format: cell.format });
    if (cell.name) s.name(cell.name, row, 2);
  });
  const after = FIGURES_LAYOUT.firstKeyRow + KEY_FIGURE_LINES.length + 1;
  writeSettingsUsed(s, r, after);
  attentionFormats(s);
  return s.build("figures", { freezeRows: 0, chart: chartOf(lang, after + 4), tabColor: "#107C41" });
}
