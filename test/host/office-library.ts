/**
 * Microsoft's Excel client library (`@microsoft/office-js`, pinned in package.json), loaded unmodified into
 * the test's global scope, with its requests sent to a fake host instead of Excel on the web.
 *
 * The hooks it uses are the library's own (internal, hence the pinned version):
 * `ClientRequestContext.defaultRequestUrlAndHeaders` makes it speak its REST protocol, and
 * `HttpUtility.setCustomSendRequestFunc` receives every request (`{Actions, ObjectPaths}`, one per
 * `context.sync()`). `CommonUtility._doApiNotSupportedCheck` turns on its per-member requirement check, so a
 * member newer than the host's ExcelApi ceiling throws as in Excel; `_testSetRichApiMessageReadyImpl` and
 * `_testTriggerRichApiMessageEvent` carry events (onChanged) from the host to the handlers.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The library's request as the send function receives it. */
export interface LibraryRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}
export interface LibraryResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}
export type SendRequest = (request: LibraryRequest) => Promise<LibraryResponse>;

/** The library's internals the host uses (not in @types/office-js). */
export interface OfficeExtensionInternals {
  ClientRequestContext: { defaultRequestUrlAndHeaders: unknown };
  HttpUtility: { setCustomSendRequestFunc: (f: SendRequest) => void };
  CommonUtility: { _doApiNotSupportedCheck: boolean };
  _testSetRichApiMessageReadyImpl: (impl: () => Promise<void>) => void;
  _testTriggerRichApiMessageEvent: (msg: unknown) => void;
}

export const LIBRARY_FILE = join(
  dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist",
  "excel-web-16.00.js",
);

let current: SendRequest | undefined;

/**
 * Loads the library once into this test file's global scope (an indirect eval, so its top-level `var`s
 * become globals, as a script tag makes them) and routes its requests to `send`.
 */
export function loadOfficeLibrary(send: SendRequest): OfficeExtensionInternals {
  current = send;
  const g = globalThis as unknown as Record<string, unknown>;
  if (!g.OfficeExtension) {
    g.window = globalThis;
    if (!g.navigator) g.navigator = { userAgent: "node" };
    const code = readFileSync(LIBRARY_FILE, "utf8");
    (0, eval)(`${code}\n//# sourceURL=${LIBRARY_FILE}`);
  }
  const ext = g.OfficeExtension as OfficeExtensionInternals;
  ext.ClientRequestContext.defaultRequestUrlAndHeaders = { url: "https://fake-excel-host/", headers: {} };
  ext.HttpUtility.setCustomSendRequestFunc((req) =>
    // After Excel.run the library releases kept references in a late request of its own: answered empty.
    current ? current(req) : Promise.resolve({ statusCode: 200, headers: {}, body: { Results: [] } }),
  );
  ext.CommonUtility._doApiNotSupportedCheck = true;
  ext._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  return ext;
}

/** Stops routing requests to the host (it is uninstalled). */
export function unloadHost(): void {
  current = undefined;
}
