/** Unit and integration tests run in plain Node; the browser test starts Chromium itself. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/global-setup.js",
  // ExcelJS reads sif's (and Excel's) calculated table columns only with this mend (see the file).
  setupFiles: ["<rootDir>/test/support/exceljs-reads-calculated-columns.ts"],
};
