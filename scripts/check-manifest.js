#!/usr/bin/env node
/**
 * Validates an add-in manifest offline against Microsoft's XSDs (schemas/office-addin-manifest),
 * with libxml2 compiled to WebAssembly (xmllint-wasm): no network, no Debian package.
 * `office-addin-manifest validate` cannot be used here: it posts the file to an online service.
 *
 *   node scripts/check-manifest.js [manifest.xml]   → exit 0 valid, 1 invalid, 2 unreadable
 */
const { readFileSync, readdirSync } = require("node:fs");
const { join, resolve } = require("node:path");
const { validateXML } = require("xmllint-wasm");

const SCHEMA_DIR = join(__dirname, "..", "schemas", "office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

async function validateManifest(xmlText, fileName = "manifest.xml") {
  const schemas = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const result = await validateXML({
    xml: [{ fileName, contents: xmlText }],
    schema: [{ fileName: MAIN_SCHEMA, contents: readFileSync(join(SCHEMA_DIR, MAIN_SCHEMA), "utf8") }],
    preload: schemas
      .filter((f) => f !== MAIN_SCHEMA)
      .map((f) => ({ fileName: f, contents: readFileSync(join(SCHEMA_DIR, f), "utf8") })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage ?? e.message) };
}

async function main() {
  const path = resolve(process.argv[2] ?? "manifest.xml");
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    console.error(`Cannot read ${path}: ${e.message}`);
    process.exit(2);
  }
  const { valid, errors } = await validateManifest(text, path);
  if (valid) {
    console.log(`${path} validates against the Office add-in manifest schemas (offline).`);
    return;
  }
  console.error(`${path} is NOT a valid add-in manifest:`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}

module.exports = { validateManifest };
if (require.main === module) main();
