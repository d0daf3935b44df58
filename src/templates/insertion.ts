/**
 * Which template sheets may be inserted into a workbook without touching anything the user has.
 * Pure: both the Office.js shell and tests use it. A sheet is left out when its name, one of its
 * tables or one of its names already exists (compared as Excel does: ignoring case), or when a
 * table or name its formulas need will not exist — each with the reason the pane shows. A name left broken
 * (`#REF!`) by a deleted sheet or a half-finished insert blocks nothing: the sheet that owns it is repaired.
 * Nor does a sheet of ours left without its tables by an insert that stopped half-way (an older version's):
 * when it holds nothing of the user's, it is replaced.
 */
import type { Lang } from "../domain/vocabulary";
import { parseRange, splitAddress } from "./a1";
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
  /** Sheets of ours without their tables that hold nothing of the user's (`leftoverSheets`): replaced. */
  readonly leftovers?: readonly string[];
}

/** A sheet's used range as read: its address (`Kostnader!A1:D16`) and its formulas (constants as values). */
export interface UsedCells {
  readonly address: string;
  readonly formulas: readonly (readonly unknown[])[];
}

/**
 * The sheets an insert stopped half-way left behind, or a deleted sheet broke: a sheet with a template's name
 * that lacks one of the tables or names the insert makes after its cells (or has it only broken, `#REF!`), or
 * whose formulas Excel rewrote to `#REF!` when a sheet they referred to was deleted — holding nothing of the
 * user's: no value in a cell the user fills in (an input cell), nothing where the template has no cell.
 * Labels and formulas of ours may differ (an older version wrote them). Any other sheet of that name is the
 * user's, or complete, and blocks the insert.
 */
export function leftoverSheets(
  plans: readonly SheetPlan[],
  used: Readonly<Record<string, UsedCells | null | undefined>>,
  existing: Pick<ExistingItems, "tables" | "names" | "brokenNames">,
): string[] {
  const tables = lower(existing.tables);
  const names = workingNames(existing);
  const incomplete = (plan: SheetPlan): boolean =>
    plan.tables.some((t) => !tables.has(t.name.toLowerCase())) ||
    plan.names.some((n) => !names.has(n.name.toLowerCase()));
  return plans
    .filter((plan) => plan.name in used)
    .filter((plan) => incomplete(plan) || hasBrokenFormulas(used[plan.name]))
    .filter((plan) => holdsNothingOfTheUsers(plan, used[plan.name]))
    .map((plan) => plan.name);
}

/** A formula Excel rewrote when something it referred to was deleted (the templates write none). */
const hasBrokenFormulas = (used: UsedCells | null | undefined): boolean =>
  !!used?.formulas.some((line) => line.some((v) => typeof v === "string" && v.startsWith("=") && v.includes("#REF!")));

function holdsNothingOfTheUsers(plan: SheetPlan, used: UsedCells | null | undefined): boolean {
  if (!used) return true; // an empty sheet
  const { r1, c1 } = parseRange(splitAddress(used.address).range);
  return used.formulas.every((line, i) =>
    line.every((v, j) => {
      if (v === "" || v === null || v === undefined) return true;
      const planned = plan.cells[r1 + i]?.[c1 + j];
      return planned !== undefined && planned !== null && planned.style !== "input";
    }),
  );
}

export type SkipReason =
  | { readonly kind: "sheetExists"; readonly name: string }
  | { readonly kind: "tableExists"; readonly name: string }
  | { readonly kind: "nameExists"; readonly name: string }
  | { readonly kind: "needs"; readonly name: string };

export interface InsertionDecision {
  readonly insert: readonly SheetPlan[];
  /** Leftover sheets the insert replaces: deleted first, then inserted anew. */
  readonly replaceSheets: readonly string[];
  /** Names the inserted sheets bring back that are broken (`#REF!`) or point into a replaced sheet: deleted first. */
  readonly replaceNames: readonly string[];
  readonly skipped: readonly { readonly key: SheetKey; readonly sheet: string; readonly reason: SkipReason }[];
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

/** The names that exist and refer to something (not `#REF!`), lower-cased. */
const workingNames = (existing: Pick<ExistingItems, "names" | "brokenNames">): Set<string> => {
  const broken = lower(existing.brokenNames ?? []);
  return new Set([...lower(existing.names)].filter((n) => !broken.has(n)));
};

export function decideInsertion(plans: readonly SheetPlan[], existing: ExistingItems): InsertionDecision {
  const sheets = lower(existing.sheets);
  const leftovers = lower(existing.leftovers ?? []);
  const leftoverPlans = plans.filter((p) => leftovers.has(p.name.toLowerCase()));
  // A leftover's own tables and names go with it: they block nothing either.
  const leftoverTables = lower(leftoverPlans.flatMap((p) => p.tables.map((t) => t.name)));
  const leftoverNames = lower(leftoverPlans.flatMap((p) => p.names.map((n) => n.name)));
  const tables = new Set([...lower(existing.tables)].filter((t) => !leftoverTables.has(t)));
  const broken = lower(existing.brokenNames ?? []);
  const names = new Set([...workingNames(existing)].filter((n) => !leftoverNames.has(n)));
  const skipped: { key: SheetKey; sheet: string; reason: SkipReason }[] = [];
  let candidates: SheetPlan[] = [];
  for (const plan of plans) {
    const table = plan.tables.find((t) => tables.has(t.name.toLowerCase()) || names.has(t.name.toLowerCase()));
    const name = plan.names.find((n) => names.has(n.name.toLowerCase()) || tables.has(n.name.toLowerCase()));
    if (sheets.has(plan.name.toLowerCase()) && !leftovers.has(plan.name.toLowerCase()))
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
  const existingNames = lower(existing.names);
  const replaceNames = candidates
    .flatMap((p) => p.names.map((n) => n.name))
    .filter(
      (n) => broken.has(n.toLowerCase()) || (leftoverNames.has(n.toLowerCase()) && existingNames.has(n.toLowerCase())),
    );
  const replaceSheets = candidates.filter(
    (p) => leftovers.has(p.name.toLowerCase()) && sheets.has(p.name.toLowerCase()),
  );
  return { insert: candidates, replaceSheets: replaceSheets.map((p) => p.name), replaceNames, skipped };
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
