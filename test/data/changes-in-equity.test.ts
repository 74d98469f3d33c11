/**
 * The statements of changes in equity, through the evaluator (`npx iij eval`'s engine): every cell
 * of every printed row answers with the figure printed there. The expected figures are read from
 * the report line the test names (tab-separated cells), not from the dataset; a few are also typed.
 */
import { strict as assert } from "node:assert";
import {
  REPORT_2019,
  REPORT_2023,
  cellsOf,
  evaluate,
  printedNumber,
} from "../support/report-cells";

const COMPONENTS = [
  "Share capital",
  "Share premium",
  "Retained earnings",
  "Other components of equity",
  "Treasury shares",
  "Equity attributable to owners of the parent",
  "Non-controlling interests",
  "Total equity",
];

interface PrintedRow {
  readonly line: number;
  readonly movement: string;
}

function checkRows(
  file: string,
  period: string,
  unit: string,
  noteColumn: boolean,
  rows: PrintedRow[]
): void {
  for (const { line, movement } of rows) {
    const cells = cellsOf(file, line).slice(noteColumn ? 2 : 1);
    COMPONENTS.forEach((component, c) => {
      const expected = printedNumber(cells[c] ?? "");
      const got = evaluate(`=IIJ.VALUE("${component}: ${movement}","${period}","${unit}")`);
      // A blank cell has no figure: #N/A, or #VALUE! where no period prints that cell of the row.
      if (expected === undefined)
        assert.match(
          got,
          /^#(N\/A|VALUE!)/,
          `${file} line ${line} ${component}: blank, got ${got}`
        );
      else assert.equal(got, expected, `${file} line ${line} ${component}: ${movement}`);
    });
  }
}

describe("statements of changes in equity", () => {
  it("2023 report, six months to 30 September 2022: every cell of lines 786-798", () => {
    checkRows(REPORT_2023, "1H22", "JPY mn", true, [
      { line: 786, movement: "Balance at the beginning of the period" },
      { line: 787, movement: "Cumulative impact of adopting IAS 12" },
      { line: 788, movement: "Restated balance at the beginning of the period" },
      { line: 790, movement: "Profit (loss)" },
      { line: 791, movement: "Other comprehensive income" },
      { line: 792, movement: "Total comprehensive income" },
      { line: 794, movement: "Disposal of treasury shares" },
      { line: 795, movement: "Dividends paid" },
      { line: 796, movement: "Stock-based compensation" },
      { line: 797, movement: "Total transactions with owners" },
      { line: 798, movement: "Balance at the end of the period" },
    ]);
  });

  it("2023 report, six months to 30 September 2023: every cell of lines 805-818", () => {
    checkRows(REPORT_2023, "1H23", "JPY mn", true, [
      { line: 805, movement: "Balance at the beginning of the period" },
      { line: 807, movement: "Profit (loss)" },
      { line: 808, movement: "Other comprehensive income" },
      { line: 809, movement: "Total comprehensive income" },
      { line: 811, movement: "Purchase of treasury shares" },
      { line: 812, movement: "Disposal of treasury shares" },
      { line: 813, movement: "Cancellation of treasury shares" },
      { line: 814, movement: "Dividends paid" },
      { line: 815, movement: "Stock-based compensation" },
      { line: 816, movement: "Transfer from other components of equity to retained earnings" },
      { line: 817, movement: "Total transactions with owners" },
      { line: 818, movement: "Balance at the end of the period" },
    ]);
  });

  it("2019 report, six months to 30 September 2018: every cell of lines 757-768", () => {
    checkRows(REPORT_2019, "1H18", "JPY k", false, [
      { line: 757, movement: "Balance at the beginning of the period" },
      { line: 759, movement: "Profit (loss)" },
      { line: 760, movement: "Other comprehensive income" },
      { line: 761, movement: "Total comprehensive income" },
      { line: 763, movement: "Issuance of common stock" },
      { line: 764, movement: "Dividends paid" },
      { line: 765, movement: "Stock-based compensation" },
      { line: 766, movement: "Transfer from other components of equity to retained earnings" },
      { line: 767, movement: "Total transactions with owners" },
      { line: 768, movement: "Balance at the end of the period" },
    ]);
  });

  it("2019 report, six months to 30 September 2019: every cell of lines 775-786", () => {
    checkRows(REPORT_2019, "1H19", "JPY k", false, [
      { line: 775, movement: "Balance at the beginning of the period" },
      { line: 776, movement: "Cumulative impact of adopting IFRS 16" },
      { line: 778, movement: "Profit (loss)" },
      { line: 779, movement: "Other comprehensive income" },
      { line: 780, movement: "Total comprehensive income" },
      { line: 782, movement: "Issuance of common stock" },
      { line: 783, movement: "Dividends paid" },
      { line: 784, movement: "Stock-based compensation" },
      { line: 785, movement: "Transfer from other components of equity to retained earnings" },
      { line: 786, movement: "Total transactions with owners" },
    ]);
  });

  it("the 2019 balances at 30 September 2019, on a page the text lacks, are the balance sheet's", () => {
    // 2019 report lines 633-640, statement of financial position at September 30, 2019
    const balances: [string, string][] = [
      ["Share capital", "25530621"],
      ["Total equity attributable to owners of the parent", "78117387"],
      ["Total equity", "79014405"],
    ];
    assert.equal(
      evaluate('=IIJ.VALUE("Share capital: Balance at the end of the period","1H19","JPY k")'),
      balances[0][1]
    );
    assert.equal(
      evaluate(
        '=IIJ.VALUE("Equity attributable to owners of the parent: Balance at the end of the period","1H19","JPY k")'
      ),
      balances[1][1]
    );
    assert.equal(
      evaluate('=IIJ.VALUE("Total equity: Balance at the end of the period","1H19","JPY k")'),
      balances[2][1]
    );
  });

  it("answers an analyst's questions: dividends out of retained earnings, buy-backs, balances", () => {
    // 2023 report line 814: dividends paid (2,644) out of retained earnings
    assert.equal(evaluate('=IIJ.VALUE("Retained earnings: Dividends paid","1H23")'), "-2644");
    // line 811: purchase of treasury shares (11,405)
    assert.equal(
      evaluate('=IIJ.VALUE("Treasury shares: Purchase of treasury shares","1H23")'),
      "-11405"
    );
    // line 805 and 818: retained earnings 51,202 at 1 April 2023, 57,081 at 30 September 2023
    assert.equal(
      evaluate('=IIJ.VALUE("Retained earnings: Balance at the beginning of the period","1H23")'),
      "51202"
    );
    assert.equal(
      evaluate('=IIJ.VALUE("Retained earnings: Balance at the end of the period","1H23")'),
      "57081"
    );
    const items = evaluate('=IIJ.ITEMS("Changes in equity")');
    assert.ok(items.includes('"Retained earnings: Dividends paid"'), items.slice(0, 200));
  });
});
