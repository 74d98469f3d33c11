/**
 * The notes recorded for issue 18 (other financial assets and liabilities with lease obligations,
 * the IFRS 16 transition, the fair value hierarchy, borrowings at carrying amount and fair value,
 * major shareholders, treasury stock) answer through the evaluator with the figures printed on
 * the cited report lines: each expected value is read from that line's cells, or typed from it.
 */
import { strict as assert } from "node:assert";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";
import { searchLines } from "../../src/data/search";
import {
  REPORT_2019,
  REPORT_2023,
  cellsOf,
  evaluate,
  printedNumber,
} from "../support/report-cells";

/** One report line: the item answering each value cell (null: a cell not asked), by period. */
interface Row {
  readonly line: number;
  readonly items: readonly (string | null)[];
}

function checkLines(file: string, periods: readonly string[], unit: string, rows: Row[]): void {
  for (const { line, items } of rows) {
    const cells = cellsOf(file, line).slice(1);
    items.forEach((item, i) => {
      if (item === null) return;
      const period = periods[periods.length === 1 ? 0 : i];
      const expected = printedNumber(cells[i] ?? "");
      const unitArgument = unit ? `,"${unit}"` : ""; // counts and % take no unit
      const got = evaluate(`=IIJ.VALUE("${item}","${period}"${unitArgument})`);
      if (expected === undefined) assert.match(got, /^#/, `line ${line} ${item}: blank`);
      else assert.equal(got, expected, `${file} line ${line}: ${item} ${period}`);
    });
  }
}

const both = (item: string): Row["items"] => [item, item];
const levels = (row: string) =>
  ["Level 1", "Level 2", "Level 3", "Fair value"].map((c) => `Fair value: ${c}: ${row}`);
const atCost = (row: string) =>
  ["Carrying amount", "Level 1", "Level 2", "Level 3", "Fair value"].map(
    (c) => `Fair value: ${c}: ${row}`
  );

describe("notes recorded for issue 18, through the evaluator", () => {
  it("lease obligations: 48,057 at 31 March 2023 (FY22) and 44,941 at 30 September 2023 (2023 line 1032)", () => {
    assert.equal(evaluate('=IIJ.VALUE("Lease obligations","FY22")'), "48057");
    assert.equal(evaluate('=IIJ.VALUE("Lease obligations","2023-09-30")'), "44941");
    // 2019 line 1024: lease obligations total 51,942,289 thousand yen at 30 September 2019
    assert.equal(evaluate('=IIJ.VALUE("Lease obligations","2019-09-30","JPY k")'), "51942289");
  });

  it("2023 notes 6 and 7 and the lease breakdown, lines 1009-1043", () => {
    const periods = ["2023-03-31", "2023-09-30"];
    checkLines(REPORT_2023, periods, "JPY mn", [
      { line: 1009, items: both("Other financial assets: Other receivable") },
      { line: 1010, items: both("Other financial assets: Guarantee deposit") },
      { line: 1011, items: both("Other financial assets: Loans receivable") },
      { line: 1012, items: both("Other financial assets: Other") },
      { line: 1014, items: both("Other financial assets: Stock") },
      { line: 1015, items: both("Other financial assets: Lease receivable") },
      { line: 1016, items: both("Other financial assets: Total") },
      { line: 1029, items: both("Other financial liabilities: Account payable—non-current") },
      { line: 1030, items: both("Other financial liabilities: Deposit payable") },
      { line: 1031, items: both("Other financial liabilities: Others") },
      { line: 1032, items: both("Other financial liabilities: Lease obligations") },
      { line: 1033, items: both("Other financial liabilities: Total") },
      { line: 1042, items: both("Lease obligations: finance leases") },
      { line: 1043, items: both("Lease obligations: other leases") },
    ]);
  });

  it("2019 notes 6 and 7, lines 1003-1028", () => {
    const periods = ["2019-03-31", "2019-09-30"];
    checkLines(REPORT_2019, periods, "JPY k", [
      { line: 1003, items: both("Other financial assets: Other receivable") },
      { line: 1007, items: both("Other financial assets: Allowance for credit losses") },
      { line: 1008, items: both("Other financial assets: Lease receivable") },
      { line: 1009, items: both("Other financial assets: Total") },
      { line: 1022, items: both("Lease obligations: finance leases") },
      { line: 1023, items: both("Lease obligations: other leases") },
      { line: 1024, items: both("Lease obligations") },
      { line: 1025, items: both("Account payable—non-current") },
      { line: 1028, items: both("Other financial liabilities: Total") },
    ]);
  });

  it("2019 IFRS 16 transition, lines 875-879", () => {
    checkLines(REPORT_2019, ["2019-03-31"], "JPY k", [
      {
        line: 875,
        items: ["IFRS 16 transition: non-cancelable operating lease contracts disclosed"],
      },
      { line: 877, items: ["IFRS 16 transition: finance lease contracts"] },
    ]);
    checkLines(REPORT_2019, ["2019-04-01"], "JPY k", [
      {
        line: 876,
        items: ["IFRS 16 transition: non-cancelable operating lease contracts discounted"],
      },
      { line: 878, items: ["IFRS 16 transition: cancellable operating lease contracts, etc."] },
      { line: 879, items: ["IFRS 16 transition: lease liabilities recognized"] },
    ]);
  });

  it("fair value hierarchy and borrowings at carrying amount and fair value, both reports", () => {
    checkLines(REPORT_2023, ["2023-03-31"], "JPY mn", [
      { line: 1181, items: levels("Equity securities") },
      { line: 1183, items: levels("Investment trust and other securities") },
      { line: 1184, items: levels("Other financial assets") },
      { line: 1251, items: atCost("Debt securities (amortized cost)") },
      { line: 1253, items: atCost("Long-term borrowings (including current portion)") },
    ]);
    checkLines(REPORT_2023, ["2023-09-30"], "JPY mn", [
      { line: 1190, items: levels("Equity securities") },
      { line: 1192, items: levels("Investment trust and other securities") },
      { line: 1193, items: levels("Other financial assets") },
      { line: 1263, items: atCost("Debt securities (amortized cost)") },
      { line: 1265, items: atCost("Long-term borrowings (including current portion)") },
    ]);
    checkLines(REPORT_2019, ["2019-03-31"], "JPY k", [
      { line: 1162, items: levels("Debt securities") },
      { line: 1164, items: levels("Equity securities") },
      { line: 1168, items: levels("Total") },
      { line: 1229, items: atCost("Long-term borrowings (including current portion)") },
    ]);
    checkLines(REPORT_2019, ["2019-09-30"], "JPY k", [
      { line: 1180, items: levels("Equity securities") },
      { line: 1184, items: levels("Total") },
      { line: 1237, items: atCost("Long-term borrowings (including current portion)") },
    ]);
  });

  it("major shareholders (shares held, %) and treasury stock", () => {
    // 2023 lines 553 and 563; 2019 line 528
    checkLines(REPORT_2023, ["2023-09-30"], "", [
      { line: 553, items: [null, "Shares held: KDDI CORPORATION"] },
      { line: 563, items: [null, "Shares held: Total"] },
    ]);
    checkLines(REPORT_2023, ["2023-09-30"], "", [
      { line: 553, items: [null, null, "Ownership percentage: KDDI CORPORATION"] },
      { line: 563, items: [null, null, "Ownership percentage: Total"] },
    ]);
    checkLines(REPORT_2019, ["2019-09-30"], "", [
      { line: 528, items: [null, "Shares held: Nippon Telegraph and Telephone Corporation"] },
    ]);
    // 2023 line 596: 6,329,600 treasury shares, 3.46% of the shares outstanding
    assert.equal(evaluate('=IIJ.VALUE("Treasury shares held, total","2023-09-30")'), "6329600");
    assert.equal(
      evaluate('=IIJ.VALUE("Treasury shares, ratio to issued shares","2023-09-30")'),
      "3.46"
    );
  });

  it("IIJ.SOURCE says which of two disagreeing printed figures it answers (2019 lines 67 and 722)", () => {
    const home = evaluate('=IIJ.SOURCE("Comprehensive income","1H19")');
    assert.match(home, /2,561,751 JPY k/);
    assert.match(home, /Printed differently in the same filing: 2,561,750 JPY k .*line 67/);
    assert.match(home, /This answer is the figure printed in .*line 722/);
    const repeat = evaluate('=IIJ.SOURCE("Selected data: Comprehensive income","1H19")');
    assert.match(repeat, /This answer is the figure printed here, line 67/);
  });
});

describe("new lines reachable by search and in Japanese", () => {
  it("the pane's search finds lease obligations, dividends out of retained earnings, treasury share purchases and equity balances", () => {
    const query = new Query(loadDataset());
    const names = (text: string) => searchLines(query, text).lines.map((l) => l.name);
    assert.ok(names("lease").includes("Lease obligations"), names("lease").join("; "));
    assert.ok(names("dividend").some((n) => n.endsWith("Retained earnings: Dividends paid")));
    assert.ok(
      names("treasury").some((n) => n.endsWith("Treasury shares: Purchase of treasury shares"))
    );
    assert.ok(
      names("equity").some((n) => n.endsWith("Total equity: Balance at the end of the period"))
    );
  });

  it("Japanese IFRS captions, a matrix line as its two halves (2023 lines 1032 and 814)", () => {
    assert.equal(evaluate('=IIJ.VALUE("リース負債","2023-09-30")'), "44941");
    assert.equal(evaluate('=IIJ.VALUE("利益剰余金：配当金","1H23")'), "-2644");
    assert.equal(evaluate('=IIJ.VALUE("自己株式：自己株式の取得","1H23")'), "-11405");
  });
});

describe("Japanese movements of the changes in equity, read only as halves", () => {
  it("期末残高 names a line after a component, and alone is not a name", () => {
    // 2023 line 818: retained earnings 57,081 at 30 September 2023
    assert.equal(evaluate('=IIJ.VALUE("利益剰余金：期末残高","1H23")'), "57081");
    assert.match(evaluate('=IIJ.VALUE("期末残高","1H23")'), /^#VALUE!/);
  });
});
