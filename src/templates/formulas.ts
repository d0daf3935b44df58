/**
 * Pieces of Excel formulas that carry the engine's definitions into the workbook: words and names
 * compared as the engine compares them (Excel's TRIM, then `=`, which ignores case — `nameKey`), and
 * fund settings defaulted from the rule profiles. Excel 2019 / LibreOffice 7.4 functions only.
 */
import { DEFAULT_PROFILE, PROFILES, type RuleProfile } from "../domain/profiles";

/** `{"a","b"}`: an array constant of text (quotes doubled). */
export const textArray = (words: readonly string[]): string =>
  `{${words.map((w) => `"${w.replace(/"/g, '""')}"`).join(",")}}`;

/** TRUE where the trimmed cell is one of `words` (an exact comparison: no wildcards, any case). */
export const isOneOf = (cell: string, words: readonly string[]): string => `OR(TRIM(${cell})=${textArray(words)})`;

/**
 * 1 per row of `column` whose trimmed text is one of `words`, as an array for SUMPRODUCT. `=`
 * compares without wildcards (MATCH and SUMIFS would read `*` and `?` in a user's text as patterns).
 */
export const rowsOneOf = (column: string, words: readonly string[]): string =>
  `(${words.map((w) => `(TRIM(${column})=${textArray([w])})`).join("+")})`;

/**
 * Σ amounts of the rows whose name matches `name` as the engine matches names. SUMPRODUCT takes
 * text in the amount column as 0, as the engine (R17) and SUMIFS do.
 */
export const sumWhereName = (amounts: string, names: string, name: string): string =>
  `SUMPRODUCT(--(TRIM(${names})=TRIM(${name})),${amounts})`;

/**
 * A setting's default as the rule profile gives it: a constant when every profile agrees, else
 * chosen by the workbook's profile cell (blank or unknown: the default profile's).
 */
export function profileDefault(pick: (p: RuleProfile) => number, profileCell: string): string {
  const others = PROFILES.filter((p) => p !== DEFAULT_PROFILE && pick(p) !== pick(DEFAULT_PROFILE));
  return others.reduceRight(
    (rest, p) => `IF(LOWER(TRIM(${profileCell}))="${p.id}",${pick(p)},${rest})`,
    String(pick(DEFAULT_PROFILE)),
  );
}
