/**
 * The help page's Japanese examples ask the same questions as the English ones: each must give
 * the English example's answer, in the same formula evaluator Excel's functions run in.
 */
import { strict as assert } from "node:assert";
import { evaluateFormula } from "../src/evaluator/cli";
import { createEngine } from "../src/evaluator/engine";
import { FUNCTION_EXAMPLES_JA } from "../src/shared/function-examples-ja";
import { FUNCTION_EXAMPLES } from "../src/shared/function-reference";

describe("the function reference's Japanese examples", () => {
  const engine = createEngine();

  it("cover every function the English examples cover", () => {
    assert.deepEqual(
      Object.keys(FUNCTION_EXAMPLES_JA).sort(),
      Object.keys(FUNCTION_EXAMPLES).sort()
    );
  });

  for (const [name, japanese] of Object.entries(FUNCTION_EXAMPLES_JA)) {
    it(`${name}: ${japanese} answers as ${FUNCTION_EXAMPLES[name]}`, () => {
      const answer = evaluateFormula(engine, japanese);
      assert.doesNotMatch(answer, /^#/, answer);
      const english = evaluateFormula(engine, FUNCTION_EXAMPLES[name]);
      if (name === "TABLE") {
        // The header row repeats the periods as typed; the figures must be the same.
        const rows = (text: string) => (JSON.parse(text) as unknown[][]).slice(1);
        assert.deepEqual(rows(answer), rows(english));
      } else if (name === "SOURCE") {
        // "ネットワークサービス" is the line as printed, "Network services", where the English
        // example says "Network": the same figure, named as asked.
        const after = (text: string) => text.slice(text.indexOf(", "));
        assert.equal(after(answer), after(english));
      } else assert.equal(answer, english);
    });
  }
});
