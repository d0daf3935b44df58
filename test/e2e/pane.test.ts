/**
 * The task pane in real Chromium (Debian's, through playwright-core) as Excel on the web shows it: a fake Excel
 * frame (test/e2e/excel-web.ts, at https://excel.officeapps.live.com) opens the real pane
 * (https://localhost:3000/taskpane.html, its HTML unchanged) in an iframe; the pane loads Microsoft's office.js
 * from the CDN URL, routed to the pinned @microsoft/office-js package, and every Excel call goes through that
 * real library to the fake host (browser.ts). The tests insert the templates, fill an application with known
 * mistakes, validate, read the findings, click one and check the selection — and fail on any Content Security
 * Policy violation and on any request outside the pane, the CDN and the Excel frame. Screenshots of the pane in
 * both languages go to a temporary folder, or to docs/pane/ with SIF_UPDATE_DOCS=1.
 */
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { planned } from "../support/follow-up-cases";
import {
  closePane,
  EXCEL,
  openPane,
  outside,
  PANE,
  paneFrame,
  paneShot,
  serve,
  shots,
  theBrowser,
  useBrowser,
  violations,
} from "./browser";
import type { SifWindow } from "./excel-web";

/** In the `page.evaluate` callbacks, which run in the Excel frame, `window` has the handle on the workbook. */
declare const window: SifWindow;

useBrowser("pane");

const headline = (pane: Frame) => pane.locator("#headline").innerText();

test("Swedish: insert, fill with mistakes, validate, go to a finding's cell", async () => {
  const { page, pane } = await openPane("sv-SE");
  expect(await pane.getAttribute("html", "lang")).toBe("sv");
  expect(await pane.locator("h1").innerText()).toBe("Sociala investeringsfonden");

  await pane.click("#insert-all");
  await pane.waitForSelector(".status .message.success");
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
  await pane.click("#check");
  await pane.waitForFunction(() => document.querySelector("#headline")?.textContent?.includes("fel"));
  expect(await headline(pane)).toMatch(/måste rättas före inlämning/);
  const groups = await pane
    .locator("details.group")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  expect(groups).toEqual(expect.arrayContaining(["C01", "R06", "R07", "R17"]));
  expect(await pane.locator("details[data-id=R17] .finding-message").first().innerText()).toContain("900 tkr");
  expect(await pane.locator("dd[data-id=K01]").innerText()).toMatch(/^2\s500\s000\skr$/);

  await paneShot(page, pane, "sv-findings.png");

  await pane.locator("details[data-id=R17] button.link", { hasText: "Kostnader!D7" }).click();
  await page.waitForFunction(() => window.sif.selection()?.range === "D7");
  expect(await page.evaluate(() => window.sif.selection())).toEqual({ sheet: "Kostnader", range: "D7" });

  // Keyboard: the finding links are buttons in tab order, with names a screen reader reads.
  const link = pane.locator("details[data-id=C01] button.link").first();
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
  await pane.waitForFunction(
    () => document.querySelector("#headline")?.textContent?.startsWith("Klar att lämna in"),
    undefined,
    { timeout: 10000 },
  );
  await paneShot(page, pane, "sv-ready.png");

  // How sure is the repayment? The example's margins and delay in words, the scenarios, a link to Känslighet.
  const card = pane.locator("#robustness-card");
  expect(await card.locator("h2").innerText()).toBe("Hur säker är återföringen?");
  expect(await lineTexts(pane)).toEqual([
    "Regionens realiserbara besparingar kan minska med 16 % innan de inte längre täcker sökt belopp.",
    "Barn- och ungdomspsykiatrin: de realiserbara besparingarna kan minska med 16 % innan de inte längre täcker " +
      "återföringen.",
    "Primärvården Västra Blekinge: de realiserbara besparingarna kan minska med 18 % innan de inte längre täcker " +
      "återföringen.",
    "Besparingarna kan komma 10 år senare och ändå täcka kostnaderna.",
  ]);
  expect(await cellTexts(pane, "K14")).toEqual(["2 %", "16 %", "28 %"]);
  expect(await card.locator("#scenarios thead th").allInnerTexts()).toEqual(["Låg", "Bas", "Hög"]);
  await cardShot(page, pane, "sv-robustness.png");
  await pane.click("#robustness-link");
  await page.waitForFunction(() => window.sif.selection()?.sheet === "Känslighet");
  await expectKeyCellSelected(page, "Känslighet");
  await closePane(page);
});

/** The card's lines in words, spaces normalised (formatPercent writes a no-break space in Swedish). */
const lineTexts = async (pane: Frame): Promise<string[]> =>
  (await pane.locator("#robustness-card .robust-line").allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
const cellTexts = async (pane: Frame, id: string): Promise<string[]> =>
  (await pane.locator(`#robustness-card tr.value-row[data-id=${id}] td`).allInnerTexts()).map((t) =>
    t.replace(/\s+/g, " "),
  );

/** The link selected the cell the sheet's K14 name points at (D10 of the Känslighet sheet in template 1.1). */
async function expectKeyCellSelected(page: Page, sheet: string): Promise<void> {
  const named = await page.evaluate(() => window.sif.namedCell("Kanslighet_K14"));
  expect(named?.sheet).toBe(sheet);
  expect(await page.evaluate(() => window.sif.selection())).toEqual(named);
}

/** A card alone (the robustness card unless named), in a pane as narrow as Excel's default (320 px). */
async function cardShot(page: Page, pane: Frame, file: string, selector = "#robustness-card"): Promise<void> {
  await page.setViewportSize({ width: 320, height: 1400 });
  const card = pane.locator(selector);
  const box = (await card.boundingBox())!;
  // Nothing wider than the pane: no horizontal scrolling, no cell spilling out of the card.
  expect(await pane.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const overflow = await card.evaluate(
    (c) => [...c.querySelectorAll("td, th, li, button, p")].filter((e) => e.scrollWidth > e.clientWidth + 1).length,
  );
  expect(overflow).toBe(0);
  expect(box.width).toBeLessThanOrEqual(320);
  await card.screenshot({ path: join(shots, file) });
  await page.setViewportSize({ width: 360, height: 1400 });
}

test("English: the pane follows Office's display language", async () => {
  const { page, pane } = await openPane("en-US");
  expect(await pane.locator("h1").innerText()).toBe("Social Investment Fund");
  await pane.click("#insert-all");
  await pane.waitForSelector(".status .message.success");
  expect(await page.evaluate(() => window.sif.sheets())).toContain("Key figures");
  await page.evaluate(() => {
    const sif = window.sif;
    sif.typeExample();
    sif.type("Costs", "D7", "900 tkr");
    sif.type("Repayment", "A5", 2040);
  });
  await pane.click("#check");
  await pane.waitForFunction(() => document.querySelector("#headline")?.textContent?.includes("error"));
  const groups = await pane
    .locator("details.group")
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  expect(groups).toEqual(expect.arrayContaining(["R11", "R17"]));
  await paneShot(page, pane, "en-findings.png");
  await page.waitForTimeout(400); // past the add-in's own writes (see the Swedish test)
  await page.evaluate(() => {
    const sif = window.sif;
    sif.type("Costs", "D7", 900000);
    sif.type("Repayment", "A5", 2021);
  });
  await pane.waitForFunction(
    () => document.querySelector("#headline")?.textContent?.startsWith("Ready to submit"),
    undefined,
    { timeout: 10000 },
  );
  await paneShot(page, pane, "en-ready.png");

  expect(await pane.locator("#robustness-card h2").innerText()).toBe("How sure is the repayment?");
  expect((await lineTexts(pane))[0]).toBe(
    "The region's cashable savings may fall 16% before they no longer cover the amount asked.",
  );
  expect((await lineTexts(pane)).at(-1)).toBe("The savings may come 10 years later and still cover the costs.");
  expect(await cellTexts(pane, "K11")).toEqual(["4,131,000", "4,860,000", "5,733,000"]);
  await cardShot(page, pane, "en-robustness.png");
  await pane.click("#robustness-link");
  await page.waitForFunction(() => window.sif.selection()?.sheet === "Sensitivity");
  await expectKeyCellSelected(page, "Sensitivity");

  // Without the Sensitivity sheet the card still shows the engine's figures, but no link to a sheet that is gone.
  await page.evaluate(() => window.sif.deleteSheet("Sensitivity"));
  await pane.click("#check");
  await pane.waitForFunction(() => document.querySelector("#robustness-link") === null, undefined, { timeout: 10000 });
  expect(await lineTexts(pane)).toHaveLength(4);
  await closePane(page);
});

/** The follow-up card's lines in words (the figures', the units', what is due), spaces normalised. */
const followTexts = async (pane: Frame, list: string): Promise<string[]> =>
  (await pane.locator(`${list} .follow-line .follow-text`).allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
const statusText = (pane: Frame) => pane.locator(".status .message").innerText();

/**
 * After the board's decision: insert the follow-up (the card shows, not yet frozen), type the actuals of
 * the "behind" case, freeze the baseline with a double click (once), and read the card.
 */
async function followUpFlow(page: Page, pane: Frame, words: { inserted: string; notFrozen: string; frozen: string }) {
  await pane.click("#insert-all");
  await pane.waitForSelector(".status .message.success");
  await page.evaluate(() => window.sif.typeExample());
  await pane.click("#check");
  await pane.waitForSelector("#headline");
  expect(await pane.locator("#follow-up-card").isHidden()).toBe(true);

  await pane.click("#insert-follow-up");
  await pane.waitForFunction(
    (t) => document.querySelector(".status .message.success")?.textContent === t,
    words.inserted,
  );
  await pane.waitForFunction(
    () => document.querySelector("#follow-up-headline")?.getAttribute("data-state") === "notFrozen",
  );
  expect(await pane.locator("#follow-up-headline .follow-headline").innerText()).toBe(words.notFrozen);

  await page.evaluate(() => window.sif.typeActuals());
  await pane.dblclick("#freeze-baseline");
  await pane.waitForFunction(
    (t) => document.querySelector(".status .message.success")?.textContent?.startsWith(t),
    words.frozen,
  );
  await pane.waitForFunction(
    () => document.querySelector("#follow-up-headline")?.getAttribute("data-state") === "behind",
    undefined,
    {
      timeout: 10000,
    },
  );
  // Frozen once: the table holds the plan's rows, not twice as many.
  expect(await page.evaluate(() => window.sif.tableRange("Baslinje"))).toBe(`D4:G${4 + planned().length}`);
  expect(await pane.locator("#freeze-baseline").isEnabled()).toBe(true);
}

test("Swedish: insert the follow-up, type actuals, freeze the baseline, read 'Efter plan'", async () => {
  const { page, pane } = await openPane("sv-SE");
  await followUpFlow(page, pane, {
    inserted: "Inlagt: Beslut, Utfall, Mätningar, Uppföljning.",
    notFrozen: "Baslinjen är inte fryst",
    frozen: "Baslinjen frystes:",
  });
  const card = pane.locator("#follow-up-card");
  expect(await card.locator("h2").innerText()).toBe("Uppföljning");
  expect(await card.locator("#follow-up-headline .follow-headline").innerText()).toBe("Efter plan");
  expect(await followTexts(pane, "#follow-up-lines")).toEqual([
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
  expect(await followTexts(pane, "#follow-up-due")).toEqual([
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

  await cardShot(page, pane, "sv-follow-up.png", "#follow-up-card");

  await card.locator("#follow-up-due button.link", { hasText: "Effekter!D5" }).click();
  await page.waitForFunction(() => window.sif.selection()?.range === "D5");
  expect(await page.evaluate(() => window.sif.selection())).toEqual({ sheet: "Effekter", range: "D5" });
  await card.locator("details[data-id=F04] button.link").first().click();
  await page.waitForFunction(() => window.sif.selection()?.sheet === "Utfall");

  // A second freeze is refused, in words; nothing changes.
  await pane.click("#freeze-baseline");
  await pane.waitForFunction(() =>
    document.querySelector(".status .message.info")?.textContent?.includes("redan fryst"),
  );
  expect(await statusText(pane)).toMatch(/skrivs aldrig över/);
  expect(await page.evaluate(() => window.sif.tableRange("Baslinje"))).toBe(`D4:G${4 + planned().length}`);
  await closePane(page);
});

test("English: the follow-up card in English", async () => {
  const { page, pane } = await openPane("en-US");
  await followUpFlow(page, pane, {
    inserted: "Inserted: Decision, Actuals, Measurements, Follow-up.",
    notFrozen: "The baseline is not frozen",
    frozen: "The baseline was frozen:",
  });
  const card = pane.locator("#follow-up-card");
  expect(await card.locator("h2").innerText()).toBe("Follow-up");
  expect(await card.locator("#follow-up-headline .follow-headline").innerText()).toBe("Behind");
  expect((await followTexts(pane, "#follow-up-lines")).at(-1)).toBe(
    "The fund's projected payback year, at the realisation so far: not within 30 years (planned: 2023).",
  );
  await cardShot(page, pane, "en-follow-up.png", "#follow-up-card");
  await closePane(page);
});

test("an Excel without ExcelApi 1.9 gets a message, not a pane that fails later", async () => {
  const context = await theBrowser().newContext({ viewport: { width: 360, height: 420 } });
  await serve(context);
  const page = await context.newPage();
  await page.goto(`${EXCEL}?lang=sv-SE&excelApi=1.8`);
  const pane = await paneFrame(page);
  await pane.waitForSelector("#app .message.error");
  expect(await pane.locator("#app .message.error").innerText()).toMatch(/ExcelApi 1\.9/);
  expect(await pane.locator("#insert-all").count()).toBe(0);
  await closePane(page);
});

test("when office.js cannot load, the pane says so in Swedish and English, with or without its script", async () => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await theBrowser().newContext({ viewport: { width: 360, height: 420 }, javaScriptEnabled });
    await serve(context, false); // the CDN is unreachable
    const page = await context.newPage();
    // With scripts, in the Excel frame as a user would see it; without any script the frame cannot open the
    // pane, so the pane alone.
    await page.goto(javaScriptEnabled ? `${EXCEL}?lang=sv-SE` : `${PANE}taskpane.html`);
    const pane = javaScriptEnabled ? await paneFrame(page) : page.mainFrame();
    const message = pane.locator("#office-missing");
    // With its script the pane shows it at once; without any script, the page's CSS shows it after 4 s.
    await message.waitFor({ state: "visible", timeout: javaScriptEnabled ? 5000 : 8000 });
    expect(await message.locator("p[lang=sv]").innerText()).toMatch(/office\.js\) gick inte att läsa in/);
    expect(await message.locator("p[lang=en]").innerText()).toMatch(/office\.js\) could not be loaded/);
    if (javaScriptEnabled) await paneShot(page, pane, "office-missing.png");
    await context.close();
  }
});

test("the pane asked nothing outside its origin, the CDN and Excel, and its policy refused nothing", () => {
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});
