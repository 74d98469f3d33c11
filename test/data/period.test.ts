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
