/**
 * One contract table's grid → rows of raw values with their cell addresses, and everything that
 * would otherwise be dropped silently: a column header that matches twice, a Total row (not data),
 * values typed just below or right of the table, rows whose formula cells are empty (a row
 * inserted where the table's formulas did not follow), a table longer than a reader reads.
 */
import { isBlank } from "../domain/coerce";
import type { FieldRef, RawValue } from "../domain/model";
import { cellAddress, parseRange, rangeAddress, sheetAddress } from "./a1";
import type { GridRange } from "./grid-parser";
import { TABLE_ID, TABLE_PATH, cellText, norm, problem, rawValue, type ParseState } from "./parse-state";
import type { ColumnDef, TableDef } from "./tables";

/** The table's language: the one in which more of its headers are written exactly. */
function languageOf(def: TableDef, header: readonly unknown[]): "sv" | "en" {
  const exact = (lang: "sv" | "en"): number =>
    def.columns.filter((c) => header.some((h) => cellText(h) === c.header[lang])).length;
  return exact("en") > exact("sv") ? "en" : "sv";
}

/**
 * Where each column is, by header in either language; a missing input column or a twice-matched one is
 * a finding. A column added in a later contract version may be absent (an older workbook): it reads blank.
 */
function findColumns(def: TableDef, grid: GridRange, st: ParseState): Map<string, number> {
  const header = grid.values[0] ?? [];
  const lang = languageOf(def, header);
  const box = parseRange(grid.address);
  const columns = new Map<string, number>();
  for (const col of def.columns) {
    const at = header.flatMap((h, i) =>
      norm(h) === norm(col.header.sv) || norm(h) === norm(col.header.en) ? [i] : [],
    );
    if (at.length > 1) duplicateHeader(def, col, grid, at, st);
    const chosen = at.find((i) => cellText(header[i]) === col.header[lang]) ?? at[0];
    if (chosen !== undefined) columns.set(col.key, chosen);
    else if (!col.formula && col.since === undefined)
      problem(
        st,
        TABLE_ID[def.key],
        `Kolumnen ${col.header.sv} saknas i tabellen ${def.name}; dess värden kan inte läsas.`,
        `The column ${col.header.en} is missing from the table ${def.name}; its values cannot be read.`,
        [TABLE_PATH[def.key]],
      );
    if (chosen !== undefined)
      st.cells.set(
        `${TABLE_PATH[def.key]}.header.${col.key}`,
        sheetAddress(grid.sheet, cellAddress(box.r1, box.c1 + chosen)),
      );
  }
  return columns;
}

function duplicateHeader(def: TableDef, col: ColumnDef, grid: GridRange, at: readonly number[], st: ParseState): void {
  const box = parseRange(grid.address);
  const cells = at.map((i) => sheetAddress(grid.sheet, cellAddress(box.r1, box.c1 + i)));
  const refs = cells.map((cell, i) => {
    const ref = `${TABLE_PATH[def.key]}.header.${col.key}#${i + 1}`;
    st.cells.set(ref, cell);
    return ref;
  });
  const names = at.map((i) => `"${cellText((grid.values[0] ?? [])[i])}"`).join(", ");
  problem(
    st,
    TABLE_ID[def.key],
    `Tabellen ${def.name} har flera kolumner för ${col.header.sv} (${names}, ${cells.join(", ")}); ` +
      `ta bort eller byt namn på den som inte ska räknas.`,
    `The table ${def.name} has several columns for ${col.header.en} (${names}, ${cells.join(", ")}); ` +
      `delete or rename the one that should not count.`,
    refs,
  );
}

/** Values in a grid beside the table: one finding naming the cells that hold something. */
function besideTable(def: TableDef, side: GridRange | undefined, where: "below" | "right", st: ParseState): void {
  if (!side) return;
  const box = parseRange(side.address);
  const filled: [number, number][] = [];
  side.values.forEach((line, r) => line.forEach((v, c) => !isBlank(v) && filled.push([box.r1 + r, box.c1 + c])));
  if (filled.length === 0) return;
  const rows = filled.map(([r]) => r);
  const cols = filled.map(([, c]) => c);
  const range = sheetAddress(
    side.sheet,
    rangeAddress(Math.min(...rows), Math.min(...cols), Math.max(...rows), Math.max(...cols)),
  );
  const ref = `${TABLE_PATH[def.key]}.${where}`;
  st.cells.set(ref, range);
  problem(
    st,
    TABLE_ID[def.key],
    `${range} har värden ${where === "below" ? "under" : "till höger om"} tabellen ${def.name} men hör inte till den ` +
      `och räknas inte: utöka tabellen (dra i dess nedre högra hörn, eller Infoga → Tabellrader).`,
    `${range} holds values ${where === "below" ? "below" : "to the right of"} the table ${def.name} but is not part ` +
      `of it and does not count: extend the table (drag its bottom-right corner, or Insert → Table Rows).`,
    [ref],
  );
}

/** A data row with input but with empty formula cells: the table's formulas did not come with the row. */
function missingFormulas(
  def: TableDef,
  grid: GridRange,
  columns: Map<string, number>,
  r: number,
  st: ParseState,
): void {
  if (!grid.formulas) return; // a reader without formulas cannot tell
  const line = grid.values[r] ?? [];
  const formulas = grid.formulas[r] ?? [];
  const formulaCols = def.columns.filter((c) => c.formula && columns.has(c.key));
  const empty = formulaCols.filter((c) => {
    const at = columns.get(c.key)!;
    const f = formulas[at];
    return !(typeof f === "string" && f.startsWith("=")) && isBlank(line[at]);
  });
  const inputs = def.columns.filter((c) => !c.formula && columns.has(c.key));
  if (empty.length === 0 || inputs.every((c) => isBlank(line[columns.get(c.key)!]))) return;
  st.rowsWithoutFormulas += 1;
  const box = parseRange(grid.address);
  const at = empty.map((c) => sheetAddress(grid.sheet, cellAddress(box.r1 + r, box.c1 + columns.get(c.key)!)));
  const refs = empty.map((c, i) => {
    const ref = `${TABLE_PATH[def.key]}[${r - 1}].${c.key}`;
    st.cells.set(ref, at[i]!);
    return ref;
  });
  const headers = (lang: "sv" | "en"): string => empty.map((c) => c.header[lang]).join(", ");
  problem(
    st,
    "R17",
    `Raden saknar tabellens formler (${headers("sv")}: ${at.join(", ")}), så den räknas fel; kopiera formlerna ` +
      `från raden ovanför (LibreOffice fyller inte i dem i infogade rader).`,
    `The row lacks the table's formulas (${headers("en")}: ${at.join(", ")}), so it counts wrongly; copy the ` +
      `formulas from the row above (LibreOffice does not fill them into inserted rows).`,
    refs,
  );
}

/** One table: header row first, then its data rows as raw values (their cell addresses go to `st.cells`). */
export function readTable(def: TableDef, grid: GridRange | undefined, st: ParseState): Record<string, RawValue>[] {
  const path = TABLE_PATH[def.key];
  if (grid === undefined) {
    problem(
      st,
      TABLE_ID[def.key],
      `Tabellen ${def.name} saknas i arbetsboken (bladet kan ha raderats eller tabellen bytt namn).`,
      `The table ${def.name} is missing from the workbook (its sheet may have been deleted or the table renamed).`,
      [path],
    );
    return [];
  }
  const box = parseRange(grid.address);
  st.cells.set(path, sheetAddress(grid.sheet, grid.address.replace(/^.*!/, "")));
  const columns = findColumns(def, grid, st);
  const last = grid.values.length - (grid.totalsRows ?? 0);
  const rows: Record<string, RawValue>[] = [];
  for (let r = 1; r < last; r++) {
    const line = grid.values[r] ?? [];
    const row: Record<string, RawValue> = {};
    for (const col of def.columns.filter((c) => !c.formula)) {
      const at = columns.get(col.key);
      row[col.key] = at === undefined ? null : rawValue(line[at]);
      if (at !== undefined)
        st.cells.set(`${path}[${r - 1}].${col.key}`, sheetAddress(grid.sheet, cellAddress(box.r1 + r, box.c1 + at)));
    }
    missingFormulas(def, grid, columns, r, st);
    rows.push(row);
  }
  besideTable(def, grid.below, "below", st);
  besideTable(def, grid.right, "right", st);
  if (grid.fullRows !== undefined) tooLong(def, grid, rows.length, st);
  return rows;
}

function tooLong(def: TableDef, grid: GridRange, read: number, st: ParseState): void {
  const ref: FieldRef = TABLE_PATH[def.key];
  problem(
    st,
    TABLE_ID[def.key],
    `Tabellen ${def.name} har ${grid.fullRows} rader; bara de första ${read} läses. En ansökan har inte så många: ` +
      `ta bort de tomma raderna.`,
    `The table ${def.name} has ${grid.fullRows} rows; only the first ${read} are read. An application has not ` +
      `that many: delete the empty rows.`,
    [ref],
  );
}
