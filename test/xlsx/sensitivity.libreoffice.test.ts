/**
 * The Känslighet sheet's formulas (K11–K17, domain.md Part 2), recalculated by LibreOffice headless,
 * equal the engine's robustness figures: to 0.01 kr for amounts and 0.0001 for ratios and margins —
 * for the example with its adjustments, with optimism bias, at r = 0, with a unit repaying more than
 * it can (K15 < 0), without any adjustment (an older workbook's savings), and for the blank template.
 */
import { evaluate, nameKey, type Application, type Lang, type RobustFigures } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { NO_LIMIT, SENSITIVITY_LAYOUT as L, SENSITIVITY_NAMES as N, SHEET_NAMES } from "../../src/templates";
import { cellAddress } from "../../src/templates/a1";
import { recalculated } from "./recalculate";

const variants: [string, Lang, (a: Application) => void][] = [
  ["the shipped example (adjustments set)", "sv", () => {}],
  ["the example in English", "en", () => {}],
  [
    "optimism bias 20 % on savings and 10 % on costs at 3.5 %",
    "sv",
    (a) => {
      a.settings.optimismBiasSavings = 0.2;
      a.settings.optimismBiasCosts = 0.1;
      a.settings.discountRate = 0.035;
    },
  ],
  ["a discount rate of 0 (no limit to the delay)", "sv", (a) => void (a.settings.discountRate = 0)],
  [
    "primary care repaying more than it can (K15 < 0)",
    "sv",
    (a) => {
      a.repayments[2]!.amount = 600000;
      a.savings[4]!.cashableShare = 0.2;
    },
  ],
  [
    "no adjustments at all (K11 = K04)",
    "sv",
    (a) => {
      for (const s of a.savings)
        for (const k of ["deadweight", "attribution", "cashableShare", "effectShareLow", "effectShareHigh"] as const)
          delete s[k];
    },
  ],
  ["the blank template", "sv", (a) => void Object.assign(a, { savings: [], repayments: [], costs: [], period: {} })],
];

type Book = Awaited<ReturnType<typeof recalculated>>;

function expectClose(what: string, cell: number | string | null, value: number | null, tolerance: number): void {
  if (value === null) expect({ what, cell }).toEqual({ what, cell: null });
  else
    expect({ what, cell, value, ok: typeof cell === "number" && Math.abs(cell - value) <= tolerance }).toEqual({
      what,
      cell,
      value,
      ok: true,
    });
}

function expectRobustAgreement(book: Book, r: RobustFigures, lang: Lang): void {
  const kr = 0.01;
  const share = 0.0001;
  for (const s of ["low", "base", "high"] as const) {
    expectClose(`K11 ${s}`, book.named(N.K11[s]), r.K17[s].adjustedSavings, kr);
    expectClose(`K12 ${s}`, book.named(N.K12[s]), r.K17[s].adjustedNpv, kr);
    expectClose(`K14 ${s}`, book.named(N.K14[s]), r.K17[s].fundMargin, share);
  }
  expectClose("K11 all", book.named(N.K11.base), r.K11.all, kr);
  expectClose("K11 region", book.named(N.K11region), r.K11.region, kr);
  expectClose("K11 region cashable", book.named(N.K11regionCashable.base), r.K11.regionCashable, kr);
  expectClose("K12", book.named(N.K12.base), r.K12, kr);
  expectClose("K13", book.named(N.K13), r.K13, share);
  expectClose("K14", book.named(N.K14.base), r.K14, share);
  const k16 = book.named(N.K16);
  if (r.K16 === "unlimited") expect(k16).toBe(NO_LIMIT[lang]);
  else expect(k16).toBe(r.K16);
  // K15 per repaying unit, low / base / high, found by name in the margin table.
  const sheet = SHEET_NAMES.sensitivity[lang];
  const rows = Array.from({ length: L.units }, (_, j) => L.unitFirstRow + j);
  const shown = rows
    .map((row) => ({ row, unit: book.at(sheet, cellAddress(row, 1)) }))
    .filter((x) => typeof x.unit === "string" && x.unit !== "");
  expect(shown.map((x) => nameKey(String(x.unit)))).toEqual(r.K15.map((u) => nameKey(u.unit)));
  shown.forEach(({ row }, i) =>
    (["low", "base", "high"] as const).forEach((s, k) =>
      expectClose(
        `K15 ${s} ${r.K15[i]!.unit}`,
        book.at(sheet, cellAddress(row, 6 + k)),
        r.K17[s].unitMargins[i]!.margin,
        share,
      ),
    ),
  );
}

describe.each(variants)("LibreOffice recalculates the Känslighet sheet for %s", (_what, lang, change) => {
  test("K11–K17 agree with the engine", async () => {
    const app = earlyInterventionExample();
    change(app);
    const e = evaluate(app);
    const book = await recalculated(app, lang);
    if (e.robustness === null) {
      expect(book.named(N.K11.base)).toBe(0);
      expect(book.named(N.K14.base)).toBeNull();
      return;
    }
    expectRobustAgreement(book, e.robustness, lang);
  });
});
