/**
 * The conventions the README states (section "Conventions"), one test each, through the functions
 * Excel calls (src/functions/iij.ts). Expected figures from the 2023 report, lines cited.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import { InvalidArgumentError, NotAvailableError } from "../../src/data/errors";
import { BARE_NAME_ORDER } from "../../src/data/catalogue";
import { KPI_ALIASES, KPI_STATEMENTS } from "../../src/data/lines";
import { linePeriods } from "../../src/data/line-facts";
import { STATEMENT_TITLES } from "../../src/data/types";
import { thrown } from "../support/thrown";
import * as iij from "../../src/functions/iij";

// Whitespace as one space: the README wraps its lines.
const README = readFileSync(join(__dirname, "../../README.md"), "utf8").replace(/\s+/g, " ");

describe("conventions written in the README", () => {
  it("signs: VALUE as printed, COST and GROSSPROFIT positive", () => {
    // Total cost of sales (99,009), 1H23 (line 684); Network 73,981 less its cost 53,037 (lines 676, 681).
    assert.equal(iij.value("Total cost of sales", "1H23"), -99009);
    assert.equal(iij.cost("1H23"), 99009);
    assert.equal(iij.grossProfit("1H23", "Network"), 73981 - 53037);
    assert.equal(iij.value("Selling, general and administrative expenses", "1H23"), -17041);
  });

  it("ratios in printed percentage points (44.5), a money unit refused", () => {
    // Ratio of owners' equity to gross assets, 1H23: 44.5 (line 111).
    assert.equal(iij.value("Ratio of owners' equity to gross assets", "1H23"), 44.5);
    const error = thrown(() =>
      iij.value("Ratio of owners' equity to gross assets", "1H23", "JPY bn")
    );
    assert.ok(error instanceof InvalidArgumentError);
    assert.match(error.message, /^unit: .* is in %; .* never scaled/);
  });

  it("YOY: a fraction of the base's size, so the sign says the direction also from a negative base", () => {
    // Cash flows from investing activities (7,219) 1H22, (9,066) 1H23 (line 865).
    const expected = new Decimal(-9066).minus(-7219).dividedBy(7219);
    assert.equal(iij.yoy("Cash flows from investing activities", "1H23"), expected.toNumber());
    assert.ok(expected.isNegative());
  });

  it("YOY: a base of 0 (a printed dash) is #N/A, no growth rate", () => {
    // Proceeds from sales of intangible assets: "-" in 1H22, 624 in 1H23 (line 858).
    const error = thrown(() => iij.yoy("Proceeds from sales of intangible assets", "1H23"));
    assert.ok(error instanceof NotAvailableError);
    assert.match(error.message, /was 0 in 1H22: no growth rate/);
  });

  it("a bare label printed in several statements means the first in the stated order", () => {
    // Finance expenses: the statement of profit or loss prints (327) for 1H23 (line 691).
    assert.match(iij.source("Finance expenses", "1H23"), /Statements of Profit or Loss/);
    // The order as the code has it (catalogue.ts), each statement by its title.
    const order = BARE_NAME_ORDER.map((statement) =>
      STATEMENT_TITLES[statement].replace(/^[A-Z][a-z]/, (first) => first.toLowerCase())
    );
    assert.ok(README.includes(`means the first of**: ${order.join(", ")}`));
    const twice = thrown(() => iij.value("Borrowings", "1H23"));
    assert.match(twice.message, /"Borrowings \(current\)", "Borrowings \(non-current\)"/);
  });

  it("every KPI name IIJ.KPI accepts is in the README, and each answers", () => {
    const q = iij.query();
    const names = q.catalogue.names(KPI_STATEMENTS).map((name) => name.replace(/^KPI: /, ""));
    for (const name of [...names, ...Object.keys(KPI_ALIASES)]) {
      assert.ok(README.includes(`\`${name}\``), `README lists ${name}`);
      assert.doesNotThrow(() => q.kpi(name, linePeriods(q, "KPI", name)[0].period), name);
    }
  });

  it("a printed dash is 0; a blank cell is #N/A", () => {
    // Purchase of treasury shares "-" in 1H22 (line 869); earnings adjustment blank for 2Q23 (line 1133).
    assert.equal(iij.value("Purchase of treasury shares", "1H22"), 0);
    assert.ok(thrown(() => iij.value("Earnings adjustment", "2Q23")) instanceof NotAvailableError);
  });

  it("IIJ.PERIOD with no figure of the kind is #N/A naming the periods there are", () => {
    const error = thrown(() => iij.period("FY0", "Interim dividend per share"));
    assert.ok(error instanceof NotAvailableError);
    assert.match(
      error.message,
      /No FY period has a figure for Interim dividend per share; periods that do: 1H18, 1H19, 1H22, 1H23/
    );
  });

  it("shapes: PERIODS and ITEMS one column; TABLE lines+1 by periods+1, unit corner, blank where no figure", () => {
    const periods = iij.periods("Total assets");
    assert.ok(periods.every((row) => row.length === 1 && typeof row[0] === "string"));
    assert.deepEqual(periods.at(-1), ["2023-09-30"]);
    const items = iij.items("EPS");
    assert.ok(items.length > 1 && items.every((row) => row.length === 1));
    // Earnings adjustment: "_" (nil) for 1H23 (line 1121), blank for 2Q23 (line 1133).
    assert.deepEqual(iij.table("Earnings adjustment", "1H23,2Q23"), [
      ["", "1H23", "2Q23"],
      ["Earnings adjustment", 0, ""],
    ]);
    assert.equal(iij.table("Network services", "1H22,1H23", "JPY bn")[0][0], "JPY bn");
  });
});

describe("conventions on the help page", () => {
  const help = readFileSync(join(__dirname, "../../src/help/help.html"), "utf8");
  it("states each rule in English and in Japanese", () => {
    for (const text of [
      "−99,009",
      "44.5",
      "|year-earlier|",
      '"adjusted"',
      "14.625",
      "A printed dash",
      "IIJ.TABLE</code> spills",
    ])
      assert.ok(help.includes(text), text);
    for (const text of ["決まりごと", "44.5", "|前年同期|", "14.625", "空文字列"])
      assert.ok(help.includes(text), text);
  });
});
