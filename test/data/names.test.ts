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
    assert.equal(normalizeName("  Borrowings ( current ) "), "borrowings (current)");
    assert.equal(normalizeName("Borrowings(current)"), "borrowings (current)");
    assert.equal(
      normalizeName("Cash flows :\tFinance\u00a0 expenses"),
      "cash flows: finance expenses"
    );
    assert.equal(normalizeName("Network&SI ,total"), "network & si, total");
    assert.equal(normalizeName("Non\u2013current assets."), "non-current assets");
    assert.equal(normalizeName("Owners\u2019 equity"), "owners' equity");
  });

  it("is the printed name in lower case for names spaced as the filings print them", () => {
    // Printed in the 2023 report (lines 693 and 105), and item names of the dataset built from
    // printed captions (the segment table's, the changes in equity's column and row, line 795).
    for (const printed of [
      "Profit (loss) before tax",
      "Comprehensive income, attributable to owners of the parent",
      "Network & SI: operating profit",
      "Retained earnings: Dividends paid",
      "Share of profit (loss) of investments accounted for using equity method",
    ])
      assert.equal(normalizeName(printed), printed.toLowerCase());
  });

  it("changes only whole words, and only a trailing 'interest'", () => {
    assert.equal(normalizeName("Expenses"), "expenses");
    assert.equal(normalizeName("Interest income"), "interest income");
    assert.equal(normalizeName("Interest on interest"), "interest on interests");
    assert.equal(normalizeName("Self-interest"), "self-interests");
    assert.equal(normalizeName("Disinterest"), "disinterest");
  });
});
