import { decideInsertion, planWorkbook } from "../../src/templates";
import { insertionSummary } from "../../src/taskpane/messages";

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
