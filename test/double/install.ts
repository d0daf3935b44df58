/** Installs the double as the globals `Excel` and `Office`, as office.js would. */
import { ContextDouble } from "./context";
import { WorkbookState } from "./workbook-state";

/** What `Office.context` answers in the double. */
export interface HostDouble {
  displayLanguage: string;
  excelApi: string;
}

/**
 * Installs the double as the globals `Excel` and `Office` (as office.js would), returning the
 * workbook state and the list of contexts used, for assertions.
 */
export function installExcelDouble(
  state = new WorkbookState(),
  host: HostDouble = { displayLanguage: "sv-SE", excelApi: "1.9" },
): { state: WorkbookState; contexts: ContextDouble[]; uninstall: () => void } {
  const contexts: ContextDouble[] = [];
  const g = globalThis as unknown as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = {
    // Excel.run(batch), or Excel.run(existingContextOrObject, batch) to reuse a context (event handlers).
    run: async <T>(first: unknown, second?: (context: ContextDouble) => Promise<T>): Promise<T> => {
      const batch = (second ?? first) as (context: ContextDouble) => Promise<T>;
      const ctx = new ContextDouble(state);
      contexts.push(ctx);
      return batch(ctx);
    },
  };
  const supported = (set: string, version: string): boolean => set === "ExcelApi" && versionLE(version, host.excelApi);
  g.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: { displayLanguage: host.displayLanguage, requirements: { isSetSupported: supported } },
  };
  return {
    state,
    contexts,
    uninstall: () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}

/** "1.4" ≤ "1.10": requirement-set versions compared as major.minor numbers. */
export function versionLE(a: string, b: string): boolean {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}
