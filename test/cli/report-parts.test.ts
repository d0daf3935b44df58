/**
 * The report's pure parts, without a process: cells collapsed to ranges, singular and plural in both languages,
 * user text made inert in Markdown, tables fitted to 120 columns, the summary's order and totals, local time.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { collapseCells } from "../../src/cli/cells";
import type { CheckedFile, FileResult } from "../../src/cli/check-file";
import { reportTime } from "../../src/cli/clock";
import { escapeMarkdown, oneLine, truncate } from "../../src/cli/plain-text";
import { commonFolder, inSummaryOrder, lowestUnitMargin, statusOf, totalsLine } from "../../src/cli/summary";
import { markdownTable, textTable, wrap } from "../../src/cli/table";
import { count, countStatus } from "../../src/cli/words";
import { evaluate } from "../../src/domain/evaluate";
import { earlyInterventionExample } from "../../src/examples/early-intervention";
import { root } from "./run";

describe("collapseCells", () => {
  test.each<[string, string[], string[]]>([
    [
      "one column, consecutive rows",
      ["Återföring!C5", "Återföring!C6", "Återföring!C7", "Återföring!C8", "Återföring!C9"],
      ["Återföring!C5:C9"],
    ],
    ["one row, consecutive columns", ["Besparingar!D5", "Besparingar!E5", "Besparingar!F5"], ["Besparingar!D5:F5"]],
    [
      "a gap splits the run",
      ["Återföring!C5", "Återföring!C6", "Återföring!C8"],
      ["Återföring!C5:C6", "Återföring!C8"],
    ],
    ["two cells are a range too", ["Kostnader!D7", "Kostnader!D8"], ["Kostnader!D7:D8"]],
    ["a single cell stays", ["Kostnader!D7"], ["Kostnader!D7"]],
    ["nothing", [], []],
    ["diagonal cells are not adjacent", ["Kostnader!D7", "Kostnader!E8"], ["Kostnader!D7", "Kostnader!E8"]],
    [
      "out of order and repeated",
      ["Återföring!C7", "Återföring!C5", "Återföring!C6", "Återföring!C5"],
      ["Återföring!C5:C7"],
    ],
    [
      "sheets apart, in the order they first appear",
      ["Återföring!C5", "Kostnader!D7", "Återföring!C6", "Kostnader!D8"],
      ["Återföring!C5:C6", "Kostnader!D7:D8"],
    ],
    [
      "the same column on two sheets is not one range",
      ["Kostnader!D7", "Återföring!D8"],
      ["Kostnader!D7", "Återföring!D8"],
    ],
    ["quoted sheet names", ["'Min kalkyl'!B2", "'Min kalkyl'!B3"], ["'Min kalkyl'!B2:B3"]],
    ["ranges and other text are kept", ["Kostnader!A5:E9", "Kostnader!D7"], ["Kostnader!A5:E9", "Kostnader!D7"]],
    [
      "columns past Z",
      ["Besparingar!Y5", "Besparingar!Z5", "Besparingar!AA5", "Besparingar!AB5"],
      ["Besparingar!Y5:AB5"],
    ],
    [
      "a column run and a row left over, in reading order",
      ["Besparingar!K5", "Besparingar!K6", "Besparingar!K7", "Besparingar!L9", "Besparingar!M9"],
      ["Besparingar!K5:K7", "Besparingar!L9:M9"],
    ],
  ])("%s", (_what, cells, expected) => {
    expect(collapseCells(cells)).toEqual(expected);
  });
});

describe("singular and plural", () => {
  test.each<[Parameters<typeof count>[1], string, string, string, string]>([
    ["error", "1 fel", "2 fel", "1 error", "2 errors"],
    ["warning", "1 varning", "2 varningar", "1 warning", "2 warnings"],
    ["info", "1 informationspunkt", "2 informationspunkter", "1 information item", "2 information items"],
    ["finding", "1 anmärkning", "2 anmärkningar", "1 finding", "2 findings"],
    ["application", "1 ansökan", "2 ansökningar", "1 application", "2 applications"],
    ["file", "1 fil", "2 filer", "1 file", "2 files"],
    ["year", "1 år", "2 år", "1 year", "2 years"],
  ])("%s", (noun, sv1, sv2, en1, en2) => {
    expect([count(1, noun, "sv"), count(2, noun, "sv"), count(1, noun, "en"), count(2, noun, "en")]).toEqual([
      sv1,
      sv2,
      en1,
      en2,
    ]);
    expect(count(0, noun, "en")).toBe(`0 ${en2.slice(2)}`); // none is plural in English
  });

  test.each<[Parameters<typeof countStatus>[1], string, string, string, string]>([
    ["ready", "1 klar", "2 klara", "1 ready", "2 ready"],
    ["needs-work", "1 behöver åtgärdas", "2 behöver åtgärdas", "1 needs work", "2 need work"],
    ["unreadable", "1 oläslig", "2 oläsliga", "1 unreadable", "2 unreadable"],
  ])("the status %s", (status, sv1, sv2, en1, en2) => {
    expect(countStatus(1, status, "sv")).toBe(sv1);
    expect(countStatus(2, status, "sv")).toBe(sv2);
    expect(countStatus(1, status, "en")).toBe(en1);
    expect(countStatus(2, status, "en")).toBe(en2);
  });
});

/** A checked example application, with what the test changes. */
function checked(file: string, errors: number, warnings = 0, asked = 3000000): CheckedFile {
  const e = evaluate(earlyInterventionExample());
  return {
    file,
    readable: true,
    name: "Tidiga insatser",
    profile: "blekinge-2016",
    findings: [],
    counts: { error: errors, warning: warnings, info: 0 },
    moreFindings: 0,
    figures: { ...e.figures, K03: asked },
    robustness: e.robustness,
  };
}
const unreadable = (file: string): FileResult => ({ file, readable: false, problem: { sv: "Trasig.", en: "Broken." } });

describe("the summary", () => {
  test("needing work first (most errors, then most warnings), then ready (most warnings first), unreadable", () => {
    const results = [
      unreadable("a/trasig.xlsx"),
      checked("a/klar.xlsx", 0),
      checked("a/ett-fel.xlsx", 1),
      checked("a/klar-varningar.xlsx", 0, 3),
      checked("a/tre-fel.xlsx", 3),
      checked("a/ett-fel-varning.xlsx", 1, 1),
    ];
    expect(inSummaryOrder(results).map((r) => [r.file, statusOf(r)])).toEqual([
      ["a/tre-fel.xlsx", "needs-work"],
      ["a/ett-fel-varning.xlsx", "needs-work"],
      ["a/ett-fel.xlsx", "needs-work"],
      ["a/klar-varningar.xlsx", "ready"],
      ["a/klar.xlsx", "ready"],
      ["a/trasig.xlsx", "unreadable"],
    ]);
  });

  test("the totals line, in the plural", () => {
    const results = [checked("a.xlsx", 2), checked("b.xlsx", 1), checked("c.xlsx", 0), checked("d.xlsx", 0)];
    const skipped = [
      { file: "g.xls", kind: "xls" as const },
      { file: "~$a.xlsx", kind: "lock" as const },
    ];
    expect(totalsLine([...results, unreadable("e.xlsx"), unreadable("f.xlsx")], skipped, "sv")).toBe(
      "6 ansökningar: 2 behöver åtgärdas, 2 klara, 2 oläsliga; sökt belopp totalt 12\u00a0000\u00a0000\u00a0kr, " +
        "varav 6\u00a0000\u00a0000\u00a0kr i de klara ansökningarna; 2 filer hoppades över.",
    );
    expect(totalsLine([...results, unreadable("e.xlsx"), unreadable("f.xlsx")], skipped, "en")).toBe(
      "6 applications: 2 need work, 2 ready, 2 unreadable; SEK\u00a012,000,000 asked in total, " +
        "SEK\u00a06,000,000 of it by the ready applications; 2 files skipped.",
    );
  });

  test("the totals line, in the singular; a status nobody has is left out", () => {
    const one = [checked("a.xlsx", 0)];
    const skipped = [{ file: "g.xls", kind: "xls" as const }];
    expect(totalsLine(one, skipped, "sv")).toBe(
      "1 ansökan: 1 klar; sökt belopp totalt 3\u00a0000\u00a0000\u00a0kr, varav 3\u00a0000\u00a0000\u00a0kr " +
        "i den klara ansökan; 1 fil hoppades över.",
    );
    expect(totalsLine(one, skipped, "en")).toBe(
      "1 application: 1 ready; SEK\u00a03,000,000 asked in total, SEK\u00a03,000,000 of it by the ready " +
        "application; 1 file skipped.",
    );
    expect(totalsLine([checked("a.xlsx", 1)], [], "en")).toBe(
      "1 application: 1 needs work; SEK\u00a03,000,000 asked in total.",
    );
    expect(totalsLine([unreadable("a.xlsx")], [], "sv")).toBe("1 ansökan: 1 oläslig.");
  });

  test("the lowest unit margin, and none where no unit has one", () => {
    const r = evaluate(earlyInterventionExample()).robustness!;
    expect(lowestUnitMargin(r)).toEqual({ unit: "Barn- och ungdomspsykiatrin", margin: r.K15[0]!.margin });
    expect(lowestUnitMargin({ ...r, K15: [{ unit: "X", margin: null }] })).toBeNull();
    expect(lowestUnitMargin(null)).toBeNull();
  });

  test.each<[string[], string]>([
    [["ansokningar/a.xlsx", "ansokningar/b/c.xlsx"], "ansokningar/"],
    [["ansokningar/a.xlsx", "ansokningar2/b.xlsx"], ""],
    [["/tmp/x/a.xlsx"], "/tmp/x/"],
    [["a.xlsx", "b.xlsx"], ""],
    [["C:\\ans\\a.xlsx", "C:\\ans\\b.xlsx"], "C:\\ans\\"],
  ])("the common folder of %j is %j", (paths, folder) => {
    expect(commonFolder(paths)).toBe(folder);
  });
});

describe("Markdown: user text is inert", () => {
  const evil = "<img src=x onerror=alert(1)> [klick](http://evil) | x";

  test("no HTML, no link, no image, no table break", () => {
    const s = escapeMarkdown(evil);
    expect(s).toBe("&lt;img src=x onerror=alert(1)&gt; \\[klick\\](http\\://evil) \\| x");
    expect(s).not.toMatch(/[<>]/);
    expect(s).not.toMatch(/(^|[^\\])[[\]|]/); // every bracket and pipe escaped
  });

  test.each<[string, string]>([
    [
      "**fet** _kursiv_ `kod` # rubrik ~~struken~~",
      "\\*\\*fet\\*\\* \\_kursiv\\_ \\`kod\\` \\# rubrik \\~\\~struken\\~\\~",
    ],
    ["![bild](http://x/y.png)", "\\!\\[bild\\](http\\://x/y.png)"],
    ["se www.example.com", "se www\\.example.com"],
    ["a\\|b", "a\\\\\\|b"],
    ["A & B &lt;", "A &amp; B &amp;lt;"],
    ["$x$ kostar", "\\$x\\$ kostar"],
    ["rad ett\nrad två\r\n\ttre", "rad ett rad två tre"],
    ["Kostnader!D7", "Kostnader!D7"],
  ])("%j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test("a table with user text in every cell keeps its columns", () => {
    const lines = markdownTable([{ header: "A" }, { header: "B", right: true }], [[evil, "1 | 2"]]);
    expect(lines).toEqual([
      "| A | B |",
      "|---|---:|",
      "| &lt;img src=x onerror=alert(1)&gt; \\[klick\\](http\\://evil) \\| x | 1 \\| 2 |",
    ]);
  });
});

describe("text: within 120 columns", () => {
  test("a table of long names is cut with … and no line is wider than the limit", () => {
    const long = "Ett mycket långt namn på en ansökan som aldrig tycks ta slut ".repeat(3);
    const lines = textTable(
      [
        { header: "Nr", right: true },
        { header: "Ansökan", flexible: true },
        { header: "Fil", flexible: true },
      ],
      [["1", long, `${"mapp/".repeat(20)}fil.xlsx`]],
      60,
    );
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(60);
    expect(lines[2]).toMatch(/…/);
  });

  test("wrap breaks at spaces, and a word longer than a line into pieces", () => {
    expect(wrap("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
    expect(wrap("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });

  test("control characters (a terminal escape) never reach the terminal", () => {
    expect(oneLine("a\u001b[31mröd\u001b[0m\nb")).toBe("a [31mröd [0m b");
    expect(truncate("åäöåäö", 4)).toBe("åäö…");
  });
});

describe("local time with the zone", () => {
  /** The clock's answers in a process of its own with TZ set (Jest's process.env does not reach the clock). */
  const inZone = (tz: string, iso: string): { sv: string; en: string; iso: string } => {
    const clock = JSON.stringify(join(root, "lib/cli/clock.js"));
    const code =
      `const c = require(${clock}); const d = new Date(${JSON.stringify(iso)});` +
      `console.log(JSON.stringify({ sv: c.localStamp(d, "sv"), en: c.localStamp(d, "en"), iso: c.localIso(d) }));`;
    const r = spawnSync(process.execPath, ["-e", code], { encoding: "utf8", env: { ...process.env, TZ: tz } });
    return JSON.parse(r.stdout) as { sv: string; en: string; iso: string };
  };

  test.each<[string, string, string, string, string]>([
    [
      "Europe/Stockholm",
      "2026-12-02T17:40:00Z",
      "2026-12-02 18:40 (CET)",
      "2026-12-02 18:40 (CET)",
      "2026-12-02T18:40:00+01:00",
    ],
    [
      "Europe/Stockholm",
      "2026-07-01T10:00:00Z",
      "2026-07-01 12:00 (CEST)",
      "2026-07-01 12:00 (CEST)",
      "2026-07-01T12:00:00+02:00",
    ],
    [
      "Asia/Tokyo",
      "2026-12-02T17:40:00Z",
      "2026-12-03 02:40 (GMT+9)",
      "2026-12-03 02:40 (GMT+9)",
      "2026-12-03T02:40:00+09:00",
    ],
    [
      "America/New_York",
      "2026-12-02T17:40:00Z",
      "2026-12-02 12:40 (GMT−5)",
      "2026-12-02 12:40 (GMT-5)",
      "2026-12-02T12:40:00-05:00",
    ],
    ["UTC", "2026-12-02T17:40:00Z", "2026-12-02 17:40 (UTC)", "2026-12-02 17:40 (UTC)", "2026-12-02T17:40:00+00:00"],
  ])("TZ=%s, %s", (tz, at, sv, en, iso) => {
    expect(inZone(tz, at)).toEqual({ sv, en, iso });
  });

  test("SIF_NOW fixes the moment; one that is no date is an error", () => {
    expect(reportTime({ SIF_NOW: "2026-12-02T18:40:00+01:00" }).toISOString()).toBe("2026-12-02T17:40:00.000Z");
    const now = new Date("2030-01-01T00:00:00Z");
    expect(reportTime({}, () => now)).toBe(now);
    expect(() => reportTime({ SIF_NOW: "igår" })).toThrow(/SIF_NOW must be a date and time/);
  });
});
