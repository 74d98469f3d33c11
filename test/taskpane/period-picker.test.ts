import assert from "node:assert/strict";
import { PeriodPicker } from "../../src/taskpane/period-picker";
import { keptPeriods, periodOptions, type TableKind } from "../../src/taskpane/table";

describe("task pane: period picker", () => {
  // The two latest fiscal years in time order, and periods with figures as the dataset has them
  // for revenue (1H and 2Q printed, 1Q and 2H derived), given in no particular order.
  const lastTwoYears = "1Q22 2Q22 1H22 2H22 FY22 1Q23 2Q23 1H23".split(" ");
  const flows = [...lastTwoYears.slice().reverse(), "1H19", "1H18", "2H18"];

  it("lays out fiscal years down (newest first) and each year's spans in the order they end", () => {
    const picker = new PeriodPicker(flows);
    const rows = picker.rows();
    assert.deepEqual(
      rows.map((r) => r.label),
      ["FY23", "FY22", "FY21", "FY20", "FY19", "FY18"]
    );
    assert.deepEqual(
      rows[0].cells.map((c) => c.span),
      ["1Q", "2Q", "1H", "3Q", "4Q", "2H", "FY"]
    );
    assert.equal(rows[0].cells[6].enabled, false, "no FY23 yet");
    picker.click("FY23");
    assert.deepEqual(picker.selection(), []);
  });

  it("keeps the selection chronological: 1Q 2Q 1H 3Q 4Q 2H FY within a year", () => {
    const picker = new PeriodPicker(flows);
    for (const code of ["FY22", "1H23", "2H22", "1Q22", "1H22", "2Q22", "2Q23", "1Q23"])
      picker.click(code);
    assert.deepEqual(picker.selection(), lastTwoYears);
  });

  it("toggles, and shift-click picks the rectangle from the last click", () => {
    const picker = new PeriodPicker(flows);
    picker.click("1H23");
    picker.click("1H22");
    assert.deepEqual(picker.selection(), ["1H22", "1H23"]);
    picker.click("1H23");
    assert.deepEqual(picker.selection(), ["1H22"]);
    picker.clear();
    picker.click("1H18");
    picker.click("1H23", true);
    assert.deepEqual(picker.selection(), ["1H18", "1H19", "1H22", "1H23"]);
    picker.clear();
    picker.click("2Q22");
    picker.click("1H23", true);
    assert.deepEqual(
      picker.selection(),
      ["2Q22", "1H22", "2Q23", "1H23"],
      "columns 2Q..1H, rows FY22..FY23"
    );
  });

  it("periodicity keeps one kind of period: halves only, then years only", () => {
    const picker = new PeriodPicker(flows);
    picker.lastTwoYears();
    assert.deepEqual(picker.selection(), lastTwoYears);
    picker.setPeriodicity("halves");
    assert.deepEqual(
      picker.selection(),
      ["1H22", "2H22", "1H23"],
      "the quarters and FY22 drop out"
    );
    assert.equal(picker.isEnabled("2Q23"), false);
    picker.click("2Q23");
    assert.deepEqual(picker.selection(), ["1H22", "2H22", "1H23"], "a quarter cannot be picked");
    picker.all();
    assert.deepEqual(picker.selection(), ["1H18", "2H18", "1H19", "1H22", "2H22", "1H23"]);
    picker.setPeriodicity("years");
    picker.all();
    assert.deepEqual(picker.selection(), ["FY22"]);
    picker.setPeriodicity("quarters");
    picker.lastTwoYears();
    assert.deepEqual(picker.selection(), ["1Q22", "2Q22", "1Q23", "2Q23"]);
  });

  it("offers balance dates: fiscal years down, 30 Jun / 30 Sep / 31 Dec / 31 Mar across", () => {
    const dates = ["2022-03-31", "2022-09-30", "2023-03-31", "2023-09-30", "2019-03-31"];
    const picker = new PeriodPicker(dates);
    assert.equal(picker.mode, "balance");
    const rows = picker.rows();
    assert.deepEqual(
      rows.map((r) => r.label),
      ["FY23", "FY22", "FY21", "FY20", "FY19", "FY18"]
    );
    assert.deepEqual(
      rows[0].cells.map((c) => c.code),
      ["2023-06-30", "2023-09-30", "2023-12-31", "2024-03-31"]
    );
    assert.deepEqual(
      rows[0].cells.map((c) => c.enabled),
      [false, true, false, false]
    );
    picker.click("2023-09-30");
    picker.click("2023-03-31");
    picker.click("2022-09-30");
    assert.deepEqual(picker.selection(), ["2022-09-30", "2023-03-31", "2023-09-30"]);
    picker.setPeriodicity("years");
    assert.deepEqual(picker.selection(), ["2023-03-31"], "only 31 March closes a fiscal year");
    picker.all();
    assert.deepEqual(picker.selection(), ["2019-03-31", "2022-03-31", "2023-03-31"]);
  });

  it("switching between flows and dates starts a new selection", () => {
    const picker = new PeriodPicker(flows);
    picker.click("1H23");
    picker.setAvailable(["2023-09-30"]);
    assert.deepEqual(picker.selection(), []);
    picker.click("2023-09-30");
    picker.setAvailable(flows);
    assert.equal(picker.mode, "flow");
    assert.deepEqual(picker.selection(), []);
  });

  it("offers LTM as a periodicity: the twelve months to each quarter's end, one column a quarter", () => {
    const picker = new PeriodPicker([...flows, "LTM4Q22", "LTM1Q23", "LTM2Q23"]);
    assert.deepEqual(
      picker.columns(),
      ["1Q", "2Q", "1H", "3Q", "4Q", "2H", "FY"],
      "as picked: no LTM columns, and no 9M where no nine-month figure exists"
    );
    assert.equal(picker.isEnabled("LTM2Q23"), false, "LTM is picked under its own periodicity");
    picker.setPeriodicity("ltm");
    assert.deepEqual(picker.columns(), ["LTM1Q", "LTM2Q", "LTM3Q", "LTM4Q"]);
    const fy22 = picker.rows().find((row) => row.label === "FY22")!;
    assert.deepEqual(
      fy22.cells.map((c) => `${c.code}${c.enabled ? "" : "·"}`),
      ["LTM1Q22·", "LTM2Q22·", "LTM3Q22·", "LTM4Q22"]
    );
    picker.all();
    assert.deepEqual(picker.selection(), ["LTM4Q22", "LTM1Q23", "LTM2Q23"]);
    picker.setPeriodicity("quarters");
    assert.deepEqual(picker.selection(), [], "LTM periods are not quarters");
  });

  it("shows the 9M column where a nine-month figure exists, between 3Q and 4Q", () => {
    const picker = new PeriodPicker([...flows, "3Q23", "9M23"]);
    assert.deepEqual(picker.columns(), ["1Q", "2Q", "1H", "3Q", "9M", "4Q", "2H", "FY"]);
    picker.click("9M23");
    picker.click("1H23");
    assert.deepEqual(picker.selection(), ["1H23", "9M23"]);
    picker.setPeriodicity("halves");
    assert.deepEqual(picker.selection(), ["1H23"], "nine months are no half");
  });

  describe("'Last 2 years' picks only periods the table keeps", () => {
    const lastTwo = (kind: TableKind) => {
      const picker = new PeriodPicker(periodOptions(kind).map((o) => o.code));
      const request = { kind, unit: "JPY mn" as const, anchor: { row: 2, column: 1 } };
      picker.lastTwoYears((codes) => keptPeriods(request, codes));
      return picker.selection();
    };

    it("revenue by line: not FY22 and 2H22, of which the filings print only the total", () => {
      // The 2023 report prints FY22 revenues only as the total of the selected data (line 101);
      // the revenue table leaves such a column out, so the pick does not offer it.
      assert.deepEqual(lastTwo("revenue"), ["1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"]);
    });

    it("balance sheet: not 30 Sep 2022, for which the 2023 report prints only totals", () => {
      // Without the table's check, FY22 would bring 30-Sep-22, which the table leaves out.
      const picker = new PeriodPicker(periodOptions("balance").map((o) => o.code));
      picker.lastTwoYears();
      assert.deepEqual(picker.selection(), ["2022-09-30", "2023-03-31", "2023-09-30"]);
      assert.deepEqual(lastTwo("balance"), ["2023-03-31", "2023-09-30"]);
    });

    it("a check that keeps nothing picks nothing", () => {
      const picker = new PeriodPicker(flows);
      picker.lastTwoYears(() => []);
      assert.deepEqual(picker.selection(), []);
    });
  });
});
