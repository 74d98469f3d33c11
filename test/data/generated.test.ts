import { strict as assert } from "node:assert";
import { encodeFigures } from "../../src/data/encoding";
import { FIGURES, REPORTS } from "../../src/data/generated/dataset";
import { loadDataset } from "../../src/data/load";
import { loadSources } from "../../scripts/dataset/source";

describe("the generated dataset module", () => {
  it("is what data/source/*.yaml builds (run `npm run build:data` after editing the YAML)", () => {
    const { reports, figures } = loadSources();
    assert.deepEqual(REPORTS, reports);
    assert.deepEqual(FIGURES, encodeFigures(figures, reports));
  });

  it("decodes to exactly the figures of the YAML, each once, with every field", () => {
    const { figures } = loadSources();
    // JSON drops fields left undefined, which the YAML omits and decoding spells out.
    const canonical = (list: readonly object[]) =>
      list.map((f) => JSON.stringify(f, Object.keys(f).sort())).sort();
    const shipped = loadDataset().figures;
    assert.equal(shipped.length, figures.length);
    assert.deepEqual(canonical(shipped), canonical(figures));
  });
});
