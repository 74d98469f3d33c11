/**
 * The numbers the IIJ.* functions remember (src/functions/iij.ts: per function, by name, period
 * and unit as given) and the printed figures they read without decimal arithmetic (Query's
 * numberOf): a remembered number never answers another function's, line's, period's or unit's
 * question, failures are not remembered, and every number equals the exact decimal's.
 */
import { strict as assert } from "node:assert";
import { asFiledBy } from "../../src/data/encode";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";
import { MONEY_UNITS, isMoneyUnit } from "../../src/data/unit";
import * as fn from "../../src/functions/functions";
import { answerFrom } from "../../src/functions/iij";
import {
  CustomFunctionsErrorStandIn,
  installCustomFunctions,
} from "../support/custom-functions-stand-in";

describe("numbers remembered by the IIJ.* functions", () => {
  let restoreCustomFunctions: () => void;
  before(() => (restoreCustomFunctions = installCustomFunctions()));
  after(() => restoreCustomFunctions());

  it("never answers another unit's, period's, line's or function's question", () => {
    // 2023 report, statement of profit or loss (lines 676-681): Network services 67,707 (1H22)
    // and 73,981 (1H23); Systems integration 52,750 (1H23); cost of network services (53,037).
    // Each asked twice, in an order that would expose a number remembered under the wrong key.
    for (let round = 0; round < 2; round++) {
      assert.equal(fn.REVENUE("1H23", "Network"), 73981);
      assert.equal(fn.REVENUE("1H23", "Network", "JPY bn"), 73.981);
      assert.equal(fn.REVENUE("1H23", "Network", 1000), 73981000);
      assert.equal(fn.REVENUE("1H22", "Network"), 67707);
      assert.equal(fn.REVENUE("1H23", "SI"), 52750);
      assert.equal(fn.COST("1H23", "Network"), 53037);
      assert.equal(fn.VALUE("Network services", "1H23"), 73981);
      assert.equal(fn.VALUE("Network services", "1H23", "JPY k"), 73981000);
    }
  });

  it("keeps a date as a date serial apart from the same number as text", () => {
    // 2023 report line 634: total assets 259,108 at 30 September 2023 (Excel serial 45199).
    assert.equal(fn.VALUE("Total assets", 45199), 259108);
    assert.equal(fn.VALUE("Total assets", "2023-09-30"), 259108);
    assert.throws(() => fn.VALUE("Total assets", "45199"), CustomFunctionsErrorStandIn);
    assert.equal(fn.VALUE("Total assets", 45199), 259108);
  });

  it("does not remember a failure: the same bad call fails every time, a good one then answers", () => {
    for (let k = 0; k < 2; k++)
      assert.throws(() => fn.REVENUE("1H23", "Network", "USD"), CustomFunctionsErrorStandIn);
    assert.equal(fn.REVENUE("1H23", "Network", "JPY mn"), 73981);
  });

  it("forgets every number when the runtime answers from another dataset", () => {
    assert.equal(fn.REVENUE("1H23", "Network"), 73981);
    try {
      // The dataset as it stood with the 2019 filing only: no 1H23 figure, so no number either.
      answerFrom(asFiledBy(loadDataset(), "2019-12-31"));
      assert.throws(() => fn.REVENUE("1H23", "Network"), CustomFunctionsErrorStandIn);
      // 2019 report line 646: Network services 1H19, 61,203,901 thousand yen.
      assert.equal(fn.REVENUE("1H19", "Network"), 61203.901);
    } finally {
      answerFrom(loadDataset());
    }
    assert.equal(fn.REVENUE("1H23", "Network"), 73981);
  });

  it("gives for every printed figure, in every unit it takes, the number decimal.js gives", () => {
    const q = new Query(loadDataset());
    let checked = 0;
    for (const figure of q.dataset.figures) {
      if (figure.basis !== "reported") continue;
      const ref = { statement: figure.statement, item: figure.item };
      if (q.dataset.printed(ref, figure.period) !== figure) continue;
      const name = q.catalogue.displayName(ref);
      const units = isMoneyUnit(figure.unit) ? [undefined, ...MONEY_UNITS] : [undefined];
      for (const unit of units) {
        let exact: number;
        try {
          exact = q.value(name, figure.period, unit).value.toNumber();
        } catch {
          continue; // a name that resolves to another line first: not a question of numbers
        }
        // What Excel gets, through the wrapper, with the period as printed and in lower case.
        assert.equal(
          fn.VALUE(name, figure.period, unit),
          exact,
          `${name} ${figure.period} ${unit}`
        );
        assert.equal(fn.VALUE(name, figure.period.toLowerCase(), unit), exact);
        checked++;
      }
    }
    assert.ok(checked > 5_000, `only ${checked} numbers checked`);
  });
});
