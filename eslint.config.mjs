import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: [".tmp/", "node_modules/", "dist/", "dist-cli/", "demo-out/", "coverage/", "test/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, react },
    settings: { react: { version: "19" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Import directions: the domain core knows no host; the host contract (src/app) knows only the
  // domain; hosts never import the pane; the pane reaches a host only from its entry point.
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/app/*",
                "**/excel/*",
                "**/files/*",
                "**/taskpane/*",
                "**/page/*",
                "**/cli/*",
                "**/commands/*",
              ],
              message: "The domain core imports only the domain.",
            },
            {
              group: [
                "react",
                "react-dom",
                "@fluentui/*",
                "@microsoft/office-js",
                "node:*",
                "fs",
                "path",
                "os",
                "exceljs",
                "fflate",
                "saxes",
              ],
              message: "The domain core is pure: no host, UI or file library.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/*", "**/files/*", "**/taskpane/*", "**/page/*", "**/cli/*"],
              message: "The host contract imports only the domain.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts", "src/files/**/*.ts", "src/cli/**/*.ts", "src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/*", "**/taskpane/**", "**/page/*", "**/page/**"],
              message: "A host never imports the pane or the page.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/*", "**/files/*", "**/cli/*"],
              message:
                "The pane reaches a host only through src/app's contract, wired in src/taskpane/index.tsx.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Classic scripts the pane loads before its bundle: they must parse in the oldest web views.
    files: ["src/**/*.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
  },
);
