/**
 * Per-share figures and share counts on one share basis (src/data/share-basis.ts). Figures from
 * the filings: the 2023 report prints the 1H22 interim dividend 29.25 yen "before the stock split"
 * (line 1060, note line 1062) and 17.18 yen for 1H23 (line 1078); the two-for-one split effective
 * October 1, 2022 (line 1062); EPS restated for it (47.81 and 46.78, line 1128); the 2019 report
 * prints 1H19 EPS 38.96 yen (line 1109) and 45,077,125 weighted shares (line 1105) against
 * 180,668,564 for 1H22 in the 2023 report (line 1124).
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import { NotAvailableError, InvalidArgumentError } from "../../src/data/errors";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";
import { withLaterFiling } from "../../src/preview/staged-dataset";
import * as iij from "../../src/functions/iij";
import { LATER_FILING } from "../support/later-filing";
import { thrown } from "../support/thrown";

const q = new Query(loadDataset());

/** The message of what a call throws, which must be a `kind`. */
function fails(call: () => unknown, kind: typeof NotAvailableError | typeof InvalidArgumentError) {
  const error = thrown(call);
  assert.ok(error instanceof kind, `expected ${kind.name}, got ${String(error)}`);
  return error.message;
}

describe("share basis: per-share figures and share counts across stock splits", () => {
  it("records the split the 2023 report prints: 2-for-1 effective 2022-10-01, line 1062", () => {
    const report = loadDataset().report("iij-2q-fy2023")!;
    assert.deepEqual(
      report.splits?.map((s) => [s.effective, s.ratio, s.line]),
      [["2022-10-01", 2, 1062]]
    );
    const text = readFileSync(
      join(__dirname, "../../data/reports/iij-2q-fy2023-quarterly-securities-report.txt"),
      "utf8"
    ).split("\n");
    assert.ok(text[1062 - 1].includes(report.splits![0].printed));
  });

  it("IIJ.YOY of the interim dividend 1H23 compares on one basis: 17.18 / (29.25 / 2) - 1 = 17.5%", () => {
    const { change } = q.yoy("Interim dividend per share", "1H23");
    const expected = new Decimal("17.18").dividedBy(new Decimal("29.25").dividedBy(2)).minus(1);
    assert.equal(change.toFixed(12), expected.toFixed(12));
    assert.equal(change.toFixed(3), "0.175");
  });

  it("keeps what is printed as the default answer: 29.25 yen for 1H22", () => {
    assert.equal(q.value("Interim dividend per share", "1H22").number, 29.25);
  });

  it('unit "adjusted" gives the figure on the latest basis: 29.25 / 2 = 14.625', () => {
    assert.equal(q.value("Interim dividend per share", "1H22", "adjusted").number, 14.625);
    assert.equal(q.value("Interim dividend per share", "1H22", "split-adjusted").number, 14.625);
    // Already on the latest basis: unchanged.
    assert.equal(q.value("Interim dividend per share", "1H23", "adjusted").number, 17.18);
    assert.equal(q.value("Basic earnings per share", "1H22", "adjusted").number, 47.81);
  });

  it("IIJ.SOURCE and the card show the basis and the factor, with the split's line", () => {
    const source = q.source("Interim dividend per share", "1H22");
    assert.match(source, /Share basis: per share as of 2022-09-30/);
    assert.match(source, /÷ 2 \(2-for-1 split effective 2022-10-01, iij-2q-fy2023 line 1062\)/);
    const adjusted = q.describe(q.value("Interim dividend per share", "1H22", "adjusted"));
    assert.match(adjusted, /: 14\.625 yen\./);
    assert.match(adjusted, /as printed \(29\.25 yen\), restated to the basis of 2023-11-14: ÷ 2/);
  });

  it("EPS restated by the filing itself compares as printed: 46.78 / 47.81 - 1", () => {
    const { change } = q.yoy("Basic earnings per share", "1H23");
    assert.equal(change.toFixed(12), new Decimal("46.78").dividedBy("47.81").minus(1).toFixed(12));
  });

  it("share counts: weighted shares 1H23 against 1H22, both restated by the 2023 report", () => {
    // 177,910,757 / 180,668,564 - 1 (lines 1124)
    const { change } = q.yoy("Weighted average number of shares — basic", "1H23");
    assert.equal(
      change.toFixed(12),
      new Decimal(177_910_757).dividedBy(180_668_564).minus(1).toFixed(12)
    );
  });

  it("names the gap where share counts imply a split no filing prints (#N/A)", () => {
    const message = fails(
      () => q.value("Basic earnings per share", "1H19", "adjusted"),
      NotAvailableError
    );
    assert.match(
      message,
      /share counts imply a split between 1H19 and 1H22 that no filing in the dataset prints/
    );
    assert.match(q.source("Basic earnings per share", "1H19"), /no figure on the latest basis/);
    // The FY21 year-end dividend (25.00 yen, record date 31 March 2022) may be before or after
    // the unprinted split: no YoY for FY22 rather than a wrong one.
    fails(() => q.yoy("Year-end dividend per share", "FY22"), NotAvailableError);
  });

  it("fills in when a later filing prints the missing split", () => {
    // A hypothetical later filing printing a two-for-one split effective 1 October 2021.
    const later = withLaterFiling(
      loadDataset(),
      {
        ...LATER_FILING,
        splits: [{ effective: "2021-10-01", ratio: 2, line: 1, printed: "two-for-one" }],
      },
      []
    );
    const staged = new Query(later);
    // 38.96 / (2 x 2): both splits between the 2019 basis and the latest.
    assert.equal(staged.value("Basic earnings per share", "1H19", "adjusted").number, 9.74);
    assert.match(
      staged.source("Basic earnings per share", "1H19"),
      /÷ 4 \(2-for-1 split effective 2021-10-01, later-filing line 1; 2-for-1 split effective 2022-10-01, iij-2q-fy2023 line 1062\)/
    );
  });

  it('IIJ.TABLE(..., "adjusted") restates per-share and share-count rows, money rows stay in JPY mn', () => {
    const table = iij.table("EPS", "1H19,1H23", "adjusted");
    const row = (name: string) => table.find((r) => r[0] === name)!;
    // 1H23 figures already on the latest basis (lines 1120, 1124, 1128); 1H19 behind the gap: "".
    assert.deepEqual(row("EPS: Basic earnings per share"), [
      "EPS: Basic earnings per share",
      "",
      46.78,
    ]);
    assert.deepEqual(row("Weighted average number of shares — basic").slice(1), ["", 177910757]);
    // Money: 1,756,102 thousand yen for 1H19 (2019 report line 1103) in millions; 8,322 for 1H23.
    assert.deepEqual(
      row("Basic earnings attributable to owners of the parent").slice(1),
      [1756.102, 8322]
    );
    assert.deepEqual(iij.table("Interim dividend per share", "1H22,1H23", "adjusted")[1], [
      "Interim dividend per share",
      14.625,
      17.18,
    ]);
  });

  it('"adjusted" is refused for a line that is neither per share nor a share count', () => {
    const message = fails(
      () => q.value("Total revenues", "1H23", "adjusted"),
      InvalidArgumentError
    );
    assert.match(message, /^unit: "adjusted" restates per-share figures and share counts/);
  });
});
