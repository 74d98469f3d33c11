import { strict as assert } from "node:assert";
import { normalizeName } from "../../src/data/names";

describe("normalizeName", () => {
  it("irons out how the two filings word the same line", () => {
    assert.equal(
      normalizeName("Profit (loss) for the year"),
      normalizeName("Profit (loss) for the period")
    );
    assert.equal(normalizeName("System integration"), normalizeName("Systems integration"));
    assert.equal(normalizeName("Finance expense"), normalizeName("Finance expenses"));
    assert.equal(
      normalizeName("Share of profit of investments accounted for using the equity method"),
      normalizeName("Share of profit of investments accounted for using equity method")
    );
    assert.equal(normalizeName("Non controlling interest"), "non-controlling interests");
  });

  it("ignores case, spacing around punctuation, dash and quote styles, trailing dots", () => {
    assert.equal(normalizeName("  Borrowings ( current ) "), "borrowings(current)");
    assert.equal(
      normalizeName("Cash flows :\tFinance\u00a0 expenses"),
      "cash flows:finance expenses"
    );
    assert.equal(normalizeName("Non\u2013current assets."), "non-current assets");
    assert.equal(normalizeName("Owners\u2019 equity"), "owners' equity");
  });

  it("changes only whole words, and only a trailing 'interest'", () => {
    assert.equal(normalizeName("Expenses"), "expenses");
    assert.equal(normalizeName("Interest income"), "interest income");
    assert.equal(normalizeName("Interest on interest"), "interest on interests");
    assert.equal(normalizeName("Self-interest"), "self-interests");
    assert.equal(normalizeName("Disinterest"), "disinterest");
  });
});
