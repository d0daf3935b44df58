/**
 * A thin layer over saxes (a well-kept streaming XML parser): elements by their local name, so
 * `<x:c>` (some writers prefix the spreadsheet namespace) reads like `<c>`, entities decoded.
 * `stop()` ends a scan early: a sheet's rows come in order, so a reader stops past its last row.
 */
import { SaxesParser } from "saxes";

export interface XmlHandlers {
  open?(name: string, attrs: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);
const CHUNK = 1 << 16;

/** Scans `xml`, calling the handlers; `handlers` may call the returned `stop` to end early. */
export function scanXml(xml: string, handlers: (stop: () => void) => XmlHandlers): void {
  let stopped = false;
  const h = handlers(() => {
    stopped = true;
  });
  const parser = new SaxesParser({ position: false }); // no line/column tracking: faster
  parser.on("opentag", (tag) => {
    if (stopped) return;
    // Attributes as written: those the readers use (r, t, ref, name…) carry no prefix in any writer's files.
    h.open?.(localName(tag.name), tag.attributes as Record<string, string>);
  });
  parser.on("closetag", (tag) => {
    if (!stopped) h.close?.(localName(tag.name));
  });
  parser.on("text", (t) => {
    if (!stopped) h.text?.(t);
  });
  parser.on("cdata", (t) => {
    if (!stopped) h.text?.(t);
  });
  for (let i = 0; i < xml.length && !stopped; i += CHUNK) parser.write(xml.slice(i, i + CHUNK));
  if (!stopped) parser.close();
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (all, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? all;
  });
}

/** The attributes between `from` and `to` (inside one tag), by character codes. */
function attributes(xml: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = from;
  while (i < to) {
    while (i < to && xml.charCodeAt(i) <= 32) i++;
    const eq = xml.indexOf("=", i);
    if (eq < 0 || eq >= to) break;
    const key = xml.slice(i, eq).trim();
    let q = eq + 1;
    while (q < to && xml.charCodeAt(q) <= 32) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") break;
    const close = xml.indexOf(quote, q + 1);
    if (close < 0 || close > to) break;
    out[key] = decodeEntities(xml.slice(q + 1, close));
    i = close + 1;
  }
  return out;
}

/**
 * The same handlers over a sheet part, by a focused scanner: a worksheet is a flat, machine-written
 * grammar (elements, attributes, text; a declaration and perhaps comments or CDATA) read for every file,
 * and this is several times faster than a general parser there. Anything it cannot make sense of falls
 * back to saxes, which reports malformed XML properly.
 */
export function scanSheetXml(xml: string, handlers: (stop: () => void) => XmlHandlers): void {
  let stopped = false;
  const h = handlers(() => {
    stopped = true;
  });
  let i = 0;
  while (!stopped && i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    if (lt > i && h.text) h.text(decodeEntities(xml.slice(i, lt)));
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0) return scanXml(xml, handlers);
      h.text?.(xml.slice(lt + 9, end));
      i = end + 3;
      continue;
    }
    const close = xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt) + 2 : xml.indexOf(">", lt);
    if (close < 1) return scanXml(xml, handlers);
    i = close + 1;
    const ch = xml.charCodeAt(lt + 1);
    if (ch === 63 /* ? */ || ch === 33 /* ! */) continue;
    if (ch === 47 /* / */) {
      h.close?.(localName(xml.slice(lt + 2, close).trim()));
      continue;
    }
    const selfClosing = xml.charCodeAt(close - 1) === 47;
    const end = selfClosing ? close - 1 : close;
    let j = lt + 1;
    while (j < end && xml.charCodeAt(j) > 32) j++;
    const name = localName(xml.slice(lt + 1, j));
    const attrs = j < end ? attributes(xml, j, end) : {};
    h.open?.(name, attrs);
    if (selfClosing && !stopped) h.close?.(name);
  }
}
