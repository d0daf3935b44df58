/** The follow-up card as data: the cases of test/support/follow-up-cases.ts in words, in both languages. */
import { countBySeverity, evaluateFollowUp, emptyFollowUp, type FollowUpInput } from "../../src/domain";
import { BUP, PRIMARY_CARE } from "../../src/examples/early-intervention";
import { fillFromApplication, fillFromFollowUp, planFollowUp, planWorkbook, reviewFollowUp } from "../../src/templates";
import { followUpView, type FollowUpView } from "../../src/taskpane/follow-up-view-model";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { workbookBytes } from "../../src/xlsx/write";
import { TODAY, behind, followUp, onTrack, plan } from "../support/follow-up-cases";

/** The view of a follow-up straight from the engine (no workbook: the findings name no cells). */
function view(input: FollowUpInput, lang: "sv" | "en"): FollowUpView {
  const evaluation = evaluateFollowUp(plan, input, { today: TODAY });
  const findings = evaluation.findings.map((f) => ({ ...f, cells: [] }));
  return followUpView({ evaluation, findings, counts: countBySeverity(findings) }, lang);
}
/** Every line as text, the units' under their names; no-break spaces as spaces. */
const flat = (s: string): string => s.replace(/\u00a0/g, " ");
const lines = (v: FollowUpView): string[] =>
  [
    ...v.lines.map((l) => `${l.id} ${l.text}`),
    ...v.units.flatMap((u) => u.lines.map((l) => `${u.unit} · ${l.id} ${l.text}`)),
    ...v.due.map((l) => `${l.id} ${l.text}`),
  ].map(flat);

test("behind, in Swedish: 'Efter plan', what is off, every figure in words", () => {
  const v = view(behind(), "sv");
  expect(v.state).toBe("behind");
  expect(v.headline).toBe("Efter plan");
  expect(v.note).toBe("Avvikelser: besparingarna släpar efter, återföringen ligger efter.");
  expect(flat(v.context)).toBe("Uppföljningsår 2021 · beviljat 3 000 000 kr");
  expect(lines(v)).toEqual([
    "U01 Kostnaden till och med 2021 är 3 600 000 kr: 200 000 kr (6 %) över baslinjens 3 400 000 kr.",
    "U02 Besparingarna till och med 2021: 2 450 000 kr verifierade av planerade 3 750 000 kr (65 %).",
    "U04 Kvar att återföra till fonden: 2 200 000 kr av beviljade 3 000 000 kr; 200 000 kr är förfallet.",
    "U05 Fondens beräknade återbetalningsår, med realiseringen hittills: inte inom 30 år (enligt planen 2023).",
    `${BUP} · U02 Besparingar till och med 2021: 2 150 000 kr verifierade av planerade 2 600 000 kr (83 %).`,
    `${BUP} · U03 Återföring till och med 2021: 800 000 kr bokförda av planerade 1 000 000 kr; 200 000 kr är ` +
      "förfallet. Kvar att återföra: 1 800 000 kr.",
    `${PRIMARY_CARE} · U02 Besparingar till och med 2021: 300 000 kr verifierade av planerade 400 000 kr (75 %).`,
    `${PRIMARY_CARE} · U03 Återföring till och med 2021: ingen planerad. Kvar att återföra: 400 000 kr.`,
    "Karlshamns kommun · U02 Besparingar till och med 2021: 0 kr verifierade av planerade 750 000 kr (0 %).",
    'F01 Effekten "Minskade psykiska symtom hos barnen" skulle mätas 2020, men ingen mätning är registrerad.',
  ]);
  // Warnings where the rules object: savings (F02), the overdue (F04), no payback; the cost is within 10 %.
  expect(v.lines.map((l) => [l.id, l.tone])).toEqual([
    ["U01", "ok"],
    ["U02", "warning"],
    ["U04", "warning"],
    ["U05", "warning"],
  ]);
  expect(v.units.map((u) => u.lines.map((l) => l.tone))).toEqual([["ok", "warning"], ["warning", "ok"], ["warning"]]);
  // F01's finding is the line under "Att mäta" (above), not repeated among the findings.
  expect(v.groups.map((g) => [g.id, g.title, g.findings.length])).toEqual([
    ["F02", "Besparingarna realiseras", 2],
    ["F04", "Återföringen följer planen", 1],
    ["F06", "Slutrapport efter perioden", 1],
  ]);
  expect(v.counts).toEqual({ error: 0, warning: 4, info: 1 });
});

test("behind, in English", () => {
  const v = view(behind(), "en");
  expect([v.headline, v.note, flat(v.context)]).toEqual([
    "Behind",
    "Off plan: savings lag behind, repayments behind plan.",
    "Follow-up year 2021 · granted SEK 3,000,000",
  ]);
  expect(lines(v)).toEqual([
    "U01 The cost by 2021 is SEK 3,600,000: SEK 200,000 (6%) above the baseline's SEK 3,400,000.",
    "U02 Savings by 2021: SEK 2,450,000 verified of the SEK 3,750,000 planned (65%).",
    "U04 Still owed to the fund: SEK 2,200,000 of the SEK 3,000,000 granted; SEK 200,000 is overdue.",
    "U05 The fund's projected payback year, at the realisation so far: not within 30 years (planned: 2023).",
    `${BUP} · U02 Savings by 2021: SEK 2,150,000 verified of the SEK 2,600,000 planned (83%).`,
    `${BUP} · U03 Repayments by 2021: SEK 800,000 booked of the SEK 1,000,000 planned; SEK 200,000 is overdue. ` +
      "Still to repay: SEK 1,800,000.",
    `${PRIMARY_CARE} · U02 Savings by 2021: SEK 300,000 verified of the SEK 400,000 planned (75%).`,
    `${PRIMARY_CARE} · U03 Repayments by 2021: none planned. Still to repay: SEK 400,000.`,
    "Karlshamns kommun · U02 Savings by 2021: SEK 0 verified of the SEK 750,000 planned (0%).",
    'F01 The effect "Minskade psykiska symtom hos barnen" was to be measured in 2020, but no measurement is recorded.',
  ]);
  expect(v.groups.map((g) => g.title)).toContain("Savings being realised");
});

test("on track: 'I fas' / 'On track', everything repaid, every measurement made", () => {
  const sv = view(onTrack(), "sv");
  expect([sv.state, sv.headline, sv.note]).toEqual([
    "onTrack",
    "I fas",
    "Besparingar, återföring och kostnad följer baslinjen.",
  ]);
  expect(lines(sv)).toEqual([
    "U01 Kostnaden till och med 2023 är 3 400 000 kr, som i baslinjen.",
    "U02 Besparingarna till och med 2023: 5 900 000 kr verifierade av planerade 5 900 000 kr (100 %).",
    "U04 Fonden har fått tillbaka hela det beviljade beloppet, 3 000 000 kr.",
    "U05 Fonden var återbetald 2023 (enligt planen 2023).",
    `${BUP} · U02 Besparingar till och med 2023: 3 800 000 kr verifierade av planerade 3 800 000 kr (100 %).`,
    `${BUP} · U03 Återföring till och med 2023: 2 600 000 kr bokförda av planerade 2 600 000 kr; inget är ` +
      "förfallet. Allt är återfört.",
    `${PRIMARY_CARE} · U02 Besparingar till och med 2023: 600 000 kr verifierade av planerade 600 000 kr (100 %).`,
    `${PRIMARY_CARE} · U03 Återföring till och med 2023: 400 000 kr bokförda av planerade 400 000 kr; inget är ` +
      "förfallet. Allt är återfört.",
    "Karlshamns kommun · U02 Besparingar till och med 2023: 1 500 000 kr verifierade av planerade 1 500 000 kr " +
      "(100 %).",
    "F01 Alla mätningar som skulle göras till och med 2023 är registrerade.",
  ]);
  expect([...sv.lines, ...sv.units.flatMap((u) => u.lines), ...sv.due].every((l) => l.tone === "ok")).toBe(true);
  expect(sv.groups).toEqual([]);
  const en = view(onTrack(), "en");
  expect([en.headline, en.note]).toEqual(["On track", "Savings, repayments and cost follow the baseline."]);
  expect(lines(en).slice(0, 4)).toEqual([
    "U01 The cost by 2023 is SEK 3,400,000, as in the baseline.",
    "U02 Savings by 2023: SEK 5,900,000 verified of the SEK 5,900,000 planned (100%).",
    "U04 The fund has been repaid the whole amount granted, SEK 3,000,000.",
    "U05 The fund was paid back in 2023 (planned: 2023).",
  ]);
  expect(lines(en).at(-1)).toBe("F01 Every measurement due by 2023 is recorded.");
});

test("on plan half-way: the payback year is a projection; information (F06) does not make it behind", () => {
  const input = onTrack();
  input.decision.followUpYear = 2021;
  input.bookedRepayments = input.bookedRepayments.filter((r) => Number(r.year) <= 2021);
  input.decision.finalReportDone = null; // the period ended in 2020: F06, information only
  const v = view(input, "sv");
  expect(v.state).toBe("onTrack");
  expect(v.groups.map((g) => g.id)).toEqual(["F06"]);
  expect(flat(v.lines[3]!.text)).toBe(
    "Fondens beräknade återbetalningsår, med realiseringen hittills: 2023 (enligt planen 2023).",
  );
  expect(flat(v.lines[2]!.text)).toBe(
    "Kvar att återföra till fonden: 2 000 000 kr av beviljade 3 000 000 kr; inget är förfallet.",
  );
});

test("cost below the baseline, and above it beyond the tolerance (F05)", () => {
  const under = onTrack();
  under.actualCosts = under.actualCosts.map((c, i) => (i === 0 ? { ...c, amount: Number(c.amount) - 340000 } : c));
  expect(flat(view(under, "en").lines[0]!.text)).toBe(
    "The cost by 2023 is SEK 3,060,000: SEK 340,000 (10%) below the baseline's SEK 3,400,000.",
  );
  const over = onTrack();
  over.actualCosts = [...over.actualCosts, { year: 2019, party: BUP, amount: 500000 }];
  const v = view(over, "sv");
  expect([v.state, v.note]).toEqual(["behind", "Avvikelser: kostnaden över baslinjen."]);
  expect(v.lines[0]).toMatchObject({ id: "U01", tone: "warning" });
  expect(flat(v.lines[0]!.text)).toBe(
    "Kostnaden till och med 2023 är 3 900 000 kr: 500 000 kr (15 %) över baslinjens 3 400 000 kr.",
  );
});

test("before the baseline is frozen: no comparison, only the way to freeze it", () => {
  const input = { ...followUp(2021), baseline: emptyFollowUp().baseline };
  const v = view(input, "sv");
  expect(v.state).toBe("notFrozen");
  expect(v.headline).toBe("Baslinjen är inte fryst");
  expect(v.note).toMatch(/^Tryck Frys baslinjen/);
  expect([v.lines, v.units, v.due]).toEqual([[], [], []]);
  expect(view(input, "en").headline).toBe("The baseline is not frozen");
});

test("read from a workbook, the measurement due and the findings link to their cells", async () => {
  const sheets = [
    ...planWorkbook("sv", fillFromApplication(plan, "sv")),
    ...planFollowUp("sv", fillFromFollowUp(behind(), "sv")),
  ];
  const grids = readApplicationBytes(await workbookBytes(sheets), "uppfoljning.xlsx").grids;
  const v = followUpView(reviewFollowUp(grids, { today: TODAY })!, "sv");
  expect(v.due.map((l) => l.cells)).toEqual([["Effekter!D5"]]);
  expect(v.groups.map((g) => [g.id, g.findings.flatMap((f) => f.cells)])).toEqual([
    ["F02", ["Mätningar!C8", "Mätningar!C9", "Mätningar!A4:G12"]],
    ["F04", ["Utfall!K5"]],
    ["F06", ["Beslut!B9"]],
  ]);
  expect(lines(v)).toEqual(lines(view(behind(), "sv")));
});
