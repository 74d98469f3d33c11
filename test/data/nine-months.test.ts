/**
 * The nine-month period third-quarter filings print (9M23: April-December 2023), and what follows
 * from it: 3Q = 9M - 1H and 4Q = FY - 9M for money flows, balances at 31 December, 9M0.
 *
 * No seed filing prints nine months, so these tests stage a later filing (test/support/later-filing.ts)
 * whose nine-month figures are computed from printed ones: each year's nine months are its first
 * half plus a third quarter equal to its second quarter. From the 2Q FY2023 report, six months
 * (lines 676-679) and three months to 30 September (lines 711-714), millions of yen:
 *
 *               1H22     2Q22    9M22      1H23     2Q23    9M23      FY23
 *   Network    67,707   34,473  102,180   73,981   37,627  111,608   149,235
 *   SI         52,846   28,578   81,424   52,750   28,409   81,159   109,568
 *   ATM         1,409      721    2,130    1,467      742    2,209     2,951
 *   Total     121,962   63,772  185,734  128,198   66,778  194,976   261,754
 *
 * (FY23 adds one more such quarter to 9M23.) FY22 total revenues are printed: 252,708 (line 101).
 */
import { strict as assert } from "node:assert";
import { verifyDerived } from "../../scripts/dataset/derived";
import { loadSources } from "../../scripts/dataset/source";
import { periodCode } from "../../src/data/period";
import { Query } from "../../src/data/query";
import type { LaterFigure } from "../../src/preview/staged-dataset";
import { stageLaterFiling } from "../support/later-filing";

const NINE_MONTHS: readonly LaterFigure[] = [
  ["Network services", "9M22", 102_180],
  ["Systems integration", "9M22", 81_424],
  ["ATM operation business", "9M22", 2_130],
  ["Total revenues", "9M22", 185_734],
  ["Network services", "9M23", 111_608],
  ["Systems integration", "9M23", 81_159],
  ["ATM operation business", "9M23", 2_209],
  ["Total revenues", "9M23", 194_976],
  ["Network services", "FY23", 149_235],
  ["Systems integration", "FY23", 109_568],
  ["ATM operation business", "FY23", 2_951],
  ["Total revenues", "FY23", 261_754],
];

const query = new Query(stageLaterFiling(NINE_MONTHS));
const value = (item: string, period: string) => query.value(item, period).value.toNumber();

describe("nine months (9M) and the quarters they give", () => {
  it("answers the printed nine months under every spelling: 9M23, 9M FY2023, 3QFY23 YTD, 2024年3月期 第3四半期累計, 9M FY3/24", () => {
    for (const spelling of [
      "9M23",
      "9M FY2023",
      "3QFY23 YTD",
      "2024年3月期 第3四半期累計",
      "9M FY3/24",
      "Q1-Q3 FY23",
    ])
      assert.equal(value("Total revenues", spelling), 194_976, spelling);
  });

  it("derives 3Q = 9M - 1H: 3Q23 Network 111,608 - 73,981 = 37,627 (line 676), total 66,778", () => {
    const answer = query.value("Network services", "3Q23");
    assert.equal(answer.value.toNumber(), 37_627);
    assert.equal(answer.rule, "flow-third-quarter");
    assert.equal(value("Total revenues", "3Q23"), 194_976 - 128_198);
    assert.match(
      query.source("Network services", "3Q23"),
      /3Q23 = 9M23 - 1H23 = 111,608 - 73,981 JPY mn \(a flow's third quarter is its nine months less its first half\)/
    );
  });

  it("derives 4Q = FY - 9M: 4Q22 total revenues 252,708 (line 101) - 185,734 = 66,974", () => {
    const answer = query.value("Total revenues", "4Q22");
    assert.equal(answer.value.toNumber(), 252_708 - 185_734);
    assert.equal(answer.rule, "flow-fourth-quarter");
    assert.equal(value("Total revenues", "4Q23"), 261_754 - 194_976);
  });

  it("leaves 3Q and 4Q #N/A where no filing prints the nine months (the shipped dataset)", () => {
    const shipped = new Query(stageLaterFiling([]));
    assert.throws(
      () => shipped.value("Total revenues", "3Q23"),
      /No figure for Total revenues in 3Q23/
    );
    assert.ok(!shipped.periods("Total revenues").includes("9M23"));
  });

  it("lists 9M, 3Q and 4Q among a line's periods, in time order: 1H23 3Q23 9M23 4Q23 2H23 FY23", () => {
    const periods = query.periods("Total revenues");
    const fy23 = periods.filter((p) => /^(?:[1-4]Q|[12]H|9M|FY)23$/.test(p));
    assert.deepEqual(fy23, ["1Q23", "2Q23", "1H23", "3Q23", "9M23", "4Q23", "2H23", "FY23"]);
  });

  it("steps 9M0 and 9M-1 through nine-month periods: 9M23, 9M22", () => {
    assert.equal(value("Total revenues", "9M0"), 194_976);
    assert.equal(value("Total revenues", "9M-1"), 185_734);
    assert.equal(periodCode(query.resolvePeriod("9M0", "Total revenues")), "9M23");
    assert.equal(periodCode(query.resolvePeriod("9M0")), "9M23");
  });

  it("puts a balance asked for 9M23 at 31 December 2023, by the balance rules", () => {
    assert.equal(periodCode(query.resolvePeriod("9M23", "Total assets")), "2023-12-31");
    assert.throws(
      () => query.value("Total assets", "9M23"),
      /No figure for Total assets in 2023-12-31/
    );
  });

  it("verify-data checks the derived quarters against the identities (lines sum to total), and catches a broken one", () => {
    const sources = loadSources();
    const result = verifyDerived(sources, query);
    assert.deepEqual(result.problems, []);
    assert.ok((result.derived.get("flow-third-quarter") ?? 0) >= 4);
    assert.ok((result.derived.get("flow-fourth-quarter") ?? 0) >= 2);
    // A 9M23 total a billion yen off (one million is within the rounding tolerance of figures in millions): 3Q23's lines no longer sum to its total.
    const broken = new Query(
      stageLaterFiling(
        NINE_MONTHS.map((f) =>
          f[0] === "Total revenues" && f[1] === "9M23" ? [f[0], f[1], 195_976] : f
        )
      )
    );
    const { problems } = verifyDerived(sources, broken);
    assert.ok(
      problems.some((p) => p.startsWith("3Q23:")),
      problems.join("\n")
    );
  });
});
