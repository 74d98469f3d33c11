/**
 * Analysts' names for printed lines (src/data/analyst-names.ts), one table for IIJ.VALUE and the
 * pane's search; names found by their words; the source card's note on adjusted figures. Expected
 * figures from the 2023 report (lines cited) and the 2019 report.
 */
import { strict as assert } from "node:assert";
import Decimal from "decimal.js";
import { ANALYST_NAMES } from "../../src/data/analyst-names";
import { InvalidArgumentError, NotAvailableError } from "../../src/data/errors";
import { loadDataset } from "../../src/data/load";
import { closest } from "../../src/data/names";
import { Query } from "../../src/data/query";
import { homeLine } from "../../src/data/search";
import { searchItems } from "../../src/taskpane/table";
import { thrown } from "../support/thrown";

const q = new Query(loadDataset());

describe("analysts' names", () => {
  // A printed name wins over an analyst's ("Revenues" is the selected data's repeat of total revenues).
  it("each stands for one printed line IIJ.VALUE knows, or names printed lines that exist", () => {
    for (const name of ANALYST_NAMES) {
      for (const line of [name.line, ...(name.related ?? []), ...(name.combine?.lines ?? [])])
        if (line) assert.doesNotThrow(() => q.resolveItem(line), line);
      for (const word of name.words) {
        if (name.line)
          assert.deepEqual(
            homeLine(q, q.resolveItem(word).sources[0]),
            homeLine(q, q.resolveItem(name.line).sources[0]),
            `${word} -> ${name.line}`
          );
        else
          assert.ok(
            thrown(() => q.value(word, "1H23")) instanceof NotAvailableError,
            `${word}: #N/A naming the lines to combine`
          );
      }
    }
  });

  it("IIJ.VALUE answers the common names with the printed figure (2023 report)", () => {
    const cases: [string, number][] = [
      ["Net income", 8322], // line 697
      ["Operating income", 12080], // line 689
      ["Net sales", 128198], // line 679
      ["SG&A", -17041], // line 686, as printed
      ["EPS", 46.78], // line 701
      ["Diluted EPS", 46.53], // line 702
      ["DPS", 17.18], // line 1078
      ["D&A", 14598], // line 827
    ];
    for (const [name, printed] of cases) assert.equal(q.value(name, "1H23").number, printed, name);
  });

  it("EBITDA, capex, net debt and free cash flow name the printed lines to combine (#N/A)", () => {
    const ebitda = thrown(() => q.value("EBITDA", "1H23"));
    assert.ok(ebitda instanceof NotAvailableError);
    assert.match(
      ebitda.message,
      /"EBITDA" is not printed as one line; combine the printed lines "Profit or loss: Operating profit", "Cash flows: Depreciation and amortization"/
    );
    assert.match(
      thrown(() => q.value("capex", "1H23")).message,
      /"Purchases of tangible assets", "Purchases of intangible assets"/
    );
    assert.match(
      thrown(() => q.value("net debt", "1H23")).message,
      /"Borrowings \(current\)", "Borrowings \(non-current\)"/
    );
    assert.match(
      thrown(() => q.value("free cash flow", "1H23")).message,
      /"Cash flows from operating activities", "Cash flows from investing activities"/
    );
    // The lines named give EBITDA from the report: 12,080 + 14,598 (lines 689, 827).
    const [op, da] = [
      "Profit or loss: Operating profit",
      "Cash flows: Depreciation and amortization",
    ];
    assert.equal(q.value(op, "1H23").value.plus(q.value(da, "1H23").value).toNumber(), 26678);
  });

  it("the pane's search reads the same table: EPS finds basic then diluted EPS", () => {
    assert.deepEqual(
      searchItems("EPS").hits.map((h) => h.label),
      ["Basic earnings per share", "Diluted earnings per share"]
    );
    assert.equal(searchItems("SG&A").hits[0].label, "Selling, general and administrative expenses");
  });
});

describe("names found by their words", () => {
  it("a line printed only in the summary tables answers to its bare label (R&D 319, line 354)", () => {
    assert.equal(q.value("Research and development expenses", "1H23").number, 319);
    assert.equal(
      q.value("Operating summary: Research and development expenses", "1H23").number,
      319
    );
  });

  it('"did you mean" ranks by the words typed, and offers nothing unlike (EBITDA is no MVNE)', () => {
    const unknown = (name: string) => {
      const error = thrown(() => q.value(name, "1H23"));
      assert.ok(error instanceof InvalidArgumentError);
      return error.message;
    };
    assert.match(unknown("Cash dividend paid"), /closest: "Dividends paid"/);
    assert.match(
      unknown("Depreciation expense"),
      // "depreciation" is the analysts' name of "Depreciation and amortization": one line, once;
      // then segment lines sharing the word (which two of the three is edit distance's tie-break).
      /closest: "depreciation", "(ATM|Network & SI|Adjustments): depreciation and amortization", "(ATM|Network & SI|Adjustments): depreciation and amortization"/
    );
    assert.doesNotMatch(unknown("EBITDAX"), /MVNE/);
    assert.match(unknown("EBITDAX"), /closest: "EBITDA"/);
    assert.match(unknown("Qwzx"), /is not an item we know, nor a name analysts use for one/);
    assert.deepEqual(closest("EBITDA", ["MVNE", "Revenues", "Subtotal"]), []);
  });
});

describe("the source card on a figure the filing also prints adjusted", () => {
  // 2019 report: operating profit 3,284,814 (1H18) and 3,351,950 (1H19) thousand yen (line 659);
  // adjusted 1H18 operating profit 2,300 million (line 140).
  it("says so of 1H18 operating profit, and of 1H19's, whose YoY is +2.0% reported, +45.7% adjusted", () => {
    assert.match(
      q.source("Operating profit", "1H18"),
      /Adjusted: the filing also prints an adjusted 1H18 figure, 2,300 JPY mn .*line 140/
    );
    assert.match(
      q.source("Operating profit", "1H19"),
      /Adjusted: the year-earlier 1H18 figure is also printed adjusted, 2,300 JPY mn/
    );
    const reported = q.yoy("Operating profit", "1H19").change;
    assert.equal(reported.toFixed(3), "0.020");
    assert.equal(new Decimal(3351.95).dividedBy(2300).minus(1).toFixed(3), "0.457");
  });
});
