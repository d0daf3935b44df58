/**
 * Which template sheets may be inserted into a workbook without touching anything the user has.
 * Pure: both the Office.js shell and tests use it. A sheet is left out when its name, one of its
 * tables or one of its names already exists (compared as Excel does: ignoring case), or when a
 * table or name its formulas need will not exist — each with the reason the pane shows. A name left broken
 * (`#REF!`) by a deleted sheet or a half-finished insert blocks nothing: the sheet that owns it is repaired.
 */
import type { Lang } from "../domain/vocabulary";
import type { SheetKey, SheetPlan } from "./plan";

export interface ExistingItems {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
  /**
   * Names that refer to nothing any more (`#REF!`: their sheet was deleted, or an insert stopped half-way).
   * They hold no data, so they block nothing: a sheet that brings one back replaces it.
   */
  readonly brokenNames?: readonly string[];
}

export type SkipReason =
  | { readonly kind: "sheetExists"; readonly name: string }
  | { readonly kind: "tableExists"; readonly name: string }
  | { readonly kind: "nameExists"; readonly name: string }
  | { readonly kind: "needs"; readonly name: string };

export interface InsertionDecision {
  readonly insert: readonly SheetPlan[];
  /** Broken names (`#REF!`) the inserted sheets bring back: deleted first, then added anew. */
  readonly replaceBrokenNames: readonly string[];
  readonly skipped: readonly { readonly key: SheetKey; readonly sheet: string; readonly reason: SkipReason }[];
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

export function decideInsertion(plans: readonly SheetPlan[], existing: ExistingItems): InsertionDecision {
  const sheets = lower(existing.sheets);
  const tables = lower(existing.tables);
  const broken = lower(existing.brokenNames ?? []);
  const names = new Set([...lower(existing.names)].filter((n) => !broken.has(n)));
  const skipped: { key: SheetKey; sheet: string; reason: SkipReason }[] = [];
  let candidates: SheetPlan[] = [];
  for (const plan of plans) {
    const table = plan.tables.find((t) => tables.has(t.name.toLowerCase()) || names.has(t.name.toLowerCase()));
    const name = plan.names.find((n) => names.has(n.name.toLowerCase()) || tables.has(n.name.toLowerCase()));
    if (sheets.has(plan.name.toLowerCase()))
      skipped.push({ key: plan.key, sheet: plan.name, reason: { kind: "sheetExists", name: plan.name } });
    else if (table)
      skipped.push({ key: plan.key, sheet: plan.name, reason: { kind: "tableExists", name: table.name } });
    else if (name) skipped.push({ key: plan.key, sheet: plan.name, reason: { kind: "nameExists", name: name.name } });
    else candidates.push(plan);
  }
  // Drop sheets whose formulas need something that neither exists nor comes with the insertion,
  // until nothing changes (a dropped sheet may take others' needs with it).
  for (;;) {
    const available = new Set([
      ...tables,
      ...names,
      ...candidates.flatMap((p) => p.provides.map((x) => x.toLowerCase())),
    ]);
    const blocked = candidates
      .map((p) => ({ p, missing: p.needs.find((n) => !available.has(n.toLowerCase())) }))
      .filter((x) => x.missing !== undefined);
    if (blocked.length === 0) break;
    for (const { p, missing } of blocked)
      skipped.push({ key: p.key, sheet: p.name, reason: { kind: "needs", name: missing! } });
    candidates = candidates.filter((p) => !blocked.some((b) => b.p === p));
  }
  const replaceBrokenNames = (existing.brokenNames ?? []).filter((b) =>
    candidates.some((p) => p.names.some((n) => n.name.toLowerCase() === b.toLowerCase())),
  );
  return { insert: candidates, replaceBrokenNames, skipped };
}

/**
 * The language of the templates already in a workbook, read from the header rows of its tables: a sheet
 * inserted in another language would write formulas against columns that are not there. Undefined when no
 * table of ours is there, or the headers match neither language (or both).
 */
export function languageOfTables(
  headers: Readonly<Record<string, readonly unknown[]>>,
  plans: Readonly<Record<Lang, readonly SheetPlan[]>>,
): Lang | undefined {
  const found = new Map(Object.entries(headers).map(([name, row]) => [name.toLowerCase(), row.map(String)]));
  const matches = (lang: Lang): boolean =>
    plans[lang].some((p) =>
      p.tables.some((t) => {
        const row = found.get(t.name.toLowerCase());
        return row !== undefined && row.length === t.headers.length && row.every((h, i) => h === t.headers[i]);
      }),
    );
  const langs = (["sv", "en"] as const).filter(matches);
  return langs.length === 1 ? langs[0] : undefined;
}
