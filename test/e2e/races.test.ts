/**
 * The pane never shows or writes a result older than the workbook it describes: each race a user can start
 * in Excel on the web, driven in Chromium through Microsoft's office.js (browser.ts) — a failed check, a
 * review written right after an edit or during the first check, a double click, a sheet deleted or renamed,
 * highlights made twice, and the one time that stamps a review.
 */
import type { Frame, Page } from "playwright-core";
import { closePane, openPane, outside, useBrowser, violations } from "./browser";
import type { SifWindow } from "./excel-web";

/** In the `page.evaluate` callbacks, which run in the Excel frame, `window` has the handle on the workbook. */
declare const window: SifWindow;

useBrowser("races");

const headline = (pane: Frame) => pane.locator("#headline").innerText();
const status = (pane: Frame) => pane.locator(".status .message").innerText();
const READY = "Klar att lämna in";

/** The pane with the example application inserted and typed in, checked: "ready". */
async function readyPane(): Promise<{ page: Page; pane: Frame }> {
  const opened = await openPane("sv-SE");
  const { page, pane } = opened;
  await pane.click("#insert-all");
  await pane.waitForSelector(".status .message.success");
  await page.waitForTimeout(400); // past the add-in's own writes: what follows is the user's
  await page.evaluate(() => window.sif.typeExample());
  await pane.click("#check");
  await waitForHeadline(pane, READY);
  return opened;
}

/** Past the debounced check the typing started (800 ms after the last edit): nothing more is due. */
const quiet = (page: Page) => page.waitForTimeout(1200);

const waitForHeadline = (pane: Frame, start: string) =>
  pane.waitForFunction((t) => document.querySelector("#headline")?.textContent?.startsWith(t), start, {
    timeout: 10000,
  });

const waitForStatus = (pane: Frame, start: string) =>
  pane.waitForFunction(
    (t) => document.querySelector(".status .message:not(.info)")?.textContent?.startsWith(t),
    start,
    { timeout: 10000 },
  );

test("a check that fails clears 'ready': the pane does not go on saying the workbook is fine", async () => {
  const { page, pane } = await readyPane();
  await page.evaluate(() => window.sif.failNextRequest());
  await pane.click("#check");
  await waitForHeadline(pane, "Granskningen kunde inte göras");
  expect(await headline(pane)).toMatch(/Injected failure/);
  expect(await pane.locator("#findings details").count()).toBe(0);
  expect(await pane.locator("#figures dd").count()).toBe(0);
  // The next check reads again and says "ready" again.
  await pane.click("#check");
  await waitForHeadline(pane, READY);
  await closePane(page);
});

test("an edit makes 'ready' stand down at once, before the check it starts has read the workbook", async () => {
  const { page, pane } = await readyPane();
  await quiet(page);
  await page.evaluate(() => window.sif.type("Kostnader", "D7", "900 tkr"));
  await pane.waitForSelector("#stale", { timeout: 500 }); // well inside the 800 ms debounce
  expect(await pane.locator("#headline").getAttribute("class")).toBe("message stale");
  expect(await pane.locator("#stale").innerText()).toMatch(/har ändrats sedan granskningen/);
  await pane.waitForFunction(() => document.querySelector("#headline")?.textContent?.includes("fel måste rättas"));
  expect(await pane.locator("#stale").count()).toBe(0);
  await closePane(page);
});

test("a review written right after an edit describes the edited workbook, not the last check", async () => {
  const { page, pane } = await readyPane();
  // Within the 800 ms debounce of the edit's own check: the review must read the workbook again.
  await page.evaluate(() => window.sif.type("Kostnader", "D7", "900 tkr"));
  await pane.click("#write-review");
  await waitForStatus(pane, "Granskningen skrevs till bladet");
  const [sheet] = await page.evaluate(() => window.sif.reviewSheets());
  const verdict = await page.evaluate((name) => window.sif.cell(name, "A3")?.value, sheet!);
  expect(String(verdict)).not.toMatch(/^Klar att lämna in/);
  expect(String(verdict)).toMatch(/fel/);
  expect(await headline(pane)).toMatch(/fel måste rättas/); // the pane shows that same check
  await closePane(page);
});

test("a review asked for during the first check waits for it; a double click writes one review", async () => {
  const { page, pane } = await openPane("sv-SE");
  await pane.click("#insert-all");
  await pane.waitForSelector(".status .message.success");
  await page.waitForTimeout(400);
  await page.evaluate(() => window.sif.typeExample());
  await pane.click("#check");
  await pane.dblclick("#write-review"); // during the first check, twice
  await waitForStatus(pane, "Granskningen skrevs till bladet");
  expect(await status(pane)).not.toMatch(/Det gick inte/);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.sif.reviewSheets())).toHaveLength(1);
  expect(await status(pane)).toMatch(/^Granskningen skrevs till bladet/);
  await closePane(page);
});

test("one time stamps a review: the check's, local, in the pane, the sheet's name and its subtitle", async () => {
  const { page, pane } = await readyPane();
  await pane.click("#write-review");
  await waitForStatus(pane, "Granskningen skrevs till bladet");
  const [sheet] = await page.evaluate(() => window.sif.reviewSheets());
  const [, date, time] = /^Granskning (\d{4}-\d\d-\d\d) (\d\d\.\d\d\.\d\d)$/.exec(sheet!) ?? [];
  expect(time).toBeDefined();
  const subtitle = String(await page.evaluate((name) => window.sif.cell(name, "A2")?.value, sheet!));
  expect(subtitle).toContain(` · ${date} ${time!.replace(/\./g, ":")} UTC`);
  expect(subtitle).toMatch(/UTC[+−]\d\d:\d\d$/);
  // The pane's "Granskad" line shows the same check.
  expect(await pane.locator("#summary .muted").innerText()).toContain(`Granskad ${time!.replace(/\./g, ":")}`);
  await closePane(page);
});

test("deleting a sheet checks again by itself; so does coming back to the pane after renaming a table", async () => {
  const { page, pane } = await readyPane();
  await quiet(page);
  await page.evaluate(() => window.sif.deleteSheet("Effekter"));
  await pane.waitForFunction(() => !document.querySelector("#headline")?.textContent?.startsWith("Klar"), undefined, {
    timeout: 10000,
  });
  expect(await headline(pane)).toMatch(/fel måste rättas/);

  const second = await readyPane();
  await quiet(second.page);
  await second.page.focus("#excel-grid"); // the user is in Excel, renames a table, comes back to the pane
  await second.page.evaluate(() => window.sif.renameTable("Kostnader", "Budget"));
  await second.pane.locator("h1").click();
  await second.pane.waitForFunction(
    () => !document.querySelector("#headline")?.textContent?.startsWith("Klar"),
    undefined,
    { timeout: 10000 },
  );
  await closePane(second.page);
  await closePane(page);
});

test("highlight, fix, check, highlight, un-highlight: every highlight is gone", async () => {
  const { page, pane } = await readyPane();
  await page.evaluate(() => {
    window.sif.type("Kostnader", "D6", "x");
    window.sif.type("Kostnader", "D7", "y");
  });
  await pane.click("#highlight");
  await waitForStatus(pane, "");
  expect(await status(pane)).toMatch(/^\d+ celler markerades/);
  expect((await page.evaluate(() => window.sif.highlights("Kostnader"))).length).toBeGreaterThan(0);
  await page.waitForTimeout(400);
  await page.evaluate(() => window.sif.type("Kostnader", "D6", 1000)); // fixed: D7 is left
  await pane.click("#check");
  await pane.click("#highlight");
  await pane.waitForFunction(() => /celler markerades/.test(document.querySelector(".status")?.textContent ?? ""));
  await pane.click("#unhighlight");
  await pane.waitForFunction(() => /markeringar togs bort/.test(document.querySelector(".status")?.textContent ?? ""));
  expect(await page.evaluate(() => window.sif.highlights("Kostnader"))).toEqual([]);
  await closePane(page);
});

test("while the user types in a cell, a check waits for Enter instead of failing", async () => {
  const { page, pane } = await readyPane();
  await quiet(page);
  await page.evaluate(() => {
    window.sif.type("Kostnader", "D7", "900 tkr"); // Enter in D7, and typing in the next cell
    window.sif.cellEdit(true);
  });
  await pane.click("#check"); // clicking the pane does not end Excel's cell-edit mode
  await page.waitForTimeout(1500);
  expect(await headline(pane)).toMatch(/^Klar att lämna in/); // not read yet, and no error
  expect(await pane.locator(".status .message.error").count()).toBe(0);
  await page.evaluate(() => window.sif.cellEdit(false)); // Enter
  await pane.waitForFunction(() => document.querySelector("#headline")?.textContent?.includes("fel måste rättas"));
  await closePane(page);
});

test("no request outside the pane, the CDN and Excel; no policy violation", () => {
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});
