/**
 * A realistic filled application: early intervention for children and young people with mental
 * ill-health, shared by two units of the region and a municipality. It passes every rule of
 * blekinge-2016, so tests mutate it to provoke one finding at a time, and `sif template --example`
 * writes it as a filled workbook. The figures are invented but of the fund's order of size.
 */
import type { Application } from "../domain/model";

export const BUP = "Barn- och ungdomspsykiatrin";
export const PRIMARY_CARE = "Primärvården Västra Blekinge";
export const MUNICIPALITY = "Karlshamns kommun";

/**
 * How sure each unit's saving is (domain.md Part 2): a tenth of BUP's and primary care's savings would
 * have come anyway, and a tenth cannot be taken out of their budgets (staff kept on); the municipality's
 * savings also owe a quarter to its own family-support programme. Low and high effect shares bracket
 * the effect share as the applicant's evidence does.
 */
const BUP_ADJUSTMENTS = { deadweight: 0.1, cashableShare: 0.9, effectShareLow: 0.5, effectShareHigh: 0.7 };
const PRIMARY_CARE_ADJUSTMENTS = {
  deadweight: 0.1,
  cashableShare: 0.9,
  effectShareLow: 0.45,
  effectShareHigh: 0.6,
};
const MUNICIPALITY_ADJUSTMENTS = { deadweight: 0.2, attribution: 0.25, effectShareLow: 0.4, effectShareHigh: 0.6 };

export function earlyInterventionExample(): Application {
  return {
    text: {
      name: "Tidiga samordnade insatser för barn och unga med psykisk ohälsa",
      description:
        "Ett gemensamt första linjens team där BUP, primärvården och kommunens elevhälsa tar emot barn och unga " +
        "med lindrig till måttlig psykisk ohälsa inom två veckor, i stället för att de väntar tills problemen " +
        "kräver specialistvård.",
      method:
        "Strukturerad bedömning och korta KBT-baserade insatser (4–8 samtal) " +
        "enligt stegvis vård; föräldrastöd med Komet.",
      references:
        "SBU 2019: Insatser för barn och unga med psykisk ohälsa; " +
        "Socialstyrelsen, Nationella riktlinjer för vård vid depression och ångest (2021); " +
        "NICE CG 28.",
      noExternalParties: "Nej",
      targetGroup: "Barn och unga 6–17 år i Karlshamn och Olofström med lindrig till måttlig psykisk ohälsa.",
      targetGroupSize: 400,
      childrenAndYoungPeople: "Ja",
      identification: "Via elevhälsan, vårdcentralerna och BUP:s remissbedömning; gemensam screening med SDQ.",
      otherInterventions:
        "Kartlagt med kommunens socialtjänst och elevhälsa: inga andra riktade insatser för gruppen 2017; " +
        "föräldrautbildningen ABC fortsätter parallellt.",
      costReduction:
        "Färre remisser till och vårdtillfällen inom BUP, färre läkarbesök i primärvården " +
        "och färre placeringar och utredningar inom socialtjänsten när problemen fångas tidigt.",
      preventive: "Ja",
      preventiveJustification:
        "Insatsen ges innan problemen blivit så svåra att specialistvård eller placering behövs.",
      followUpPlan:
        "Halvårsrapport till fondens styrgrupp med antal barn, väntetider och SDQ-förändring; slutrapport 2021.",
      noCoFinancing: "Nej",
      coFinancingPrinciples:
        "Kommunen bidrar med elevhälsans arbetstid i proportion till andelen skolbarn i teamets ärenden; " +
        "regionen bär övriga kostnader.",
    },
    period: { startYear: 2018, endYear: 2020 },
    parties: [
      { name: BUP, kind: "Intern (regionen)", role: "Huvudansvarig" },
      { name: PRIMARY_CARE, kind: "Intern (regionen)", role: "Delaktig" },
      { name: MUNICIPALITY, kind: "Extern part", role: "Delaktig" },
    ],
    costs: [
      { year: 2018, party: BUP, category: "Personal", amount: 800000 },
      { year: 2018, party: PRIMARY_CARE, category: "Personal", amount: 300000 },
      { year: 2019, party: BUP, category: "Personal", amount: 900000 },
      { year: 2019, party: PRIMARY_CARE, category: "Personal", amount: 300000 },
      { year: 2020, party: BUP, category: "Personal", amount: 900000 },
      { year: 2020, party: PRIMARY_CARE, category: "Utbildning och material", amount: 200000 },
    ],
    coFinancing: [
      { party: MUNICIPALITY, type: "Arbetstid", description: "Skolkurator 30 %", year: 2018, amount: 150000 },
      { party: MUNICIPALITY, type: "Arbetstid", description: "Skolkurator 30 %", year: 2019, amount: 150000 },
      { party: MUNICIPALITY, type: "Arbetstid", description: "Skolkurator 20 %", year: 2020, amount: 100000 },
    ],
    savings: [
      {
        party: BUP,
        year: 2019,
        volume: 40,
        unitCost: 25000,
        effectShare: 0.5,
        basis: "Undvikna nybesök och behandlingsserier, snittkostnad BUP 2017",
        ...BUP_ADJUSTMENTS,
        effectShareHigh: 0.6,
      },
      {
        party: BUP,
        year: 2020,
        volume: 60,
        unitCost: 25000,
        effectShare: 0.6,
        basis: "Som 2019, fler barn i teamet",
        ...BUP_ADJUSTMENTS,
      },
      {
        party: BUP,
        year: 2021,
        volume: 80,
        unitCost: 25000,
        effectShare: 0.6,
        basis: "Full effekt",
        ...BUP_ADJUSTMENTS,
      },
      {
        party: BUP,
        year: 2022,
        volume: 80,
        unitCost: 25000,
        effectShare: 0.6,
        basis: "Full effekt",
        ...BUP_ADJUSTMENTS,
      },
      {
        party: PRIMARY_CARE,
        year: 2020,
        volume: 200,
        unitCost: 2000,
        effectShare: 0.5,
        basis: "Färre läkarbesök, KPP 2017",
        ...PRIMARY_CARE_ADJUSTMENTS,
      },
      {
        party: PRIMARY_CARE,
        year: 2021,
        volume: 200,
        unitCost: 2000,
        effectShare: 0.5,
        basis: "Färre läkarbesök, KPP 2017",
        ...PRIMARY_CARE_ADJUSTMENTS,
      },
      {
        party: PRIMARY_CARE,
        year: 2022,
        volume: 200,
        unitCost: 2000,
        effectShare: 0.5,
        basis: "Färre läkarbesök, KPP 2017",
        ...PRIMARY_CARE_ADJUSTMENTS,
      },
      {
        party: MUNICIPALITY,
        year: 2021,
        volume: 10,
        unitCost: 150000,
        effectShare: 0.5,
        basis: "Färre utredningar och öppenvårdsinsatser inom socialtjänsten",
        ...MUNICIPALITY_ADJUSTMENTS,
      },
      {
        party: MUNICIPALITY,
        year: 2022,
        volume: 10,
        unitCost: 150000,
        effectShare: 0.5,
        basis: "Färre utredningar och öppenvårdsinsatser inom socialtjänsten",
        ...MUNICIPALITY_ADJUSTMENTS,
      },
    ],
    effects: [
      {
        description: "Minskade psykiska symtom hos barnen",
        expectedYear: 2019,
        measurementMethod: "SDQ före och efter insats",
        measurementTimes: "2018, 2019, 2020",
      },
      {
        description: "Kortare väntetid till första bedömning",
        expectedYear: 2018,
        measurementMethod: "Väntetidsstatistik ur journalsystemet",
        measurementTimes: "Varje halvår 2018–2020",
      },
    ],
    repayments: [
      { year: 2021, unit: BUP, amount: 1000000 },
      { year: 2022, unit: BUP, amount: 1200000 },
      { year: 2022, unit: PRIMARY_CARE, amount: 200000 },
      { year: 2023, unit: BUP, amount: 400000 },
      { year: 2023, unit: PRIMARY_CARE, amount: 200000 },
    ],
    endorsements: [
      { party: BUP, name: "Anna Lindqvist", title: "Verksamhetschef", date: new Date(Date.UTC(2017, 9, 2)) },
      { party: PRIMARY_CARE, name: "Per Holm", title: "Verksamhetschef", date: new Date(Date.UTC(2017, 9, 4)) },
      {
        party: MUNICIPALITY,
        name: "Eva Berg",
        title: "Förvaltningschef, barn- och ungdomsförvaltningen",
        date: new Date(Date.UTC(2017, 9, 9)),
      },
    ],
    settings: {
      profile: "blekinge-2016",
      discountRate: 0.03,
      repaymentHorizonYears: 10,
      optimismBiasSavings: null,
      optimismBiasCosts: null,
      annualFrames: [
        { year: 2018, amount: 1500000 },
        { year: 2019, amount: 1500000 },
        { year: 2020, amount: 1500000 },
      ],
    },
  };
}
