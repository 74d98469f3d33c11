import { strict as assert } from "node:assert";
import { encodeFigures } from "../../src/data/encoding";
import { FIGURES, REPORTS } from "../../src/data/generated/dataset";
import { loadSources } from "../../scripts/dataset/source";

describe("the generated dataset module", () => {
  it("is what data/source/*.yaml builds (run `npm run build:data` after editing the YAML)", () => {
    const { reports, figures } = loadSources();
    assert.deepEqual(REPORTS, reports);
    assert.deepEqual(FIGURES, encodeFigures(figures, reports));
  });
});
