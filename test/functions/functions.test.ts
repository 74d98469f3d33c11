/**
 * Each IIJ.* function through the wrappers Excel calls, with expected figures read off the filings
 * (data/reports/*.txt; line numbers in the test names).
 */
import { strict as assert } from "node:assert";
import { isoToExcelSerial, periodCode } from "../../src/data/period";
import * as fn from "../../src/functions/functions";
import { query } from "../../src/functions/iij";
import {
  CustomFunctionsErrorStandIn,
  installCustomFunctions,
} from "../support/custom-functions-stand-in";

function excelError(call: () => unknown): CustomFunctionsErrorStandIn {
  try {
    call();
  } catch (error) {
    assert.ok(
      error instanceof CustomFunctionsErrorStandIn,
      `expected a CustomFunctions.Error, got ${String(error)}`
    );
    return error;
  }
  assert.fail("expected an error");
}

describe("IIJ.* through the wrappers Excel calls", () => {
  let restoreCustomFunctions: () => void;
  before(() => (restoreCustomFunctions = installCustomFunctions()));
  after(() => restoreCustomFunctions());

  describe("IIJ.REVENUE", () => {
    it("1H23 Network is 73,981 JPY mn (2023 line 676)", () =>
      assert.equal(fn.REVENUE("1H23", "Network"), 73981));
    it("defaults to Total: 1H23 128,198 (2023 line 679)", () =>
      assert.equal(fn.REVENUE("1H23"), 128198));
    it("1H19 Network in millions is 61203.901 exactly (printed 61,203,901 thousand, 2019 line 646)", () =>
      assert.equal(fn.REVENUE("1H19", "Network"), 61203.901));
    it("takes units: 1H19 Network in JPY k, JPY and billions", () => {
      assert.equal(fn.REVENUE("1H19", "Network", "JPY k"), 61203901);
      assert.equal(fn.REVENUE("1H19", "Network", 1), 61203901000);
      assert.equal(fn.REVENUE("1H23", "Network", "billions"), 73.981);
    });
    it("a unit's sign is not dropped: 1H23 SI is 52,750 mn (2023 line 677), so 1000 gives 52,750,000 and -1000 #VALUE!", () => {
      assert.equal(fn.REVENUE("1H23", "SI", 1000), 52750000);
      assert.equal(fn.REVENUE("1H23", "SI", "1,000"), 52750000);
      for (const unit of [-1000, "-1000", 0, 7, 0.001, -1000000]) {
        const error = excelError(() => fn.REVENUE("1H23", "SI", unit));
        assert.equal(error.code, "#VALUE!", String(unit));
        assert.match(
          error.message!,
          /^unit: .*(negative|zero|not a power of 1000).*; accepted: /,
          String(unit)
        );
      }
    });
    it("accepts printed names and four-digit years: 2Q2019 System integration 17,806,404 thousand (2019 line 680)", () =>
      assert.equal(fn.REVENUE("2Q2019", "Systems integration", "JPY k"), 17806404));
    it("reads periods as analysts write them (2023 lines 676-679, 711-714, 634)", () => {
      assert.equal(fn.REVENUE("1H FY2023", "Network"), 73981);
      assert.equal(fn.REVENUE("1HFY23", "Network"), 73981);
      assert.equal(fn.REVENUE("H1 FY23", "SI"), 52750);
      assert.equal(fn.REVENUE("FY23 H1"), 128198);
      assert.equal(fn.REVENUE("FY2023-1H", "ATM"), 1467);
      assert.equal(fn.REVENUE("2QFY23"), 66778);
      assert.equal(fn.REVENUE("Q2 FY23", "SI"), 28409);
      assert.equal(fn.REVENUE("FY23 Q2", "Network"), 37627);
      assert.equal(fn.REVENUE("2Q FY2023", "ATM"), 742);
      assert.equal(fn.VALUE("Total assets", "FY23 Q2"), 259108);
      const error = excelError(() => fn.REVENUE("1H FY2O23", "Network"));
      assert.equal(error.code, "#VALUE!");
      assert.match(error.message!, /^period: "1H FY2O23" is not a period; expected .*1H FY2023/);
    });
    it("service lines from the revenue note: 1H23 WAN 14,120, Outsourcing 25,626 (2023 lines 1089-1090)", () => {
      assert.equal(fn.REVENUE("1H23", "WAN"), 14120);
      assert.equal(fn.REVENUE("1H23", "Outsourcing"), 25626);
      assert.equal(fn.REVENUE("1H22", "Enterprise connectivity"), 19269);
      assert.equal(fn.REVENUE("1H23", "Consumer connectivity"), 12269);
      assert.equal(fn.REVENUE("1H23", "Systems construction"), 17987);
      assert.equal(fn.REVENUE("1H23", "Systems operation and maintenance"), 34763);
    });
    it("the network breakdown for half-years: IP services, IIJ Mobile, Enterprise mobile, MVNE, IIJmio (2023 lines 226-232)", () => {
      assert.equal(fn.REVENUE("1H23", "IP services"), 7893);
      assert.equal(fn.REVENUE("1H23", "IIJ Mobile"), 11835);
      assert.equal(fn.REVENUE("1H23", "Enterprise mobile"), 6586);
      assert.equal(fn.REVENUE("1H23", "MVNE"), 5249);
      assert.equal(fn.REVENUE("1H23", "IIJmio"), 10607);
      assert.equal(fn.REVENUE("1H19", "IIJmio Mobile Service"), 11710);
    });
    it("three-month systems operation and maintenance, cut off in the note, follows from SI less construction", () => {
      // 2Q23 SI 28,409 (2023 line 712); the derived figure and construction must add back up to it.
      const om = fn.REVENUE("2Q23", "Systems operation and maintenance");
      const construction = fn.REVENUE("2Q23", "Systems construction");
      assert.equal(om + construction, 28409);
      assert.ok(om > 0 && construction > 0);
    });
    it("derives 1Q = 1H - 2Q: 1Q23 Total = 128,198 - 66,778 = 61,420", () =>
      assert.equal(fn.REVENUE("1Q23"), 61420));
    it("derives 2H = FY - 1H from the selected data: 2H22 Total = 252,708 - 121,962 = 130,746", () =>
      assert.equal(fn.REVENUE("2H22"), 130746));
    it("derives in exact decimal across units: 1Q19 Network = 61,203,901 - 30,524,316 thousand", () =>
      assert.equal(fn.REVENUE("1Q19", "Network"), 30679.585));
    it("resolves relative periods: H0 is 1H23, H-2 is 1H22", () => {
      assert.equal(fn.REVENUE("H0", "Network"), 73981);
      assert.equal(fn.REVENUE("H-2", "Network"), 67707);
      assert.equal(fn.REVENUE("FY0"), 252708);
    });
    it("#N/A names what is missing and the periods that exist", () => {
      const error = excelError(() => fn.REVENUE("2H23", "Network"));
      assert.equal(error.code, "#N/A");
      assert.match(error.message!, /2H23/);
      assert.match(error.message!, /1H23/);
    });
    it("#VALUE! names the bad argument and the closest choices", () => {
      const line = excelError(() => fn.REVENUE("1H23", "Netwrk"));
      assert.equal(line.code, "#VALUE!");
      assert.match(line.message!, /^line: /);
      assert.match(line.message!, /"Network"/);
      const period = excelError(() => fn.REVENUE("5H23"));
      assert.match(period.message!, /^period: /);
      const unit = excelError(() => fn.REVENUE("1H23", "Network", "USD"));
      assert.match(unit.message!, /^unit: .*JPY mn/);
    });
  });

  describe("IIJ.COST and IIJ.GROSSPROFIT", () => {
    it("cost is positive: 1H23 Network 53,037 (printed (53,037), 2023 line 681)", () =>
      assert.equal(fn.COST("1H23", "Network"), 53037));
    it("cost Total 1H18 in thousands 76,976,948 (2019 line 654)", () =>
      assert.equal(fn.COST("1H18", "Total", "JPY k"), 76976948));
    it("gross profit Total 2Q23 15,389 (2023 line 720)", () =>
      assert.equal(fn.GROSSPROFIT("2Q23"), 15389));
    it("gross profit by line is revenue less cost: 1H23 Network 20,944, SI 7,578, ATM 667 (2023 lines 183-185)", () => {
      assert.equal(fn.GROSSPROFIT("1H23", "Network"), 20944);
      assert.equal(fn.GROSSPROFIT("1H23", "SI"), 7578);
      assert.equal(fn.GROSSPROFIT("1H23", "ATM"), 667);
    });
  });

  describe("IIJ.OPERATINGPROFIT", () => {
    it("Total 1H23 12,080 (2023 line 689)", () => assert.equal(fn.OPERATINGPROFIT("1H23"), 12080));
    it("segments 1H23: Network & SI 11,543, ATM 537 (2023 lines 202-203)", () => {
      assert.equal(fn.OPERATINGPROFIT("1H23", "Network & SI"), 11543);
      assert.equal(fn.OPERATINGPROFIT("1H23", "ATM"), 537);
    });
    it("adjustments 1H19 (73,756) thousand (2019 line 944)", () =>
      assert.equal(fn.OPERATINGPROFIT("1H19", "Adjustments", "JPY k"), -73756));
  });

  describe("IIJ.VALUE", () => {
    it("sign as printed: Treasury shares at 2023-09-30 is -12,027 (2023 line 665)", () =>
      assert.equal(fn.VALUE("Treasury shares", "2023-09-30"), -12027));
    it("a balance takes a period's end date: 1H23 and 2Q23 are 30 September, FY22 is 31 March 2023", () => {
      assert.equal(fn.VALUE("Total assets", "1H23"), 259108);
      assert.equal(fn.VALUE("Total assets", "2Q23"), 259108);
      assert.equal(fn.VALUE("Total assets", "FY22"), 246318);
    });
    it("a balance takes relative periods: H0 is 30 Sep 2023, H-1 31 Mar 2023, FY0 31 Mar 2023 (2023 line 634)", () => {
      assert.equal(fn.VALUE("Total assets", "H0"), 259108);
      assert.equal(fn.VALUE("Total assets", "H-1"), 246318);
      assert.equal(fn.VALUE("Total assets", "FY0"), 246318);
      assert.equal(fn.VALUE("Total assets", "Q0"), 259108);
    });
    it("a balance takes an Excel date serial (45199 = 2023-09-30)", () =>
      assert.equal(fn.VALUE("Total assets", 45199), 259108));
    it("a label printed twice needs its qualifier, and the error lists them", () => {
      assert.equal(fn.VALUE("Borrowings (current)", "2023-09-30"), 29581);
      const error = excelError(() => fn.VALUE("Borrowings", "2023-09-30"));
      assert.equal(error.code, "#VALUE!");
      assert.match(error.message!, /Borrowings \(current\).*Borrowings \(non-current\)/);
    });
    it("a label in two statements means profit or loss bare, the other with a prefix (2023 lines 691, 831)", () => {
      assert.equal(fn.VALUE("Finance expenses", "1H23"), -327);
      assert.equal(fn.VALUE("Cash flows: Finance expenses", "1H23"), 327);
    });
    it("matching ignores case, spaces and wording drift between the filings", () => {
      assert.equal(fn.VALUE("profit (loss) for the YEAR", "1H23"), 8409);
      assert.equal(
        fn.VALUE("  Selling, general and administrative  expense ", "1H19", "JPY k"),
        -11900630
      );
    });
    it("per-share figures are never scaled, and a unit on them is an error", () => {
      assert.equal(fn.VALUE("Basic earnings per share", "2Q23"), 26.8);
      const error = excelError(() => fn.VALUE("Basic earnings per share", "2Q23", "JPY k"));
      assert.match(error.message!, /^unit: /);
    });
    it("per-share figures are never derived for a quarter: #N/A", () => {
      assert.equal(excelError(() => fn.VALUE("Basic earnings per share", "1Q23")).code, "#N/A");
    });
    it("a flow asked at a date is a bad period", () => {
      assert.match(
        excelError(() => fn.VALUE("Total revenues", "2023-09-30")).message!,
        /^period: /
      );
    });
  });

  describe("IIJ.KPI", () => {
    it("total contracted bandwidth 9,429.3 Gbps at 2023-09-30 (2023 line 250)", () =>
      assert.equal(fn.KPI("Total contracted bandwidth", "1H23"), 9429.3));
    it("IIJmio subscriptions 1,222,376 (2023 line 248)", () =>
      assert.equal(fn.KPI("IIJmio Mobile services", "2023-09-30"), 1222376));
    it("SI order backlog 102,135 and orders received 72,128 (2023 line 395)", () => {
      assert.equal(fn.KPI("Order backlog", "1H23"), 102135);
      assert.equal(fn.KPI("Orders received", "1H23"), 72128);
    });
    it("an unknown metric is #VALUE! with suggestions", () => {
      const error = excelError(() => fn.KPI("bandwith", "1H23"));
      assert.equal(error.code, "#VALUE!");
      assert.match(error.message!, /^metric: /);
    });
  });

  describe("IIJ.YOY", () => {
    it("Network revenue 1H23 against 1H22: 73,981 / 67,707 - 1 (printed as 9.3%, 2023 line 175)", () => {
      assert.ok(Math.abs(fn.YOY("Network", "1H23") - (73981 / 67707 - 1)) < 1e-15);
      assert.equal(Math.round(fn.YOY("Network", "1H23") * 1000) / 10, 9.3);
    });
    it("Total revenues 1H19 against 1H18 (printed as 8.8%, 2019 line 159)", () =>
      assert.equal(Math.round(fn.YOY("Total revenues", "1H19") * 1000) / 10, 8.8));
    it("#N/A when the year-earlier figure is not in the dataset", () =>
      assert.equal(excelError(() => fn.YOY("Total revenues", "1H22")).code, "#N/A"));
  });

  describe("IIJ.PERIODS, IIJ.ITEMS, IIJ.TABLE, IIJ.SOURCE", () => {
    it("PERIODS lists the periods with a figure, oldest first, as a column", () => {
      const periods = fn.PERIODS("Total revenues").map((row) => row[0]);
      assert.ok(periods.includes("1H19") && periods.includes("FY22") && periods.includes("1Q23"));
      assert.ok(periods.indexOf("1H19") < periods.indexOf("1H23"));
      assert.ok(!periods.includes("2H23"));
    });
    it("ITEMS lists names VALUE accepts, qualified where needed", () => {
      const names = fn.ITEMS("Financial position").map((row) => row[0]);
      assert.ok(names.includes("Borrowings (current)"));
      assert.ok(names.includes("Total assets"));
      // Every listed name is accepted: a figure, or #N/A for a line not printed at that date, never #VALUE!.
      for (const name of names) {
        try {
          assert.equal(typeof fn.VALUE(name, "2019-09-30"), "number");
        } catch (error) {
          assert.equal(
            (error as CustomFunctionsErrorStandIn).code,
            "#N/A",
            `${name}: ${String(error)}`
          );
        }
      }
      const all = fn.ITEMS().map((row) => row[0]);
      assert.ok(all.includes("Cash flows: Finance expenses"));
    });
    it("TABLE spills labels down and periods across", () => {
      const table = fn.TABLE("Profit or loss", [["1H22", "1H23"]]);
      assert.deepEqual(table[0], ["", "1H22", "1H23"]);
      const network = table.find((row) => row[0] === "Network services");
      assert.deepEqual(network, ["Network services", 67707, 73981]);
      const byText = fn.TABLE("Network services", [["1H22, 1H23"]], "JPY bn");
      assert.deepEqual(byText[1], ["Network services", 67.707, 73.981]);
    });
    it("TABLE of the cash flows: closing cash of 2H22 is 42,472, the balance at 31 March 2023 (2023 lines 115, 613)", () => {
      const table = fn.TABLE("Cash flows", [["1H22", "2H22", "FY22"]]);
      const closing = table.find(
        (row) => row[0] === "Cash and cash equivalents, end of the period"
      );
      assert.deepEqual(closing, [
        "Cash and cash equivalents, end of the period",
        42068,
        42472,
        42472,
      ]);
      const opening = table.find(
        (row) => row[0] === "Cash and cash equivalents, beginning of the period"
      );
      // 1H22 and FY22 open on 1 April 2022 (line 877); 2H22 with 1H22's closing (line 878).
      assert.deepEqual(opening, [
        "Cash and cash equivalents, beginning of the period",
        47391,
        42068,
        47391,
      ]);
      const operating = table.find((row) => row[0] === "Cash flows from operating activities");
      assert.deepEqual(operating, [
        "Cash flows from operating activities",
        13457,
        38529 - 13457,
        38529,
      ]);
    });
    it("SOURCE names the report, statement, line, printed figure and unit", () => {
      const text = fn.SOURCE("Network", "1H19");
      assert.match(text, /61,203,901 JPY k/);
      assert.match(text, /line 646/);
      assert.match(text, /Profit or Loss/i);
    });
    it("SOURCE says how a derived figure was computed, and which period a relative one meant", () => {
      assert.match(fn.SOURCE("Network", "1Q23"), /Derived: 1Q23 = 1H23 - 2Q23/);
      assert.match(fn.SOURCE("Total revenues", "H0"), /H0 = 1H23/);
      assert.match(
        fn.SOURCE("Revenue by service: Systems operation and maintenance", "2Q23"),
        /Derived: .*Systems integration - Systems construction/
      );
    });
    it("SOURCE says which rule gave a balance: 2H18 closing cash is 31,957.789, FY18's (2019 line 76)", () => {
      const text = fn.SOURCE("Cash and cash equivalents, end of the period", "2H18");
      assert.match(text, /2H18: 31,957\.789 JPY mn/);
      assert.match(
        text,
        /Derived: 2H18 closes on 2019-03-31, as FY18 does: FY18's closing balance/
      );
      assert.match(text, /never a difference/);
      assert.equal(fn.VALUE("Cash and cash equivalents, end of the period", "2H18"), 31957.789);
    });
  });

  describe("IIJ.PERIOD", () => {
    // The 2023 report (filed 2023-11-14) is the latest: its statements are for the six months
    // ended 30 September 2023 (1H23), its selected data also for FY22 (year ended 31 March 2023).
    it("H0 of Network is 1H23, the latest half with a figure: REVENUE of it is 73,981 (2023 line 175)", () => {
      assert.equal(fn.PERIOD("H0", "Network"), "1H23");
      assert.equal(fn.REVENUE(fn.PERIOD("H0", "Network"), "Network"), 73981);
      assert.equal(fn.REVENUE("H0", "Network"), 73981);
    });
    it("steps back through halves, derived ones included: H-1 is 2H22, H-2 is 1H22 (67,707, line 175)", () => {
      assert.equal(fn.PERIOD("H-1", "Network"), "2H22");
      assert.equal(fn.PERIOD("H-2", "Network"), "1H22");
      assert.equal(fn.REVENUE(fn.PERIOD("H-2", "Network"), "Network"), 67707);
    });
    it("FY0 of operating cash flow is FY22, printed only in the selected data: 38,529 (2023 line 112)", () => {
      const fy0 = fn.PERIOD("FY0", "Cash flows from operating activities");
      assert.equal(fy0, "FY22");
      assert.equal(fn.VALUE("Cash flows from operating activities", fy0), 38529);
    });
    it("without an item, counts from the dataset's latest flow periods: 1H23, 2Q23, FY22", () => {
      assert.equal(fn.PERIOD("H0"), "1H23");
      assert.equal(fn.PERIOD("Q0"), "2Q23");
      assert.equal(fn.PERIOD("Q-1"), "1Q23");
      assert.equal(fn.PERIOD("FY0"), "FY22");
      assert.equal(fn.PERIOD("FY-1", ""), "FY21");
    });
    it("a balance resolves to its date, as an Excel date serial: H0 of total assets is 30-Sep-23 (259,108, line 634)", () => {
      const h0 = fn.PERIOD("H0", "Total assets");
      assert.equal(h0, 45199, "2023-09-30");
      assert.equal(fn.VALUE("Total assets", h0), 259108);
      const fy0 = fn.PERIOD("FY0", "Total assets");
      assert.equal(fy0, 45016, "2023-03-31");
      assert.equal(fn.VALUE("Total assets", fy0), 246318);
      // A period picked for a balance means its end date, as IIJ.VALUE reads it.
      assert.equal(fn.PERIOD("1H23", "Total assets"), 45199);
      assert.equal(fn.PERIOD("FY-1", "Total assets"), 44651, "2022-03-31: a date, figure or not");
    });
    it("gives the code of a fixed period in any accepted spelling, and a date as a date", () => {
      for (const spelling of [
        "1H23",
        "1h23",
        "1H FY2023",
        "H1 FY23",
        "FY23 H1",
        "FY2023-1H",
        "2023年度上期",
      ])
        assert.equal(fn.PERIOD(spelling), "1H23", spelling);
      assert.equal(fn.PERIOD("Q2 FY23"), "2Q23");
      assert.equal(fn.PERIOD("2024年3月期 第2四半期"), "2Q23");
      assert.equal(fn.PERIOD([["FY22"]]), "FY22");
      assert.equal(fn.PERIOD("2023-09-30"), 45199);
      assert.equal(fn.PERIOD(45199), 45199);
    });
    it("gives a code that reads back as the same period, in any century", () => {
      assert.equal(fn.PERIOD("FY-30"), "FY1992");
      assert.equal(fn.PERIOD(fn.PERIOD("FY-30")), "FY1992");
      assert.equal(fn.PERIOD("H-50"), "1H1998");
    });
    it("#VALUE! naming the argument and what is accepted", () => {
      const bad = excelError(() => fn.PERIOD("1X23"));
      assert.equal(bad.code, "#VALUE!");
      assert.match(
        bad.message ?? "",
        /^period: "1X23" is not a period; expected a period such as 1H23/
      );
      assert.match(excelError(() => fn.PERIOD("")).message ?? "", /^period: is empty; expected/);
      assert.match(
        excelError(() => fn.PERIOD([["1H22", "1H23"]])).message ?? "",
        /^period: expects a single value, not a range/
      );
      const item = excelError(() => fn.PERIOD("H0", "Revenu"));
      assert.equal(item.code, "#VALUE!");
      assert.match(item.message ?? "", /^item: "Revenu"/);
      assert.match(
        excelError(() => fn.PERIOD("2023-09-30", "Total revenues")).message ?? "",
        /^period: Total revenues is reported for periods, not at a date/
      );
      assert.match(
        excelError(() => fn.PERIOD(true)).message ?? "",
        /^period: TRUE is not a period/
      );
    });
    it("names the very period IIJ.VALUE answers for, for every item and relative period", () => {
      const q = query();
      let compared = 0;
      for (const [name] of fn.ITEMS())
        for (const relative of ["FY0", "FY-1", "H0", "H-1", "H-3", "Q0", "Q-2"]) {
          let answered;
          try {
            answered = q.value(String(name), relative).period;
          } catch {
            continue;
          }
          const expected =
            answered.kind === "instant" ? isoToExcelSerial(answered.date) : periodCode(answered);
          assert.equal(fn.PERIOD(relative, name), expected, `${name} ${relative}`);
          compared++;
        }
      assert.ok(compared > 500, `${compared} compared`);
    });
    it("#N/A when no period of the kind has a figure: employees are printed at 30 September only", () => {
      const error = excelError(() => fn.PERIOD("FY0", "Employees (consolidated)"));
      assert.equal(error.code, "#N/A");
      assert.match(error.message ?? "", /No FY period has a figure for Employees \(consolidated\)/);
    });
  });
});
