/** The pane shows user text as text and talks to no one but its own origin and Office. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(__dirname, "../../src/taskpane");
const sources = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(join(dir, f), "utf8"))
  .join("\n");

test("no HTML is ever built from strings", () => {
  expect(sources).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
});

test("the pane makes no network calls of its own", () => {
  expect(sources).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
});

test("the Content-Security-Policy allows only the pane's origin and Office's script host", () => {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
});
