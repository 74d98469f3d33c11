import { strict as assert } from "node:assert";
import { datasetFromFigures, encodeFigures } from "../../src/data/encode";
import { FIGURES, REPORTS } from "../../src/data/generated/dataset";
import { loadDataset } from "../../src/data/load";
import { normalizeName } from "../../src/data/names";
import type { Figure } from "../../src/data/types";
import { loadSources } from "../../scripts/dataset/source";

// JSON drops fields left undefined, which the YAML omits and decoding spells out.
const canonical = (list: readonly object[]) =>
  list.map((f) => JSON.stringify(f, Object.keys(f).sort())).sort();

describe("the generated dataset module", () => {
  it("is what data/source/*.yaml builds (run `npm run build:data` after editing the YAML)", () => {
    const { reports, figures } = loadSources();
    assert.deepEqual(REPORTS, reports);
    assert.deepEqual(FIGURES, encodeFigures(figures, reports));
  });

  it("decodes to exactly the figures of the YAML, each once, with every field", () => {
    const { figures } = loadSources();
    const shipped = loadDataset().figures;
    assert.equal(shipped.length, figures.length);
    assert.deepEqual(canonical(shipped), canonical(figures));
  });

  it("knows the normal form of every item and label, shipped or their lower case", () => {
    const dataset = loadDataset();
    const names = new Set(loadSources().figures.flatMap((f) => [f.item, f.label ?? f.item]));
    for (const name of names) assert.equal(dataset.ownNormalForm(name), normalizeName(name), name);
    // Only the names lower case does not normalize ship their normal form.
    assert.ok(FIGURES.normalForms.length / 2 < names.size, `${FIGURES.normalForms.length / 2}`);
  });

  it("keeps figures whose print reading does not give the value, or that a row cannot hold", () => {
    const report = { id: "r", file: "r.txt", title: "A filing", filed: "2023-11-14" };
    const figure = (period: string, value: string, printed?: string): Figure => ({
      report: "r",
      statement: "profit-or-loss",
      item: "Revenues",
      period,
      value,
      unit: "JPY mn",
      printed,
      line: printed === undefined ? undefined : 10,
      formula: printed === undefined ? "FY23 - 1H23" : undefined,
      basis: "reported",
      kind: "flow",
      table: "pl",
      source: "Statement of profit or loss",
    });
    const figures = [
      figure("FY17", "-1234567.50", "(1,234,567.50)"), // read as -1234567.5: the value ships
      figure("FY18", "-261831", "(261, 831)"), // a stray space: the print ships whole
      figure("FY19", "0", "—"),
      figure("FY20", "0", "_"),
      figure("FY21", "-1896788", "(1,896,788"),
      figure("FY22", "12", "1;2"), // a row separator in the print
      figure("FY23", "2H23 @ 5", undefined), // no print, a value a row cannot hold as itself
      figure("2H23", "31.4", undefined),
      figure("1H23", "-4788074", "(4,788,074)"), // the common case, for contrast
      figure("2Q23", "47", "47.0"),
    ];
    const decoded = datasetFromFigures("test", [report], figures).figures;
    assert.deepEqual(canonical(decoded), canonical(figures));
  });
});
