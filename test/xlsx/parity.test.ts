/**
 * One layout, two writers, one truth: the Office.js writer (through the test double) and the
 * ExcelJS writer produce the same workbook, cell by cell: values, formulas, number formats,
 * tables, names, drop-downs and conditional formats.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../src/domain";
import { insertTemplates } from "../../src/excel/insert";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, NO_FILL, parseRange, planWorkbook, rangeAddress, type Fill } from "../../src/templates";
import { excelSerial } from "../../src/templates/render";
import { writeWorkbookFile } from "../../src/xlsx/write";
import type { WorkbookState } from "../double/workbook-state";
import { installExcelHost } from "../host/install";

interface Normalised {
  charts: string[];
  sheets: string[];
  cells: Record<string, string>;
  tables: Record<string, string>;
  names: Record<string, string>;
  validations: Record<string, string>;
  conditionalFormats: string[];
}

const expand = (range: string): string[] => {
  const { r1, c1, r2, c2 } = parseRange(range);
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(rangeAddress(r, c, r, c));
  return out;
};

function fromDouble(state: WorkbookState): Normalised {
  const n: Normalised = {
    charts: [],
    sheets: [],
    cells: {},
    tables: {},
    names: {},
    validations: {},
    conditionalFormats: [],
  };
  for (const s of state.sheets) {
    for (const c of s.charts)
      n.charts.push(
        `${c.title} @${c.from}:${c.to} ` +
          `${c.series.map((x) => `${x.name}=${x.values}/${x.xValues ?? ""}/${x.chartType ?? "column"}`).join(", ")}`,
      );
    n.sheets.push(s.name);
    for (const [key, c] of s.cells) {
      const [r, col] = key.split(",").map(Number) as [number, number];
      const entry = c.formula ?? c.value;
      if (entry === "" && c.numberFormat === "General") continue;
      n.cells[`${s.name}!${rangeAddress(r, col, r, col)}`] = `${JSON.stringify(entry)} | ${c.numberFormat}`;
    }
    for (const v of s.dataValidations)
      for (const a of expand(v.range)) n.validations[`${s.name}!${a}`] = ruleKey(v.rule);
    for (const cf of s.conditionalFormats)
      n.conditionalFormats.push(`${s.name}!${cf.range} ${cf.formula} ${cf.fill ?? ""} ${cf.fontColor ?? ""}`);
  }
  for (const t of state.tables) n.tables[t.name] = `${t.sheet.name}!${t.range} ${t.headers.join("|")}`;
  for (const nm of state.names) n.names[nm.name] = `${nm.sheet.name}!${nm.range}`;
  n.conditionalFormats.sort();
  return n;
}

/** Office.js rule objects and ExcelJS validations, in one comparable form. */
function ruleKey(rule: Record<string, unknown>): string {
  const [type, body] = Object.entries(rule)[0] as [string, Record<string, string | number | boolean | undefined>];
  if (type === "list") return `list ${String(body.source)}`;
  if (type === "wholeNumber") return `whole ${String(body.formula1)}..${String(body.formula2)}`;
  if (type === "decimal")
    return `decimal ${String(body.formula1)}..${body.formula2 === undefined ? "" : String(body.formula2)}`;
  return `date >${String(body.formula1)}`;
}

function excelJsRuleKey(v: ExcelJS.DataValidation): string {
  const f = v.formulae ?? [];
  if (v.type === "list") {
    const s = String(f[0]);
    return `list ${s.startsWith('"') ? s.slice(1, -1) : `=${s}`}`;
  }
  if (v.type === "whole") return `whole ${String(f[0])}..${String(f[1])}`;
  if (v.type === "decimal") return `decimal ${String(f[0])}..${f[1] === undefined ? "" : String(f[1])}`;
  const d = f[0] instanceof Date ? f[0].toISOString().slice(0, 10) : String(f[0]);
  return `date >${d}`;
}

async function fromXlsx(path: string): Promise<Normalised> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const n: Normalised = {
    charts: await chartsIn(path),
    sheets: [],
    cells: {},
    tables: {},
    names: {},
    validations: {},
    conditionalFormats: [],
  };
  wb.eachSheet((ws) => {
    n.sheets.push(ws.name);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value;
        let entry: unknown;
        if (v === null || v === undefined) entry = "";
        else if (v instanceof Date) entry = excelSerial(v);
        else if (typeof v === "object" && "formula" in v) entry = `=${v.formula}`;
        else if (typeof v === "object" && "error" in v) entry = `=${v.error}`;
        else entry = v;
        const fmt = cell.numFmt ?? "General";
        if (entry === "" && fmt === "General") return;
        n.cells[`${ws.name}!${cell.address}`] = `${JSON.stringify(entry)} | ${fmt}`;
      }),
    );
    for (const t of ws.getTables() as unknown as {
      table: { name: string; tableRef: string; columns: { name: string }[] };
    }[]) {
      n.tables[t.table.name] = `${ws.name}!${t.table.tableRef} ${t.table.columns.map((c) => c.name).join("|")}`;
    }
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations
      .model;
    for (const [addr, v] of Object.entries(dv))
      for (const a of expand(addr)) n.validations[`${ws.name}!${a}`] = excelJsRuleKey(v);
    for (const cf of (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: {
            formulae: string[];
            style: { fill?: { bgColor?: { argb: string } }; font?: { color?: { argb: string } } };
          }[];
        }[];
      }
    ).conditionalFormattings) {
      const rule = cf.rules[0]!;
      const hex = (argb?: string): string => (argb ? `#${argb.slice(2)}` : "");
      n.conditionalFormats.push(
        `${ws.name}!${cf.ref} =${rule.formulae[0]} ` +
          `${hex(rule.style.fill?.bgColor?.argb)} ${hex(rule.style.font?.color?.argb)}`,
      );
    }
  });
  for (const d of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^'?(.*?)'?!(.*)$/.exec(d.ranges[0]!)!;
    n.names[d.name] = `${m[1]!.replace(/''/g, "'")}!${m[2]!.replace(/\$/g, "")}`;
  }
  n.conditionalFormats.sort();
  return n;
}

/** The charts in the package, read from their DrawingML (ExcelJS does not read charts). */
async function chartsIn(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out: string[] = [];
  for (const file of Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))) {
    const xml = await zip.file(file)!.async("string");
    // chartN.xml sits in drawing_sifN.xml (the writer numbers them together).
    const n = /chart(\d+)\.xml$/.exec(file)![1]!;
    const drawing = await zip.file(`xl/drawings/drawing_sif${n}.xml`)!.async("string");
    const at = [...drawing.matchAll(/<xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>/g)].map((m) =>
      rangeAddress(Number(m[2]), Number(m[1]), Number(m[2]), Number(m[1])),
    );
    const title = /<a:t>([^<]*)<\/a:t>/.exec(xml)![1];
    const unref = (f: string): string => f.replace(/^.*!/, "").replace(/\$/g, "");
    const series = [...xml.matchAll(/<c:ser>.*?<\/c:ser>/g)]
      .map((m) => {
        const ser = m[0];
        const idx = Number(/<c:idx val="(\d+)"/.exec(ser)![1]);
        const name = /<c:v>([^<]*)<\/c:v>/.exec(ser)![1];
        const [cat, val] = [...ser.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((x) => unref(x[1]!));
        const type = ser.includes("<c:marker>") ? "Line" : "column";
        return { idx, text: `${name}=${val}/${cat}/${type}` };
      })
      .sort((a, b) => a.idx - b.idx)
      .map((x) => x.text);
    // Office.js: the first series comes with the chart (its category range is set afterwards).
    out.push(`${title} @${at[0]}:${at[1]} ${series.join(", ")}`);
  }
  return out;
}

describe.each<[string, Lang, () => Fill]>([
  ["the blank Swedish template", "sv", () => NO_FILL],
  ["the blank English template", "en", () => NO_FILL],
  ["the filled example", "sv", () => fillFromApplication(earlyInterventionExample(), "sv")],
])("%s", (_what, lang, fill) => {
  let office: Normalised;
  let file: Normalised;
  beforeAll(async () => {
    const env = installExcelHost();
    await insertTemplates(lang, undefined, fill());
    office = fromDouble(env.state);
    env.uninstall();
    const path = join(mkdtempSync(join(tmpdir(), "sif-parity-")), "a.xlsx");
    await writeWorkbookFile(planWorkbook(lang, fill()), path);
    file = await fromXlsx(path);
  });
  test("same sheets in the same order", () => expect(file.sheets).toEqual(office.sheets));
  test("same cells: values, formulas and number formats", () => {
    expect(Object.keys(office.cells).length).toBeGreaterThan(500);
    expect(file.cells).toEqual(office.cells);
  });
  test("same tables", () => expect(file.tables).toEqual(office.tables));
  test("same names", () => expect(file.names).toEqual(office.names));
  test("same drop-downs and checks", () => expect(file.validations).toEqual(office.validations));
  test("same conditional formats", () => expect(file.conditionalFormats).toEqual(office.conditionalFormats));
  test("same charts", () => {
    expect(office.charts).toHaveLength(2); // Nyckeltal's per-year chart, Känslighet's per-unit chart
    expect(file.charts).toEqual(office.charts);
  });
});
