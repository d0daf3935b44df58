/** The engine is pure TypeScript: nothing in src/domain may reach Office.js or the layers above it. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(__dirname, "../../src/domain");

test.each(readdirSync(dir).filter((f) => f.endsWith(".ts")))("src/domain/%s imports only src/domain", (file) => {
  const source = readFileSync(join(dir, file), "utf8");
  const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
  expect(imports.filter((p) => !p.startsWith("./"))).toEqual([]);
  expect(source).not.toMatch(/\b(Office|Excel)\.(run|context|onReady)/);
});
