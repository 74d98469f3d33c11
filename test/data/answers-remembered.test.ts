/**
 * What the query remembers so that a call with new arguments for a figure already found costs a
 * few lookups (src/data/query.ts: periods and units as given, each line's figure per period), and
 * the number it then gives in another money unit without decimal arithmetic: every figure, every
 * money unit, the same number as exact decimal conversion gives, and the same answer however the
 * period or unit is spelled.
 */
import { strict as assert } from "node:assert";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";
import { MONEY_UNITS, isMoneyUnit } from "../../src/data/unit";

describe("answers in any unit, remembered per figure", () => {
  it("gives, for every money figure in every money unit, the number decimal.js gives", () => {
    const q = new Query(loadDataset());
    let checked = 0;
    for (const figure of q.dataset.figures) {
      if (figure.basis !== "reported" || !isMoneyUnit(figure.unit)) continue;
      const name = q.catalogue.displayName({ statement: figure.statement, item: figure.item });
      for (const unit of MONEY_UNITS) {
        let answer;
        try {
          answer = q.value(name, figure.period, unit);
        } catch {
          continue; // a line whose name resolves elsewhere first: not a unit question
        }
        // `value` is the exact decimal conversion (decimal.js); `number` is what Excel gets.
        assert.equal(answer.number, answer.value.toNumber(), `${name} ${figure.period} ${unit}`);
        checked++;
      }
    }
    assert.ok(checked > 5_000, `only ${checked} answers checked`);
  });

  it("answers 1H23 Network revenue the same in every spelling of period and unit", () => {
    // 2Q FY2023 report line 175: Network services, 1H23, 73,981 (JPY mn).
    const q = new Query(loadDataset());
    const millions = q.revenue("1H23", "Network");
    assert.equal(millions.number, 73_981);
    for (const [period, unit, number] of [
      ["1h23", "JPY bn", 73.981],
      ["1H FY2023", 1_000_000_000, 73.981],
      ["H1 FY23", "JPY k", 73_981_000],
      ["FY23 H1", 1000, 73_981_000],
      ["1H23", "JPY", 73_981_000_000],
      ["1H23", "jpy mn", 73_981],
    ] as const) {
      const answer = q.revenue(period, "Network", unit);
      assert.equal(answer.number, number, `${period} ${unit}`);
      assert.equal(answer.value.toNumber(), number, `${period} ${unit}`);
      // The figures it rests on are the very ones of the first answer: found once.
      assert.equal(answer.figures, millions.figures);
    }
  });

  it("keeps decimals exact: 1H19 Network revenue, 61,203,901 thousand yen, is 61,203.901 JPY mn and 61.203901 JPY bn", () => {
    const q = new Query(loadDataset());
    // 2Q FY2019 report line 649: total revenues 99,219,535 thousand yen; line 646: Network 61,203,901.
    assert.equal(q.revenue("1H19", "Total", "JPY k").number, 99_219_535);
    const network = q.revenue("1H19", "Network");
    assert.equal(network.number, 61_203.901);
    assert.equal(q.revenue("1H19", "Network", "JPY bn").number, 61.203901);
    assert.equal(q.revenue("1H19", "Network", "JPY").number, 61_203_901_000);
    assert.equal(network.value.toString(), "61203.901");
  });
});
