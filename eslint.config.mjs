// ESLint flat config. The rule that matters most: src/core stays pure (no Office, React, DOM or Node I/O),
// so the same mathematics runs in Excel, in the CLI and in tests.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const CORE_FORBIDDEN_IMPORTS = {
  patterns: [
    { group: ["react", "react-*", "@fluentui/*"], message: "src/core must not depend on React/UI." },
    { group: ["@microsoft/office-js", "office-*"], message: "src/core must not depend on Office." },
    { group: ["fs", "fs/*", "node:*", "path", "os", "child_process", "worker_threads"], message: "src/core must not do I/O." },
    { group: ["exceljs", "papaparse"], message: "Files are read in src/xlsx, not in the core." },
    { group: ["**/office/**", "**/taskpane/**", "**/xlsx/**", "**/cli/**", "**/functions/**"], message: "Data flows one way: the core imports nothing from the outer layers." },
  ],
};

/** Office APIs (the Excel, Office, OfficeRuntime globals, their types, context.sync) belong to src/office. */
const OFFICE_ONLY = "Only src/office talks to Office: add a function there (taking an ExcelRunner) and call it.";
const OFFICE_GLOBALS = /^(Excel|Office|OfficeRuntime)$/.source;
const OFFICE_BOUNDARY_SYNTAX = [
  { selector: `TSQualifiedName[left.name=/${OFFICE_GLOBALS}/]`, message: OFFICE_ONLY },
  { selector: `TSTypeQuery > Identifier[name=/${OFFICE_GLOBALS}/]`, message: OFFICE_ONLY },
  { selector: `MemberExpression[property.name=/${OFFICE_GLOBALS}/]`, message: OFFICE_ONLY },
  { selector: "CallExpression[callee.property.name='sync']", message: `context.sync(): ${OFFICE_ONLY}` },
];

/**
 * Texts live in the language packs (src/i18n/<lang>/), one file per area and language, so that adding a language
 * is adding files. A `{ en: "…", es: "…" }` text written anywhere else is refused (tests/i18n/packs-rule.test.ts
 * proves the rule bites).
 */
const PACKS_ONLY = "Texts live in the language packs: add it to src/i18n/en/<area>.ts and src/i18n/es/<area>.ts and pick it with texts((t) => …) or fromPacks((t) => …).";
const TEXT_LITERAL_SYNTAX = ["Literal", "TemplateLiteral", "ArrayExpression"].map((type) => ({
  selector: `ObjectExpression > Property[key.name=/^(en|es)$/][value.type='${type}']`,
  message: PACKS_ONLY,
}));

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "out/**", "coverage/**", "test-artifacts/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office boundary (tests/office/office-boundary.test.ts proves it bites). The core's block below
    // replaces the globals and imports lists for src/core with its stricter ones.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/office/**"],
    rules: {
      "no-restricted-globals": ["error", ...["Excel", "Office", "OfficeRuntime"].map((name) => ({ name, message: OFFICE_ONLY }))],
      "no-restricted-syntax": ["error", ...OFFICE_BOUNDARY_SYNTAX, ...TEXT_LITERAL_SYNTAX],
      "no-restricted-imports": ["error", { patterns: [{ group: ["@microsoft/office-js", "office-js"], message: OFFICE_ONLY }] }],
    },
  },
  {
    files: ["src/office/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", ...TEXT_LITERAL_SYNTAX] },
  },
  {
    // The packs themselves hold the texts. Every placeholder of a sentence is used in every language (the
    // unused-vars rule above): a translation that drops a figure fails the lint.
    files: ["src/i18n/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...OFFICE_BOUNDARY_SYNTAX] },
  },
  {
    // The one orchestrator serves every surface, so it depends on none of them (the CLI, the pane, the web page).
    files: ["src/orchestrator/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@microsoft/office-js", "office-js"], message: OFFICE_ONLY },
            { group: ["react", "react-*", "@fluentui/*"], message: "The orchestrator serves every surface: no UI." },
            { group: ["**/office/**", "**/taskpane/**", "**/cli/**", "**/web/**", "**/functions/**"], message: "The orchestrator serves every surface: it imports none of them." },
          ],
        },
      ],
    },
  },
  {
    // The sample generator is pure too: the pane runs it to insert the sample sheets, scripts/ writes assets/.
    files: ["src/core/**/*.ts", "src/sample/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", CORE_FORBIDDEN_IMPORTS],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "require"],
    },
  },
);
