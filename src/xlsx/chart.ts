/**
 * Charts for the .xlsx writer. ExcelJS cannot write charts, so the chart a plan asks for is added
 * to the saved package as DrawingML (a chart part, a drawing part, their relationships and content
 * types) — the same chart the Office.js writer adds with `worksheet.charts.add`.
 */
import JSZip from "jszip";
import { absoluteRange, parseCell, parseRange, quotedSheet } from "../templates/a1";
import type { ChartPlan, SheetPlan } from "../templates/plan";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

const SERIES_COLOURS = ["A4262C", "107C41", "005A9E", "8764B8"];

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `F5:F19` on sheet `Nyckeltal` → `'Nyckeltal'!$F$5:$F$19`. */
function absolute(sheet: string, range: string): string {
  const { r1, c1, r2, c2 } = parseRange(range);
  return `${quotedSheet(sheet)}!${absoluteRange(r1, c1, r2, c2)}`;
}

export function chartXml(sheet: string, chart: ChartPlan): string {
  const series = (kind: "column" | "line"): string =>
    chart.series
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.kind === kind)
      .map(({ s, i }) => {
        const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
        const sp =
          kind === "line"
            ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>` +
              `<c:marker><c:symbol val="none"/></c:marker>`
            : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
        return (
          `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${sp}` +
          `<c:cat><c:numRef><c:f>${esc(absolute(sheet, chart.categories))}</c:f></c:numRef></c:cat>` +
          `<c:val><c:numRef><c:f>${esc(absolute(sheet, s.values))}</c:f></c:numRef></c:val>` +
          `${kind === "line" ? '<c:smooth val="0"/>' : ""}</c:ser>`
        );
      })
      .join("");
  const axes = '<c:axId val="5001"/><c:axId val="5002"/>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="sv-SE" sz="1200" b="1"/><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series("column")}<c:gapWidth val="60"/>${axes}</c:barChart>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    `${series("line")}<c:marker val="1"/>${axes}</c:lineChart>` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines>` +
    `<c:spPr><a:ln><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(chart: ChartPlan, chartRelId: string): string {
  const from = parseCell(chart.from);
  const to = parseCell(chart.to);
  const anchor = (tag: string, p: { row: number; col: number }): string =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor>${anchor("from", from)}${anchor("to", to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="2" name="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartRelId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

const relsXml = (rels: { id: string; type: string; target: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">` +
  `${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("")}</Relationships>`;

/** Sheet name → its part path ("xl/worksheets/sheet8.xml"), from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name && target)
      parts.set(
        name
          .replace(/&amp;/g, "&")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&apos;/g, "'"),
        target,
      );
  }
  return parts;
}

/** Adds every plan's chart to a saved .xlsx package. */
export async function addCharts(xlsx: Buffer | ArrayBuffer | Uint8Array, plans: readonly SheetPlan[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let n = 0;
  for (const plan of plans) {
    if (!plan.chart) continue;
    const sheetPath = parts.get(plan.name);
    if (!sheetPath) throw new Error(`Sheet ${plan.name} is not in the package`);
    n += 1;
    const chartPath = `xl/charts/chart${n}.xml`;
    const drawingPath = `xl/drawings/drawing_sif${n}.xml`;
    zip.file(chartPath, chartXml(plan.name, plan.chart));
    zip.file(drawingPath, drawingXml(plan.chart, "rId1"));
    zip.file(
      drawingPath.replace("drawings/", "drawings/_rels/") + ".rels",
      relsXml([{ id: "rId1", type: REL_CHART, target: `../charts/chart${n}.xml` }]),
    );

    const sheetRelsPath = sheetPath.replace("worksheets/", "worksheets/_rels/") + ".rels";
    const existing = (await zip.file(sheetRelsPath)?.async("string")) ?? relsXml([]);
    const relId = `rIdSifDrawing${n}`;
    zip.file(
      sheetRelsPath,
      existing.replace(
        "</Relationships>",
        `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing_sif${n}.xml"/></Relationships>`,
      ),
    );

    let sheet = (await zip.file(sheetPath)?.async("string")) ?? "";
    if (!sheet.includes(`xmlns:r="${NS.r}"`)) sheet = sheet.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `);
    // CT_Worksheet order: <drawing> comes before legacyDrawing, tableParts and extLst.
    const before = [
      "<legacyDrawing",
      "<legacyDrawingHF",
      "<picture",
      "<oleObjects",
      "<controls",
      "<webPublishItems",
      "<tableParts",
      "<extLst",
      "</worksheet>",
    ]
      .map((tag) => sheet.indexOf(tag))
      .filter((i) => i >= 0);
    const at = Math.min(...before);
    sheet = `${sheet.slice(0, at)}<drawing r:id="${relId}"/>${sheet.slice(at)}`;
    zip.file(sheetPath, sheet);

    types = types.replace(
      "</Types>",
      `<Override PartName="/${chartPath}" ` +
        `ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Override PartName="/${drawingPath}" ` +
        `ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
