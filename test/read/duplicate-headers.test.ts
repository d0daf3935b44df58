/**
 * A column header that matches a contract column twice — the other language ("Amount" beside
 * "Belopp"), another case, padded with spaces — is a finding naming both columns, never a silent
 * pick; and the column the workbook's own formulas use (the exact header in the table's language)
 * is the one read, so the figures stay right. Checked on the cases found in the field, then as a
 * property over random tables, columns, spellings, positions and values.
 */
import fc from "fast-check";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import {
  APPLICATION_TABLES as TABLES,
  fillFromApplication,
  parseRange,
  planWorkbook,
  rangeAddress,
  reviewGrids,
  type GridRange,
  type ApplicationTableKey,
  type WorkbookGrids,
} from "../../src/templates";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { workbookBytes } from "../../src/xlsx/write";

let grids: WorkbookGrids;
beforeAll(async () => {
  const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(earlyInterventionExample(), "sv")));
  grids = readApplicationBytes(bytes, "example.xlsx").grids;
});

/** The table with one more column at `at`: header `header`, data `values` (cycled). */
function withColumn(g: GridRange, at: number, header: string, values: readonly unknown[]): GridRange {
  const box = parseRange(g.address);
  return {
    ...g,
    address: rangeAddress(box.r1, box.c1, box.r2, box.c2 + 1),
    values: g.values.map((line, r) => [
      ...line.slice(0, at),
      r === 0 ? header : values[r % values.length],
      ...line.slice(at),
    ]),
    formulas: g.formulas?.map((line) => [...line.slice(0, at), "", ...line.slice(at)]),
  };
}

function review(table: ApplicationTableKey, at: number, header: string, values: readonly unknown[]) {
  const name = TABLES[table].name;
  return reviewGrids({
    ...grids,
    tables: { ...grids.tables, [name]: withColumn(grids.tables[name]!, at, header, values) },
  });
}

const clean = () => reviewGrids(grids);

test.each([
  ["an extra column headed Amount before Belopp", "costs", 3, "Amount"],
  ["an extra column headed Year before År", "costs", 0, "Year"],
  ["an extra column headed 'Belopp ' (trailing space) before Belopp", "costs", 3, "Belopp "],
  ["an extra column headed 'belopp' after Belopp", "repayments", 3, "belopp"],
] as const)("%s: a finding naming both columns, the real column read", (_what, table, at, header) => {
  const v = review(table, at, header, [999999, "x", 5]);
  const dup = v.findings.filter((f) => f.message.en.includes("has several columns"));
  expect(dup).toHaveLength(1);
  expect(dup[0]!.cells).toHaveLength(2);
  expect(dup[0]!.message.en).toContain(`"${header}"`);
  expect(v.evaluation.figures).toEqual(clean().evaluation.figures);
});

test("property: any table, input column, spelling, position and values — never a throw, never a silent pick", () => {
  const tables = Object.keys(TABLES) as ApplicationTableKey[];
  const variant = (h: { sv: string; en: string }) =>
    fc.constantFrom(h.en, h.sv.toUpperCase(), ` ${h.sv}`, `${h.sv}  `, h.sv.toLowerCase(), h.en.toLowerCase(), h.sv);
  const arb = fc
    .constantFrom(...tables)
    .chain((t) => {
      const inputs = TABLES[t].columns.filter((c) => !c.formula);
      return fc.record({
        table: fc.constant(t),
        column: fc.constantFrom(...inputs),
        values: fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(""), fc.double({ noNaN: true })), {
          minLength: 1,
          maxLength: 5,
        }),
        before: fc.boolean(),
      });
    })
    .chain((r) => fc.record({ r: fc.constant(r), header: variant(r.column.header) }));
  fc.assert(
    fc.property(arb, ({ r, header }) => {
      const def = TABLES[r.table];
      const real = def.columns.findIndex((c) => c.key === r.column.key);
      const v = review(r.table, r.before ? real : real + 1, header, r.values);
      const dup = v.findings.filter((f) => f.message.en.includes(`several columns for ${r.column.header.en}`));
      expect(dup).toHaveLength(1);
      expect(dup[0]!.cells).toHaveLength(2);
      // The real column keeps its exact header; only a second exact copy could be mistaken for it.
      if (header !== r.column.header.sv) expect(v.evaluation.figures).toEqual(clean().evaluation.figures);
    }),
    { numRuns: 300 },
  );
});
