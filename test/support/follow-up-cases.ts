/** The follow-up examples (src/examples/follow-up.ts) and the date the tests take as today. */
export * from "../../src/examples/follow-up";

export const TODAY = new Date(2026, 11, 2);
