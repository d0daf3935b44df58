/**
 * For every checklist item and rule: the example passes it, and one realistic mistake fails it,
 * naming the fields the finding is about.
 */
import {
  ALL_IDS,
  BLEKINGE_2014,
  CATALOGUE,
  type Application,
  type FindingId,
  type RuleProfile,
} from "../../src/domain";
import { BUP, MUNICIPALITY, PRIMARY_CARE } from "../../src/examples/early-intervention";
import { evaluateChanged, findingsFor, idsOf } from "./helpers";

interface Case {
  id: FindingId;
  what: string;
  change: (app: Application) => void;
  refs?: string[];
  profile?: RuleProfile;
}

const CASES: Case[] = [
  {
    id: "C01",
    what: "no name",
    change: (a) => {
      a.text.name = "  ";
    },
    refs: ["text.name"],
  },
  {
    id: "C02",
    what: "no description",
    change: (a) => {
      a.text.description = null;
    },
    refs: ["text.description"],
  },
  {
    id: "C03",
    what: "method without references",
    change: (a) => {
      a.text.references = "";
    },
    refs: ["text.references"],
  },
  {
    id: "C04",
    what: "no internal unit",
    change: (a) => {
      a.parties = [{ name: MUNICIPALITY, kind: "Extern part", role: "Huvudansvarig" }];
    },
  },
  {
    id: "C04",
    what: "a unit without role",
    change: (a) => {
      a.parties[1]!.role = null;
    },
    refs: ["parties[1].role"],
  },
  {
    id: "C05",
    what: "no external party and no explicit answer",
    change: (a) => {
      a.parties.pop();
      a.text.noExternalParties = null;
    },
    refs: ["text.noExternalParties", "parties"],
  },
  {
    id: "C06",
    what: "no target group",
    change: (a) => {
      a.text.targetGroup = "";
    },
    refs: ["text.targetGroup"],
  },
  {
    id: "C07",
    what: "no identification",
    change: (a) => {
      a.text.identification = "";
    },
    refs: ["text.identification"],
  },
  {
    id: "C08",
    what: "no survey of other interventions",
    change: (a) => {
      a.text.otherInterventions = "";
    },
    refs: ["text.otherInterventions"],
  },
  {
    id: "C09",
    what: "no end year",
    change: (a) => {
      a.period.endYear = null;
    },
    refs: ["period.endYear"],
  },
  {
    id: "C09",
    what: "end before start",
    change: (a) => {
      a.period.endYear = 2017;
      a.period.startYear = 2018;
    },
    refs: ["period.startYear", "period.endYear"],
  },
  {
    id: "C10",
    what: "a year of the period without cost",
    change: (a) => {
      a.costs = a.costs.filter((c) => c.year !== 2019);
    },
    refs: ["costs"],
  },
  {
    id: "C10",
    what: "no costs at all",
    change: (a) => {
      a.costs = [];
    },
    refs: ["costs"],
  },
  {
    id: "C11",
    what: "no effects",
    change: (a) => {
      a.effects = [];
    },
    refs: ["effects"],
  },
  {
    id: "C12",
    what: "an effect without year",
    change: (a) => {
      a.effects[1]!.expectedYear = null;
    },
    refs: ["effects[1].expectedYear"],
  },
  {
    id: "C13",
    what: "an effect without method",
    change: (a) => {
      a.effects[0]!.measurementMethod = "";
    },
    refs: ["effects[0].measurementMethod"],
  },
  {
    id: "C14",
    what: "an effect without measurement times",
    change: (a) => {
      a.effects[0]!.measurementTimes = null;
    },
    refs: ["effects[0].measurementTimes"],
  },
  {
    id: "C15",
    what: "no account of lower total costs",
    change: (a) => {
      a.text.costReduction = "";
    },
    refs: ["text.costReduction"],
  },
  {
    id: "C16",
    what: "no savings rows",
    change: (a) => {
      a.savings = [];
    },
    refs: ["savings"],
  },
  {
    id: "C16",
    what: "a savings row naming an unknown unit",
    change: (a) => {
      a.savings[8]!.party = "Socialtjänsten";
    },
    refs: ["savings[8].party"],
  },
  {
    id: "C17",
    what: "a savings row without basis",
    change: (a) => {
      a.savings[2]!.basis = "";
    },
    refs: ["savings[2].basis"],
  },
  {
    id: "C18",
    what: "no repayment plan",
    change: (a) => {
      a.repayments = [];
    },
    refs: ["repayments"],
  },
  {
    id: "C18",
    what: "a repayment without year",
    change: (a) => {
      a.repayments[0]!.year = null;
    },
    refs: ["repayments[0].year"],
  },
  {
    id: "C19",
    what: "no co-financing and no explicit answer",
    change: (a) => {
      a.coFinancing = [];
      a.text.noCoFinancing = "";
    },
    refs: ["text.noCoFinancing", "coFinancing"],
  },
  {
    id: "R01",
    what: "one party only",
    change: (a) => {
      a.parties = [a.parties[0]!];
      a.text.noExternalParties = "Ja";
    },
    refs: ["parties"],
  },
  {
    id: "R01",
    what: "two internal units under the 2014 profile",
    profile: BLEKINGE_2014,
    change: (a) => {
      a.parties.pop();
      a.text.noExternalParties = "Ja";
    },
  },
  {
    id: "R02",
    what: "two leads",
    change: (a) => {
      a.parties[1]!.role = "Huvudansvarig";
    },
    refs: ["parties[0].role", "parties[1].role"],
  },
  {
    id: "R02",
    what: "an external lead",
    change: (a) => {
      a.parties[0]!.role = "Delaktig";
      a.parties[2]!.role = "Huvudansvarig";
    },
    refs: ["parties[2].role", "parties[2].kind"],
  },
  {
    id: "R03",
    what: "the municipality has not endorsed",
    change: (a) => {
      a.endorsements.pop();
    },
    refs: ["parties[2].name", "endorsements"],
  },
  {
    id: "R03",
    what: "an endorsement without date",
    change: (a) => {
      a.endorsements[1]!.date = "i höstas";
    },
    refs: ["endorsements[1].date"],
  },
  {
    id: "R04",
    what: "preventive without justification",
    change: (a) => {
      a.text.preventiveJustification = "";
    },
    refs: ["text.preventiveJustification"],
  },
  {
    id: "R04",
    what: "stated as not preventive",
    change: (a) => {
      a.text.preventive = "Nej";
    },
    refs: ["text.preventive"],
  },
  {
    id: "R05",
    what: "not children and young people",
    change: (a) => {
      a.text.childrenAndYoungPeople = "Nej";
    },
    refs: ["text.childrenAndYoungPeople"],
  },
  {
    id: "R06",
    what: "repayments short of the amount asked",
    change: (a) => {
      a.repayments[4]!.amount = 100000;
    },
  },
  {
    id: "R07",
    what: "the municipality repays",
    change: (a) => {
      a.repayments[4]!.unit = MUNICIPALITY;
    },
    refs: ["repayments[4].unit"],
  },
  {
    id: "R08",
    what: "a unit repays more than it saves",
    change: (a) => {
      a.repayments[3]!.unit = PRIMARY_CARE;
      a.repayments[3]!.amount = 400000;
      a.repayments[2]!.amount = 200000;
    },
  },
  {
    id: "R09",
    what: "repayment ahead of savings",
    change: (a) => {
      a.repayments[0]!.year = 2019;
    },
  },
  {
    id: "R10",
    what: "the region saves less than it asks",
    change: (a) => {
      for (const s of a.savings) if (s.party === BUP) s.effectShare = 0.2;
    },
  },
  {
    id: "R11",
    what: "repayment beyond the horizon",
    change: (a) => {
      a.repayments[4]!.year = 2031;
    },
    refs: ["repayments[4].year"],
  },
  {
    id: "R12",
    what: "co-financing without sharing principles",
    change: (a) => {
      a.text.coFinancingPrinciples = "";
    },
    refs: ["text.coFinancingPrinciples"],
  },
  {
    id: "R13",
    what: "no external co-financing",
    change: (a) => {
      a.coFinancing = [];
      a.text.noCoFinancing = "Ja";
    },
    refs: ["coFinancing"],
  },
  {
    id: "R14",
    what: "an unknown co-financing type",
    change: (a) => {
      a.coFinancing[0]!.type = "Lokaler";
    },
    refs: ["coFinancing[0].type"],
  },
  {
    id: "R14",
    what: "'other' without description",
    change: (a) => {
      a.coFinancing[0]!.type = "Annat";
      a.coFinancing[0]!.description = "";
    },
    refs: ["coFinancing[0].description"],
  },
  {
    id: "R15",
    what: "no follow-up plan",
    change: (a) => {
      a.text.followUpPlan = "";
    },
    refs: ["text.followUpPlan"],
  },
  {
    id: "R15",
    what: "measurement before the period",
    change: (a) => {
      a.effects[0]!.measurementTimes = "2016, 2019";
    },
    refs: ["effects[0].measurementTimes"],
  },
  {
    id: "R16",
    what: "more asked than the year's frame",
    change: (a) => {
      a.settings.annualFrames[1]!.amount = 1000000;
    },
    refs: ["settings.annualFrames[1].amount"],
  },
  {
    id: "R17",
    what: "text in an amount",
    change: (a) => {
      a.costs[2]!.amount = "900 tkr";
    },
    refs: ["costs[2].amount"],
  },
  {
    id: "R17",
    what: "#REF! in an amount",
    change: (a) => {
      a.savings[0]!.unitCost = { error: "#REF!" };
    },
    refs: ["savings[0].unitCost"],
  },
  {
    id: "R17",
    what: "a negative cost",
    change: (a) => {
      a.costs[0]!.amount = -5;
    },
    refs: ["costs[0].amount"],
  },
  {
    id: "R17",
    what: "NaN",
    change: (a) => {
      a.costs[0]!.amount = Number.NaN;
    },
    refs: ["costs[0].amount"],
  },
  {
    id: "R17",
    what: "an effect share above 100 %",
    change: (a) => {
      a.savings[0]!.effectShare = 50;
    },
    refs: ["savings[0].effectShare"],
  },
  {
    id: "R18",
    what: "a year that is not whole",
    change: (a) => {
      a.repayments[0]!.year = 2021.5;
    },
    refs: ["repayments[0].year"],
  },
  {
    id: "R18",
    what: "a cost after the period",
    change: (a) => {
      a.costs[5]!.year = 2021;
    },
    refs: ["costs[5].year"],
  },
];

describe.each(CASES)("$id fails on $what", ({ id, change, refs, profile }) => {
  test("and names the fields", () => {
    const e = evaluateChanged(change, profile);
    const found = findingsFor(e, id);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.severity).toBe(profile?.severity[id] ?? CATALOGUE[id].severity);
    expect(found[0]!.message.sv).not.toBe("");
    expect(found[0]!.message.en).not.toBe("");
    if (refs) expect(found.flatMap((f) => f.refs)).toEqual(expect.arrayContaining(refs));
  });
});

test("every check and rule has a failing case above", () => {
  const covered = new Set(CASES.map((c) => c.id));
  expect(ALL_IDS.filter((id) => !covered.has(id))).toEqual([]);
});

test.each(ALL_IDS)("%s passes on the example", (id) => {
  expect(idsOf(evaluateChanged(() => {}))).not.toContain(id);
});

describe("profiles", () => {
  test("blekinge-2014 has no R11 and needs no repayment year", () => {
    const e = evaluateChanged((a) => {
      a.repayments[4]!.year = 2040;
      a.repayments[0]!.year = null;
    }, BLEKINGE_2014);
    expect(idsOf(e)).not.toContain("R11");
    expect(findingsFor(e, "C18")).toEqual([]);
  });
  test("blekinge-2016 accepts two internal units without an external party", () => {
    const e = evaluateChanged((a) => {
      a.parties.pop();
      a.text.noExternalParties = "Ja";
      a.endorsements.pop();
    });
    expect(idsOf(e)).not.toContain("R01");
    expect(idsOf(e)).not.toContain("C05");
  });
  test("the profile named in the fund settings is used", () => {
    const e = evaluateChanged((a) => {
      a.settings.profile = "Blekinge-2014";
    });
    expect(e.profile.id).toBe("blekinge-2014");
  });
  test("an unknown profile name is a warning and the default applies", () => {
    const e = evaluateChanged((a) => {
      a.settings.profile = "skåne-2020";
    });
    expect(e.profile.id).toBe("blekinge-2016");
    expect(findingsFor(e, "R17")).toEqual([
      expect.objectContaining({ severity: "warning", refs: ["settings.profile"] }),
    ]);
  });
});

test("R17 and R18 quote the bad value", () => {
  const e = evaluateChanged((a) => {
    a.costs[2]!.amount = "900 tkr";
    a.repayments[0]!.year = "år 2021";
  });
  expect(findingsFor(e, "R17")[0]!.message.sv).toContain("900 tkr");
  expect(findingsFor(e, "R18")[0]!.message.en).toContain("år 2021");
});
