/** What the rules R01–R16 say, keyed by ID (data; the logic is in rules.ts). Amounts come formatted. */
import type { Bilingual } from "./vocabulary";

const m = (sv: string, en: string): Bilingual => ({ sv, en });

export const RULE_MESSAGES = {
  R01: {
    principals: (internal: number, external: number) =>
      m(
        `Minst en verksamhet i regionen och en extern part krävs (två huvudmän). ` +
          `Nu: ${internal} intern(a), ${external} extern(a).`,
        `At least one unit of the region and one external party are required (two principals). ` +
          `Now: ${internal} internal, ${external} external.`,
      ),
    parties: (internal: number, external: number) =>
      m(
        `Minst två parter krävs: två verksamheter i regionen, eller en verksamhet och en extern part. ` +
          `Nu: ${internal} intern(a), ${external} extern(a).`,
        `At least two parties are required: two units of the region, or a unit and an external party. ` +
          `Now: ${internal} internal, ${external} external.`,
      ),
  },
  R02: {
    count: (leads: number) =>
      m(`Exakt en huvudansvarig verksamhet krävs; nu ${leads}.`, `Exactly one lead unit is required; now ${leads}.`),
    external: (name: string) =>
      m(
        `Huvudansvarig ska vara en verksamhet i regionen, inte den externa parten ${name}.`,
        `The lead must be a unit of the region, not the external party ${name}.`,
      ),
  },
  R03: {
    none: (party: string) =>
      m(
        `Tillstyrkan saknas för ${party} (verksamhetschef eller motsvarande, namn och datum).`,
        `No endorsement for ${party} (head of unit or equivalent, name and date).`,
      ),
    lacks: (party: string, noName: boolean, noDate: boolean, dateText: string) => {
      const sv = [noName ? "namn" : "", noDate ? "datum" : ""].filter(Boolean).join(" och ");
      const en = [noName ? "a name" : "", noDate ? "a date" : ""].filter(Boolean).join(" and ");
      const note =
        noDate && dateText !== "" ? m(` ("${dateText}" är inget datum)`, ` ("${dateText}" is not a date)`) : m("", "");
      return m(
        `Tillstyrkan för ${party} saknar ${sv}${note.sv}.`,
        `The endorsement for ${party} lacks ${en}${note.en}.`,
      );
    },
  },
  R04: {
    notPreventive: m(
      "Investeringen anges inte vara förebyggande; fonden finansierar förebyggande insatser.",
      "The investment is stated as not preventive; the fund finances preventive interventions.",
    ),
    unstated: m(
      "Ange att investeringen är förebyggande och motivera kort varför.",
      "State that the investment is preventive and justify it briefly.",
    ),
  },
  R05: m(
    "Målgruppen anges inte vara barn och unga, som fonden särskilt fokuserar på.",
    "The target group is not stated to be children and young people, the fund's particular focus.",
  ),
  R06: (repaid: Bilingual, asked: Bilingual, difference: Bilingual) =>
    m(
      `Återföringarna (${repaid.sv}) ska vara lika med beloppet som söks ur fonden (${asked.sv}); ` +
        `skillnad ${difference.sv}.`,
      `Repayments (${repaid.en}) must equal the amount asked from the fund (${asked.en}); difference ${difference.en}.`,
    ),
  R07: {
    unknown: (unit: string) =>
      m(
        `Återförande verksamhet "${unit}" finns inte i partstabellen.`,
        `Repaying unit "${unit}" is not in the parties table.`,
      ),
    notInternal: (unit: string) =>
      m(
        `Återföring ska ske från verksamheter i regionen; ${unit} är inte intern.`,
        `Repayments come from units of the region; ${unit} is not internal.`,
      ),
  },
  R08: (unit: string, repaid: Bilingual, saved: Bilingual) =>
    m(
      `${unit} återför ${repaid.sv} men förväntas bara spara ${saved.sv}.`,
      `${unit} repays ${repaid.en} but is expected to save only ${saved.en}.`,
    ),
  R09: (unit: string, year: number, repaid: Bilingual, saved: Bilingual) =>
    m(
      `${unit} har till och med ${year} återfört ${repaid.sv} men bara sparat ${saved.sv}: ` +
        `återföringen ligger före besparingen.`,
      `By ${year}, ${unit} has repaid ${repaid.en} but saved only ${saved.en}: repayment runs ahead of savings.`,
    ),
  R10: (saved: Bilingual, asked: Bilingual) =>
    m(
      `Regionens egna förväntade besparingar (${saved.sv}) är mindre än beloppet som söks (${asked.sv}).`,
      `The region's own expected savings (${saved.en}) are less than the amount asked (${asked.en}).`,
    ),
  R11: (year: number, horizon: number, limit: number) =>
    m(
      `Återföring ${year} ligger efter fondens återföringshorisont ` +
        `(${horizon} år efter periodens slut, dvs. ${limit}).`,
      `Repayment in ${year} falls after the fund's repayment horizon ` +
        `(${horizon} years after the period ends, i.e. ${limit}).`,
    ),
  R12: m(
    "Det finns medfinansiering men principerna för fördelningen beskrivs inte.",
    "There is co-financing but the principles for sharing it are not described.",
  ),
  R13: m(
    "Ingen medfinansiering från extern part; sådan är önskvärd.",
    "No co-financing from an external party; such co-financing is desirable.",
  ),
  R14: {
    type: (words: Bilingual, typed: string) =>
      m(
        `Medfinansieringens typ ska vara ${words.sv}${typed ? ` (inte "${typed}")` : ""}.`,
        `The co-financing type must be ${words.en}${typed ? ` (not "${typed}")` : ""}.`,
      ),
    describeOther: m("Medfinansiering av typen Annat ska beskrivas.", "Co-financing of type Other must be described."),
  },
  R15: {
    noPlan: m(
      "Beskriv hur utvecklingen ska följas upp och rapporteras under projektet.",
      "Describe how progress will be followed up and reported during the project.",
    ),
    early: (years: readonly number[], start: number) =>
      m(
        `Mättidpunkt ${years.join(", ")} ligger före tidsperiodens början (${start}).`,
        `Measurement time ${years.join(", ")} is before the period begins (${start}).`,
      ),
  },
  R16: (year: number, asked: Bilingual, frame: Bilingual) =>
    m(
      `${year} söks ${asked.sv}, mer än fondens ekonomiska utrymme ${frame.sv}.`,
      `In ${year}, ${asked.en} is asked, more than the fund's frame of ${frame.en}.`,
    ),
} as const;
