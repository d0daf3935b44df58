/**
 * The Uppföljning / Follow-up sheet: is it happening? U01–U05 as live formulas over the baseline and
 * the actuals, a table per unit (savings realisation, repayments booked against planned, overdue), a
 * per-year view that projects the repayments after Y at each unit's realisation (U05), and a chart of
 * planned against verified savings and planned against booked repayments.
 */
import type { Bilingual, Lang } from "../../domain/vocabulary";
import { TIMELINE_YEARS } from "../../domain/years";
import { absoluteRange, cellAddress, columnLetter } from "../a1";
import { FIGURE_NAMES } from "../contract-names";
import { nameOf } from "../forms";
import { SheetBuilder } from "../sheet-builder";
import type { ChartPlan, SheetPlan } from "../sheet-plan";
import { COLOURS, type NumberFormatKey } from "../styles";
import { Refs } from "../tables";
import { FOLLOW_UP_LAYOUT as L, FOLLOW_UP_VIEW_NAMES as N, FollowUpFormulas } from "./follow-up-formulas";
import { writeFollowUpYears, followUpViewSpan } from "./follow-up-years";
import { writeUnitHelpers, type UnitHelpers } from "./unit-helpers";

export { FOLLOW_UP_LAYOUT, FOLLOW_UP_VIEW_NAMES } from "./follow-up-formulas";

interface Line {
  readonly id: string;
  readonly label: Bilingual;
  readonly name: string;
  readonly formula: string;
  readonly format: NumberFormatKey;
}

/** The unit table's columns (B…I), zero-based. */
export const UNIT_COLS = {
  name: 1,
  plannedSavings: 2,
  verified: 3,
  realisation: 4,
  plannedRepayments: 5,
  booked: 6,
  overdue: 7,
  rate: 8,
} as const;

const unitSpan = (col: number): string => absoluteRange(L.unitFirstRow, col, L.unitFirstRow + L.units - 1, col);

const b = (sv: string, en: string): Bilingual => ({ sv, en });

/** The follow-up year and the granted amount as the engine settles them. */
function usedLines(): Line[] {
  const decided = nameOf("decision.grantedAmount");
  const y = nameOf("decision.followUpYear");
  return [
    {
      id: "",
      label: b("Uppföljningsår Y (tom = i år)", "Follow-up year Y (blank = this year)"),
      name: N.year,
      formula: `=IF(ISNUMBER(${y}),${y},YEAR(TODAY()))`,
      format: "year",
    },
    {
      id: "",
      label: b("Beviljat belopp som används", "Granted amount used"),
      name: N.granted,
      formula: `=IF(ISNUMBER(${decided}),${decided},${FIGURE_NAMES.K03})`,
      format: "kr",
    },
  ];
}

function costLines(f: FollowUpFormulas): Line[] {
  return [
    {
      id: "U01",
      label: b("Faktisk kostnad t.o.m. Y", "Actual cost to Y"),
      name: N.U01actual,
      formula: `=SUMPRODUCT(${f.toDate("actualCosts")},${f.r.col("actualCosts", "amount")})`,
      format: "kr",
    },
    {
      id: "U01",
      label: b("Kostnad enligt baslinjen", "Baseline cost"),
      name: N.U01baseline,
      formula: `=${f.baseline("cost")}`,
      format: "kr",
    },
    {
      id: "U01",
      label: b("Avvikelse", "Variance"),
      name: N.U01,
      formula: `=${N.U01actual}-${N.U01baseline}`,
      format: "kr",
    },
    {
      id: "U01",
      label: b("Avvikelse, andel av baslinjen", "Variance, share of baseline"),
      name: N.U01share,
      formula: `=IF(${N.U01baseline}=0,"",${N.U01}/${N.U01baseline})`,
      format: "percent",
    },
  ];
}

function lines(f: FollowUpFormulas): Line[] {
  return [
    ...usedLines(),
    ...costLines(f),
    {
      id: "U02",
      label: b("Verifierade besparingar t.o.m. Y", "Verified savings to Y"),
      name: N.U02verified,
      formula: `=SUM(${unitSpan(UNIT_COLS.verified)})`,
      format: "kr",
    },
    {
      id: "U02",
      label: b("Planerade besparingar t.o.m. Y", "Planned savings to Y"),
      name: N.U02planned,
      formula: `=SUM(${unitSpan(UNIT_COLS.plannedSavings)})`,
      format: "kr",
    },
    {
      id: "U02",
      label: b("Realisering av besparingarna", "Savings realisation"),
      name: N.U02,
      formula: `=IF(${N.U02planned}=0,"",${N.U02verified}/${N.U02planned})`,
      format: "percent",
    },
    {
      id: "U03",
      label: b("Förfallen återföring", "Overdue repayment"),
      name: N.U03,
      formula: `=SUM(${unitSpan(UNIT_COLS.overdue)})`,
      format: "kr",
    },
    {
      id: "U04",
      label: b("Kvar till fonden", "Outstanding to the fund"),
      name: N.U04,
      formula: `=${N.granted}-SUM(${f.r.col("bookedRepayments", "amount")})`,
      format: "kr",
    },
    {
      id: "U05",
      label: b("Beräknat år då fonden är återbetald", "Projected year the fund is repaid"),
      name: N.U05,
      formula: `=IFERROR(INDEX(${followUpViewSpan("year")},MATCH(1,${followUpViewSpan("repaid")},0)),"")`,
      format: "year",
    },
  ];
}

function writeUnitTable(s: SheetBuilder, f: FollowUpFormulas, units: UnitHelpers): void {
  const sv = s.lang === "sv";
  s.text(L.unitTitleRow, 1, sv ? "Per verksamhet, till och med Y" : "Per unit, up to Y", "section");
  const headers = sv
    ? [
        "Verksamhet",
        "Planerad besparing",
        "Verifierad",
        "Realisering",
        "Planerad återföring",
        "Bokförd",
        "Förfallet",
        "Andel för prognosen",
      ]
    : [
        "Unit",
        "Planned savings",
        "Verified",
        "Realisation",
        "Planned repayment",
        "Booked",
        "Overdue",
        "Share for the projection",
      ];
  headers.forEach((h, i) => {
    s.set(L.unitHeaderRow, 1 + i, { value: h, style: "header" });
    s.fitRow(L.unitHeaderRow, h, i === 0 ? 36 : 14, 1.0);
  });
  for (let j = 0; j < L.units; j++) {
    const row = L.unitFirstRow + j;
    const at = (c: number): string => cellAddress(row, c);
    const name = at(UNIT_COLS.name);
    const guard = (formula: string): string => `=IF(${name}="","",${formula})`;
    const cells: [number, string, NumberFormatKey][] = [
      [UNIT_COLS.name, `=${units.nameOf(j)}`, "text"],
      [UNIT_COLS.plannedSavings, guard(f.baseline("saving", { unit: name })), "kr"],
      [UNIT_COLS.verified, guard(f.verifiedToDate(name)), "kr"],
      [
        UNIT_COLS.realisation,
        guard(`IF(${at(UNIT_COLS.plannedSavings)}=0,"",${at(UNIT_COLS.verified)}/${at(UNIT_COLS.plannedSavings)})`),
        "percent",
      ],
      [UNIT_COLS.plannedRepayments, guard(f.baseline("repayment", { unit: name })), "kr"],
      [UNIT_COLS.booked, guard(f.bookedToDate(name)), "kr"],
      [UNIT_COLS.overdue, guard(`MAX(0,${at(UNIT_COLS.plannedRepayments)}-${at(UNIT_COLS.booked)})`), "kr"],
      // The realisation capped at 1 (nothing planned yet: the plan stands); 0 for an empty row.
      [
        UNIT_COLS.rate,
        `=IF(${name}="",0,IF(${at(UNIT_COLS.realisation)}="",1,MIN(1,${at(UNIT_COLS.realisation)})))`,
        "percent",
      ],
    ];
    for (const [col, formula, format] of cells) s.set(row, col, { formula, style: "formula", format });
  }
}

function chartOf(lang: Lang): ChartPlan {
  const sv = lang === "sv";
  const h = (svText: string, en: string): string => (sv ? svText : en);
  return {
    title: h("Planerat och verifierat per år", "Planned and verified per year"),
    categories: followUpViewSpan("year", 15),
    series: [
      {
        name: h("Besparing, planerad", "Savings, planned"),
        values: followUpViewSpan("plannedSavings", 15),
        kind: "column",
      },
      {
        name: h("Besparing, verifierad", "Savings, verified"),
        values: followUpViewSpan("verified", 15),
        kind: "column",
      },
      {
        name: h("Återföring, planerad", "Repayment, planned"),
        values: followUpViewSpan("plannedRepayments", 15),
        kind: "line",
      },
      { name: h("Återföring, bokförd", "Repayment, booked"), values: followUpViewSpan("booked", 15), kind: "line" },
    ],
    from: `B${L.unitFirstRow + L.units + 3}`,
    to: `I${L.unitFirstRow + L.units + 26}`,
  };
}

export function followUpSheet(lang: Lang): SheetPlan {
  const s = new SheetBuilder(lang);
  const sv = lang === "sv";
  const f = new FollowUpFormulas(new Refs(lang));
  s.text(0, 0, sv ? "Uppföljning – händer det?" : "Follow-up – is it happening?", "title");
  s.text(
    1,
    0,
    sv
      ? "Utfallet jämfört med den frysta baslinjen (U01–U05). Beräknas av formler; ändra inget här."
      : "Actuals against the frozen baseline (U01–U05). Computed by formulas; do not edit.",
    "subtitle",
  );
  [8, 40, 16, 14, 12, 16, 14, 14, 14, 3].forEach((w, i) => s.width(i, w));
  ["ID", sv ? "Uppföljning" : "Follow-up", sv ? "Värde" : "Value"].forEach((h, i) =>
    s.set(L.headerRow, i, { value: h, style: "header" }),
  );
  lines(f).forEach((line, i) => {
    const row = L.firstKeyRow + i;
    s.text(row, 0, line.id, "id");
    s.text(row, 1, line.label[lang], "label");
    s.set(row, L.valueCol, { formula: line.formula, style: "keyValue", format: line.format });
    s.name(line.name, row, L.valueCol);
  });
  const units = writeUnitHelpers(s, f.r, {
    top: L.firstKeyRow,
    left: L.helperLeftCol,
    what: { sv: "Sparar eller återför", en: "Saves or repays" },
    holds: (name) =>
      `SUMPRODUCT(${f.unit("baseline", name)}*(${f.kind("saving")}+${f.kind("repayment")}))+` +
      `SUMPRODUCT(--${f.unit("measuredSavings", name)})+SUMPRODUCT(--${f.unit("bookedRepayments", name)})`,
  });
  writeUnitTable(s, f, units);
  writeFollowUpYears(s, f, {
    nameOf: (j) => cellAddress(L.unitFirstRow + j, UNIT_COLS.name),
    rate: (j) => cellAddress(L.unitFirstRow + j, UNIT_COLS.rate),
  });
  const bad = { fill: COLOURS.bad, fontColor: COLOURS.badText };
  const overdue = unitSpan(UNIT_COLS.overdue).replace(/\$/g, "");
  const first = `${columnLetter(UNIT_COLS.overdue)}${L.unitFirstRow + 1}`;
  s.conditionalFormats.push({ range: overdue, formula: `=AND(ISNUMBER(${first}),${first}>1)`, ...bad });
  void TIMELINE_YEARS;
  return s.build("followUp", { chart: chartOf(lang), tabColor: "#C239B3" });
}
