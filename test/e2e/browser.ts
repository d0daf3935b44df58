/**
 * The browser side of the e2e tests (pane.test.ts, races.test.ts): builds the pages, starts Debian's Chromium
 * through playwright-core, serves the pane, the fake Excel frame and the CDN from files (nothing else: every
 * other request is recorded and refused), records Content-Security-Policy violations in every frame, and
 * opens the pane in the Excel frame. `useBrowser(name)` in a test file registers the set-up and tear-down.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from "playwright-core";
import type { SifWindow } from "./excel-web";

/** In the `page.evaluate` callbacks, which run in the Excel frame, `window` has the handle on the workbook. */
declare const window: SifWindow;

const root = join(__dirname, "../..");
let build = join(root, ".e2e-build");
export const shots =
  process.env.SIF_UPDATE_DOCS === "1" ? join(root, "docs/pane") : mkdtempSync(join(tmpdir(), "sif-pane-"));
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
/** Where the pane is served from (the manifest's dev origin), the fake Excel frame, and Microsoft's CDN. */
export const PANE = "https://localhost:3000/";
export const EXCEL = "https://excel.officeapps.live.com/";
export const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

let browser: Browser;
/** Requests outside the pane, the CDN and the Excel frame (refused), and policy violations, over the file's tests. */
export const outside: string[] = [];
export const violations: string[] = [];

/** The test file's browser, once started. */
export const theBrowser = (): Browser => browser;

/** Registers the build (into .e2e-build/<name>, one folder per test file) and the browser for a test file. */
export function useBrowser(name: string): void {
  build = join(root, ".e2e-build", name);
  beforeAll(start, 120000);
  afterAll(async () => {
    await browser?.close();
  });
}

async function start(): Promise<void> {
  if (!CHROMIUM) throw new Error("Chromium is required: apt-get install chromium (.ci/run does it)");
  const r = spawnSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--config",
      join(root, "webpack.e2e.config.js"),
      "--output-path",
      build,
    ],
    { cwd: root, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`Building the test page failed:\n${r.stdout}\n${r.stderr}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(shots, { recursive: true });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
};

/** A file under `dir` for a URL path, or undefined (no climbing out of `dir`). */
function fileUnder(dir: string, path: string): string | undefined {
  const file = join(dir, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ""));
  return file.startsWith(dir) && existsSync(file) ? file : undefined;
}

/**
 * Serves the three origins from files, as the network would: the pane from .e2e-build, the Excel frame's page,
 * and the CDN's office.js and its host files from the package (`cdn: false`: as when the CDN is unreachable).
 * Anything else is recorded and refused. Violations of the pane's Content Security Policy are recorded too.
 */
export async function serve(context: BrowserContext, cdn = true): Promise<void> {
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (!cdn && url.startsWith(CDN)) return route.abort("internetdisconnected");
    const file = url.startsWith(PANE)
      ? fileUnder(build, new URL(url).pathname)
      : url.startsWith(EXCEL)
        ? fileUnder(build, new URL(url).pathname === "/" ? "excel.html" : new URL(url).pathname)
        : url.startsWith(CDN) && cdn
          ? fileUnder(OFFICE_JS, new URL(url).pathname.slice(new URL(CDN).pathname.length))
          : undefined;
    if (file) return route.fulfill({ status: 200, contentType: TYPES[extname(file)], body: readFileSync(file) });
    if (url.startsWith(PANE) || url.startsWith(EXCEL) || url.startsWith(CDN)) return route.fulfill({ status: 404 });
    outside.push(url);
    return route.abort();
  });
  await context.exposeBinding("sifViolation", (_source, text: string) => violations.push(text));
  // In every frame, before its scripts: report what the page's policy refused.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { sifViolation?: (text: string) => void };
      w.sifViolation?.(
        `${location.origin}: ${e.violatedDirective} refused ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
    // In the pane: once office.js has loaded the Excel library, turn on its own per-member requirement check
    // (off by default), so a call beyond the host's ExcelApi fails here as in an older Excel.
    if (location.origin !== "https://localhost:3000") return;
    const on = setInterval(() => {
      const lib = (window as unknown as { OfficeExtension?: { CommonUtility?: Record<string, unknown> } })
        .OfficeExtension;
      if (!lib?.CommonUtility) return;
      lib.CommonUtility._doApiNotSupportedCheck = true;
      clearInterval(on);
    }, 1);
  });
}

/** The Excel frame with the pane open in it, once the pane has started. */
export async function openPane(lang: "sv-SE" | "en-US", query = ""): Promise<{ page: Page; pane: Frame }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 1400 }, deviceScaleFactor: 1 });
  await serve(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${EXCEL}?lang=${lang}${query}`);
  const pane = await paneFrame(page);
  await pane.waitForSelector("#insert-all", { timeout: 20000 });
  expect(errors).toEqual([]);
  // Microsoft's library, loaded from the (routed) CDN, with its requirement check on.
  const check = await pane.evaluate(
    () =>
      (window as unknown as { OfficeExtension: { CommonUtility: Record<string, unknown> } }).OfficeExtension
        .CommonUtility._doApiNotSupportedCheck,
  );
  expect(check).toBe(true);
  return { page, pane };
}

export async function paneFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector("iframe#pane");
  const frame = await element.contentFrame();
  if (!frame) throw new Error("The pane's iframe has no frame");
  return frame;
}

/** The whole pane, however long: the Excel frame made as tall as the pane's page for the picture. */
export async function paneShot(page: Page, pane: Frame, file: string): Promise<void> {
  const before = page.viewportSize()!;
  const height = await pane.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: before.width, height: Math.max(height, before.height) });
  // The pane paints in its own process (a cross-site frame): let it draw twice before the picture.
  await pane.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: join(shots, file) });
  await page.setViewportSize(before);
}

/** Closes the pane's browser context, after checking that office.js asked the Excel frame nothing it did not know. */
export async function closePane(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.sif.xdm.unknown)).toEqual([]);
  await page.context().close();
}
