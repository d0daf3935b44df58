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
