/**
 * The parts of a workbook package `sif` reads, whoever wrote it (Excel, LibreOffice, openpyxl,
 * ExcelJS): the sheets and defined names (xl/workbook.xml), where each sheet lives
 * (relationships, relative or absolute targets), each sheet's table parts, and the shared strings.
 */
import { scanSheetXml as scanXml } from "./xml";
import type { ZipArchive } from "./zip";

export interface SheetPart {
  readonly name: string;
  /** Zero-based position in the workbook (what a defined name's `localSheetId` refers to). */
  readonly index: number;
  readonly path: string;
}

export interface DefinedName {
  readonly name: string;
  /** `'Ansökan'!$C$5`, `#REF!`… as written. */
  readonly ref: string;
  /** Set for a name scoped to one sheet. */
  readonly sheetIndex?: number;
}

export interface TablePart {
  readonly name: string;
  /** The table part (`xl/tables/table3.xml`). */
  readonly path: string;
  readonly sheet: SheetPart;
  readonly ref: string;
  /** Rows of the table's range that are its Total row (Excel: Table Design → Total Row). */
  readonly totalsRows: number;
  readonly headerRows: number;
}

export interface WorkbookPackage {
  readonly sheets: readonly SheetPart[];
  readonly names: readonly DefinedName[];
  readonly tables: readonly TablePart[];
  readonly sharedStrings: readonly string[];
}

/** A relationship target as a part name: `worksheets/sheet1.xml` from xl/, `/xl/…` absolute, `../` resolved. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** Relationship id → part name, for the relationships of `part`. */
function relationships(zip: ZipArchive, part: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  const xml = zip.text(relsPathOf(part));
  if (xml === undefined) return out;
  scanXml(xml, () => ({
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External")
        out.set(a.Id, { target: resolveTarget(part, a.Target), type: a.Type ?? "" });
    },
  }));
  return out;
}

function readWorkbook(zip: ZipArchive, workbookPath: string): { sheets: SheetPart[]; names: DefinedName[] } {
  const rels = relationships(zip, workbookPath);
  const sheets: SheetPart[] = [];
  const names: DefinedName[] = [];
  let pending: { name: string; sheetIndex?: number } | undefined;
  let text = "";
  scanXml(zip.text(workbookPath) ?? "", () => ({
    open(name, a) {
      if (name === "sheet") {
        // r:id, whatever prefix the writer gave the relationships namespace
        const rid = Object.entries(a).find(([k]) => k === "id" || k.endsWith(":id"))?.[1];
        const path = rels.get(rid ?? "")?.target;
        if (path && a.name !== undefined) sheets.push({ name: a.name, index: sheets.length, path });
      } else if (name === "definedName" && a.name !== undefined) {
        const local = a.localSheetId === undefined ? undefined : Number(a.localSheetId);
        pending = { name: a.name, ...(local !== undefined && Number.isInteger(local) ? { sheetIndex: local } : {}) };
        text = "";
      }
    },
    text(t) {
      if (pending) text += t;
    },
    close(name) {
      if (name === "definedName" && pending) {
        names.push({ ...pending, ref: text.trim() });
        pending = undefined;
      }
    },
  }));
  return { sheets, names };
}

function readTables(zip: ZipArchive, sheets: readonly SheetPart[]): TablePart[] {
  const tables: TablePart[] = [];
  for (const sheet of sheets) {
    for (const rel of relationships(zip, sheet.path).values()) {
      if (!rel.type.endsWith("/table")) continue;
      scanXml(zip.text(rel.target) ?? "", (stop) => ({
        open(name, a) {
          if (name !== "table") return;
          if (a.name !== undefined && a.ref !== undefined) {
            const totalsRows = Number(a.totalsRowCount ?? 0) || 0;
            const headerRows = a.headerRowCount === undefined ? 1 : Number(a.headerRowCount) || 0;
            tables.push({ name: a.displayName ?? a.name, path: rel.target, sheet, ref: a.ref, totalsRows, headerRows });
          }
          stop();
        },
      }));
    }
  }
  return tables;
}

function readSharedStrings(zip: ZipArchive, part: string | undefined): string[] {
  const xml = part ? zip.text(part) : undefined;
  if (xml === undefined) return [];
  const out: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0; // <rPh> runs are pronunciation hints, not part of the text
  scanXml(xml, () => ({
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic += 1;
      else if (name === "t") inText = phonetic === 0;
    },
    text(t) {
      if (inText) current += t;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "si") out.push(current);
    },
  }));
  return out;
}

/** The package's workbook part, from the package relationships (xl/workbook.xml by convention). */
function workbookPart(zip: ZipArchive): string | undefined {
  for (const rel of relationships(zip, "").values()) if (rel.type.endsWith("/officeDocument")) return rel.target;
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
}

export function readPackage(zip: ZipArchive): WorkbookPackage | undefined {
  const workbook = workbookPart(zip);
  if (workbook === undefined || !zip.has(workbook)) return undefined;
  const { sheets, names } = readWorkbook(zip, workbook);
  const strings = [...relationships(zip, workbook).values()].find((r) => r.type.endsWith("/sharedStrings"));
  return { sheets, names, tables: readTables(zip, sheets), sharedStrings: readSharedStrings(zip, strings?.target) };
}
