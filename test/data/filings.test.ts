/**
 * More filings than one: a later filing's figure wins, an earlier one stays reachable. The two
 * filings we have print no period in common, so a restatement is staged from real figures.
 */
import { strict as assert } from "node:assert";
import { asFiledBy } from "../../src/data/encode";
import { Query } from "../../src/data/query";
import { stageLaterFiling } from "../support/later-filing";

describe("several filings", () => {
  // A hypothetical next filing that restates 1H23 Network services as 73,990.
  const dataset = stageLaterFiling([["Network services", "1H23", 73_990]]);

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
