/** Sheet-qualified addresses as the double writes and reads them. */
import { quotedSheet } from "../../src/templates/a1";

/**
 * The sheet part of an address the double reports (`range.address`, a name's value): quoted unless it is
 * plain ASCII letters, digits, `_` and `.`. (Stricter than `sheetAddress` in src/templates/a1.ts, which
 * leaves `Återföring` unquoted and quotes `AB12`.)
 */
export const quoteIfNeeded = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : quotedSheet(name);

/**
 * `Blad!A1:B2` → ["Blad", "A1:B2"], `'Min blad'!A1` → ["Min blad", "A1"], `A1:B2` → [undefined, "A1:B2"].
 * Only the outer quotes are dropped (doubled quotes inside stay), unlike `splitAddress`.
 */
export function splitSheetRange(address: string): [string | undefined, string] {
  if (!address.includes("!")) return [undefined, address];
  const at = address.lastIndexOf("!");
  return [address.slice(0, at).replace(/^'|'$/g, ""), address.slice(at + 1)];
}
