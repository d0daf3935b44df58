/**
 * The checklist C01–C19 and the rules R01–R16 of `shared/domain.md` (R17/R18 are found while
 * normalising). Every check reads the normalised application and the key figures; none throws.
 * Amount comparisons allow half a krona, so öre from a multiplication never make a finding.
 */
import type { KeyFigures } from "./figures";
import type { FindingSink } from "./findings";
import { formatKr } from "./format";
import type { FieldRef } from "./model";
import { TIMELINE_YEARS, nameKey, type NParty, type NormalisedApplication } from "./normalise";

const TOLERANCE_KR = 0.5;

const kr = (n: number): { sv: string; en: string } => ({ sv: formatKr(n, "sv"), en: formatKr(n, "en") });

type Assessment = (n: NormalisedApplication, f: KeyFigures, sink: FindingSink) => void;

/**
 * A cell already reported as unusable (R17/R18) is not reported again as missing: the user sees
 * one finding per cell, the one that says what is wrong with what is there.
 */
const reported = (sink: FindingSink, ref: FieldRef): boolean =>
  sink.findings.some((f) => (f.id === "R17" || f.id === "R18") && f.refs.includes(ref));

/** A required free text (C01, C02, C06, C07, C08, C15). */
function requireText(
  id: "C01" | "C02" | "C06" | "C07" | "C08" | "C15",
  field: keyof NormalisedApplication["text"],
  sv: string,
  en: string,
): Assessment {
  return (n, _f, sink) => {
    if (n.text[field] === "") sink.add(id, { sv: `Saknas: ${sv}.`, en: `Missing: ${en}.` }, [`text.${field}`]);
  };
}

const partyIndex = (n: NormalisedApplication): Map<string, NParty> => {
  const map = new Map<string, NParty>();
  for (const p of n.parties) if (p.key !== "" && !map.has(p.key)) map.set(p.key, p);
  return map;
};

const C03: Assessment = (n, _f, sink) => {
  const parts: { ref: FieldRef; sv: string; en: string }[] = [];
  if (n.text.method === "") parts.push({ ref: "text.method", sv: "metodbeskrivning", en: "description of the method" });
  if (n.text.references === "")
    parts.push({
      ref: "text.references",
      sv: "referenser till forskning eller evidensbaserad praktik",
      en: "references to research or evidence-based practice",
    });
  if (parts.length === 0) return;
  const state =
    parts.length === 2 ? { sv: "Saknas", en: "Missing" } : { sv: "Ofullständig, saknar", en: "Incomplete, lacks" };
  sink.add(
    "C03",
    {
      sv: `${state.sv}: ${parts.map((p) => p.sv).join(" och ")}.`,
      en: `${state.en}: ${parts.map((p) => p.en).join(" and ")}.`,
    },
    parts.map((p) => p.ref),
  );
};

const C04: Assessment = (n, _f, sink) => {
  const internal = n.parties.filter((p) => p.kind === "internal");
  if (internal.length === 0) {
    sink.add(
      "C04",
      {
        sv: "Saknas: minst en verksamhet i regionen (typ Intern) i partstabellen.",
        en: "Missing: at least one unit of the region (kind Internal) in the parties table.",
      },
      n.parties.length > 0 ? n.parties.map((p) => `parties[${p.index}].kind`) : ["parties"],
    );
  }
  for (const p of n.parties) {
    if (p.name === "")
      sink.add("C04", { sv: "Ofullständig: en part saknar namn.", en: "Incomplete: a party has no name." }, [
        `parties[${p.index}].name`,
      ]);
    if (p.kind === undefined) {
      sink.add(
        "C04",
        {
          sv: `Ofullständig: ange om ${p.name || "parten"} är intern (regionen) eller extern part.`,
          en: `Incomplete: state whether ${p.name || "the party"} is internal (region) or external.`,
        },
        [`parties[${p.index}].kind`],
      );
    }
    if (p.role === undefined) {
      sink.add(
        "C04",
        {
          sv: `Ofullständig: ange om ${p.name || "parten"} är huvudansvarig eller delaktig.`,
          en: `Incomplete: state whether ${p.name || "the party"} is lead or participating.`,
        },
        [`parties[${p.index}].role`],
      );
    }
  }
};

const C05: Assessment = (n, _f, sink) => {
  const external = n.parties.some((p) => p.kind === "external");
  if (!external && n.text.noExternalParties !== "yes") {
    sink.add(
      "C05",
      {
        sv: "Saknas: ange externa parter, eller svara Ja på att inga externa parter deltar.",
        en: "Missing: list external parties, or answer Yes to no external parties taking part.",
      },
      ["text.noExternalParties", "parties"],
    );
  }
};

const C09: Assessment = (n, _f, sink) => {
  const { start, end } = n.period;
  if (start === null || end === null) {
    const refs: FieldRef[] = [];
    if (start === null && !reported(sink, "period.startYear")) refs.push("period.startYear");
    if (end === null && !reported(sink, "period.endYear")) refs.push("period.endYear");
    if (refs.length === 0) return;
    sink.add(
      "C09",
      { sv: "Saknas: tidsperiodens start- och slutår.", en: "Missing: the period's start and end year." },
      refs,
    );
  } else if (end < start) {
    sink.add(
      "C09",
      {
        sv: `Slutåret ${end} ligger före startåret ${start}.`,
        en: `The end year ${end} is before the start year ${start}.`,
      },
      ["period.startYear", "period.endYear"],
    );
  }
};

const C10: Assessment = (n, f, sink) => {
  const withAmount = n.costs.filter((c) => c.amount !== null);
  if (withAmount.length === 0) {
    sink.add(
      "C10",
      { sv: "Saknas: kostnad per år under tidsperioden.", en: "Missing: cost per year over the period." },
      ["costs"],
    );
    return;
  }
  const { start, end } = n.period;
  if (start !== null && end !== null && end >= start && end - start < TIMELINE_YEARS) {
    const years = new Set(withAmount.map((c) => c.year));
    const missing: number[] = [];
    for (let y = start; y <= end; y++) if (!years.has(y)) missing.push(y);
    if (missing.length > 0) {
      sink.add(
        "C10",
        {
          sv: `Ofullständig: kostnad saknas för ${missing.join(", ")}.`,
          en: `Incomplete: no cost for ${missing.join(", ")}.`,
        },
        ["costs"],
      );
    }
  }
  if (f.K01 <= 0) sink.add("C10", { sv: "Den totala kostnaden är 0 kr.", en: "The total cost is SEK 0." }, ["costs"]);
  for (const c of n.costs) {
    if (c.amount === null && !reported(sink, `costs[${c.index}].amount`))
      sink.add(
        "C10",
        { sv: "Ofullständig: en kostnadsrad saknar belopp.", en: "Incomplete: a cost row has no amount." },
        [`costs[${c.index}].amount`],
      );
    if (c.year === null && !reported(sink, `costs[${c.index}].year`))
      sink.add("C10", { sv: "Ofullständig: en kostnadsrad saknar år.", en: "Incomplete: a cost row has no year." }, [
        `costs[${c.index}].year`,
      ]);
  }
};

const C11: Assessment = (n, _f, sink) => {
  if (!n.effects.some((e) => e.description !== "")) {
    sink.add(
      "C11",
      {
        sv: "Saknas: minst en förväntad effekt för målgruppen.",
        en: "Missing: at least one expected effect for the target group.",
      },
      ["effects"],
    );
  }
};

/** C12–C14: every effect has its year, method and measurement times. */
function effectPart(
  id: "C12" | "C13" | "C14",
  field: "expectedYear" | "method" | "times",
  refField: string,
  sv: string,
  en: string,
): Assessment {
  return (n, _f, sink) => {
    for (const e of n.effects) {
      const value = e[field];
      if ((value === null || value === "") && !reported(sink, `effects[${e.index}].${refField}`)) {
        const what = e.description || `rad ${e.index + 1}`;
        sink.add(
          id,
          {
            sv: `Effekten "${what}" saknar ${sv}.`,
            en: `The effect "${e.description || `row ${e.index + 1}`}" has no ${en}.`,
          },
          [`effects[${e.index}].${refField}`],
        );
      }
    }
  };
}

const C16: Assessment = (n, _f, sink) => {
  const named = n.savings.filter((s) => s.party !== "");
  if (named.length === 0) {
    sink.add(
      "C16",
      {
        sv: "Saknas: i vilka verksamheter eller hos vilka parter kostnaderna förväntas minska.",
        en: "Missing: in which units or parties costs are expected to fall.",
      },
      ["savings"],
    );
    return;
  }
  const parties = partyIndex(n);
  for (const s of n.savings) {
    if (s.party === "")
      sink.add(
        "C16",
        {
          sv: "Ofullständig: en besparingsrad anger ingen verksamhet eller part.",
          en: "Incomplete: a savings row names no unit or party.",
        },
        [`savings[${s.index}].party`],
      );
    else if (!parties.has(nameKey(s.party))) {
      sink.add(
        "C16",
        { sv: `"${s.party}" finns inte i partstabellen.`, en: `"${s.party}" is not in the parties table.` },
        [`savings[${s.index}].party`],
      );
    }
  }
};

const C17: Assessment = (n, _f, sink) => {
  if (!n.savings.some((s) => s.amount !== null)) {
    sink.add(
      "C17",
      {
        sv: "Saknas: beräkning av förväntade kostnadsminskningar per år.",
        en: "Missing: calculation of expected cost reductions per year.",
      },
      ["savings"],
    );
    return;
  }
  for (const s of n.savings) {
    const refs: FieldRef[] = [];
    const sv: string[] = [];
    const en: string[] = [];
    const need = (value: unknown, field: string, svName: string, enName: string): void => {
      if ((value === null || value === "") && !reported(sink, `savings[${s.index}].${field}`)) {
        refs.push(`savings[${s.index}].${field}`);
        sv.push(svName);
        en.push(enName);
      }
    };
    need(s.year, "year", "år", "year");
    need(s.volume, "volume", "volym", "volume");
    need(s.unitCost, "unitCost", "kostnad per enhet", "unit cost");
    need(s.effectShare, "effectShare", "effektandel", "effect share");
    need(s.basis, "basis", "beräkningsunderlag", "calculation basis");
    if (refs.length > 0) {
      sink.add(
        "C17",
        {
          sv: `Ofullständig besparingsrad (${s.party || `rad ${s.index + 1}`}): saknar ${sv.join(", ")}.`,
          en: `Incomplete savings row (${s.party || `row ${s.index + 1}`}): lacks ${en.join(", ")}.`,
        },
        refs,
      );
    }
  }
};

const C18: Assessment = (n, _f, sink) => {
  if (n.repayments.length === 0) {
    sink.add(
      "C18",
      {
        sv: "Saknas: återföringsplan (år, ansvarig verksamhet, belopp).",
        en: "Missing: repayment plan (year, responsible unit, amount).",
      },
      ["repayments"],
    );
    return;
  }
  for (const p of n.repayments) {
    const refs: FieldRef[] = [];
    const sv: string[] = [];
    const en: string[] = [];
    if (p.year === null && sink.profile.params.repaymentNeedsYear && !reported(sink, `repayments[${p.index}].year`)) {
      refs.push(`repayments[${p.index}].year`);
      sv.push("år");
      en.push("year");
    }
    if (p.unit === "") {
      refs.push(`repayments[${p.index}].unit`);
      sv.push("ansvarig verksamhet");
      en.push("responsible unit");
    }
    if (p.amount === null && !reported(sink, `repayments[${p.index}].amount`)) {
      refs.push(`repayments[${p.index}].amount`);
      sv.push("belopp");
      en.push("amount");
    }
    if (refs.length > 0)
      sink.add(
        "C18",
        {
          sv: `Ofullständig återföringsrad: saknar ${sv.join(", ")}.`,
          en: `Incomplete repayment row: lacks ${en.join(", ")}.`,
        },
        refs,
      );
  }
};

const C19: Assessment = (n, _f, sink) => {
  if (n.coFinancing.length === 0 && n.text.noCoFinancing !== "yes") {
    sink.add(
      "C19",
      {
        sv: "Saknas: redovisa medfinansiering, eller svara Ja på att ingen medfinansiering finns.",
        en: "Missing: report co-financing, or answer Yes to there being none.",
      },
      ["text.noCoFinancing", "coFinancing"],
    );
  }
};

const R01: Assessment = (n, _f, sink) => {
  const named = [...partyIndex(n).values()];
  const internal = named.filter((p) => p.kind === "internal").length;
  const external = named.filter((p) => p.kind === "external").length;
  const ok = sink.profile.params.requireExternalParty
    ? internal >= 1 && external >= 1
    : internal >= 2 || (internal >= 1 && external >= 1);
  if (!ok) {
    const sv = sink.profile.params.requireExternalParty
      ? "Minst en verksamhet i regionen och en extern part krävs (två huvudmän)."
      : "Minst två parter krävs: två verksamheter i regionen, eller en verksamhet och en extern part.";
    const en = sink.profile.params.requireExternalParty
      ? "At least one unit of the region and one external party are required (two principals)."
      : "At least two parties are required: two units of the region, or a unit and an external party.";
    sink.add(
      "R01",
      {
        sv: `${sv} Nu: ${internal} intern(a), ${external} extern(a).`,
        en: `${en} Now: ${internal} internal, ${external} external.`,
      },
      ["parties"],
    );
  }
};

const R02: Assessment = (n, _f, sink) => {
  const leads = n.parties.filter((p) => p.role === "lead");
  if (leads.length !== 1) {
    sink.add(
      "R02",
      {
        sv: `Exakt en huvudansvarig verksamhet krävs; nu ${leads.length}.`,
        en: `Exactly one lead unit is required; now ${leads.length}.`,
      },
      leads.length > 0 ? leads.map((p) => `parties[${p.index}].role`) : ["parties"],
    );
  }
  for (const p of leads) {
    if (p.kind === "external") {
      sink.add(
        "R02",
        {
          sv: `Huvudansvarig ska vara en verksamhet i regionen, inte den externa parten ${p.name}.`,
          en: `The lead must be a unit of the region, not the external party ${p.name}.`,
        },
        [`parties[${p.index}].role`, `parties[${p.index}].kind`],
      );
    }
  }
};

const R03: Assessment = (n, _f, sink) => {
  for (const p of partyIndex(n).values()) {
    const rows = n.endorsements.filter((e) => nameKey(e.party) === p.key);
    const complete = rows.find((e) => e.name !== "" && e.date !== null);
    if (complete !== undefined) continue;
    const row = rows[0];
    if (row === undefined) {
      sink.add(
        "R03",
        {
          sv: `Tillstyrkan saknas för ${p.name} (verksamhetschef eller motsvarande, namn och datum).`,
          en: `No endorsement for ${p.name} (head of unit or equivalent, name and date).`,
        },
        [`parties[${p.index}].name`, "endorsements"],
      );
    } else {
      const refs: FieldRef[] = [];
      if (row.name === "") refs.push(`endorsements[${row.index}].name`);
      if (row.date === null) refs.push(`endorsements[${row.index}].date`);
      const dateNote =
        row.dateText !== "" && row.date === null
          ? { sv: ` ("${row.dateText}" är inget datum)`, en: ` ("${row.dateText}" is not a date)` }
          : { sv: "", en: "" };
      sink.add(
        "R03",
        {
          sv: `Tillstyrkan för ${p.name} saknar ${row.name === "" ? "namn" : ""}${row.name === "" && row.date === null ? " och " : ""}${row.date === null ? "datum" : ""}${dateNote.sv}.`,
          en: `The endorsement for ${p.name} lacks ${row.name === "" ? "a name" : ""}${row.name === "" && row.date === null ? " and " : ""}${row.date === null ? "a date" : ""}${dateNote.en}.`,
        },
        refs,
      );
    }
  }
};

const R04: Assessment = (n, _f, sink) => {
  if (n.text.preventive === "no") {
    sink.add(
      "R04",
      {
        sv: "Investeringen anges inte vara förebyggande; fonden finansierar förebyggande insatser.",
        en: "The investment is stated as not preventive; the fund finances preventive interventions.",
      },
      ["text.preventive"],
    );
  } else if (n.text.preventive !== "yes" || n.text.preventiveJustification === "") {
    const refs: FieldRef[] = [];
    if (n.text.preventive !== "yes") refs.push("text.preventive");
    if (n.text.preventiveJustification === "") refs.push("text.preventiveJustification");
    sink.add(
      "R04",
      {
        sv: "Ange att investeringen är förebyggande och motivera kort varför.",
        en: "State that the investment is preventive and justify it briefly.",
      },
      refs,
    );
  }
};

const R05: Assessment = (n, _f, sink) => {
  if (n.text.childrenAndYoungPeople !== "yes") {
    sink.add(
      "R05",
      {
        sv: "Målgruppen anges inte vara barn och unga, som fonden särskilt fokuserar på.",
        en: "The target group is not stated to be children and young people, the fund's particular focus.",
      },
      ["text.childrenAndYoungPeople"],
    );
  }
};

const R06: Assessment = (n, f, sink) => {
  const repaid = f.timeline.reduce((a, y) => a + y.repayment, 0);
  if (Math.abs(repaid - f.K03) > 1) {
    const d = repaid - f.K03;
    sink.add(
      "R06",
      {
        sv: `Återföringarna (${kr(repaid).sv}) ska vara lika med beloppet som söks ur fonden (${kr(f.K03).sv}); skillnad ${kr(d).sv}.`,
        en: `Repayments (${kr(repaid).en}) must equal the amount asked from the fund (${kr(f.K03).en}); difference ${kr(d).en}.`,
      },
      n.repayments.length > 0 ? n.repayments.map((p) => `repayments[${p.index}].amount`) : ["repayments"],
    );
  }
};

const R07: Assessment = (n, _f, sink) => {
  const parties = partyIndex(n);
  for (const p of n.repayments) {
    if (p.unit === "") continue;
    const party = parties.get(nameKey(p.unit));
    if (party === undefined) {
      sink.add(
        "R07",
        {
          sv: `Återförande verksamhet "${p.unit}" finns inte i partstabellen.`,
          en: `Repaying unit "${p.unit}" is not in the parties table.`,
        },
        [`repayments[${p.index}].unit`],
      );
    } else if (party.kind !== "internal") {
      sink.add(
        "R07",
        {
          sv: `Återföring ska ske från verksamheter i regionen; ${p.unit} är inte intern.`,
          en: `Repayments come from units of the region; ${p.unit} is not internal.`,
        },
        [`repayments[${p.index}].unit`],
      );
    }
  }
};

/** Per repaying unit: savings and repayments per timeline year. */
function perUnit(
  n: NormalisedApplication,
  f: KeyFigures,
): Map<string, { label: string; refs: FieldRef[]; saving: number[]; repay: number[] }> {
  const units = new Map<string, { label: string; refs: FieldRef[]; saving: number[]; repay: number[] }>();
  const first = f.firstYear;
  if (first === null) return units;
  for (const p of n.repayments) {
    if (p.unit === "") continue;
    const key = nameKey(p.unit);
    const u = units.get(key) ?? {
      label: p.unit,
      refs: [],
      saving: new Array<number>(TIMELINE_YEARS).fill(0),
      repay: new Array<number>(TIMELINE_YEARS).fill(0),
    };
    units.set(key, u);
    u.refs.push(`repayments[${p.index}].amount`);
    const t = p.year === null ? -1 : p.year - first;
    if (t >= 0 && t < TIMELINE_YEARS && p.amount !== null) u.repay[t] = (u.repay[t] ?? 0) + p.amount;
  }
  for (const s of n.savings) {
    const u = units.get(nameKey(s.party));
    const t = s.year === null ? -1 : s.year - first;
    if (u !== undefined && t >= 0 && t < TIMELINE_YEARS && s.amount !== null)
      u.saving[t] = (u.saving[t] ?? 0) + s.amount;
  }
  return units;
}

const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

const R08: Assessment = (n, f, sink) => {
  for (const u of perUnit(n, f).values()) {
    const saved = total(u.saving);
    const repaid = total(u.repay);
    if (repaid > saved + TOLERANCE_KR) {
      sink.add(
        "R08",
        {
          sv: `${u.label} återför ${kr(repaid).sv} men förväntas bara spara ${kr(saved).sv}.`,
          en: `${u.label} repays ${kr(repaid).en} but is expected to save only ${kr(saved).en}.`,
        },
        u.refs,
      );
    }
  }
};

const R09: Assessment = (n, f, sink) => {
  if (f.firstYear === null) return;
  for (const u of perUnit(n, f).values()) {
    let cumS = 0;
    let cumP = 0;
    for (let t = 0; t < TIMELINE_YEARS; t++) {
      cumS += u.saving[t] ?? 0;
      cumP += u.repay[t] ?? 0;
      if (cumP > cumS + TOLERANCE_KR) {
        const year = f.firstYear + t;
        sink.add(
          "R09",
          {
            sv: `${u.label} har till och med ${year} återfört ${kr(cumP).sv} men bara sparat ${kr(cumS).sv}: återföringen ligger före besparingen.`,
            en: `By ${year}, ${u.label} has repaid ${kr(cumP).en} but saved only ${kr(cumS).en}: repayment runs ahead of savings.`,
          },
          u.refs,
        );
        break;
      }
    }
  }
};

const R10: Assessment = (n, f, sink) => {
  if (f.K04.region + TOLERANCE_KR < f.K03) {
    sink.add(
      "R10",
      {
        sv: `Regionens egna förväntade besparingar (${kr(f.K04.region).sv}) är mindre än beloppet som söks (${kr(f.K03).sv}).`,
        en: `The region's own expected savings (${kr(f.K04.region).en}) are less than the amount asked (${kr(f.K03).en}).`,
      },
      n.savings.length > 0 ? n.savings.map((s) => `savings[${s.index}].party`) : ["savings"],
    );
  }
};

const R11: Assessment = (n, _f, sink) => {
  const end = n.period.end;
  if (end === null) return;
  const limit = end + n.settings.repaymentHorizonYears;
  for (const p of n.repayments) {
    if (p.year !== null && p.year > limit) {
      sink.add(
        "R11",
        {
          sv: `Återföring ${p.year} ligger efter fondens återföringshorisont (${n.settings.repaymentHorizonYears} år efter periodens slut, dvs. ${limit}).`,
          en: `Repayment in ${p.year} falls after the fund's repayment horizon (${n.settings.repaymentHorizonYears} years after the period ends, i.e. ${limit}).`,
        },
        [`repayments[${p.index}].year`],
      );
    }
  }
};

const R12: Assessment = (n, _f, sink) => {
  if (n.coFinancing.length > 0 && n.text.coFinancingPrinciples === "") {
    sink.add(
      "R12",
      {
        sv: "Det finns medfinansiering men principerna för fördelningen beskrivs inte.",
        en: "There is co-financing but the principles for sharing it are not described.",
      },
      ["text.coFinancingPrinciples"],
    );
  }
};

const R13: Assessment = (n, _f, sink) => {
  const parties = partyIndex(n);
  const external = n.coFinancing.some((c) => parties.get(nameKey(c.party))?.kind === "external" && (c.amount ?? 0) > 0);
  if (!external) {
    sink.add(
      "R13",
      {
        sv: "Ingen medfinansiering från extern part; sådan är önskvärd.",
        en: "No co-financing from an external party; such co-financing is desirable.",
      },
      ["coFinancing"],
    );
  }
};

const R14: Assessment = (n, _f, sink) => {
  for (const c of n.coFinancing) {
    if (c.type === undefined) {
      sink.add(
        "R14",
        {
          sv: `Medfinansieringens typ ska vara Kontant, Arbetstid eller Annat${c.typeText ? ` (inte "${c.typeText}")` : ""}.`,
          en: `The co-financing type must be Cash, Work time or Other${c.typeText ? ` (not "${c.typeText}")` : ""}.`,
        },
        [`coFinancing[${c.index}].type`],
      );
    } else if (c.type === "other" && c.description === "") {
      sink.add(
        "R14",
        { sv: "Medfinansiering av typen Annat ska beskrivas.", en: "Co-financing of type Other must be described." },
        [`coFinancing[${c.index}].description`],
      );
    }
  }
};

const R15: Assessment = (n, _f, sink) => {
  if (n.text.followUpPlan === "") {
    sink.add(
      "R15",
      {
        sv: "Beskriv hur utvecklingen ska följas upp och rapporteras under projektet.",
        en: "Describe how progress will be followed up and reported during the project.",
      },
      ["text.followUpPlan"],
    );
  }
  const start = n.period.start;
  if (start === null) return;
  for (const e of n.effects) {
    const early = e.timeYears.filter((y) => y < start);
    if (early.length > 0) {
      sink.add(
        "R15",
        {
          sv: `Mättidpunkt ${early.join(", ")} ligger före tidsperiodens början (${start}).`,
          en: `Measurement time ${early.join(", ")} is before the period begins (${start}).`,
        },
        [`effects[${e.index}].measurementTimes`],
      );
    }
  }
};

const R16: Assessment = (n, f, sink) => {
  for (const frame of n.settings.frames) {
    if (frame.year === null || frame.amount === null) continue;
    const asked = f.timeline.find((y) => y.year === frame.year)?.asked ?? 0;
    if (asked > frame.amount + TOLERANCE_KR) {
      sink.add(
        "R16",
        {
          sv: `${frame.year} söks ${kr(asked).sv}, mer än fondens ekonomiska utrymme ${kr(frame.amount).sv}.`,
          en: `In ${frame.year}, ${kr(asked).en} is asked, more than the fund's frame of ${kr(frame.amount).en}.`,
        },
        [`settings.annualFrames[${frame.index}].amount`],
      );
    }
  }
};

/** Every check in catalogue order. */
export const CHECKS: readonly Assessment[] = [
  requireText("C01", "name", "investeringens namn", "the investment's name"),
  requireText(
    "C02",
    "description",
    "beskrivning av investeringens innehåll",
    "description of the investment's content",
  ),
  C03,
  C04,
  C05,
  requireText("C06", "targetGroup", "målgrupp", "target group"),
  requireText("C07", "identification", "hur målgruppen ska identifieras", "how the target group will be identified"),
  requireText(
    "C08",
    "otherInterventions",
    "kartläggning av andra insatser för samma målgrupp",
    "survey of other interventions for the same target group",
  ),
  C09,
  C10,
  C11,
  effectPart("C12", "expectedYear", "expectedYear", "år då effekten förväntas", "expected year"),
  effectPart("C13", "method", "measurementMethod", "mätmetod", "measurement method"),
  effectPart("C14", "times", "measurementTimes", "mättidpunkter", "measurement times"),
  requireText(
    "C15",
    "costReduction",
    "hur investeringen minskar parternas totala kostnader",
    "how the investment lowers the parties' total costs",
  ),
  C16,
  C17,
  C18,
  C19,
  R01,
  R02,
  R03,
  R04,
  R05,
  R06,
  R07,
  R08,
  R09,
  R10,
  R11,
  R12,
  R13,
  R14,
  R15,
  R16,
];
