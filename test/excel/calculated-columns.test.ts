/**
 * Calculated table columns: a row the user adds to a table gets the column's formulas, in Excel (through
 * Microsoft's client library and the fake host, which fills a calculated column as Excel does) and in the
 * file `sif template` writes (its table part carries `<calculatedColumnFormula>`, which ExcelJS leaves out).
 */
import JSZip from "jszip";
import { insertTemplates } from "../../src/excel/insert";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { calculatedColumns, fillFromApplication, parseRange, planWorkbook } from "../../src/templates";
import { markCalculatedColumns } from "../../src/xlsx/calculated-columns";
import { workbookBytes } from "../../src/xlsx/write";
import { installExcelHost } from "../host/install";

const SAVING = "IFERROR(Besparingar[[#This Row],[Volym]]*Besparingar[[#This Row],[Kostnad per enhet]]*";

test("the templates' calculated columns: the formulas every row of a table column shares", () => {
  const columns = planWorkbook("sv").flatMap(calculatedColumns);
  expect(columns.map((c) => `${c.table}[${c.column}]`)).toEqual([
    "Parter[Regionen]",
    "Parter[Medfinansierar]",
    "Parter[Sparar]",
    "Parter[Återför]",
    "Besparingar[Besparing]",
    "Besparingar[Regionen]",
  ]);
  expect(columns.find((c) => c.column === "Besparing")!.formula.startsWith(SAVING)).toBe(true);
});

test("a row the user adds to Besparingar in Excel gets the calculated columns' formulas", async () => {
  const env = installExcelHost();
  try {
    await insertTemplates("sv", undefined, fillFromApplication(earlyInterventionExample(), "sv"));
    const table = env.state.tables.find((t) => t.name === "Besparingar")!;
    const before = parseRange(table.range);
    const values: unknown[] = table.headers.map(() => null);
    values[table.headers.indexOf("År")] = 2024;
    values[table.headers.indexOf("Verksamhet eller part")] = "Barn- och ungdomspsykiatrin";
    values[table.headers.indexOf("Volym")] = 10;
    env.state.addTableRow("Besparingar", values);
    const row = before.r2 + 1;
    expect(parseRange(table.range).r2).toBe(row);
    const cell = (header: string) => table.sheet.cell(row, before.c1 + table.headers.indexOf(header));
    expect(cell("Besparing")?.formula).toBe(`=${calculatedColumns(planWorkbook("sv")[4]!)[0]!.formula}`);
    expect(cell("Besparing")?.formula?.slice(1).startsWith(SAVING)).toBe(true);
    expect(cell("Regionen")?.formula).toMatch(/^=IF\(SUMPRODUCT/);
    expect(cell("Volym")?.value).toBe(10);
  } finally {
    env.uninstall();
  }
});

test("the file's table parts say which columns are calculated, and with what formula", async () => {
  const zip = await JSZip.loadAsync(await workbookBytes(planWorkbook("sv")));
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async("string")),
  );
  const savings = parts.find((x) => x.includes('displayName="Besparingar"'))!;
  const column = (name: string) =>
    new RegExp(`<tableColumn [^>]*name="${name}"[^>]*>(.*?)</tableColumn>`).exec(savings);
  expect(column("Besparing")![1]).toMatch(/^<calculatedColumnFormula>IFERROR\(Besparingar\[\[#This Row\],\[Volym\]\]/);
  expect(savings).toContain('name="Volym" totalsRowFunction="none"/>'); // still self-closing: no formula
  expect(parts.filter((x) => x.includes("<calculatedColumnFormula>")).length).toBe(2); // Parter, Besparingar
});

test("a formula with quotes and ampersands is escaped in the table part", () => {
  const xml =
    '<tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B &amp; C"/></tableColumns>';
  const out = markCalculatedColumns(xml, new Map([["B & C", 'IF(X="a",1,"<b>")']]));
  expect(out).toBe(
    '<tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B &amp; C">' +
      "<calculatedColumnFormula>IF(X=&quot;a&quot;,1,&quot;&lt;b&gt;&quot;)</calculatedColumnFormula>" +
      "</tableColumn></tableColumns>",
  );
});
