/**
 * The pane's search and the function reference's formats: analysts' words find the printed
 * lines, each figure once at its home statement, and a word the filings never print says so.
 */
import assert from "node:assert/strict";
import { homeLine } from "../../src/data/search";
import { query } from "../../src/functions/iij";
import { formulaNumberFormat, searchItems } from "../../src/taskpane/table";

describe("table builder: search", () => {
  it("knows analysts' words: net income, sales, capex", () => {
    const net = searchItems("net income");
    assert.equal(net.hits[0].name, "Profit attributable to owners of the parent");
    assert.equal(net.hits[0].statement, "Statement of profit or loss");
    assert.equal(net.hits[0].via, 'for "net income"');
    assert.equal(searchItems("sales").hits[0].name, "Total revenues");
    assert.deepEqual(
      searchItems("capex").hits.map((h) => h.name),
      ["Purchases of tangible assets", "Purchases of intangible assets"]
    );
    // The names found are the ones IIJ.VALUE takes, for the figures the report prints:
    // purchases of tangible assets (5,732) in 1H23 (2023 report, line 858).
    assert.equal(query().value("Purchases of tangible assets", "1H23").number, -5732);
  });

  it("says EBITDA is not printed and offers operating profit and depreciation and amortization", () => {
    const result = searchItems("EBITDA");
    assert.match(result.message ?? "", /EBITDA is not printed/);
    assert.deepEqual(
      result.hits.map((h) => h.label),
      ["Operating profit", "Depreciation and amortization"]
    );
    assert.equal(result.hits[1].statement, "Statement of cash flows");
  });

  it("lists each figure once, at its home statement, not the summary tables' repeats", () => {
    const q = query();
    for (const word of [
      "revenue",
      "operating profit",
      "total assets",
      "cash flows from",
      "network",
    ]) {
      const { hits } = searchItems(word);
      assert.ok(hits.length > 0, word);
      assert.equal(new Set(hits.map((h) => h.name)).size, hits.length, `${word}: a figure twice`);
      for (const hit of hits) {
        const ref = q.resolveItem(hit.name).sources[0];
        assert.deepEqual(homeLine(q, ref), ref, `${word}: ${hit.name} is a repeat`);
        assert.notEqual(hit.statement, "Selected financial data", `${word}: ${hit.name}`);
      }
    }
    const totals = searchItems("total assets").hits.map((h) => h.name);
    assert.deepEqual(totals.slice(0, 1), ["Total assets"]);
  });

  it("says so when nothing matches", () => {
    const result = searchItems("qwertyuiop");
    assert.deepEqual(result.hits, []);
    assert.match(result.message ?? "", /^Nothing matches "qwertyuiop"/);
    assert.deepEqual(searchItems("   "), { hits: [] });
  });
});

describe("table builder: formats of single formulas (function reference)", () => {
  it("gives a formula the format it would have in a table", () => {
    assert.equal(formulaNumberFormat('=IIJ.REVENUE("1H23","Network")'), '#,##0;(#,##0);"–"');
    assert.equal(
      formulaNumberFormat('=IIJ.REVENUE("1H23","Network","JPY bn")'),
      '#,##0.0;(#,##0.0);"–"'
    );
    assert.equal(
      formulaNumberFormat('=IIJ.VALUE("Basic earnings per share","1H23")'),
      '#,##0.00;(#,##0.00);"–"'
    );
    assert.equal(formulaNumberFormat('=IIJ.YOY("Total revenues","1H23")'), "0.0%;(0.0%);0.0%");
    assert.equal(
      formulaNumberFormat('=IIJ.KPI("Total contracted bandwidth","2023-09-30")'),
      '#,##0.0;(#,##0.0);"–"'
    );
    assert.equal(formulaNumberFormat('=IIJ.KPI("MVNE","2023-09-30")'), '#,##0;(#,##0);"–"');
    assert.equal(formulaNumberFormat('=IIJ.PERIODS("Total revenues")'), "General");
    // A period code shows as text; a balance's period is a date serial, shown as the date headers are.
    assert.equal(formulaNumberFormat('=IIJ.PERIOD("H0","Total assets")'), "d-mmm-yy");
  });
});
