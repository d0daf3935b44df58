/**
 * Files made to hurt, and files users make by accident, through the .xlsx reader: every one ends in
 * seconds with a clear message or a finding naming cells — never a hang, a raw JavaScript error, or a
 * silent wrong number. (Each test has a 10 s limit; the reader must answer well within it.)
 */
import JSZip from "jszip";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { evaluate } from "../../src/domain";
import { fillFromApplication, planWorkbook, reviewGrids, type ApplicationReview } from "../../src/templates";
import { defaultLimits, FileProblem } from "../../src/xlsx/load";
import { readApplicationBytes, MAX_TABLE_ROWS } from "../../src/xlsx/file-reader";
import { workbookBytes } from "../../src/xlsx/write";
import { buildZip, deflated, zeroBomb, type RawEntry } from "./zip-builder";

jest.setTimeout(10_000);

const COSTS_SHEET = "xl/worksheets/sheet3.xml"; // Kostnader, the third sheet
let parts: Map<string, Buffer>;

beforeAll(async () => {
  const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(earlyInterventionExample(), "sv")));
  const zip = await JSZip.loadAsync(bytes);
  parts = new Map();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) parts.set(name, await f.async("nodebuffer"));
});

/** The example with some parts replaced (a string or Buffer: deflated; a RawEntry: as given). */
function example(changes: Record<string, string | Buffer | RawEntry> = {}): Buffer {
  const entries: RawEntry[] = [];
  for (const [name, content] of parts) {
    const change = changes[name];
    if (change === undefined) entries.push(deflated(name, content));
    else entries.push(typeof change === "string" || Buffer.isBuffer(change) ? deflated(name, change) : change);
  }
  return buildZip(entries);
}

const text = (name: string): string => parts.get(name)!.toString("utf8");

function read(bytes: Buffer): ApplicationReview {
  return reviewGrids(readApplicationBytes(bytes, "test.xlsx").grids);
}

function refused(bytes: Buffer): string {
  try {
    readApplicationBytes(bytes, "test.xlsx");
  } catch (e) {
    expect(e).toBeInstanceOf(FileProblem);
    return (e as FileProblem).en;
  }
  throw new Error("the file was read");
}

const timed = <T>(f: () => T): { result: T; ms: number } => {
  const start = Date.now();
  const result = f();
  return { result, ms: Date.now() - start };
};

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
      [...parts.keys()]
        .filter((n) => n.startsWith("xl/worksheets/sheet"))
        .map((n) => [n, { name: n, data: gib, declaredSize: 1000 }]),
    );
    const junk = Array.from({ length: 45 - Object.keys(sheets).length }, (_, i) => ({
      name: `xl/media/junk${i}.bin`,
      data: gib,
      declaredSize: 1000,
    }));
    const bytes = buildZip([...[...parts].map(([n, c]) => (sheets[n] ? sheets[n] : deflated(n, c))), ...junk]);
    const { result, ms } = timed(() => refused(bytes));
    expect(result).toMatch(/unpacks to more than 200 MB/);
    expect(ms).toBeLessThan(5000);
  });

  test("overlapping entries: every sheet's directory entry points at the same 150 MB of data", () => {
    const big = `<worksheet><sheetData/></worksheet>${" ".repeat(150 * 1024 * 1024)}`;
    const shared = deflated("xl/worksheets/sheet1.xml", big);
    const others = [...parts].filter(([n]) => !n.startsWith("xl/worksheets/sheet")).map(([n, c]) => deflated(n, c));
    const aliases = [...parts.keys()]
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

describe("what users do by accident", () => {
  test("a table's Total row (Excel: one click) is not data: no R18 for 'Summa' in the year column", () => {
    const table = "xl/tables/table3.xml";
    const sheet = text(COSTS_SHEET).replace(/<c r="A16"[^>]*\/>/, '<c r="A16" t="inlineStr"><is><t>Summa</t></is></c>');
    const v = read(
      example({
        [COSTS_SHEET]: sheet,
        [table]: text(table).replace('ref="A4:D16"', 'ref="A4:D16" totalsRowCount="1"'),
      }),
    );
    expect(v.findings).toEqual([]);
  });

  test("a sheet-scoped name Startar beside the workbook's: the workbook's is read, and the user is told", () => {
    const wb = text("xl/workbook.xml").replace(
      "</definedNames>",
      '<definedName name="Startar" localSheetId="2">Kostnader!$A$5</definedName></definedNames>',
    );
    const v = read(example({ "xl/workbook.xml": wb }));
    expect(v.evaluation.application.period.start).toBe(2018);
    expect(v.findings.map((f) => [f.id, f.severity])).toEqual([["R17", "warning"]]);
    expect(v.findings[0]!.message.en).toMatch(/also exists for the sheet Kostnader; the workbook's Startar is read/);
  });

  test("a formula without a cached result is 'not recalculated', not 'missing'", () => {
    const sheet = text(COSTS_SHEET).replace(/<c r="D5"([^>]*)><v>[^<]*<\/v><\/c>/, '<c r="D5"$1><f>800000</f></c>');
    expect(sheet).not.toEqual(text(COSTS_SHEET));
    const v = read(example({ [COSTS_SHEET]: sheet }));
    // The cost counts for nothing, so the repayments no longer match (R06) — and R17 says why, on the cell.
    expect(v.findings.map((f) => [f.id, f.cells])).toEqual([
      ["R06", expect.any(Array)],
      ["R17", ["Kostnader!D5"]],
    ]);
    expect(v.findings[1]!.message.en).toMatch(/formula but the file holds no result for it/);
  });

  test("an amount of 1e308 is R17 on its cell; the sums stay finite", () => {
    const app = earlyInterventionExample();
    app.costs[0]!.amount = 1e308;
    app.costs[1]!.amount = 1e308;
    const e = evaluate(app);
    expect(e.findings.filter((f) => f.id === "R17").map((f) => f.refs)).toEqual([
      ["costs[0].amount"],
      ["costs[1].amount"],
    ]);
    expect(Number.isFinite(e.figures.K01)).toBe(true);
  });

  test("not a raw JavaScript error: a damaged part gives a message naming what could not be read", () => {
    const message = refused(example({ "xl/workbook.xml": "<workbook><sheets><sheet name=" }));
    expect(message).toMatch(/cannot be read|damaged/);
  });
});

test("findings are capped at 200 per file, the rest counted", async () => {
  const app = earlyInterventionExample();
  app.costs = Array.from({ length: 300 }, (_, i) => ({ year: 2018, party: "BUP", category: "x", amount: `${i} tkr` }));
  const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(app, "sv")));
  const v = read(bytes);
  expect(v.findings).toHaveLength(200);
  expect(v.moreFindings).toBe(v.counts.error + v.counts.warning + v.counts.info - 200);
  expect(v.counts.error).toBeGreaterThan(300);
});
