import { strict as assert } from "node:assert";
import {
  endDate,
  excelSerialToIso,
  flow,
  parsePeriod,
  periodCode,
  stepBack,
  yearEarlier,
  PeriodSyntaxError,
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
