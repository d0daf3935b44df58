/**
 * Helper columns that list units without the dynamic arrays of Excel 365: each party of the parties
 * table that meets a condition (repays, saves, …) gets a running number the first time its name
 * appears, and a table looks the n-th one up with INDEX/MATCH. Used by Känslighet and Uppföljning.
 */
import { absoluteRange, cellAddress } from "../a1";
import type { SheetBuilder } from "../sheet-builder";
import type { Refs } from "../tables";

/** How many parties the helper columns look at (the parties table has 6 rows in a new template). */
export const HELPER_PARTIES = 15;

export interface UnitHelpers {
  /** The j-th unit's name (j from 0), or "" when there are fewer. */
  readonly nameOf: (j: number) => string;
  /** The column of running numbers (COUNT of it: how many units there are). */
  readonly rankSpan: string;
}

export interface UnitHelperOptions {
  readonly top: number;
  readonly left: number;
  /** Header of the condition column, and the condition on a name cell (a number > 0 when it holds). */
  readonly what: { readonly sv: string; readonly en: string };
  readonly holds: (nameCell: string) => string;
}

export function writeUnitHelpers(s: SheetBuilder, r: Refs, o: UnitHelperOptions): UnitHelpers {
  const sv = s.lang === "sv";
  const col = { name: o.left, holds: o.left + 1, rank: o.left + 2 };
  const span = (c: number): string => absoluteRange(o.top, c, o.top + HELPER_PARTIES - 1, c);
  const headers = [sv ? "Part i parttabellen" : "Party in the parties table", o.what[s.lang], sv ? "Nummer" : "Number"];
  headers.forEach((h, i) => {
    s.set(o.top - 1, o.left + i, { value: h, style: "header" });
    s.width(o.left + i, i === 0 ? 30 : 12);
  });
  s.text(o.top - 2, o.left, sv ? "Hjälpkolumner (ändra inget)" : "Helper columns (do not edit)", "note");
  for (let k = 0; k < HELPER_PARTIES; k++) {
    const row = o.top + k;
    const name = cellAddress(row, col.name);
    // `&""`: INDEX of an empty cell is 0, not "".
    s.set(row, col.name, { formula: `=IFERROR(INDEX(${r.col("parties", "name")},${k + 1})&"","")`, style: "formula" });
    const earlier =
      k === 0 ? "0" : `SUMPRODUCT(--(TRIM(${absoluteRange(o.top, col.name, row - 1, col.name)})=TRIM(${name})))`;
    s.set(row, col.holds, {
      formula: `=IF(${name}="",0,IF(AND(${o.holds(name)}>0,${earlier}=0),1,0))`,
      style: "formula",
      format: "count",
    });
    s.set(row, col.rank, {
      formula: `=IF(${cellAddress(row, col.holds)}=1,SUM(${absoluteRange(o.top, col.holds, row, col.holds)}),"")`,
      style: "formula",
      format: "count",
    });
  }
  return {
    nameOf: (j) => `IFERROR(INDEX(${span(col.name)},MATCH(${j + 1},${span(col.rank)},0)),"")`,
    rankSpan: span(col.rank),
  };
}
