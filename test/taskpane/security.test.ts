/** The pane shows user text as text and talks to no one but its own origin and Office. */
import { createHash } from "node:crypto";
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

test("the Content-Security-Policy allows the pane's origin, Office's script host and two parse-error styles", () => {
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
  const directives = Object.fromEntries(
    csp.split(";").map((d): [string, string[]] => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
  // Exactly these (README, "Content-Security-Policy"); the e2e proves office.js needs no more.
  expect(directives).toEqual({
    "default-src": ["'none'"],
    "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
    "style-src": ["'self'"],
    "style-src-attr": [
      "'unsafe-hashes'",
      "'sha256-ICa0DhwZQJsOd/Rn0N8H6FdQ71GfNL+op2zhAQ+Y4mM='",
      "'sha256-ZD0chCyBaNHl+4UwQHJIHGoYhKwMeyCXGgJTKW5/67E='",
    ],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  });
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
});

test("the two style hashes are the browser's XML parse-error page's, nothing of ours", () => {
  const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
  const html = readFileSync(join(dir, "taskpane.html"), "utf8");
  const parseError =
    "display: block; white-space: pre; border: 2px solid #c77; padding: 0 1em 0 1em; margin: 1em; " +
    "background-color: #fdd; color: black";
  expect(html).toContain(hash(parseError));
  expect(html).toContain(hash("font-family:monospace;font-size:12px"));
});
