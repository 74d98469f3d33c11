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
import { availableFor, planTable, rowsFor, type TableRequest } from "../../src/taskpane/table-plan";
import contract from "../functions/contract.json";

const base: TableRequest = {
  kind: "revenue",
  periods: ["1H22", "1H23"],
  unit: "JPY mn",
  layout: "across",
  yoy: false,
  margin: false,
  anchor: { row: 2, column: 1 },
};

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

describe("task pane: table plan", () => {
  it("writes formulas that refer to the header, label and unit cells (periods across)", () => {
    const plan = planTable(base);
    assert.equal(plan.address, "B3:D7");
    assert.deepEqual(plan.formulas[0], ["JPY mn", "1H22", "1H23"]);
    assert.deepEqual(plan.formulas[1], [
      "Network",
      "=IIJ.REVENUE(C$3,$B4,$B$3)",
      "=IIJ.REVENUE(D$3,$B4,$B$3)",
    ]);
    assert.equal(plan.formulas[4][0], "Total");
    assert.equal(plan.numberFormats[1][1], "#,##0");
    assert.equal(plan.numberFormats[0][0], "General");
  });

  it("transposes for periods down", () => {
    const plan = planTable({ ...base, layout: "down" });
    assert.equal(plan.address, "B3:F5");
    assert.deepEqual(plan.formulas[0], ["JPY mn", "Network", "SI", "ATM", "Total"]);
    assert.deepEqual(plan.formulas[2].slice(0, 2), ["1H23", "=IIJ.REVENUE($B5,C$3,$B$3)"]);
    assert.equal(plan.seriesBy, "columns");
  });

  it("formats by unit: #,##0.0 for billions, 0.00 for EPS, 0.0% for YoY and margins", () => {
    assert.equal(planTable({ ...base, unit: "JPY bn" }).numberFormats[1][1], "#,##0.0");
    const eps = planTable({ ...base, kind: "items", items: ["Basic earnings per share"] });
    assert.equal(
      eps.formulas[1][1],
      "=IIJ.VALUE($B4,C$3)",
      "no unit argument for a per-share figure"
    );
    assert.equal(eps.numberFormats[1][1], "0.00");
    const full = planTable({ ...base, yoy: true, margin: true });
    const yoyRow = full.formulas.findIndex((row) => row[0] === "YoY growth");
    assert.equal(full.formulas[yoyRow + 1][1], "=IIJ.YOY($B9,C$3)");
    assert.equal(full.formulas[yoyRow + 4][1], '=IIJ.YOY("Total revenues",C$3)');
    assert.equal(full.numberFormats[yoyRow + 1][1], "0.0%");
    const marginRow = full.formulas.findIndex((row) => row[0] === "Gross margin");
    assert.equal(
      full.formulas[marginRow + 1][1],
      "=IIJ.GROSSPROFIT(C$3,$B14,$B$3)/IIJ.REVENUE(C$3,$B14,$B$3)"
    );
    assert.equal(full.chartRange.rowCount, 5, "the chart plots the figures, not the ratios");
  });

  it("splits cost and gross profit into titled blocks", () => {
    const plan = planTable({ ...base, kind: "cost-gross-profit" });
    const labels = plan.formulas.map((row) => row[0]);
    assert.deepEqual(labels.slice(0, 3), ["JPY mn", "Cost of sales", "Network"]);
    assert.ok(labels.includes("Gross profit"));
    assert.match(plan.formulas[2][1], /^=IIJ\.COST\(C\$3,\$B5,\$B\$3\)$/);
  });

  it("has a line for every choice, and KPIs take no unit", () => {
    for (const kind of [
      "revenue",
      "cost-gross-profit",
      "segments",
      "balance-sheet",
      "cash-flow",
      "kpi",
    ] as const)
      assert.ok(rowsFor(kind).length > 0, kind);
    const kpi = planTable({ ...base, kind: "kpi", periods: ["1H23"] });
    assert.equal(kpi.formulas[0][0], "");
    assert.equal(kpi.formulas[1][1], "=IIJ.KPI($B4,C$3)");
  });

  it("enables only periods with figures", () => {
    const revenue = availableFor("revenue");
    for (const code of ["1H22", "1H23", "1H19", "2Q23", "FY22"]) assert.ok(revenue.has(code), code);
    for (const code of ["1H21", "3Q23", "2H23"]) assert.ok(!revenue.has(code), code);
    const balance = availableFor("balance-sheet");
    assert.ok(balance.has("FY22") && balance.has("1H23") && !balance.has("1Q23"));
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
});

describe("task pane: function reference", () => {
  it("has an example for every registered function", () => {
    for (const name of Object.keys(contract)) assert.ok(FUNCTION_EXAMPLES[name], name);
  });
});
