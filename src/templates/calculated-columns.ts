/**
 * Calculated table columns: a column of a table whose every data row holds the same formula (the templates
 * write `Tabell[[#This Row],[Kolumn]]` references, the same text in every row). Excel keeps such a column's
 * formula and fills it into a row the user adds to the table. Through Office.js, Excel makes the column
 * calculated from the consistent formulas written to it; in a file, the table part says so itself
 * (`<calculatedColumnFormula>` in the column's `<tableColumn>`), which src/xlsx adds.
 */
import { parseRange } from "./a1";
import type { SheetPlan } from "./sheet-plan";

export interface CalculatedColumn {
  readonly table: string;
  readonly column: string;
  /** The formula without its leading "=", as a table part holds it. */
  readonly formula: string;
}

export function calculatedColumns(plan: SheetPlan): CalculatedColumn[] {
  const out: CalculatedColumn[] = [];
  for (const t of plan.tables) {
    const { r1, c1, r2 } = parseRange(t.range);
    if (r2 <= r1) continue; // a header without data rows
    t.headers.forEach((column, i) => {
      const formulas = new Set<string | undefined>();
      for (let r = r1 + 1; r <= r2; r++) formulas.add(plan.cells[r]?.[c1 + i]?.formula);
      const [formula] = [...formulas];
      if (formulas.size === 1 && formula?.startsWith("="))
        out.push({ table: t.name, column, formula: formula.slice(1) });
    });
  }
  return out;
}
