/** One workbook write at a time: a click while one runs does nothing (no DOM needed: the guard's own logic). */
import { WriteGuard, type ActionHost } from "../../src/taskpane/actions";
import type { InsertionSummary } from "../../src/taskpane/messages";
import { STRINGS } from "../../src/taskpane/strings";

function host(): ActionHost & { said: string[]; refreshed: number } {
  return {
    lang: "sv",
    s: STRINGS.sv,
    said: [],
    refreshed: 0,
    say(_tone, headline) {
      this.said.push(headline);
    },
    errorText: (e) => `fel: ${String(e)}`,
    refresh() {
      this.refreshed += 1;
      return Promise.resolve();
    },
  };
}

test("a second run while the first is under way is ignored; afterwards a new one runs", async () => {
  const h = host();
  const guard = new WriteGuard(h);
  let release!: () => void;
  let runs = 0;
  const task = async (): Promise<InsertionSummary> => {
    runs += 1;
    await new Promise<void>((done) => (release = done));
    return { tone: "success", headline: "Klart.", details: [] };
  };
  const first = guard.run(task, true);
  await guard.run(task, true); // returns at once: busy
  expect(runs).toBe(1);
  release();
  await first;
  expect(h.said).toEqual(["Arbetar …", "Klart."]);
  expect(h.refreshed).toBe(1);
  const again = guard.run(task, false);
  release();
  await again;
  expect(runs).toBe(2);
  expect(h.refreshed).toBe(1);
});

test("a failing write says why, and frees the guard", async () => {
  const h = host();
  const guard = new WriteGuard(h);
  await guard.run(() => Promise.reject(new Error("borta")), true);
  expect(h.said.at(-1)).toBe("fel: Error: borta");
  expect(h.refreshed).toBe(0);
  await guard.run(() => Promise.resolve({ tone: "info", headline: "Igen.", details: [] }), false);
  expect(h.said.at(-1)).toBe("Igen.");
});
