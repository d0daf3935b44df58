/**
 * The engine is pure TypeScript: nothing in src/domain may reach Office.js, Node's I/O or the layers
 * above it. The one library it uses is @noble/hashes (SHA-256 for the baseline's fingerprint: pure,
 * synchronous, the same in the browser and in Node).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(__dirname, "../../src/domain");

const PURE_LIBRARIES = /^@noble\/hashes\/(sha256|utils)$/;

test.each(readdirSync(dir).filter((f) => f.endsWith(".ts")))("src/domain/%s imports only src/domain", (file) => {
  const source = readFileSync(join(dir, file), "utf8");
  const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
  expect(imports.filter((p) => !p.startsWith("./") && !PURE_LIBRARIES.test(p))).toEqual([]);
  expect(source).not.toMatch(/\b(Office|Excel)\.(run|context|onReady)/);
});
