import { decideInsertion, planFollowUp, planWorkbook } from "../../src/templates";
import { freezeSummary, insertionSummary, NOTHING_OF_FOLLOW_UP } from "../../src/taskpane/messages";

const plans = planWorkbook("sv");

test("a clean insert says what went in", () => {
  const s = insertionSummary(decideInsertion(plans, { sheets: [], tables: [], names: [] }), "sv");
  expect(s.tone).toBe("success");
  expect(s.headline).toBe(
    "Inlagt: Ansökan, Parter, Kostnader, Medfinansiering, Besparingar, Effekter, Återföring, Nyckeltal, " +
      "Känslighet, Inställningar.",
  );
  expect(s.details).toEqual([]);
});

test("a sheet left alone is named with its reason, in Swedish and English", () => {
  const d = decideInsertion(plans, { sheets: ["kostnader"], tables: [], names: [] });
  const sv = insertionSummary(d, "sv");
  expect(sv.tone).toBe("warning");
  expect(sv.details).toEqual([
    "Kostnader lämnades orört: det finns redan ett blad som heter Kostnader.",
    "Nyckeltal lämnades orört: den behöver Kostnader, som saknas.",
    "Känslighet lämnades orört: den behöver Kostnader, som saknas.",
  ]);
  expect(insertionSummary(d, "en").details[0]).toBe(
    "Kostnader was left alone: a sheet named Kostnader already exists.",
  );
});

test("nothing to insert is information, not an error", () => {
  const all = plans.map((p) => p.name);
  const s = insertionSummary(decideInsertion(plans, { sheets: all, tables: [], names: [] }), "en");
  expect(s.tone).toBe("info");
  expect(s.details).toHaveLength(plans.length);
});

test("the follow-up inserted again: its own words, each sheet left alone named", () => {
  const follow = planFollowUp("sv");
  const d = decideInsertion(follow, { sheets: follow.map((p) => p.name), tables: [], names: [] });
  const sv = insertionSummary(d, "sv", NOTHING_OF_FOLLOW_UP);
  expect(sv.headline).toBe("Inget lades in: arbetsboken har redan uppföljningens blad, eller blad med samma namn.");
  expect(sv.details[0]).toBe("Beslut lämnades orört: det finns redan ett blad som heter Beslut.");
  expect(insertionSummary(d, "en", NOTHING_OF_FOLLOW_UP).headline).toMatch(/already has the follow-up's sheets/);
});

test("a freeze says what it wrote; a refusal is its message, already frozen only information", () => {
  const done = {
    ok: true as const,
    rows: 21,
    sheet: "Beslut",
    date: new Date(2026, 11, 2, 0, 30),
    fingerprint: "0123456789abcdef".repeat(4),
    roundTrips: 2,
  };
  expect(freezeSummary(done, "sv")).toEqual({
    tone: "success",
    headline: "Baslinjen frystes: 21 rader skrevs till tabellen Baslinje på bladet Beslut.",
    details: ["Fryst 2026-12-02, fingeravtryck 0123456789ab…"],
  });
  expect(freezeSummary(done, "en").details).toEqual(["Frozen on 2026-12-02, fingerprint 0123456789ab…"]);
  const refused = (reason: "alreadyFrozen" | "noFollowUp") => ({
    ok: false as const,
    reason,
    message: { sv: "Nej.", en: "No." },
    roundTrips: 1,
  });
  expect(freezeSummary(refused("alreadyFrozen"), "en")).toEqual({ tone: "info", headline: "No.", details: [] });
  expect(freezeSummary(refused("noFollowUp"), "sv")).toEqual({ tone: "warning", headline: "Nej.", details: [] });
});
