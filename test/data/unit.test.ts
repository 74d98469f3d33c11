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

  it('accepts the bare scale words "mn", "bn" and "k" like "JPY m" (research notes head columns so)', () => {
    assert.equal(parseMoneyUnit("mn"), "JPY mn");
    assert.equal(parseMoneyUnit("MN"), "JPY mn");
    assert.equal(parseMoneyUnit("JPY m"), "JPY mn");
    assert.equal(parseMoneyUnit("bn"), "JPY bn");
    assert.equal(parseMoneyUnit("k"), "JPY k");
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
    assert.equal(parseMoneyUnit("1,000,000"), "JPY mn");
    assert.equal(parseMoneyUnit("1e9"), "JPY bn");
    assert.equal(parseMoneyUnit("JPY-mn"), "JPY mn");
    assert.throws(
      () => parseMoneyUnit("USD"),
      (e: Error) =>
        e instanceof UnitSyntaxError && /^"USD" is not known; accepted: .*"JPY mn"/.test(e.message)
    );
  });

  /** The unit's error, which must name the unit as given and list every accepted unit. */
  function refusal(input: string | number): string {
    try {
      parseMoneyUnit(input);
    } catch (error) {
      assert.ok(error instanceof UnitSyntaxError);
      for (const accepted of [
        '"JPY"',
        '"JPY k"',
        '"JPY mn"',
        '"JPY bn"',
        "1, 1000, 1000000, 1000000000",
      ])
        assert.ok(error.message.includes(accepted), `${error.message} lacks ${accepted}`);
      return error.message;
    }
    assert.fail(`unit ${JSON.stringify(input)} was accepted`);
  }

  it("refuses a negative scale, as a number or as text, instead of dropping the sign", () => {
    assert.match(refusal(-1000), /^-1000 is negative/);
    assert.match(refusal("-1000"), /^"-1000" is negative/);
    assert.match(refusal(-1), /^-1 is negative/);
    assert.match(refusal("-JPY mn"), /is not known/);
  });

  it("refuses a zero scale", () => {
    assert.match(refusal(0), /^0 is zero/);
    assert.match(refusal("0"), /^"0" is zero/);
  });

  it("refuses a scale that is not a power of 1000 from 1 to a billion", () => {
    for (const scale of [7, 0.001, 100, 10000, 1000.5, 1e12])
      assert.match(refusal(scale), new RegExp(`^${scale} is not a power of 1000`), String(scale));
    assert.match(refusal("7"), /^"7" is not a power of 1000/);
    assert.match(refusal(Number.NaN), /is not a number/);
  });
});
