/** The example workbook as parts, rebuilt with some replaced: for the hostile-file tests. */
import JSZip from "jszip";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { fillFromApplication, planWorkbook, reviewGrids, type ApplicationReview } from "../../src/templates";
import { FileProblem } from "../../src/xlsx/load";
import { readApplicationBytes } from "../../src/xlsx/file-reader";
import { workbookBytes } from "../../src/xlsx/write";
import { buildZip, deflated, type RawEntry } from "./zip-builder";

export const COSTS_SHEET = "xl/worksheets/sheet3.xml"; // Kostnader, the third sheet
let parts: Map<string, Buffer> | undefined;

export async function loadParts(): Promise<Map<string, Buffer>> {
  if (parts) return parts;
  const bytes = await workbookBytes(planWorkbook("sv", fillFromApplication(earlyInterventionExample(), "sv")));
  const zip = await JSZip.loadAsync(bytes);
  parts = new Map();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) parts.set(name, await f.async("nodebuffer"));
  return parts;
}

const loaded = (): Map<string, Buffer> => {
  if (!parts) throw new Error("call loadParts() in beforeAll");
  return parts;
};

/** The example with some parts replaced (a string or Buffer: deflated; a RawEntry: as given). */
export function example(changes: Record<string, string | Buffer | RawEntry> = {}): Buffer {
  const entries: RawEntry[] = [];
  for (const [name, content] of loaded()) {
    const change = changes[name];
    if (change === undefined) entries.push(deflated(name, content));
    else entries.push(typeof change === "string" || Buffer.isBuffer(change) ? deflated(name, change) : change);
  }
  return buildZip(entries);
}

export const partNames = (): string[] => [...loaded().keys()];
export const partEntries = (): [string, Buffer][] => [...loaded()];
export const text = (name: string): string => loaded().get(name)!.toString("utf8");

export function read(bytes: Buffer): ApplicationReview {
  return reviewGrids(readApplicationBytes(bytes, "test.xlsx").grids);
}

/** The message of the FileProblem the file is refused with. */
export function refused(bytes: Buffer): string {
  try {
    readApplicationBytes(bytes, "test.xlsx");
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    return e.en;
  }
  throw new Error("the file was read");
}

export const timed = <T>(f: () => T): { result: T; ms: number } => {
  const start = Date.now();
  const result = f();
  return { result, ms: Date.now() - start };
};
