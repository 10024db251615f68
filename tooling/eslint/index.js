// One lint configuration for every package: typescript-eslint's recommended rules,
// React hooks rules for the Remix apps, and a ban on importing the db package from the apps
// (they reach data only through the API).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export const base = tseslint.config(
  { ignores: ["**/build/**", "**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/drizzle/meta/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
);

export const remix = tseslint.config(...base, {
  files: ["**/*.tsx", "**/*.ts"],
  plugins: { "react-hooks": reactHooks },
  languageOptions: { globals: { ...globals.browser, ...globals.node } },
  rules: {
    "react-hooks/rules-of-hooks": "error",
    "react-hooks/exhaustive-deps": "warn",
    "no-restricted-imports": [
      "error",
      { patterns: [{ group: ["@naravard/db", "@naravard/db/*", "drizzle-orm", "drizzle-orm/*"], message: "Apps reach data only through the API's typed client." }] },
    ],
  },
});

export default base;
