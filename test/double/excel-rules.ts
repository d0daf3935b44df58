/**
 * What Excel refuses, checked where the store takes a name, a formula or a number format, with Excel's error
 * codes: the add-in's templates must pass these, as they must in Excel.
 */
import { OfficeErrorDouble } from "./errors";

const invalid = (what: string): never => {
  throw new OfficeErrorDouble(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format (${what}).`,
  );
};

/** A sheet name: 1–31 characters, none of `\ / ? * [ ] :`, no apostrophe first or last, not "History". */
export function checkSheetName(name: string): void {
  if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'") || name.endsWith("'"))
    invalid(`sheet name ${JSON.stringify(name)}`);
  if (name.toLowerCase() === "history") invalid(`sheet name ${name} is reserved`);
}

/** Looks like a cell (A1, XFD1048576) or an R1C1 reference: a name may not. */
const likeCell = (name: string): boolean =>
  /^[A-Z]{1,3}[0-9]{1,7}$/i.test(name) || /^R[0-9]*C?[0-9]*$/i.test(name) || /^C[0-9]*$/i.test(name);

/** A defined name or a table name: a letter, `_` or `\` first, then letters, digits, `_`, `.`; not like a cell. */
export function checkName(name: string, kind: "name" | "table"): void {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) || likeCell(name)) invalid(`${kind} ${JSON.stringify(name)}`);
}

/**
 * A formula as Excel's parser would take it, as far as a test can check: quotes and brackets balanced,
 * parentheses balanced, and it does not end in an operator, a comma or an open parenthesis.
 */
export function checkFormula(formula: string): void {
  let depth = 0;
  let brackets = 0;
  let inString = false;
  let inSheet = false;
  for (const ch of formula.slice(1)) {
    if (inString) {
      if (ch === '"') inString = false;
      continue;
    }
    if (inSheet) {
      if (ch === "'") inSheet = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "'") inSheet = true;
    else if (ch === "[") brackets += 1;
    else if (ch === "]") brackets -= 1;
    else if (brackets === 0 && ch === "(") depth += 1;
    else if (brackets === 0 && ch === ")") depth -= 1;
    if (depth < 0 || brackets < 0) invalid(`formula ${formula}`);
  }
  const end = formula.trimEnd();
  if (inString || inSheet || depth !== 0 || brackets !== 0 || end.length < 2 || /[+\-*/^&=<>,(;]$/.test(end))
    invalid(`formula ${formula}`);
}

/** A number format: quotes and brackets balanced, at most four sections. */
export function checkNumberFormat(format: string): void {
  if (format === "General" || format === "@") return;
  let inString = false;
  let brackets = 0;
  let sections = 1;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === "\\") {
      i += 1;
      continue;
    }
    if (inString) {
      if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "[") brackets += 1;
    else if (ch === "]") brackets -= 1;
    else if (ch === ";") sections += 1;
    if (brackets < 0 || brackets > 1) invalid(`number format ${format}`);
  }
  if (inString || brackets !== 0 || sections > 4) invalid(`number format ${format}`);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A formula as Excel rewrites it when a sheet is deleted: references to the sheet's cells
 * (`Kostnader!D5`, `'Min flik'!A1:B2`) and to its tables (`Kostnader[Belopp]`, `Kostnader[[#This Row],[År]]`)
 * become `#REF!`. Text in quotes is left as it is.
 */
export function withRefErrors(formula: string, sheet: string, tables: readonly string[]): string {
  const quoted = escapeRegExp(`'${sheet.replace(/'/g, "''")}'`);
  const plain = /^[\p{L}_][\p{L}\d_.]*$/u.test(sheet) ? `|(?<![\\p{L}\\d_.])${escapeRegExp(sheet)}` : "";
  const cells = "\\$?[A-Z]{1,3}\\$?\\d+(?::\\$?[A-Z]{1,3}\\$?\\d+)?";
  const sheetRef = new RegExp(`(?:${quoted}${plain})!${cells}`, "giu");
  const tableRef = (name: string) =>
    new RegExp(`(?<![\\p{L}\\d_.])${escapeRegExp(name)}\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]`, "giu");
  // Outside string literals only: split on "…" and rewrite the even parts.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part.replace(sheetRef, "#REF!");
      for (const t of tables) out = out.replace(tableRef(t), "#REF!");
      return out;
    })
    .join("");
}
