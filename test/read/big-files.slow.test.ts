/**
 * Files made to hurt, through the .xlsx reader: zip bombs of every shape and tables of a million rows
 * end within seconds, with a clear message or a finding — never a hang. (Slow to build, so not in
 * `npm run test:unit`; each test has a 10 s limit, and the reader's own time is checked inside it.)
 */
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { evaluate } from "../../src/domain";
import { defaultLimits } from "../../src/xlsx/load";
import { MAX_TABLE_ROWS } from "../../src/xlsx/file-reader";
import { COSTS_SHEET, example, loadParts, partEntries, partNames, read, refused, text, timed } from "./example-parts";
import { buildZip, deflated, zeroBomb, type RawEntry } from "./zip-builder";

jest.setTimeout(10_000);
beforeAll(loadParts);

describe("zip bombs stop at the limit, in seconds", () => {
  test("one entry of 4 GiB (a part the reader needs)", () => {
    const bomb: RawEntry = { name: COSTS_SHEET, data: zeroBomb(64, 64), declaredSize: 12_000 };
    const { result, ms } = timed(() => refused(example({ [COSTS_SHEET]: bomb })));
    expect(result).toMatch(/unpacks to more than 200 MB/);
    expect(ms).toBeLessThan(5000);
  });

  test("45 entries of 1 GiB each: the sheets and others", () => {
    const gib = zeroBomb(64, 16);
    const sheets = Object.fromEntries(
      partNames()
        .filter((n) => n.startsWith("xl/worksheets/sheet"))
        .map((n) => [n, { name: n, data: gib, declaredSize: 1000 }]),
    );
    const junk = Array.from({ length: 45 - Object.keys(sheets).length }, (_, i) => ({
      name: `xl/media/junk${i}.bin`,
      data: gib,
      declaredSize: 1000,
    }));
    const bytes = buildZip([...partEntries().map(([n, c]) => (sheets[n] ? sheets[n] : deflated(n, c))), ...junk]);
    const { result, ms } = timed(() => refused(bytes));
    expect(result).toMatch(/unpacks to more than 200 MB/);
    expect(ms).toBeLessThan(5000);
  });

  test("overlapping entries: every sheet's directory entry points at the same 150 MB of data", () => {
    const big = `<worksheet><sheetData/></worksheet>${" ".repeat(150 * 1024 * 1024)}`;
    const shared = deflated("xl/worksheets/sheet1.xml", big);
    const others = partEntries()
      .filter(([n]) => !n.startsWith("xl/worksheets/sheet"))
      .map(([n, c]) => deflated(n, c));
    const aliases = partNames()
      .filter((n) => n.startsWith("xl/worksheets/sheet") && n !== "xl/worksheets/sheet1.xml")
      .map((name) => ({ name, of: "xl/worksheets/sheet1.xml" }));
    const { result, ms } = timed(() => refused(buildZip([shared, ...others], aliases)));
    expect(result).toMatch(/unpacks to more than 200 MB/);
    expect(ms).toBeLessThan(5000);
  });

  test("the limit is the reader's budget for the whole file, not per entry", () => {
    expect(defaultLimits({}).maxUnpackedBytes).toBe(200 * 1024 * 1024);
  });
});

describe("a million rows", () => {
  const rows = (from: number, to: number): string => {
    const out: string[] = [];
    for (let r = from; r <= to; r++)
      out.push(`<row r="${r}"><c r="A${r}"><v>2019</v></c><c r="D${r}"><v>1</v></c></row>`);
    return out.join("");
  };
  const sheetWith = (extraRows: string): string =>
    text(COSTS_SHEET).replace("</sheetData>", `${extraRows}</sheetData>`);

  test("a table of 1,048,576 rows: read in seconds, the first rows only, with a finding saying so", () => {
    const table = "xl/tables/table3.xml";
    const bytes = example({
      [COSTS_SHEET]: sheetWith(rows(17, 1048576)),
      [table]: text(table).replace('ref="A4:D16"', 'ref="A4:D1048576"'),
    });
    const { result: v, ms } = timed(() => read(bytes));
    expect(ms).toBeLessThan(8000);
    const tooLong = v.findings.find((f) => f.message.en.includes("only the first"));
    expect(tooLong?.message.en).toContain(`has 1048572 rows; only the first ${MAX_TABLE_ROWS} are read`);
    expect(v.findings.length).toBeLessThanOrEqual(200);
  });

  test("1,048,576 rows outside any table cost nothing: the scan stops past the tables", () => {
    const bytes = example({ [COSTS_SHEET]: sheetWith(rows(30, 1048576)) });
    const { result: v, ms } = timed(() => read(bytes));
    expect(ms).toBeLessThan(8000);
    expect(v.findings).toEqual([]);
    expect(v.evaluation.figures).toEqual(evaluate(earlyInterventionExample()).figures);
  });
});
