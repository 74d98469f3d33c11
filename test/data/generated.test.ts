import { strict as assert } from "node:assert";
import { datasetFromFigures, encodeFigures } from "../../src/data/encode";
import { AS_HOME, indexLines, linePeriods, valueOf } from "../../src/data/encoding";
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
      figure("1H22", "12", "1|2"), // a period separator in the print
      figure("2Q22", "7", "|"),
      figure("FY16", "7", "7~"), // a line separator
      figure("FY23", "2H23 @ 5", undefined), // no print, a value a row cannot hold as itself
      figure("2H23", "31.4", undefined),
      figure("1H23", "-4788074", "(4,788,074)"), // the common case, for contrast
      figure("2Q23", "47", "47.0"),
    ];
    const decoded = datasetFromFigures("test", [report], figures).figures;
    assert.deepEqual(canonical(decoded), canonical(figures));
  });

  it("gives back repeats, places and lines as they were, whatever the encoding leaves out", () => {
    const reports = [
      { id: "old", file: "old.txt", title: "An older filing", filed: "2019-11-14" },
      { id: "new", file: "new.txt", title: "A filing", filed: "2023-11-14" },
    ];
    const figure = (fields: Partial<Figure> & Pick<Figure, "item" | "period">): Figure => ({
      report: "new",
      statement: "profit-or-loss",
      value: valueOf(fields.printed ?? "0"),
      unit: "JPY mn",
      basis: "reported",
      kind: "flow",
      table: "pl",
      source: "Statement of profit or loss",
      ...fields,
    });
    const summary = { statement: "selected-data" as const, table: "sd", source: "Selected data" };
    const figures = [
      figure({ item: "Revenues", period: "1H23", printed: "128,198", line: 175 }),
      figure({ item: "Revenues", period: "1H22", printed: "121,962", line: 175 }),
      figure({ item: "Revenues", period: "1H19", printed: "99,220", line: 80, report: "old" }),
      // Printed as the home is: the print left to the home. In another unit, or printed otherwise
      // (a printed discrepancy): its own print. Of a filing the home line has no figure from.
      figure({
        ...summary,
        item: "Revenues",
        period: "1H23",
        printed: "128,198",
        line: 12,
        sameAs: "profit-or-loss: Revenues",
      }),
      figure({
        ...summary,
        item: "Revenues",
        period: "1H22",
        printed: "121,963",
        line: 12,
        sameAs: "profit-or-loss: Revenues",
        discrepancy: "121,962 in the statement",
      }),
      figure({
        ...summary,
        item: "Revenues",
        period: "1H19",
        printed: "99,219,535",
        unit: "JPY k",
        line: 9,
        report: "old",
        sameAs: "profit-or-loss: Revenues",
      }),
      figure({
        ...summary,
        item: "Revenues",
        period: "FY22",
        printed: "252,708",
        line: 11,
        sameAs: "profit-or-loss: Revenues",
      }),
      // Lines of a table out of order (a line printed above the previous one), and a print that
      // is the encoding's own mark for "as the home".
      figure({ item: "Cost of sales", period: "1H23", printed: "(99,009)", line: 170 }),
      figure({ item: "Other", period: "1H23", printed: "=", value: "0", line: 190 }),
      // A figure worked out, with no line, beside printed ones of the same table.
      figure({
        item: "Gross profit",
        period: "1H23",
        value: "29189",
        formula: "Revenues + Cost of sales",
      }),
      figure({ item: "Gross profit", period: "1H22", printed: "26,491", line: 176 }),
    ];
    const decoded = datasetFromFigures("test", reports, figures).figures;
    assert.deepEqual(canonical(decoded), canonical(figures));
    // The repeat printed as its home is ships no print of its own.
    const encoded = encodeFigures(figures, reports);
    const decoding = indexLines(encoded);
    const rows = encoded.lines
      .map((_, at) => linePeriods(decoding, at).get("1H23") ?? "")
      .join(";");
    assert.ok(
      rows.split(";").some((row) => row.split(",")[1] === AS_HOME),
      rows
    );
  });

  it("throws on a repeat that names no line as <statement id>: <item>", () => {
    const report = { id: "r", file: "r.txt", title: "A filing", filed: "2023-11-14" };
    const repeat: Figure = {
      report: "r",
      statement: "selected-data",
      item: "Revenues",
      period: "1H23",
      value: "1",
      printed: "1",
      unit: "JPY mn",
      line: 3,
      basis: "reported",
      kind: "flow",
      table: "sd",
      source: "Selected data",
      sameAs: "Profit or loss: Revenues",
    };
    assert.throws(
      () => encodeFigures([repeat], [report]),
      /same_as "Profit or loss: Revenues" names no line/
    );
  });
});
