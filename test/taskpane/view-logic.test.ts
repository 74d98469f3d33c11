import assert from "node:assert/strict";
import {
  cellRef,
  columnIndex,
  columnLetters,
  parseRange,
  rangeAddress,
} from "../../src/taskpane/a1";
import { FUNCTION_EXAMPLES } from "../../src/shared/function-reference";
import { parseIIJCalls, referencedAddresses, sourceFor } from "../../src/taskpane/source-card";
import { columnChartSvg } from "../../src/taskpane/chart-svg";
import { setLanguage } from "../../src/taskpane/i18n";
import contract from "../functions/contract.json";

describe("task pane: A1 addresses", () => {
  it("converts columns and ranges both ways", () => {
    assert.equal(columnLetters(0), "A");
    assert.equal(columnLetters(27), "AB");
    assert.equal(columnIndex("AB"), 27);
    assert.equal(cellRef(2, 1, true, true), "$B$3");
    assert.deepEqual(parseRange("'My sheet'!$B$3:D7"), {
      row: 2,
      column: 1,
      rowCount: 5,
      columnCount: 3,
      sheet: "My sheet",
    });
    assert.equal(rangeAddress({ row: 2, column: 1, rowCount: 5, columnCount: 3 }), "B3:D7");
  });
});

describe("task pane: source card", () => {
  it("parses the IIJ calls of a formula, strings, numbers and references", () => {
    const calls = parseIIJCalls(
      '=IIJ.GROSSPROFIT(C$3,$B4,"JPY mn")/IIJ.REVENUE(C$3,"Net""work",1000000)'
    );
    assert.deepEqual(
      calls.map((c) => c.name),
      ["GROSSPROFIT", "REVENUE"]
    );
    assert.deepEqual(calls[1].args, [
      { kind: "ref", address: "C$3" },
      { kind: "string", value: 'Net"work' },
      { kind: "number", value: 1000000 },
    ]);
    assert.deepEqual(referencedAddresses(calls), ["C$3", "$B4"]);
    assert.deepEqual(parseIIJCalls("=SUM(A1:A3)"), []);
  });

  it("names the report, statement, printed line and value", () => {
    const [call] = parseIIJCalls("=IIJ.REVENUE(C$3,$B4,$B$3)");
    const card = sourceFor(
      call,
      new Map<string, unknown>([
        ["C$3", "1H22"],
        ["$B4", "Network"],
        ["$B$3", "JPY mn"],
      ])
    );
    assert.equal(card.error, undefined);
    const [answer] = card.answers;
    assert.equal(answer.value, "67,707 JPY mn");
    assert.equal(answer.derived, false);
    const [figure] = answer.figures;
    assert.match(figure.report, /FY2023/);
    assert.equal(figure.line, 676);
    assert.equal(figure.label, "Network services");
    assert.equal(figure.printed, "67,707");
    assert.match(answer.description, /line 676/);
  });

  it("says when a figure is derived, and reports a bad argument", () => {
    const [call] = parseIIJCalls('=IIJ.REVENUE("1Q23","Network")');
    assert.equal(sourceFor(call, new Map()).answers[0].derived, true);
    const [bad] = parseIIJCalls('=IIJ.REVENUE("1H23","Nowhere")');
    assert.match(sourceFor(bad, new Map()).error ?? "", /Nowhere/);
  });

  it("says which period a rolling header's IIJ.PERIOD stands for", () => {
    const [call] = parseIIJCalls('=IIJ.PERIOD(C$4,"Total revenues")');
    const card = sourceFor(call, new Map<string, unknown>([["C$4", "H-2"]]));
    assert.deepEqual(card.answers, []);
    assert.match(card.note ?? "", /^H-2 stands for 1H22 for Total revenues/);
    const [balance] = parseIIJCalls('=IIJ.PERIOD(D$4,"Total assets")');
    assert.match(
      sourceFor(balance, new Map<string, unknown>([["D$4", "H0"]])).note ?? "",
      /^H0 stands for 30-Sep-23 for Total assets/
    );
    const [bare] = parseIIJCalls('=IIJ.PERIOD("FY0")');
    assert.match(sourceFor(bare, new Map()).note ?? "", /^FY0 stands for FY22, counted from/);
  });
});

describe("task pane: source card in Japanese", () => {
  afterEach(() => setLanguage("en"));
  const card = (formula: string) => sourceFor(parseIIJCalls(formula)[0], new Map());

  it("tells how a rule derived a figure in Japanese, figures and units as the reports give them", () => {
    setLanguage("ja");
    // 2023 report: 1H23 network services 73,981 (line 676), 2Q23 37,627 (line 711).
    const [quarter] = card('=IIJ.REVENUE("1Q23","Network")').answers;
    assert.equal(quarter.value, `${(73981 - 37627).toLocaleString("en-US")} 百万円`);
    assert.equal(
      quarter.derivation,
      "1Q23 = 1H23 − 2Q23 = 73,981 − 37,627 百万円 (第1四半期は上期から第2四半期を差し引いた額)"
    );
    // Cash at 31 March 2023, 42,472: printed as FY22's closing balance (line 878 prints it as
    // 1H23's opening balance), never FY22 less 1H22.
    const [closing] = card(
      '=IIJ.VALUE("Cash and cash equivalents, end of the period","2H22")'
    ).answers;
    assert.match(closing.derivation ?? "", /^2H22 の期末 \(2023\/03\/31\) は FY22 の期末と同じ日/);
    assert.match(closing.derivation ?? "", /期末残高 42,472 百万円/);
    const [figure] = closing.figures;
    assert.match(figure.filed, /^\d{4}\/\d{2}\/\d{2}$/);
    // A quarter's gross profit is a sum of lines: told as IIJ.SOURCE tells it, not as a rule.
    const [sum] = card('=IIJ.GROSSPROFIT("1Q23","Network")').answers;
    assert.equal(sum.derivation, undefined);
    assert.match(sum.formula ?? "", /^Network gross profit = /);
    // A bad argument: the functions' message, in Japanese.
    assert.match(card('=IIJ.REVENUE("1H23","Nowhere")').error ?? "", /"Nowhere" は見つかりません/);
    assert.match(card("=IIJ.REVENUE(A1+1)").error ?? "", /計算式です/);
  });

  it("says the same in English", () => {
    const [quarter] = card('=IIJ.REVENUE("1Q23","Network")').answers;
    assert.match(
      quarter.derivation ?? "",
      /^1Q23 = 1H23 − 2Q23 = 73,981 − 37,627 JPY mn \(a flow's/
    );
    assert.equal(quarter.value, "36,354 JPY mn");
  });
});

describe("task pane: source card on share bases and adjusted figures", () => {
  afterEach(() => setLanguage("en"));
  const card = (formula: string) => sourceFor(parseIIJCalls(formula)[0], new Map());

  // 2023 report: interim dividend 29.25 yen for 1H22, before the 2-for-1 split effective
  // 1 October 2022 (lines 1060, 1062), 17.18 yen for 1H23 (line 1078).
  it("shows a per-share figure's basis and the factor to the latest, in sight", () => {
    const [printed] = card('=IIJ.VALUE("Interim dividend per share","1H22")').answers;
    assert.equal(
      printed.shares,
      'Share basis: shares as of 2022-09-30. On the latest basis (2023-11-14, unit "adjusted"): ÷ 2 (2-for-1 split effective 2022-10-01, report line 1062).'
    );
    const [adjusted] = card('=IIJ.VALUE("Interim dividend per share","1H22","adjusted")').answers;
    assert.equal(adjusted.value, "14.625 yen");
    assert.match(
      adjusted.shares ?? "",
      /printed 29\.25 yen on the shares of 2022-09-30, restated to the shares of 2023-11-14: ÷ 2/
    );
    // YOY's card: the year-earlier answer restated, as the change is computed.
    const yoy = card('=IIJ.YOY("Interim dividend per share","1H23")');
    assert.match(yoy.answers[1].shares ?? "", /restated/);
    setLanguage("ja");
    assert.match(
      card('=IIJ.VALUE("Interim dividend per share","1H22")').answers[0].shares ?? "",
      /1株につき2株の株式分割/
    );
  });

  it("says when the filing also prints an adjusted figure (2019 report, operating profit 1H18: 2,300, line 140)", () => {
    const [reported] = card('=IIJ.OPERATINGPROFIT("1H18")').answers;
    assert.equal(
      reported.adjusted,
      "The filing also prints an adjusted 1H18 figure: 2,300 JPY mn (report line 140)."
    );
    const [later] = card('=IIJ.OPERATINGPROFIT("1H19")').answers;
    assert.match(
      later.adjusted ?? "",
      /^The year-earlier 1H18 figure is also printed adjusted: 2,300 JPY mn/
    );
  });
});

describe("task pane: function reference", () => {
  it("has an example for every registered function", () => {
    for (const name of Object.keys(contract)) assert.ok(FUNCTION_EXAMPLES[name], name);
  });
});

describe("task pane: column charts", () => {
  // Revenue 1H22 and 1H23, 2023 report line 175-176: Network 67,707 and 73,981; SI 52,846 and 52,750.
  const network = {
    name: "Network services",
    points: [
      { label: "1H22", value: 67707 },
      { label: "1H23", value: 73981 },
    ],
  };
  const si = {
    name: "Systems integration",
    points: [
      { label: "1H22", value: 52846 },
      { label: "1H23", value: 52750 },
    ],
  };

  it("names several series in a legend, as Excel's charts do; one series goes by the title", () => {
    const two = columnChartSvg([network, si], { title: "Revenue by line", width: 420 });
    assert.match(two, />Network services<\/text>/);
    assert.match(two, />Systems integration<\/text>/);
    const one = columnChartSvg([network], { title: "Network services across 1H22, 1H23" });
    assert.doesNotMatch(one, />Network services<\/text>/);
    assert.match(one, />73,981<\/text>/);
  });

  it("wraps a long category label at spaces to its slot, as Excel wraps axis labels", () => {
    // A native chart's empty category for missing years, between 1H19 and 1H22 (five slots).
    const gap = { label: "FY20–FY21 not in dataset", value: undefined };
    const svg = columnChartSvg(
      [{ ...network, points: [network.points[0], gap, network.points[1]] }],
      { title: "Network services", width: 200 }
    );
    const label = [...svg.matchAll(/<text[^>]*class="chart-label">(.*?)<\/text>/g)]
      .map((m) => m[1])
      .find((text) => text.includes("FY20"));
    assert.ok(label, svg);
    const lines = [...label.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    assert.ok(lines.length > 1, `wrapped: ${lines.join("|")}`);
    assert.equal(lines.join(""), "FY20–FY21 not in dataset", "the words and spaces kept");
    assert.match(svg, /<tspan[^>]*>1H22<\/tspan><\/text>/, "a short label one line");
  });
});
