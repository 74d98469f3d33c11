import { strict as assert } from "node:assert";
import Decimal from "decimal.js";
import { convertMoney, parseMoneyUnit, parsePrinted, UnitSyntaxError } from "../../src/data/unit";

describe("units", () => {
  it("reads printed figures exactly, parentheses as negative, a dash as nil", () => {
    assert.equal(parsePrinted("61,203,901"), "61203901");
    assert.equal(parsePrinted("(4,788,074)"), "-4788074");
    assert.equal(parsePrinted("(1,896,788"), "-1896788");
    assert.equal(parsePrinted("(261, 831)"), "-261831");
    assert.equal(parsePrinted("7,729.1"), "7729.1");
    assert.equal(parsePrinted("-"), "0");
    assert.equal(parsePrinted("_"), "0");
    assert.throws(() => parsePrinted("abc"));
  });

  it("scales money exactly: 61,203,901 thousand yen is 61203.901 million", () => {
    const millions = convertMoney(new Decimal("61203901"), "JPY k", "JPY mn");
    assert.equal(millions.toString(), "61203.901");
    assert.equal(convertMoney(new Decimal("73981"), "JPY mn", "JPY").toString(), "73981000000");
    assert.equal(convertMoney(new Decimal("73981"), "JPY mn", "JPY bn").toString(), "73.981");
  });

  it("accepts the unit words and scale numbers, and names the accepted ones otherwise", () => {
    assert.equal(parseMoneyUnit("JPY mn"), "JPY mn");
    assert.equal(parseMoneyUnit("millions"), "JPY mn");
    assert.equal(parseMoneyUnit(1000000), "JPY mn");
    assert.equal(parseMoneyUnit("thousands"), "JPY k");
    assert.equal(parseMoneyUnit(1000), "JPY k");
    assert.equal(parseMoneyUnit("yen"), "JPY");
    assert.equal(parseMoneyUnit(1), "JPY");
    assert.equal(parseMoneyUnit("billions"), "JPY bn");
    assert.throws(
      () => parseMoneyUnit("USD"),
      (e: Error) => e instanceof UnitSyntaxError && /JPY mn/.test(e.message)
    );
  });
});
