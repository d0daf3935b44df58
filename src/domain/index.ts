/** The fund's rules and calculations: pure TypeScript, no Office.js. */
export * from "./catalogue";
export * from "./evaluate";
export * from "./figures";
export * from "./findings";
export * from "./format";
export * from "./model";
export * from "./normalise";
export * from "./normalised";
export * from "./years";
export * from "./coerce";
export * from "./profiles";
export * from "./robustness";
export * from "./vocabulary";
export * from "./baseline";
export * from "./evaluate-follow-up";
export * from "./follow-up";
export * from "./follow-up-model";
