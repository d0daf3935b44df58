/**
 * The task pane in real Chromium (Debian's, through playwright-core), against the Excel test double:
 * insert the templates, fill an application with known mistakes, validate, read the findings, click
 * one and check the selection — and fail on any request outside localhost. Screenshots of the pane
 * in both languages go to a temporary folder, or to docs/pane/ with SIF_UPDATE_DOCS=1.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { planned } from "../support/follow-up-cases";
import type { SifWindow } from "./install-double";

/** In the `page.evaluate` callbacks, which run in the page, `window` is the pane's: it has the handle. */
declare const window: SifWindow;

const root = join(__dirname, "../..");
const build = join(root, ".e2e-build");
const shots = process.env.SIF_UPDATE_DOCS === "1" ? join(root, "docs/pane") : mkdtempSync(join(tmpdir(), "sif-pane-"));
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

let server: Server;
let base: string;
let browser: Browser;
const outside: string[] = [];

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("Chromium is required: apt-get install chromium (.ci/run does it)");
  const r = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--config", join(root, "webpack.e2e.config.js")],
    { cwd: root, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`Building the test page failed:\n${r.stdout}\n${r.stderr}`);
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".css": "text/css",
    ".png": "image/png",
  };
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(build, path);
    if (!file.startsWith(build) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
}, 120000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function openPane(lang: "sv-SE" | "en-US"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 1400 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/taskpane.html?lang=${lang}`);
  await page.waitForSelector("#insert-all");
  expect(errors).toEqual([]);
  return page;
}

const headline = (page: Page) => page.locator("#headline").innerText();

test("Swedish: insert, fill with mistakes, validate, go to a finding's cell", async () => {
  const page = await openPane("sv-SE");
  expect(await page.getAttribute("html", "lang")).toBe("sv");
  expect(await page.locator("h1").innerText()).toBe("Sociala investeringsfonden");

  await page.click("#insert-all");
  await page.waitForSelector(".status .message.success");
  expect(await page.evaluate(() => window.sif.sheets())).toEqual([
    "Ansökan",
    "Parter",
    "Kostnader",
    "Medfinansiering",
    "Besparingar",
    "Effekter",
    "Återföring",
    "Nyckeltal",
    "Känslighet",
    "Inställningar",
  ]);

  await page.evaluate(() => {
    const sif = window.sif;
    sif.typeExample();
    sif.type("Ansökan", "C5", ""); // C01: no name
    sif.type("Kostnader", "D7", "900 tkr"); // R17: text in an amount
    sif.type("Återföring", "B9", "Karlshamns kommun"); // R07: a municipality repays
  });
  await page.click("#check");
  await page.waitForFunction(() => document.querySelector("#headline")?.textContent?.includes("fel"));
  expect(await headline(page)).toMatch(/måste rättas före inlämning/);
  const groups = await page
    .locator("details.group")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  expect(groups).toEqual(expect.arrayContaining(["C01", "R06", "R07", "R17"]));
  expect(await page.locator("details[data-id=R17] .finding-message").first().innerText()).toContain("900 tkr");
  expect(await page.locator("dd[data-id=K01]").innerText()).toMatch(/^2\s500\s000\skr$/);

  await page.screenshot({ path: join(shots, "sv-findings.png"), fullPage: true });

  await page.locator("details[data-id=R17] button.link", { hasText: "Kostnader!D7" }).click();
  await page.waitForFunction(() => window.sif.selection()?.range === "D7");
  expect(await page.evaluate(() => window.sif.selection())).toEqual({ sheet: "Kostnader", range: "D7" });

  // Keyboard: the finding links are buttons in tab order, with names a screen reader reads.
  const link = page.locator("details[data-id=C01] button.link").first();
  expect(await link.getAttribute("aria-label")).toBe("Gå till cell Ansökan!C5");
  await link.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.sif.selection()?.range === "C5");

  // Fix the mistakes: validation runs again by itself after the edits, and the pane says "ready". (Changes in
  // the 300 ms after the add-in's own writes are taken for its own: a person's edits come later.)
  await page.waitForTimeout(400);
  await page.evaluate(() => {
    const sif = window.sif;
    sif.type("Ansökan", "C5", "Tidiga samordnade insatser för barn och unga");
    sif.type("Kostnader", "D7", 900000);
    sif.type("Återföring", "B9", "Primärvården Västra Blekinge");
  });
  await page.waitForFunction(
    () => document.querySelector("#headline")?.textContent?.startsWith("Klar att lämna in"),
    undefined,
    { timeout: 10000 },
  );
  await page.screenshot({ path: join(shots, "sv-ready.png"), fullPage: true });

  // How sure is the repayment? The example's margins and delay in words, the scenarios, a link to Känslighet.
  const card = page.locator("#robustness-card");
  expect(await card.locator("h2").innerText()).toBe("Hur säker är återföringen?");
  expect(await lineTexts(page)).toEqual([
    "Regionens realiserbara besparingar kan minska med 16 % innan de inte längre täcker sökt belopp.",
    "Barn- och ungdomspsykiatrin: de realiserbara besparingarna kan minska med 16 % innan de inte längre täcker " +
      "återföringen.",
    "Primärvården Västra Blekinge: de realiserbara besparingarna kan minska med 18 % innan de inte längre täcker " +
      "återföringen.",
    "Besparingarna kan komma 10 år senare och ändå täcka kostnaderna.",
  ]);
  expect(await cellTexts(page, "K14")).toEqual(["2 %", "16 %", "28 %"]);
  expect(await card.locator("#scenarios thead th").allInnerTexts()).toEqual(["Låg", "Bas", "Hög"]);
  await cardShot(page, "sv-robustness.png");
  await page.click("#robustness-link");
  await page.waitForFunction(() => window.sif.selection()?.sheet === "Känslighet");
  await expectKeyCellSelected(page, "Känslighet");
  await page.context().close();
});

/** The card's lines in words, spaces normalised (formatPercent writes a no-break space in Swedish). */
const lineTexts = async (page: Page): Promise<string[]> =>
  (await page.locator("#robustness-card .robust-line").allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
const cellTexts = async (page: Page, id: string): Promise<string[]> =>
  (await page.locator(`#robustness-card tr.value-row[data-id=${id}] td`).allInnerTexts()).map((t) =>
    t.replace(/\s+/g, " "),
  );

/** The link selected the cell the sheet's K14 name points at (D10 of the Känslighet sheet in template 1.1). */
async function expectKeyCellSelected(page: Page, sheet: string): Promise<void> {
  const named = await page.evaluate(() => window.sif.namedCell("Kanslighet_K14"));
  expect(named?.sheet).toBe(sheet);
  expect(await page.evaluate(() => window.sif.selection())).toEqual(named);
}

/** A card alone (the robustness card unless named), in a pane as narrow as Excel's default (320 px). */
async function cardShot(page: Page, file: string, selector = "#robustness-card"): Promise<void> {
  await page.setViewportSize({ width: 320, height: 1400 });
  const card = page.locator(selector);
  const box = (await card.boundingBox())!;
  // Nothing wider than the pane: no horizontal scrolling, no cell spilling out of the card.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const overflow = await card.evaluate(
    (c) => [...c.querySelectorAll("td, th, li, button, p")].filter((e) => e.scrollWidth > e.clientWidth + 1).length,
  );
  expect(overflow).toBe(0);
  expect(box.width).toBeLessThanOrEqual(320);
  await card.screenshot({ path: join(shots, file) });
  await page.setViewportSize({ width: 360, height: 1400 });
}

test("English: the pane follows Office's display language", async () => {
  const page = await openPane("en-US");
  expect(await page.locator("h1").innerText()).toBe("Social Investment Fund");
  await page.click("#insert-all");
  await page.waitForSelector(".status .message.success");
  expect(await page.evaluate(() => window.sif.sheets())).toContain("Key figures");
  await page.evaluate(() => {
    const sif = window.sif;
    sif.typeExample();
    sif.type("Costs", "D7", "900 tkr");
    sif.type("Repayment", "A5", 2040);
  });
  await page.click("#check");
  await page.waitForFunction(() => document.querySelector("#headline")?.textContent?.includes("error"));
  const groups = await page
    .locator("details.group")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  expect(groups).toEqual(expect.arrayContaining(["R11", "R17"]));
  await page.screenshot({ path: join(shots, "en-findings.png"), fullPage: true });
  await page.waitForTimeout(400); // past the add-in's own writes (see the Swedish test)
  await page.evaluate(() => {
    const sif = window.sif;
    sif.type("Costs", "D7", 900000);
    sif.type("Repayment", "A5", 2021);
  });
  await page.waitForFunction(
    () => document.querySelector("#headline")?.textContent?.startsWith("Ready to submit"),
    undefined,
    { timeout: 10000 },
  );
  await page.screenshot({ path: join(shots, "en-ready.png"), fullPage: true });

  expect(await page.locator("#robustness-card h2").innerText()).toBe("How sure is the repayment?");
  expect((await lineTexts(page))[0]).toBe(
    "The region's cashable savings may fall 16% before they no longer cover the amount asked.",
  );
  expect((await lineTexts(page)).at(-1)).toBe("The savings may come 10 years later and still cover the costs.");
  expect(await cellTexts(page, "K11")).toEqual(["4,131,000", "4,860,000", "5,733,000"]);
  await cardShot(page, "en-robustness.png");
  await page.click("#robustness-link");
  await page.waitForFunction(() => window.sif.selection()?.sheet === "Sensitivity");
  await expectKeyCellSelected(page, "Sensitivity");

  // Without the Sensitivity sheet the card still shows the engine's figures, but no link to a sheet that is gone.
  await page.evaluate(() => window.sif.deleteSheet("Sensitivity"));
  await page.click("#check");
  await page.waitForFunction(() => document.querySelector("#robustness-link") === null, undefined, { timeout: 10000 });
  expect(await lineTexts(page)).toHaveLength(4);
  await page.context().close();
});

/** The follow-up card's lines in words (the figures', the units', what is due), spaces normalised. */
const followTexts = async (page: Page, list: string): Promise<string[]> =>
  (await page.locator(`${list} .follow-line .follow-text`).allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
const statusText = (page: Page) => page.locator(".status .message").innerText();

/**
 * After the board's decision: insert the follow-up (the card shows, not yet frozen), type the actuals of
 * the "behind" case, freeze the baseline with a double click (once), and read the card.
 */
async function followUpFlow(page: Page, words: { inserted: string; notFrozen: string; frozen: string }) {
  await page.click("#insert-all");
  await page.waitForSelector(".status .message.success");
  await page.evaluate(() => window.sif.typeExample());
  await page.click("#check");
  await page.waitForSelector("#headline");
  expect(await page.locator("#follow-up-card").isHidden()).toBe(true);

  await page.click("#insert-follow-up");
  await page.waitForFunction(
    (t) => document.querySelector(".status .message.success")?.textContent === t,
    words.inserted,
  );
  await page.waitForFunction(
    () => document.querySelector("#follow-up-headline")?.getAttribute("data-state") === "notFrozen",
  );
  expect(await page.locator("#follow-up-headline .follow-headline").innerText()).toBe(words.notFrozen);

  await page.evaluate(() => window.sif.typeActuals());
  await page.dblclick("#freeze-baseline");
  await page.waitForFunction(
    (t) => document.querySelector(".status .message.success")?.textContent?.startsWith(t),
    words.frozen,
  );
  await page.waitForFunction(
    () => document.querySelector("#follow-up-headline")?.getAttribute("data-state") === "behind",
    undefined,
    {
      timeout: 10000,
    },
  );
  // Frozen once: the table holds the plan's rows, not twice as many.
  expect(await page.evaluate(() => window.sif.tableRange("Baslinje"))).toBe(`D4:G${4 + planned().length}`);
  expect(await page.locator("#freeze-baseline").isEnabled()).toBe(true);
}

test("Swedish: insert the follow-up, type actuals, freeze the baseline, read 'Efter plan'", async () => {
  const page = await openPane("sv-SE");
  await followUpFlow(page, {
    inserted: "Inlagt: Beslut, Utfall, Mätningar, Uppföljning.",
    notFrozen: "Baslinjen är inte fryst",
    frozen: "Baslinjen frystes:",
  });
  const card = page.locator("#follow-up-card");
  expect(await card.locator("h2").innerText()).toBe("Uppföljning");
  expect(await card.locator("#follow-up-headline .follow-headline").innerText()).toBe("Efter plan");
  expect(await followTexts(page, "#follow-up-lines")).toEqual([
    "Kostnaden till och med 2021 är 3 600 000 kr: 200 000 kr (6 %) över baslinjens 3 400 000 kr.",
    "Besparingarna till och med 2021: 2 450 000 kr verifierade av planerade 3 750 000 kr (65 %).",
    "Kvar att återföra till fonden: 2 200 000 kr av beviljade 3 000 000 kr; 200 000 kr är förfallet.",
    "Fondens beräknade återbetalningsår, med realiseringen hittills: inte inom 30 år (enligt planen 2023).",
  ]);
  expect(await card.locator("#follow-up-units .unit").allInnerTexts()).toEqual([
    "Barn- och ungdomspsykiatrin",
    "Primärvården Västra Blekinge",
    "Karlshamns kommun",
  ]);
  expect(await followTexts(page, "#follow-up-due")).toEqual([
    'Effekten "Minskade psykiska symtom hos barnen" skulle mätas 2020, men ingen mätning är registrerad.',
  ]);
  const groups = await card
    .locator("details.group")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  expect(groups).toEqual(["F02", "F04", "F06"]); // F01 is under "Att mäta", with its link
  // The fingerprint is text, the date a date.
  expect(await page.evaluate(() => window.sif.cell("Beslut", "B13"))).toEqual({
    value: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    numberFormat: "@",
  });
  expect((await page.evaluate(() => window.sif.cell("Beslut", "B12")))?.numberFormat).toBe("yyyy-mm-dd");

  await cardShot(page, "sv-follow-up.png", "#follow-up-card");

  await card.locator("#follow-up-due button.link", { hasText: "Effekter!D5" }).click();
  await page.waitForFunction(() => window.sif.selection()?.range === "D5");
  expect(await page.evaluate(() => window.sif.selection())).toEqual({ sheet: "Effekter", range: "D5" });
  await card.locator("details[data-id=F04] button.link").first().click();
  await page.waitForFunction(() => window.sif.selection()?.sheet === "Utfall");

  // A second freeze is refused, in words; nothing changes.
  await page.click("#freeze-baseline");
  await page.waitForFunction(() =>
    document.querySelector(".status .message.info")?.textContent?.includes("redan fryst"),
  );
  expect(await statusText(page)).toMatch(/skrivs aldrig över/);
  expect(await page.evaluate(() => window.sif.tableRange("Baslinje"))).toBe(`D4:G${4 + planned().length}`);
  await page.context().close();
});

test("English: the follow-up card in English", async () => {
  const page = await openPane("en-US");
  await followUpFlow(page, {
    inserted: "Inserted: Decision, Actuals, Measurements, Follow-up.",
    notFrozen: "The baseline is not frozen",
    frozen: "The baseline was frozen:",
  });
  const card = page.locator("#follow-up-card");
  expect(await card.locator("h2").innerText()).toBe("Follow-up");
  expect(await card.locator("#follow-up-headline .follow-headline").innerText()).toBe("Behind");
  expect((await followTexts(page, "#follow-up-lines")).at(-1)).toBe(
    "The fund's projected payback year, at the realisation so far: not within 30 years (planned: 2023).",
  );
  await cardShot(page, "en-follow-up.png", "#follow-up-card");
  await page.context().close();
});

test("when office.js cannot load, the pane says so in Swedish and English, with or without its script", async () => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 420 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort(),
    );
    await page.goto(`${base}/taskpane.html?office=missing`);
    const message = page.locator("#office-missing");
    // With its script the pane shows it at once; without any script, the page's CSS shows it after 4 s.
    await message.waitFor({ state: "visible", timeout: javaScriptEnabled ? 2000 : 8000 });
    expect(await message.locator("p[lang=sv]").innerText()).toMatch(/office\.js\) gick inte att läsa in/);
    expect(await message.locator("p[lang=en]").innerText()).toMatch(/office\.js\) could not be loaded/);
    if (javaScriptEnabled) await page.screenshot({ path: join(shots, "office-missing.png"), fullPage: true });
    await context.close();
  }
});

test("the pane made no request outside localhost", () => {
  expect(outside).toEqual([]);
});
