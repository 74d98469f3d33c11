import { strict as assert } from "node:assert";
import {
  comparePeriods,
  endDate,
  excelSerialToIso,
  flow,
  parsePeriod,
  periodCode,
  stepBack,
  yearEarlier,
  PeriodSyntaxError,
  type FlowPeriod,
  type Period,
} from "../../src/data/period";

const code = (input: string | number) => periodCode(parsePeriod(input) as Period);

describe("periods", () => {
  it("reads the codes analysts type, ignoring case and spaces", () => {
    assert.equal(code("1H23"), "1H23");
    assert.equal(code(" 1h 23 "), "1H23");
    assert.equal(code("1H2023"), "1H23");
    assert.equal(code("FY2023"), "FY23");
    assert.equal(code("fy22"), "FY22");
    assert.equal(code("Q2 2023"), "2Q23");
    assert.equal(code("2023-09-30"), "2023-09-30");
  });

  it("reads a code the dataset's way exactly as it reads it in any other spelling, every time", () => {
    // The dataset's codes take a short cut past the spelling rewrites, and every period read is
    // remembered: each code must still mean what its other spellings mean, each asking alike.
    for (const span of ["1Q", "2Q", "3Q", "4Q", "1H", "2H", "9M"] as const)
      for (let yy = 0; yy < 100; yy++) {
        const year = String(yy).padStart(2, "0");
        const expected = flow(2000 + yy, span);
        assert.deepEqual(parsePeriod(`${span}${year}`), expected);
        assert.deepEqual(parsePeriod(`${span} FY20${year}`), expected);
        assert.deepEqual(parsePeriod(`${span.toLowerCase()}${year}`), expected);
        assert.deepEqual(parsePeriod(`${span}${year}`), expected);
      }
    for (let yy = 0; yy < 100; yy++) {
      const year = String(yy).padStart(2, "0");
      assert.deepEqual(parsePeriod(`FY${year}`), flow(2000 + yy, "FY"));
      assert.deepEqual(parsePeriod(`fy20${year}`), flow(2000 + yy, "FY"));
    }
    // A failure is not remembered: the same bad text fails again, with its message.
    for (let k = 0; k < 2; k++) assert.throws(() => parsePeriod("5Q23"), PeriodSyntaxError);
    // A serial and the same digits as text are different questions.
    assert.equal(code(45199), "2023-09-30");
    assert.throws(() => parsePeriod("45199"), PeriodSyntaxError);
  });

  it("reads the fiscal-period spellings analysts use, either way round, with or without a space or hyphen", () => {
    const halves = [
      "1H FY2023",
      "1HFY23",
      "H1 FY23",
      "FY23 H1",
      "FY2023-1H",
      "FY23 1H",
      "h1fy2023",
    ];
    for (const text of halves) assert.equal(code(text), "1H23", text);
    const quarters = ["2QFY23", "Q2 FY23", "FY23 Q2", "2Q FY2023", "FY2023 2Q", "Q2-FY23", "2Q'23"];
    for (const text of quarters) assert.equal(code(text), "2Q23", text);
    assert.equal(code("FY23 2H"), "2H23");
    assert.equal(code("4Q FY22"), "4Q22");
    assert.equal(code("FY 2022"), "FY22");
  });

  it("keeps a hyphen before a digit relative, and a four-digit year plausible", () => {
    assert.deepEqual(parsePeriod("FY-1"), { kind: "relative", unit: "FY", offset: -1 });
    assert.deepEqual(parsePeriod("Q -2"), { kind: "relative", unit: "Q", offset: -2 });
    // "FY23/24" is not the year 2324, nor "1H9999" the year 9999.
    for (const bad of ["FY23/24", "1H9999", "FY23 Q5", "FY23 3H", "H1 FY", "1H FY2023 2Q"])
      assert.throws(() => parsePeriod(bad), PeriodSyntaxError, bad);
  });

  it("says what a bad period is and lists the accepted families in one short line", () => {
    assert.throws(
      () => parsePeriod("5H23"),
      (error: Error) => {
        assert.ok(error instanceof PeriodSyntaxError);
        assert.match(error.message, /^"5H23" is not a period; expected /);
        for (const family of [
          "1H23",
          "2Q23",
          "FY23",
          "1H FY2023",
          "H1 FY23",
          "FY23 Q2",
          "2023-09-30",
          "H0",
          "FY-1",
        ])
          assert.ok(error.message.includes(family), family);
        assert.ok(!error.message.includes("\n"));
        assert.ok(error.message.length < 200, `${error.message.length} characters`);
        return true;
      }
    );
  });

  it("reads relative periods", () => {
    assert.deepEqual(parsePeriod("H-2"), { kind: "relative", unit: "H", offset: -2 });
    assert.deepEqual(parsePeriod("fy0"), { kind: "relative", unit: "FY", offset: 0 });
  });

  it("puts IIJ's fiscal year from April to March", () => {
    assert.equal(endDate(flow(2023, "1H")), "2023-09-30");
    assert.equal(endDate(flow(2023, "2Q")), "2023-09-30");
    assert.equal(endDate(flow(2023, "1Q")), "2023-06-30");
    assert.equal(endDate(flow(2023, "3Q")), "2023-12-31");
    assert.equal(endDate(flow(2023, "4Q")), "2024-03-31");
    assert.equal(endDate(flow(2022, "FY")), "2023-03-31");
    assert.equal(endDate(flow(2023, "2H")), "2024-03-31");
  });

  it("turns an Excel date serial into its date", () => {
    // 45199 is 30 September 2023 in Excel's 1900 date system.
    assert.equal(excelSerialToIso(45199), "2023-09-30");
    assert.equal(code(45199), "2023-09-30");
  });

  it("steps back through periods of the same kind", () => {
    assert.equal(periodCode(stepBack(flow(2023, "1H"), 1)), "2H22");
    assert.equal(periodCode(stepBack(flow(2023, "1H"), 2)), "1H22");
    assert.equal(periodCode(stepBack(flow(2023, "2Q"), 2)), "4Q22");
    assert.equal(periodCode(stepBack(flow(2023, "FY"), 1)), "FY22");
    assert.equal(periodCode(yearEarlier(parsePeriod("2023-09-30") as Period)), "2022-09-30");
  });

  it("rejects what is not a period, saying what is accepted", () => {
    for (const bad of ["5H23", "H3", "2023-02-30", "", "abc"]) {
      assert.throws(
        () => parsePeriod(bad),
        (error: Error) =>
          error instanceof PeriodSyntaxError && /expected|empty|calendar/.test(error.message)
      );
    }
    assert.throws(() => parsePeriod(1.5), PeriodSyntaxError);
  });
});

describe("periods for the filings that come next, and as Japan's research spells them", () => {
  it("reads nine months (what third-quarter reports print): 9M23 is April-December 2023", () => {
    for (const text of [
      "9M23",
      "9M FY2023",
      "9MFY23",
      "FY23 9M",
      "3QFY23 YTD",
      "3Q FY2023 YTD",
      "Q3 FY23 cumulative",
      "1-3Q FY23",
      "Q1-Q3 FY2023",
      "2024年3月期 第3四半期累計",
      "24/3期 9M",
      "9M FY3/24",
    ])
      assert.equal(code(text), "9M23", text);
    assert.equal(endDate(parsePeriod("9M23") as Period), "2023-12-31");
    // Year to date of the other quarters: the half, the year.
    assert.equal(code("2QFY23 YTD"), "1H23");
    assert.equal(code("4Q FY23 YTD"), "FY23");
    // "FY2021-3Q" is the third quarter, not "FY202" and nine months.
    assert.equal(code("FY2021-3Q"), "3Q21");
  });

  it("reads the year by the month it ends: FY3/24, FYE3/24, FYE Mar-24 are IIJ's FY23; FY24 stays the year from April 2024", () => {
    for (const text of ["FY3/24", "FYE3/24", "FYE Mar-24", "FY3/2024", "FYE March 2024"])
      assert.equal(code(text), "FY23", text);
    assert.equal(code("1H FY3/24"), "1H23");
    assert.equal(code("2Q FY3/24"), "2Q23");
    assert.equal(code("FY24"), "FY24");
    assert.equal(endDate(parsePeriod("FY24") as Period), "2025-03-31");
  });

  it("refuses a spelling that could mean either year, saying what FY24 means here", () => {
    assert.throws(
      () => parsePeriod("FY2024/3"),
      (e: Error) =>
        e instanceof PeriodSyntaxError &&
        e.message ===
          `"FY2024/3" could mean FY24 (IIJ's fiscal year from April 2024, as "FY24" always does here) or the year to March 2024 (FY23); write "FY24" or "FY3/24"`
    );
    assert.throws(() => parsePeriod("FYE Dec-23"), /IIJ's fiscal year ends in March/);
  });

  it("reads dates as research writes them: Sep-23, 30-Sep-23, 9/30/2023 (month first), 30/9/2023", () => {
    for (const text of [
      "Sep-23",
      "Sept-23",
      "30-Sep-23",
      "30 Sep 2023",
      "9/30/2023",
      "30/9/2023",
      "9/30/23",
    ])
      assert.equal(code(text), "2023-09-30", text);
    assert.equal(code("Mar-24"), "2024-03-31");
    assert.equal(code("Feb-24"), "2024-02-29");
    assert.throws(
      () => parsePeriod("9/10/2023"),
      /"9\/10\/2023" reads as a date both ways round \(month\/day and day\/month\)/
    );
    assert.throws(() => parsePeriod("31-Sep-23"), /"31-Sep-23" is not a calendar date/);
    assert.throws(() => parsePeriod("13/13/2023"), /is not a calendar date/);
  });

  it("reads the twelve months to a quarter's or half's end: LTM 1H23 = LTM2Q23 = LTM Sep-23", () => {
    for (const text of [
      "LTM 1H23",
      "LTM2Q23",
      "LTM Sep-23",
      "LTM 30-Sep-23",
      "TTM 1H FY3/24",
      "ltm 2Q FY2023",
    ])
      assert.equal(code(text), "LTM2Q23", text);
    assert.equal(code("LTM 9M23"), "LTM3Q23");
    assert.equal(code("LTM FY23"), "LTM4Q23");
    assert.equal(code("LTM 2H23"), "LTM4Q23");
    assert.equal(endDate(parsePeriod("LTM2Q23") as Period), "2023-09-30");
    assert.equal(endDate(parsePeriod("LTM4Q23") as Period), "2024-03-31");
    assert.deepEqual(parsePeriod("LTM0"), { kind: "relative", unit: "LTM", offset: 0 });
    assert.deepEqual(parsePeriod("LTM-1"), { kind: "relative", unit: "LTM", offset: -1 });
    assert.deepEqual(parsePeriod("9M-1"), { kind: "relative", unit: "9M", offset: -1 });
    assert.throws(() => parsePeriod("LTM Aug-23"), /twelve months to the end of a quarter or half/);
  });

  it("steps LTM periods back a quarter at a time, and orders them after what ends the same day", () => {
    assert.equal(periodCode(stepBack(parsePeriod("LTM1Q23") as FlowPeriod, 1)), "LTM4Q22");
    assert.equal(periodCode(stepBack(parsePeriod("9M23") as FlowPeriod, 1)), "9M22");
    const sorted = ["LTM2Q23", "FY23", "1H23", "9M23", "3Q23", "2Q23", "LTM4Q23", "LTM3Q23"]
      .map((c) => parsePeriod(c) as Period)
      .sort(comparePeriods)
      .map(periodCode);
    assert.deepEqual(sorted, [
      "2Q23",
      "1H23",
      "LTM2Q23",
      "3Q23",
      "9M23",
      "LTM3Q23",
      "FY23",
      "LTM4Q23",
    ]);
  });
});
