/**
 * More filings than one: a later filing's figure wins, an earlier one stays reachable. The two
 * filings we have print no period in common, so a restatement is staged from real figures.
 */
import { strict as assert } from "node:assert";
import { asFiledBy, datasetFromFigures } from "../../src/data/encode";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";
import type { Figure, Report } from "../../src/data/types";

describe("several filings", () => {
  const real = loadDataset();
  const network1H23 = real.printed(
    { statement: "profit-or-loss", item: "Network services" },
    "1H23"
  )!;
  // A hypothetical next filing that restates 1H23 Network services as 73,990.
  const later: Report = {
    id: "restating-filing",
    file: "none.txt",
    title: "A later filing",
    filed: "2024-11-14",
  };
  const restated: Figure = { ...network1H23, report: later.id, value: "73990", printed: "73,990" };
  const dataset = datasetFromFigures("test", [...real.reports, later], [...real.figures, restated]);

  it("answers from the latest filing", () => {
    assert.equal(new Query(dataset).revenue("1H23", "Network").value.toNumber(), 73990);
  });

  it("keeps the earlier filing's figure, and says it was restated", () => {
    const all = dataset.printedByAllFilings(
      { statement: "profit-or-loss", item: "Network services" },
      "1H23"
    );
    assert.deepEqual(
      all.map((f) => f.printed),
      ["73,990", "73,981"]
    );
    assert.match(
      new Query(dataset).source("Network", "1H23"),
      /Restated: iij-2q-fy2023 printed 73,981/
    );
  });

  it("answers as filed by an earlier date when asked", () => {
    const asFiled = new Query(asFiledBy(dataset, "2023-12-31"));
    assert.equal(asFiled.revenue("1H23", "Network").value.toNumber(), 73981);
  });
});
