/**
 * The Uppföljning sheet's formulas (U01–U05, domain.md Part 2), recalculated by LibreOffice headless,
 * equal the engine's follow-up figures for the example on track at 2023, behind at 2021, and behind
 * with a unit booking ahead of its verified savings and costs over the baseline — per unit too.
 */
import { evaluateFollowUp, nameKey, type FollowUpInput, type Lang } from "../../src/domain";
import {
  FOLLOW_UP_LAYOUT as L,
  FOLLOW_UP_VIEW_NAMES as N,
  SHEET_NAMES,
  UNIT_COLS,
  fillFromFollowUp,
  planFollowUp,
} from "../../src/templates";
import { cellAddress } from "../../src/templates/a1";
import { PRIMARY_CARE } from "../../src/examples/early-intervention";
import { TODAY, behind, onTrack, plan } from "../support/follow-up-cases";
import { recalculated } from "./recalculate";

const variants: [string, Lang, () => FollowUpInput][] = [
  ["on track at 2023", "sv", onTrack],
  ["behind at 2021", "sv", behind],
  ["behind at 2021, in English", "en", behind],
  [
    "ahead of verified savings, over the baseline cost, nothing granted given",
    "sv",
    () => {
      const input = behind();
      input.bookedRepayments.push({ year: 2021, unit: PRIMARY_CARE, amount: 400000, date: null });
      input.actualCosts[2]!.amount = 1600000;
      input.decision.grantedAmount = null;
      return input;
    },
  ],
];

const close = (what: string, cell: unknown, value: number | null, tolerance: number) =>
  value === null
    ? expect({ what, cell }).toEqual({ what, cell: null })
    : expect({ what, cell, ok: typeof cell === "number" && Math.abs(cell - value) <= tolerance }).toEqual({
        what,
        cell,
        ok: true,
      });

describe.each(variants)("LibreOffice recalculates the Uppföljning sheet %s", (_what, lang, make) => {
  test("U01–U05 and each unit's figures agree with the engine", async () => {
    const input = make();
    const e = evaluateFollowUp(plan, input, { today: TODAY });
    const u = e.figures;
    const book = await recalculated(plan, lang, undefined, planFollowUp(lang, fillFromFollowUp(input, lang)));
    expect(book.named(N.year)).toBe(u.year);
    close("granted", book.named(N.granted), u.granted, 0.01);
    close("U01 actual", book.named(N.U01actual), u.U01.actual, 0.01);
    close("U01 baseline", book.named(N.U01baseline), u.U01.baseline, 0.01);
    close("U01", book.named(N.U01), u.U01.variance, 0.01);
    close("U01 share", book.named(N.U01share), u.U01.share, 0.0001);
    close("U02", book.named(N.U02), u.U02.all, 0.0001);
    close("U03", book.named(N.U03), u.U03overdue, 0.01);
    close("U04", book.named(N.U04), u.U04, 0.01);
    expect(book.named(N.U05)).toBe(u.U05);
    const sheet = SHEET_NAMES.followUp[lang];
    const rows = Array.from({ length: L.units }, (_, j) => L.unitFirstRow + j)
      .map((row) => ({ row, unit: book.at(sheet, cellAddress(row, UNIT_COLS.name)) }))
      .filter((x) => typeof x.unit === "string" && x.unit !== "");
    expect(rows.map((x) => nameKey(String(x.unit))).sort()).toEqual(u.units.map((x) => nameKey(x.unit)).sort());
    for (const { row, unit } of rows) {
      const engine = u.units.find((x) => nameKey(x.unit) === nameKey(String(unit)))!;
      close(
        `${engine.unit} realisation`,
        book.at(sheet, cellAddress(row, UNIT_COLS.realisation)),
        engine.realisation,
        0.0001,
      );
      close(`${engine.unit} booked`, book.at(sheet, cellAddress(row, UNIT_COLS.booked)), engine.booked, 0.01);
      close(`${engine.unit} overdue`, book.at(sheet, cellAddress(row, UNIT_COLS.overdue)), engine.overdue, 0.01);
    }
  });
});
