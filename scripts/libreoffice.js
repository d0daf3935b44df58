/**
 * LibreOffice headless as an independent spreadsheet engine: recalculates every formula of a
 * workbook (Excel's cached values are not trusted) and renders workbooks to PDF.
 * A throw-away profile sets OOXMLRecalcMode = 0 ("always recalculate on load").
 */
const { spawnSync } = require("node:child_process");
const { mkdtempSync, mkdirSync, writeFileSync, existsSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join, basename } = require("node:path");

function soffice() {
  for (const p of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"])
    if (existsSync(p)) return p;
  return null;
}

function profile(locale) {
  const dir = mkdtempSync(join(tmpdir(), "sif-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  const localeItem = locale
    ? `<item oor:path="/org.openoffice.Setup/L10N">` +
      `<prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>`
    : "";
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load">` +
      `<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n` +
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load">` +
      `<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n` +
      `${localeItem}\n` +
      `</oor:items>\n`,
  );
  return `file://${dir}`;
}

/**
 * Converts `input` to `format` ("xlsx", "pdf") in `outDir`; returns the output path. `locale`
 * (e.g. "sv-SE") sets how numbers are shown, for pictures as a Swedish user sees them.
 */
function convert(input, format, outDir, locale) {
  const bin = soffice();
  if (!bin) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    bin,
    [
      `-env:UserInstallation=${profile(locale)}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      input,
    ],
    { encoding: "utf8", timeout: 120000 },
  );
  const out = join(outDir, basename(input).replace(/\.[^.]+$/, `.${format}`));
  if (r.status !== 0 || !existsSync(out)) throw new Error(`LibreOffice failed on ${input}: ${r.stderr || r.stdout}`);
  return out;
}

module.exports = { soffice, convert };
