/** The manifest validates offline against Microsoft's XSDs, and the validator rejects broken ones. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function validate(xml: string) {
  const file = join(mkdtempSync(join(tmpdir(), "sif-manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  return spawnSync(process.execPath, [join(root, "scripts/check-manifest.js"), file], { encoding: "utf8" });
}

test("manifest.xml validates", () => {
  const r = validate(manifest);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

test.each([
  [
    "a bad Permissions value",
    manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWrite</Permissions>"),
    "Permissions",
  ],
  ["a missing Id", manifest.replace(/<Id>[^<]*<\/Id>/, ""), "Version"],
  [
    "elements out of order",
    manifest
      .replace("<DefaultLocale>sv-SE</DefaultLocale>", "")
      .replace("<Hosts>", "<DefaultLocale>sv-SE</DefaultLocale><Hosts>"),
    "DefaultLocale",
  ],
  ["a button without an action", manifest.replace(/<Action [\s\S]*?<\/Action>/, ""), "Action"],
])("a manifest with %s is rejected with exit code 1", (_what, xml, mentioned) => {
  const r = validate(xml);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(mentioned);
});

test("an unreadable file exits 2", () => {
  const r = spawnSync(process.execPath, [join(root, "scripts/check-manifest.js"), "/nonexistent/manifest.xml"], {
    encoding: "utf8",
  });
  expect(r.status).toBe(2);
});

test("least permissions, Excel only, ExcelApi 1.9, Swedish first with English overrides", () => {
  expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
  expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
  expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
  expect(manifest).toContain("<DefaultLocale>sv-SE</DefaultLocale>");
  // Every string resource and the display name/description have an en-US override.
  const strings = [...manifest.matchAll(/<bt:String id="[^"]+"[^>]*>([\s\S]*?)<\/bt:String>/g)];
  expect(strings.length).toBeGreaterThanOrEqual(5);
  for (const s of strings) expect(s[1]).toContain('Locale="en-US"');
  expect(manifest.match(/<Override Locale="en-US"/g)).toHaveLength(2);
  expect(manifest).toContain('<OfficeTab id="TabHome">');
});

test("every icon the manifest names exists in assets/", () => {
  const icons = [...manifest.matchAll(/\/assets\/(icon-\d+\.png)/g)].map((m) => m[1]!);
  expect(icons.length).toBeGreaterThan(0);
  for (const icon of new Set(icons)) expect(() => readFileSync(join(root, "assets", icon))).not.toThrow();
});

test("the npm script validates the project's manifest", () => {
  expect(
    execFileSync(process.execPath, [join(root, "scripts/check-manifest.js"), join(root, "manifest.xml")], {
      encoding: "utf8",
    }),
  ).toContain("validates");
});
