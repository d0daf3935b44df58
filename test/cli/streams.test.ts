/**
 * What goes where: reports on stdout; a line on stderr for every file that cannot be read (in --lang);
 * usage errors on stderr only, in one line, exit code 2; help and the version on stdout, exit code 0.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applicationBytes, lines, root, sif } from "./run";

const dir = mkdtempSync(join(tmpdir(), "sif-streams-"));
const good = join(dir, "good.xlsx");
const text = join(dir, "notes.xlsx");
const missing = join(dir, "missing.xlsx");

beforeAll(async () => {
  writeFileSync(good, await applicationBytes());
  writeFileSync(text, "just some text");
});

/** stderr's lines that are not progress lines ([1/12] …). */
const messages = (stderr: string): string[] => lines(stderr).filter((l) => l !== "" && !/^\[\d+\/\d+\]/.test(l));

describe("files that cannot be read: one line each on stderr, besides the report on stdout", () => {
  test("--lang en", () => {
    const r = sif(["validate", good, text, missing, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(messages(r.stderr)).toEqual([
      `sif: ${text} cannot be read: The file is not an Excel workbook (.xlsx).`,
      `sif: ${missing} cannot be read: The file does not exist.`,
    ]);
    expect(r.stdout).toContain("Ready to submit");
    // Numbered in the summary's order: the ready application first, then the unreadable files as given.
    expect(lines(r.stdout)).toEqual(expect.arrayContaining([`== 2. ${text}`, `== 3. ${missing}`]));
  });

  test("Swedish by default, and with --format json the JSON on stdout stays whole", () => {
    const r = sif(["validate", missing, good, "--format", "json"]);
    expect(r.status).toBe(2);
    expect(messages(r.stderr)).toEqual([`sif: ${missing} kan inte läsas: Filen finns inte.`]);
    const report = JSON.parse(r.stdout) as { files: { file: string; readable: boolean }[] };
    expect(report.files.map((f) => [f.file, f.readable])).toEqual([
      [missing, false],
      [good, true],
    ]);
  });

  test("a readable batch writes nothing but progress to stderr", () => {
    const r = sif(["validate", good]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });
});

test.each([
  [["template"], /^sif template: needs exactly one output file\. Usage: sif template /],
  [["template", "a.xlsx", "b.xlsx"], /needs exactly one output file/],
  [["template", "a.xlsx", "--lang"], /--lang needs a value/],
  [["template", "a.xlsx", "--lang", "de"], /--lang must be sv or en, not de/],
  [["template", "a.xlsx", "--langg", "en"], /Unknown option --langg \(Did you mean --lang\?\)/],
  [["validate"], /^sif validate: needs at least one file or folder\. Usage: sif validate /],
  [["validate", "x.xlsx", "--format=pdf"], /--format must be text, json or markdown, not pdf/],
  [["validate", "x.xlsx", "--profile", "skåne"], /Unknown profile skåne; known: blekinge-2016, blekinge-2014/],
  [["validate", "x.xlsx", "--verbose"], /Unknown option --verbose/],
  [["frobnicate"], /^sif: Unknown command frobnicate\. Usage: sif /],
  [["--colour"], /^sif: Unknown option --colour/],
])("misuse %j: exit 2, one line on stderr, nothing on stdout", (args, message) => {
  const r = sif(args, dir);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\s+at .+:\d+:\d+/); // no stack
});

test("`sif` alone: the help on stderr, exit 2", () => {
  const r = sif([]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^Usage: sif /);
});

test.each([
  [["--help"], ["Usage: sif [options] [command]", "template", "validate", "Exit code 0"]],
  [["-h"], ["Usage: sif [options] [command]"]],
  [
    ["help", "validate"],
    ["Usage: sif validate", "--profile <ID>", "--format <text|json|markdown>"],
  ],
  [
    ["template", "--help"],
    ["Usage: sif template [options] <OUT.xlsx>", "--example", "--force", "--lang <sv|en>"],
  ],
  [
    ["validate", "-h"],
    ["Usage: sif validate [options] <FILE_OR_FOLDER...>", "blekinge-2014", "Exit code 0"],
  ],
  [["--version"], [(JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version]],
])("%j: on stdout, exit 0", (args, texts) => {
  const r = sif(args);
  expect(r.status).toBe(0);
  expect(r.stderr).toBe("");
  for (const t of texts) expect(r.stdout).toContain(t);
});
