// ESLint flat config. TypeScript (src, test, bench) is linted type-aware; the plain JS files (scripts, bin,
// webpack and jest configs, test/global-setup.js) are CommonJS Node files linted without type information.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

// The Node globals the CommonJS files may use (listed here rather than depending on the `globals` package).
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "URL",
    "URLSearchParams",
    "TextEncoder",
    "TextDecoder",
    "AbortController",
    "fetch",
    "structuredClone",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
    "clearImmediate",
    "queueMicrotask",
  ].map((name) => [name, "readonly"]),
);

export default defineConfig([
  globalIgnores(["node_modules/", "dist/", "lib/", ".bench-build/", ".e2e-build/", "coverage/", "docs/", "schemas/"]),

  js.configs.recommended,

  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // tsconfig.json covers src/, test/ and scripts/**/*.ts; bench/ is only in tsconfig.bench.json,
        // which is not a tsconfig.json the project service would find on its own.
        projectService: {
          allowDefaultProject: ["bench/*.ts"],
          defaultProject: "tsconfig.bench.json",
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // Office.js rules. They recognise Office.js by method names (getCell, getRange, load…), so they are
  // off where the code and tests drive ExcelJS instead, whose workbooks need no context.sync().
  {
    files: ["**/*.ts"],
    ignores: ["src/xlsx/**", "test/xlsx/**", "test/cli/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },

  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: nodeGlobals,
    },
  },

  prettier,

  // After eslint-config-prettier, which would switch max-len off: Prettier wraps code at 120 columns but
  // leaves long strings alone, so this catches them.
  {
    files: ["**/*.ts", "**/*.js", "**/*.mjs"],
    rules: {
      "max-len": ["error", { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },

  // House rules for the product's code: a file a newcomer can read (≤ 300 lines), a function that fits on
  // a screen (≤ 60 lines of code). Data tables are top-level constants, so they do not count as functions;
  // the example application is one data literal and is exempt.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/examples/**"],
    rules: {
      "max-lines": ["error", { max: 300, skipBlankLines: false, skipComments: false }],
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
]);
