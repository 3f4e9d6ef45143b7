import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The office-addins rules (sync/load discipline) from the plugin's recommended config;
// its formatting rules (prettier) are left to the editor.
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-output/"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins, react, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" } },
    settings: { react: { version: "detect" } },
    rules: {
      ...officeRules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.{js,cjs}"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // The layers (README, Architecture): data flows read -> analyse -> lay out -> write, and each
  // folder may import only the layers below it. A wrong import fails `npm run lint`.
  layer("src/engine/**", ["**/excel", "**/excel/*", "**/headless", "**/headless/*", "**/taskpane", "**/taskpane/*", "**/cli", "**/cli/*", "**/i18n", "**/i18n/*", "**/playground/*", "node:*", "react", "react-dom", "exceljs"], "src/engine is pure TypeScript: no Office, DOM, Node, i18n or UI imports."),
  layer("src/i18n/**", ["**/excel/*", "**/headless/*", "**/taskpane/*", "**/cli/*", "**/playground/*"], "src/i18n holds words only; it may use the engine's types and vocabulary."),
  layer("src/headless/**", ["**/excel/*", "**/taskpane/*", "**/cli/*", "**/playground/*", "**/i18n/*"], "The headless Excel emulates Excel; it knows nothing of the add-in."),
  layer("src/excel/**", ["**/headless", "**/headless/*", "**/taskpane/*", "**/cli/*", "**/playground/*", "node:*", "react", "exceljs"], "src/excel talks to Excel only through ExcelRun; it runs in Office as well as on the headless Excel."),
  layer("src/taskpane/components/**", ["**/excel/*", "**/headless/*", "**/cli/*"], "Components reach the workbook only through src/taskpane/actions.ts.", true),
  layer("src/taskpane/App.tsx", ["**/excel/*", "**/headless/*", "**/cli/*"], "The pane reaches the workbook only through src/taskpane/actions.ts.", true),
);

/** A layer's restricted imports; `typesAllowed` lets it name types from a layer it may not call. */
function layer(files, group, message, typesAllowed = false) {
  return { files: [files], rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group, message, allowTypeImports: typesAllowed }] }] } };
}
