/** Template layouts as data (no Office import): what both writers render. */
export * from "./a1";
export * from "./calculated-columns";
export * from "./fill";
export * from "./plan";
export * from "./styles";
export * from "./tables";
export * from "./insertion";
export * from "./render";
export * from "./contract";
export * from "./grid-parser";
export * from "./review-grids";
export * from "./review-sheet";
export * from "./follow-up-parser";
export * from "./freeze";
export * from "./ledger-reader";
