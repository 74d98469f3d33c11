// Lint configuration picked up by `office-addin-lint check` (npm run lint): Microsoft's
// Office add-in rules (office.js pitfalls + prettier formatting) for all our TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  // The generated dataset is data written by scripts/build-dataset.ts, not code to format.
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "src/data/generated/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // tsc --noEmit (npm run typecheck) already rejects undefined names, and knows the
      // browser, Node and Office globals from tsconfig's lib/types; ESLint's copy does not.
      "no-undef": "off",
      // Formatting is reported but does not fail `npm test`: run `npm run lint:fix` (or
      // `npm run prettier`) to apply it. Correctness rules above stay errors.
      "prettier/prettier": ["warn", { endOfLine: "auto" }],
    },
  },
];
