/**
 * ExcelJS 4.4 cannot read a table column that has a child element: Excel writes `<calculatedColumnFormula>`
 * inside `<tableColumn>` for every calculated column (and sif's files carry it too), and ExcelJS's reader
 * loses track of the column list on it ("Cannot set properties of undefined (setting 'filterButton')"). The
 * tests that read files with ExcelJS, to check them with another library than sif's own reader, get this
 * mend (a jest setup file): the column's children are read past. sif never reads with ExcelJS.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TableColumnXform = require("exceljs/lib/xlsx/xform/table/table-column-xform") as {
  prototype: {
    tag: string;
    model: unknown;
    parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
    parseClose(name: string): boolean;
  };
};

const proto = TableColumnXform.prototype;
const { parseOpen } = Object.getOwnPropertyDescriptors(proto);
const open = parseOpen.value as (this: typeof proto, node: { name: string }) => boolean;
proto.parseOpen = function (node) {
  if (node.name === this.tag) return open.call(this, node);
  return true; // a child of the column (calculatedColumnFormula, totalsRowFormula, …): read past it
};
proto.parseClose = function (name) {
  return name !== this.tag; // done only at the column's own end
};
