/**
 * The focused scanner (scanSheetXml) reads every part of files written by ExcelJS, openpyxl and
 * LibreOffice exactly as saxes, a general XML parser, does: the same elements, attributes and text.
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scanSheetXml, scanXml, type XmlHandlers } from "../../src/xlsx/xml";

function events(scan: typeof scanXml, xml: string): string[] {
  const out: string[] = [];
  let text = "";
  const flush = (): void => {
    if (text.trim() !== "") out.push(`text ${text}`);
    text = "";
  };
  const handlers: XmlHandlers = {
    open(name, attrs) {
      flush();
      out.push(`open ${name} ${JSON.stringify(Object.entries(attrs).sort())}`);
    },
    close(name) {
      flush();
      out.push(`close ${name}`);
    },
    text(t) {
      text += t;
    },
  };
  scan(xml, () => handlers);
  return out;
}

test.each(["example-openpyxl.xlsx", "example-libreoffice.xlsx", "rows-under-table.xlsx"])(
  "every XML part of %s scans alike",
  async (name) => {
    const zip = await JSZip.loadAsync(readFileSync(join(__dirname, "..", "fixtures", name)));
    const parts = Object.values(zip.files).filter((f) => /\.(xml|rels)$/.test(f.name));
    expect(parts.length).toBeGreaterThan(20);
    for (const part of parts) {
      const xml = await part.async("string");
      expect({ part: part.name, events: events(scanSheetXml, xml) }).toEqual({
        part: part.name,
        events: events(scanXml, xml),
      });
    }
  },
);

test("entities, CDATA, comments and single-quoted attributes", () => {
  const xml =
    `<?xml version="1.0"?><!-- a comment --><a x='1 &amp; 2' y="&#229;">` +
    `<b>&lt;&#x263A;&gt;</b><![CDATA[<raw>]]><c/></a>`;
  expect(events(scanSheetXml, xml)).toEqual(events(scanXml, xml));
});
