/** A large application for round-trip and size tests: `years` years, `rows` rows in every list. */
import type { Application } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";

export function bigApplication(years: number, rows: number): Application {
  const app = earlyInterventionExample();
  const start = 2018;
  app.period = { startYear: start, endYear: start + years - 1 };
  const units = Array.from({ length: 5 }, (_, i) => `Enhet ${i + 1}`);
  app.parties = [
    ...units.map((name, i) => ({ name, kind: "Intern (regionen)", role: i === 0 ? "Huvudansvarig" : "Delaktig" })),
    { name: "Kommunen", kind: "Extern part", role: "Delaktig" },
  ];
  const year = (i: number): number => start + (i % years);
  app.costs = Array.from({ length: rows }, (_, i) => ({
    year: year(i),
    party: units[i % 5]!,
    category: `Kostnadsslag ${i % 7}`,
    amount: 10000 + i * 100,
  }));
  app.coFinancing = Array.from({ length: rows }, (_, i) => ({
    party: "Kommunen",
    type: "Kontant",
    description: "",
    year: year(i),
    amount: 1000,
  }));
  app.savings = Array.from({ length: rows }, (_, i) => ({
    party: units[i % 5]!,
    year: year(i) + 1,
    volume: 10,
    unitCost: 5000,
    effectShare: 0.5,
    basis: `Underlag ${i}`,
  }));
  app.effects = Array.from({ length: rows }, (_, i) => ({
    description: `Effekt ${i}`,
    expectedYear: year(i),
    measurementMethod: "Enkät",
    measurementTimes: String(year(i)),
  }));
  app.repayments = Array.from({ length: rows }, (_, i) => ({ year: year(i) + 2, unit: units[i % 5]!, amount: 5000 }));
  app.endorsements = app.parties.map((p) => ({
    party: p.name,
    name: "Chef",
    title: "Verksamhetschef",
    date: new Date(Date.UTC(2017, 9, 1)),
  }));
  app.settings.annualFrames = Array.from({ length: years }, (_, i) => ({ year: start + i, amount: 10_000_000 }));
  return app;
}
