/**
 * Installs Microsoft's Excel client library with the fake host behind it: `Excel` is the real library's,
 * `Office.context` answers what a host answers at start (display language, requirement sets). The library's
 * own per-member requirement check is on, against the host's ExcelApi ceiling (1.9 by default).
 */
import { WorkbookState } from "../double/workbook-state";
import { ExcelHost, type HostEvent } from "./excel-host";
import { loadOfficeLibrary, unloadHost, type OfficeExtensionInternals } from "./office-library";
import type { RequestBody } from "./protocol";

export interface HostInfo {
  displayLanguage: string;
  excelApi: string;
}

export interface InstalledHost {
  state: WorkbookState;
  host: ExcelHost;
  library: OfficeExtensionInternals;
  uninstall: () => void;
}

export function installExcelHost(
  state = new WorkbookState(),
  info: HostInfo = { displayLanguage: "sv-SE", excelApi: "1.9" },
): InstalledHost {
  const host = new ExcelHost(state);
  const library = loadOfficeLibrary(async (req) => {
    // The library sends its request flags in the URL (`…/ProcessQuery?flags=64`).
    const flags = Number(new URL(req.url, "http://host").searchParams.get("flags") ?? 0);
    const answer = await host.answer(req.body as RequestBody, flags);
    return { statusCode: 200, headers: {}, body: answer };
  });
  // Excel's event message, as the library's own test hook takes it (its event type on target "Workbook").
  const deliver = (e: HostEvent): void =>
    library._testTriggerRichApiMessageEvent({
      entries: [
        { messageCategory: 65536, messageType: e.eventType, targetId: "Workbook", message: JSON.stringify(e.message) },
      ],
    });
  host.deliver = deliver;
  const g = globalThis as unknown as Record<string, unknown>;
  const before = g.Office;
  // ExcelApi up to the ceiling, and DelayForCellEdit 1.1 as Excel on the web and on Windows have it.
  const supported = (set: string, version?: string | number): boolean =>
    set.toLowerCase() === "excelapi"
      ? versionLE(String(version ?? "1.1"), info.excelApi)
      : set.toLowerCase() === "delayforcelledit" && versionLE(String(version ?? "1.1"), "1.1");
  g.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: { displayLanguage: info.displayLanguage, requirements: { isSetSupported: supported } },
  };
  return {
    state,
    host,
    library,
    uninstall: () => {
      unloadHost();
      g.Office = before;
    },
  };
}

/** "1.4" ≤ "1.10": requirement-set versions compared as major.minor numbers. */
export function versionLE(a: string, b: string): boolean {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}
