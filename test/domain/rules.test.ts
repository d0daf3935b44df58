/**
 * For every checklist item and rule: the example passes it, and one realistic mistake fails it,
 * naming the fields the finding is about.
 */
import {
  APPLICATION_IDS,
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
  /** Exactly the fields the findings of this ID name. */
  refs: string[];
  /** What the message must say: the amounts, years, names it quotes (Swedish). */
  says: string[];
  profile?: RuleProfile;
}

export const CASES: Case[] = [
  {
    id: "C01",
    what: "no name",
    change: (a) => {
      a.text.name = "  ";
    },
    refs: ["text.name"],
    says: ["Saknas: investeringens namn."],
  },
  {
    id: "C02",
    what: "no description",
    change: (a) => {
      a.text.description = null;
    },
    refs: ["text.description"],
    says: ["Saknas: beskrivning av investeringens innehåll."],
  },
  {
    id: "C03",
    what: "method without references",
    change: (a) => {
      a.text.references = "";
    },
    refs: ["text.references"],
    says: ["Ofullständig, saknar: referenser till forskning eller evidensbaserad praktik."],
  },
  {
    id: "C04",
    what: "no internal unit",
    change: (a) => {
      a.parties = [{ name: MUNICIPALITY, kind: "Extern part", role: "Huvudansvarig" }];
    },
    refs: ["parties[0].kind"],
    says: ["Saknas: minst en verksamhet i regionen (typ Intern) i partstabellen."],
  },
  {
    id: "C04",
    what: "a unit without role",
    change: (a) => {
      a.parties[1]!.role = null;
    },
    refs: ["parties[1].role"],
    says: ["Primärvården Västra Blekinge"],
  },
  {
    id: "C05",
    what: "no external party and no explicit answer",
    change: (a) => {
      a.parties.pop();
      a.text.noExternalParties = null;
    },
    refs: ["text.noExternalParties", "parties"],
    says: ["Saknas: ange externa parter, eller svara Ja på att inga externa parter deltar."],
  },
  {
    id: "C06",
    what: "no target group",
    change: (a) => {
      a.text.targetGroup = "";
    },
    refs: ["text.targetGroup"],
    says: ["Saknas: målgrupp."],
  },
  {
    id: "C07",
    what: "no identification",
    change: (a) => {
      a.text.identification = "";
    },
    refs: ["text.identification"],
    says: ["Saknas: hur målgruppen ska identifieras."],
  },
  {
    id: "C08",
    what: "no survey of other interventions",
    change: (a) => {
      a.text.otherInterventions = "";
    },
    refs: ["text.otherInterventions"],
    says: ["Saknas: kartläggning av andra insatser för samma målgrupp."],
  },
  {
    id: "C09",
    what: "no end year",
    change: (a) => {
      a.period.endYear = null;
    },
    refs: ["period.endYear"],
    says: ["Saknas: tidsperiodens start- och slutår."],
  },
  {
    id: "C09",
    what: "end before start",
    change: (a) => {
      a.period.endYear = 2017;
      a.period.startYear = 2018;
    },
    refs: ["period.startYear", "period.endYear"],
    says: ["2017", "2018"],
  },
  {
    id: "C10",
    what: "a year of the period without cost",
    change: (a) => {
      a.costs = a.costs.filter((c) => c.year !== 2019);
    },
    refs: ["costs"],
    says: ["2019"],
  },
  {
    id: "C10",
    what: "no costs at all",
    change: (a) => {
      a.costs = [];
    },
    refs: ["costs"],
    says: ["Saknas: kostnad per år under tidsperioden."],
  },
  {
    id: "C10",
    what: "a cost outside the period (besides R18 on its year)",
    change: (a) => {
      a.costs[5]!.year = 2021;
    },
    refs: ["costs[5].year"],
    says: ["2021", "2018–2020"],
  },
  {
    id: "C11",
    what: "no effects",
    change: (a) => {
      a.effects = [];
    },
    refs: ["effects"],
    says: ["Saknas: minst en förväntad effekt för målgruppen."],
  },
  {
    id: "C12",
    what: "an effect without year",
    change: (a) => {
      a.effects[1]!.expectedYear = null;
    },
    refs: ["effects[1].expectedYear"],
    says: ['"Kortare väntetid till första bedömning"'],
  },
  {
    id: "C13",
    what: "an effect without method",
    change: (a) => {
      a.effects[0]!.measurementMethod = "";
    },
    refs: ["effects[0].measurementMethod"],
    says: ['"Minskade psykiska symtom hos barnen"'],
  },
  {
    id: "C14",
    what: "an effect without measurement times",
    change: (a) => {
      a.effects[0]!.measurementTimes = null;
    },
    refs: ["effects[0].measurementTimes"],
    says: ['"Minskade psykiska symtom hos barnen"'],
  },
  {
    id: "C15",
    what: "no account of lower total costs",
    change: (a) => {
      a.text.costReduction = "";
    },
    refs: ["text.costReduction"],
    says: ["Saknas: hur investeringen minskar parternas totala kostnader."],
  },
  {
    id: "C16",
    what: "no savings rows",
    change: (a) => {
      a.savings = [];
    },
    refs: ["savings"],
    says: ["Saknas: i vilka verksamheter eller hos vilka parter kostnaderna förväntas minska."],
  },
  {
    id: "C16",
    what: "a savings row naming an unknown unit",
    change: (a) => {
      a.savings[8]!.party = "Socialtjänsten";
    },
    refs: ["savings[8].party"],
    says: ['"Socialtjänsten"'],
  },
  {
    id: "C17",
    what: "a savings row without basis",
    change: (a) => {
      a.savings[2]!.basis = "";
    },
    refs: ["savings[2].basis"],
    says: ["Barn- och ungdomspsykiatrin"],
  },
  {
    id: "C18",
    what: "no repayment plan",
    change: (a) => {
      a.repayments = [];
    },
    refs: ["repayments"],
    says: ["Saknas: återföringsplan (år, ansvarig verksamhet, belopp)."],
  },
  {
    id: "C18",
    what: "a repayment without year",
    change: (a) => {
      a.repayments[0]!.year = null;
    },
    refs: ["repayments[0].year"],
    says: ["Ofullständig återföringsrad: saknar år."],
  },
  {
    id: "C19",
    what: "no co-financing and no explicit answer",
    change: (a) => {
      a.coFinancing = [];
      a.text.noCoFinancing = "";
    },
    refs: ["text.noCoFinancing", "coFinancing"],
    says: ["Saknas: redovisa medfinansiering, eller svara Ja på att ingen medfinansiering finns."],
  },
  {
    id: "R01",
    what: "one party only",
    change: (a) => {
      a.parties = [a.parties[0]!];
      a.text.noExternalParties = "Ja";
    },
    refs: ["parties"],
    says: ["Nu: 1 intern(a), 0 extern(a)"],
  },
  {
    id: "R01",
    what: "two internal units under the 2014 profile",
    profile: BLEKINGE_2014,
    change: (a) => {
      a.parties.pop();
      a.text.noExternalParties = "Ja";
    },
    refs: ["parties"],
    says: ["Nu: 2 intern(a), 0 extern(a)"],
  },
  {
    id: "R02",
    what: "two leads",
    change: (a) => {
      a.parties[1]!.role = "Huvudansvarig";
    },
    refs: ["parties[0].role", "parties[1].role"],
    says: ["nu 2"],
  },
  {
    id: "R02",
    what: "an external lead",
    change: (a) => {
      a.parties[0]!.role = "Delaktig";
      a.parties[2]!.role = "Huvudansvarig";
    },
    refs: ["parties[2].role", "parties[2].kind"],
    says: ["Karlshamns kommun"],
  },
  {
    id: "R03",
    what: "the municipality has not endorsed",
    change: (a) => {
      a.endorsements.pop();
    },
    refs: ["parties[2].name", "endorsements"],
    says: ["Karlshamns kommun"],
  },
  {
    id: "R03",
    what: "an endorsement without date",
    change: (a) => {
      a.endorsements[1]!.date = "i höstas";
    },
    refs: ["endorsements[1].date"],
    says: ["Primärvården Västra Blekinge", '"i höstas"'],
  },
  {
    id: "R04",
    what: "preventive without justification",
    change: (a) => {
      a.text.preventiveJustification = "";
    },
    refs: ["text.preventiveJustification"],
    says: ["Ange att investeringen är förebyggande och motivera kort varför."],
  },
  {
    id: "R04",
    what: "stated as not preventive",
    change: (a) => {
      a.text.preventive = "Nej";
    },
    refs: ["text.preventive"],
    says: ["Investeringen anges inte vara förebyggande; fonden finansierar förebyggande insatser."],
  },
  {
    id: "R05",
    what: "not children and young people",
    change: (a) => {
      a.text.childrenAndYoungPeople = "Nej";
    },
    refs: ["text.childrenAndYoungPeople"],
    says: ["Målgruppen anges inte vara barn och unga, som fonden särskilt fokuserar på."],
  },
  {
    id: "R06",
    what: "repayments short of the amount asked",
    change: (a) => {
      a.repayments[4]!.amount = 100000;
    },
    refs: [
      "repayments[0].amount",
      "repayments[1].amount",
      "repayments[2].amount",
      "repayments[3].amount",
      "repayments[4].amount",
    ],
    says: ["2 900 000 kr", "3 000 000 kr", "−100 000 kr"],
  },
  {
    id: "R07",
    what: "the municipality repays",
    change: (a) => {
      a.repayments[4]!.unit = MUNICIPALITY;
    },
    refs: ["repayments[4].unit"],
    says: ["Karlshamns kommun"],
  },
  {
    id: "R08",
    what: "a unit repays more than it saves",
    change: (a) => {
      a.repayments[3]!.unit = PRIMARY_CARE;
      a.repayments[3]!.amount = 400000;
      a.repayments[2]!.amount = 200000;
    },
    refs: ["repayments[2].amount", "repayments[3].amount", "repayments[4].amount"],
    says: ["Primärvården Västra Blekinge", "800 000 kr", "600 000 kr"],
  },
  {
    id: "R09",
    what: "repayment ahead of savings",
    change: (a) => {
      a.repayments[0]!.year = 2019;
    },
    refs: ["repayments[0].amount", "repayments[1].amount", "repayments[3].amount"],
    says: ["Barn- och ungdomspsykiatrin", "2019", "1 000 000 kr", "500 000 kr"],
  },
  {
    id: "R10",
    what: "the region saves less than it asks",
    change: (a) => {
      for (const s of a.savings) if (s.party === BUP) s.effectShare = 0.2;
    },
    refs: [
      "savings[0].party",
      "savings[1].party",
      "savings[2].party",
      "savings[3].party",
      "savings[4].party",
      "savings[5].party",
      "savings[6].party",
      "savings[7].party",
      "savings[8].party",
    ],
    says: ["1 900 000 kr", "3 000 000 kr"],
  },
  {
    id: "R11",
    what: "repayment beyond the horizon",
    change: (a) => {
      a.repayments[4]!.year = 2031;
    },
    refs: ["repayments[4].year"],
    says: ["2031", "2030"],
  },
  {
    id: "R12",
    what: "co-financing without sharing principles",
    change: (a) => {
      a.text.coFinancingPrinciples = "";
    },
    refs: ["text.coFinancingPrinciples"],
    says: ["Det finns medfinansiering men principerna för fördelningen beskrivs inte."],
  },
  {
    id: "R13",
    what: "no external co-financing",
    change: (a) => {
      a.coFinancing = [];
      a.text.noCoFinancing = "Ja";
    },
    refs: ["coFinancing"],
    says: ["Ingen medfinansiering från extern part; sådan är önskvärd."],
  },
  {
    id: "R14",
    what: "an unknown co-financing type",
    change: (a) => {
      a.coFinancing[0]!.type = "Lokaler";
    },
    refs: ["coFinancing[0].type"],
    says: ['"Lokaler"'],
  },
  {
    id: "R14",
    what: "'other' without description",
    change: (a) => {
      a.coFinancing[0]!.type = "Annat";
      a.coFinancing[0]!.description = "";
    },
    refs: ["coFinancing[0].description"],
    says: ["Medfinansiering av typen Annat ska beskrivas."],
  },
  {
    id: "R15",
    what: "no follow-up plan",
    change: (a) => {
      a.text.followUpPlan = "";
    },
    refs: ["text.followUpPlan"],
    says: ["Beskriv hur utvecklingen ska följas upp och rapporteras under projektet."],
  },
  {
    id: "R15",
    what: "measurement before the period",
    change: (a) => {
      a.effects[0]!.measurementTimes = "2016, 2019";
    },
    refs: ["effects[0].measurementTimes"],
    says: ["2016", "2018"],
  },
  {
    id: "R16",
    what: "more asked than the year's frame",
    change: (a) => {
      a.settings.annualFrames[1]!.amount = 1000000;
    },
    refs: ["settings.annualFrames[1].amount"],
    says: ["2019", "1 050 000 kr", "1 000 000 kr"],
  },
  {
    id: "R17",
    what: "text in an amount",
    change: (a) => {
      a.costs[2]!.amount = "900 tkr";
    },
    refs: ["costs[2].amount"],
    says: ['"900 tkr"'],
  },
  {
    id: "R17",
    what: "#REF! in an amount",
    change: (a) => {
      a.savings[0]!.unitCost = { error: "#REF!" };
    },
    refs: ["savings[0].unitCost"],
    says: ["Cellen innehåller felvärdet #REF! i stället för ett tal."],
  },
  {
    id: "R17",
    what: "a negative cost",
    change: (a) => {
      a.costs[0]!.amount = -5;
    },
    refs: ["costs[0].amount"],
    says: ["Negativt tal (-5) där ett belopp ≥ 0 ska stå."],
  },
  {
    id: "R17",
    what: "NaN",
    change: (a) => {
      a.costs[0]!.amount = Number.NaN;
    },
    refs: ["costs[0].amount"],
    says: ["Cellen innehåller inget giltigt tal."],
  },
  {
    id: "R17",
    what: "an effect share above 100 %",
    change: (a) => {
      a.savings[0]!.effectShare = 50;
    },
    refs: ["savings[0].effectShare"],
    says: ["Talet 50 är större än 1 (ange andelar som 0–100 %)."],
  },
  {
    id: "R18",
    what: "a year that is not whole",
    change: (a) => {
      a.repayments[0]!.year = 2021.5;
    },
    refs: ["repayments[0].year"],
    says: ['"2021.5"', "2018"],
  },
  {
    id: "R18",
    what: "a cost after the period",
    change: (a) => {
      a.costs[5]!.year = 2021;
    },
    refs: ["costs[5].year"],
    says: ["2021"],
  },
  {
    id: "R19",
    what: "savings that state neither deadweight nor attribution",
    change: (a) => {
      for (const row of a.savings) {
        delete row.deadweight;
        delete row.attribution;
      }
    },
    refs: ["savings[0].deadweight"],
    says: ["dödvikt", "tillskrivning"],
  },
  {
    id: "R20",
    what: "primary care repaying more than the half of its savings it can take out of its budget",
    change: (a) => {
      for (const i of [4, 5, 6]) a.savings[i]!.cashableShare = 0.5;
    },
    // 600 000 × 0.9 × 0.5 = 270 000 against 400 000 repaid: margin 1 − 400/270 = −48 %.
    refs: ["repayments[2].amount", "repayments[4].amount"],
    says: ["Primärvården Västra Blekinge", "−48\u00a0%"],
  },
  {
    id: "R21",
    what: "the region's cashable savings below the amount asked",
    change: (a) => {
      for (const i of [0, 1, 2, 3]) a.savings[i]!.cashableShare = 0.6;
    },
    // BUP 3 420 000 × 0.6 = 2 052 000, primary care 486 000: 2 538 000 against 3 000 000 asked.
    refs: [0, 1, 2, 3, 4, 5, 6].map((i) => `savings[${i}].cashableShare`),
    says: ["2\u00a0538\u00a0000\u00a0kr", "−18\u00a0%"],
  },
  {
    id: "R22",
    what: "BUP's own low scenario not covering its repayments",
    change: (a) => {
      a.savings[1]!.effectShareLow = 0.45;
    },
    // Low: (500 000 + 675 000 + 1 000 000 + 1 000 000) × 0.81 = 2 571 750 against 2 600 000 repaid.
    refs: ["repayments[0].amount", "repayments[1].amount", "repayments[3].amount"],
    says: ["Barn- och ungdomspsykiatrin", "låga scenariot"],
  },
];

describe.each(CASES)("$id fails on $what", ({ id, change, refs, says, profile }) => {
  test("naming exactly its fields and the amounts, years and names involved", () => {
    const e = evaluateChanged(change, profile);
    const found = findingsFor(e, id);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.severity).toBe(profile?.severity[id] ?? CATALOGUE[id].severity);
    expect(found[0]!.message.sv).not.toBe("");
    expect(found[0]!.message.en).not.toBe("");
    expect(found.flatMap((f) => f.refs)).toEqual(refs);
    const text = found.map((f) => f.message.sv).join(" ");
    for (const part of says) expect(text).toContain(part);
  });
});

test("every check and rule has a failing case above", () => {
  const covered = new Set(CASES.map((c) => c.id));
  expect(APPLICATION_IDS.filter((id) => !covered.has(id))).toEqual([]);
});

test.each(APPLICATION_IDS)("%s passes on the example", (id) => {
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
