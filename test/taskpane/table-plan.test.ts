/**
 * The table plan (src/taskpane/table) as an analyst would check an inserted table: column order,
 * balance dates, what is left out and why, labels, formats, structure, YoY and margins. Expected
 * figures are the reports' (data/reports/*.txt, line numbers given), not the code's.
 */
import assert from "node:assert/strict";
import { query } from "../../src/functions/iij";
import { columnChartSvg } from "../../src/taskpane/chart-svg";
import { parseCell, rangeAddress } from "../../src/taskpane/a1";
import {
  TABLE_KINDS,
  chartSource,
  chronological,
  periodOptions,
  planTable,
  previewTable,
  type CellSpec,
  type PreviewCell,
  type TablePlan,
  type TableRequest,
} from "../../src/taskpane/table";
import { tableRequest } from "../support/table-request";
import { chartSeries } from "../../src/taskpane/components/preview-chart";

/** The quick pick "last 2 years" of the old pane, in the order it used to give them. */
const LAST_TWO_YEARS = ["1Q22", "1H22", "2Q22", "FY22", "2H22", "1Q23", "1H23", "2Q23"];

const request = (parts: Partial<TableRequest> & Pick<TableRequest, "kind">): TableRequest =>
  tableRequest({ periods: LAST_TWO_YEARS, ...parts });

/** The preview cells of the row whose label (first column) is `label`, the n-th such row. */
function rowOf(plan: TablePlan, label: string, nth = 0): PreviewCell[] {
  const rows = previewTable(plan).rows.filter((row) => row[0].text === label);
  assert.ok(rows[nth], `no row "${label}" (${nth}) in ${plan.title}`);
  return [...rows[nth]];
}

/** What a cell of the plan shows, for the cells that hold text or a number. */
const shownValue = (spec: CellSpec) => ("value" in spec ? spec.value : undefined);

/** The header row's index: the row whose first cell is the unit corner. */
const headerRowOf = (plan: TablePlan) => plan.cells.findIndex((row) => row[0].role === "corner");

/** The header row's period headers. */
function headers(plan: TablePlan): string[] {
  return previewTable(plan)
    .rows[headerRowOf(plan)].filter((cell) => cell.role === "header" && cell.text !== "Unit")
    .map((cell) => cell.text);
}

describe("table plan: columns", () => {
  it("orders periods by end date, the shorter span first: 1Q 2Q 1H 3Q 4Q 2H FY", () => {
    assert.deepEqual(chronological(["FY22", "2H22", "4Q22", "1H22", "3Q22", "2Q22", "1Q22"]), [
      "1Q22",
      "2Q22",
      "1H22",
      "3Q22",
      "4Q22",
      "2H22",
      "FY22",
    ]);
    assert.deepEqual(chronological(["2023-09-30", "1H23", "2023-03-31"]), [
      "2023-03-31",
      "2023-09-30",
      "1H23",
    ]);
  });

  it("'last 2 years' of revenue: chronological, FY22 and 2H22 left out because only the total is printed", () => {
    const plan = planTable(request({ kind: "revenue" }));
    assert.deepEqual(headers(plan), ["1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"]);
    assert.equal(
      plan.omittedMessage,
      "Left out: 2H22, FY22 (only the total is printed). Left out: 1H22, 1H23 from the chart (one kind of period per chart: the quarters)."
    );
    const kept = planTable(request({ kind: "revenue", keepEmpty: true }));
    assert.deepEqual(headers(kept), [
      "1Q22",
      "2Q22",
      "1H22",
      "2H22",
      "FY22",
      "1Q23",
      "2Q23",
      "1H23",
    ]);
    assert.match(kept.omittedMessage, /^Kept although entirely #N\/A: 2H22, FY22/);
    // FY22 total revenues as printed in the selected data (2023 report, line 101): 252,708.
    assert.equal(rowOf(kept, "Total revenues")[5].text, "252,708");
    assert.equal(rowOf(kept, "Network services")[5].text, "#N/A");
  });

  it("leaves out a P&L's full-year columns, where the selected data prints six of its 24 lines", () => {
    const plan = planTable(request({ kind: "pl", periods: ["1H22", "2H22", "FY22", "1H23"] }));
    assert.deepEqual(headers(plan), ["1H22", "1H23"]);
    // FY22 in the selected data (2023 report lines 101-110): revenues, operating profit, profit
    // before tax, profit to owners, basic and diluted EPS; 2H22 = FY22 - 1H22 for the four amounts.
    assert.equal(
      plan.omittedMessage,
      "Left out: 2H22 (only 4 of 24 lines are printed); FY22 (only 6 of 24 lines are printed)."
    );
  });

  it("keeps one kind of period when asked: quarters, halves, years", () => {
    const halves = planTable(request({ kind: "revenue", periodicity: "halves", keepEmpty: true }));
    assert.deepEqual(headers(halves), ["1H22", "2H22", "1H23"]);
    const quarters = planTable(request({ kind: "revenue", periodicity: "quarters" }));
    assert.deepEqual(headers(quarters), ["1Q22", "2Q22", "1Q23", "2Q23"]);
    assert.throws(
      () => planTable(request({ kind: "revenue", periods: ["1H23"], periodicity: "years" })),
      /None of the periods picked/
    );
  });

  it("LTM columns: kept under the LTM periodicity, each noting how it is derived", () => {
    const plan = planTable(
      request({
        kind: "search",
        items: ["Total revenues", "Operating profit"],
        periods: ["1H23", "LTM2Q23", "LTM4Q22", "2Q23"],
        periodicity: "ltm",
      })
    );
    assert.deepEqual(headers(plan), ["LTM4Q22", "LTM2Q23"], "the half and the quarter drop out");
    const notes = previewTable(plan)
      .rows[headerRowOf(plan) + 1].slice(2)
      .map((c) => c.text);
    assert.deepEqual(notes, ["= FY22", "derived: FY22\u00a0−\u00a01H22\u00a0+\u00a01H23"]);
    // 2023 report line 101: FY22 revenues 252,708; line 679: 1H22 121,962, 1H23 128,198.
    // LTM2Q23 = 252,708 − 121,962 + 128,198 = 258,944.
    assert.deepEqual(
      rowOf(plan, "Total revenues")
        .slice(2)
        .map((c) => c.text),
      ["252,708", "258,944"]
    );
    // Line 102: operating profit FY22 27,221, 1H22 11,173, 1H23 12,080 -> 28,128.
    assert.deepEqual(
      rowOf(plan, "Operating profit")
        .slice(2)
        .map((c) => c.text),
      ["27,221", "28,128"]
    );
    const rolling = planTable(
      request({
        kind: "search",
        items: ["Total revenues"],
        periods: ["LTM4Q22", "LTM1Q23", "LTM2Q23"],
        periodicity: "ltm",
        rolling: true,
      })
    );
    assert.deepEqual(headers(rolling), ["LTM-2", "LTM-1", "LTM0"]);
  });

  it("marks derived periods in the header: italic, with the note 'derived: 1H − 2Q'", () => {
    const plan = planTable(request({ kind: "revenue", periods: ["1Q23", "2Q23", "1H23"] }));
    const grid = previewTable(plan).rows;
    const headerRow = headerRowOf(plan);
    assert.equal(grid[headerRow][1].text, "1Q23");
    assert.equal(grid[headerRow][1].italic, true);
    assert.notEqual(grid[headerRow][2].italic, true);
    assert.equal(
      grid[headerRow + 1][1].text,
      "derived: 1H\u00a0−\u00a02Q",
      "no break inside the formula"
    );
    assert.equal(grid[headerRow + 1][2].text, "");
    // 1Q23 network services = 1H23 73,981 (line 676) - 2Q23 37,627 (line 717).
    assert.equal(rowOf(plan, "Network services")[1].text, "36,354");
    // The note wraps in its own cell: the derived column is as wide as the others.
    const [, ...figureWidths] = plan.columnWidths;
    assert.equal(new Set(figureWidths).size, 1, figureWidths.join(" "));
    assert.deepEqual(
      plan.styles.filter((style) => style.wrap).map((style) => style.range),
      [
        {
          row: plan.range.row + headerRow + 1,
          column: plan.range.column + 1,
          rowCount: 1,
          columnCount: 1,
        },
      ]
    );
    assert.equal(grid[headerRow + 1][1].wrap, true);
  });

  it("notes of derived periods side by side each wrap in their own column", () => {
    const plan = planTable(
      request({ kind: "revenue", periods: ["1H22", "2H22", "1Q23", "1H23"], keepEmpty: true })
    );
    const headerRow = headerRowOf(plan);
    const notes = plan.cells[headerRow + 1].map((cell) => ("value" in cell ? cell.value : ""));
    assert.deepEqual(notes, [
      "",
      "",
      "derived: FY\u00a0−\u00a01H",
      "derived: 1H\u00a0−\u00a02Q",
      "",
    ]);
    const [, ...figureWidths] = plan.columnWidths;
    assert.equal(new Set(figureWidths).size, 1, figureWidths.join(" "));
    const wraps = plan.styles.filter((style) => style.wrap).map((style) => style.range);
    assert.deepEqual(wraps, [
      {
        row: plan.range.row + headerRow + 1,
        column: plan.range.column + 2,
        rowCount: 1,
        columnCount: 2,
      },
    ]);
  });

  it("balance sheet: one column per balance date, headed by a real Excel date, never the same date twice", () => {
    const plan = planTable(
      request({
        kind: "balance",
        periods: ["1H22", "2Q22", "FY22", "2H22", "4Q22", "1H23", "2Q23"],
      })
    );
    assert.deepEqual(headers(plan), ["31-Mar-23", "30-Sep-23"]);
    const headerRow = headerRowOf(plan);
    assert.deepEqual(
      plan.formulas[headerRow].slice(1),
      [45016, 45199],
      "date serials the formulas read"
    );
    assert.equal(plan.numberFormats[headerRow][1], "d-mmm-yy");
    // 30 Sep 2022: only the selected data's totals exist (2023 report, lines 107-108).
    assert.equal(plan.omittedMessage, "Left out: 30-Sep-22 (only totals are printed).");
    // Statement of financial position, 2023 report lines 634 and 641.
    assert.deepEqual(
      rowOf(plan, "Total assets")
        .slice(1)
        .map((c) => c.text),
      ["246,318", "259,108"]
    );
    assert.deepEqual(
      rowOf(plan, "Treasury shares")
        .slice(1)
        .map((c) => c.text),
      ["(1,831)", "(12,027)"]
    );
  });

  it("offers the picker balance dates for balance kinds, periods (derived marked) for flows", () => {
    const dates = periodOptions("balance").map((o) => o.code);
    assert.ok(
      dates.includes("2023-03-31") && dates.includes("2023-09-30") && dates.includes("2019-03-31")
    );
    assert.ok(!dates.includes("2023-06-30") && !dates.some((d) => /^[1-4][QH]|^FY/.test(d)));
    assert.equal(periodOptions("balance").find((o) => o.code === "2023-09-30")?.label, "30-Sep-23");
    assert.deepEqual(
      periodOptions("kpi").map((o) => o.code),
      ["2018-09-30", "2019-09-30", "2022-09-30", "2023-09-30"]
    );
    const revenue = periodOptions("revenue");
    assert.deepEqual(
      revenue.filter((o) => o.code.endsWith("23")).map((o) => `${o.code}${o.derived ? "*" : ""}`),
      // The twelve months to each quarter's end are derived too, for the picker's LTM columns.
      ["1Q23*", "LTM1Q23*", "2Q23", "1H23", "LTM2Q23*"]
    );
  });

  it("offers a cash-flow table the periods with cash flows, not those where only the cash balance is known", () => {
    const codes = periodOptions("cashflow").map((o) => `${o.code}${o.derived ? "*" : ""}`);
    // 2023 report: cash flows for 1H22 and 1H23 (lines 850-878), FY22's in the selected data
    // (line 112); 2H22 = FY22 − 1H22. 31 March 2022 (FY21's closing cash) is only 1H22's
    // opening cash (line 877); 3Q23 would open with 1H23's closing cash and has no cash flow.
    for (const code of ["1H22", "2H22*", "FY22", "1H23"]) assert.ok(codes.includes(code), code);
    for (const code of ["FY21", "4Q21", "3Q22", "4Q22", "2Q22", "3Q23", "2H23", "FY23"])
      assert.ok(!codes.some((c) => c.replace("*", "") === code), `${code} in ${codes.join(" ")}`);
    // A search for the closing cash alone still offers the periods it has.
    const closing = periodOptions("search", [
      "Cash flows: Cash and cash equivalents, end of the period",
    ]).map((o) => o.code);
    assert.ok(closing.includes("FY21") && closing.includes("2H22"), closing.join(" "));
  });
});

describe("table plan: labels, formulas, formats", () => {
  const everyKind = () =>
    TABLE_KINDS.filter((k) => k.id !== "search").map((k) =>
      planTable(
        request({
          kind: k.id,
          periods:
            k.columns === "dates" ? ["2022-09-30", "2023-03-31", "2023-09-30"] : ["1H22", "1H23"],
          yoy: k.yoy,
          margin: k.margin,
        })
      )
    );

  it("labels as printed: no statement prefix, every formula naming a line IIJ.VALUE resolves", () => {
    const q = query();
    for (const plan of everyKind()) {
      for (const row of plan.cells)
        for (const cell of row)
          if (cell.role === "label")
            assert.doesNotMatch(
              String(cell.value),
              /^(Cash flows|KPI|Financial position|Profit or loss|Segments):/
            );
      for (const formula of plan.formulas.flat()) {
        const name = /IIJ\.VALUE\("([^"]+)"/.exec(String(formula))?.[1];
        if (name) assert.doesNotThrow(() => q.resolveItem(name), name);
      }
    }
  });

  it("names each line unambiguously in its formula, refers to the header and the unit corner", () => {
    const plan = planTable(request({ kind: "balance", periods: ["2023-09-30"] }));
    const label = (text: string, nth = 0) =>
      plan.cells.flatMap((row, r) => (row[0].role === "label" && row[0].value === text ? [r] : []))[
        nth
      ];
    // "Borrowings" is printed twice (current, non-current), "Non-controlling interests" in three statements.
    assert.equal(
      plan.formulas[label("Borrowings", 0)][1],
      '=IIJ.VALUE("Borrowings (current)",C$4,$B$4)'
    );
    assert.equal(
      plan.formulas[label("Borrowings", 1)][1],
      '=IIJ.VALUE("Borrowings (non-current)",C$4,$B$4)'
    );
    assert.equal(
      plan.formulas[label("Non-controlling interests")][1],
      '=IIJ.VALUE("Financial position: Non-controlling interests",C$4,$B$4)'
    );
    assert.equal(plan.unitCell, "B4");
  });

  it("accounting formats: parentheses, a dash for zero; one decimal in JPY bn; per-share two; ratios 0.0%", () => {
    const cf = planTable(request({ kind: "cashflow", periods: ["1H22", "1H23"] }));
    const purchases = rowOf(cf, "Purchases of tangible assets");
    assert.equal(purchases[1].numberFormat, '#,##0;(#,##0);"–"');
    // Cash flows, 2023 report lines 858 and 861: (5,704) and a printed "-".
    assert.equal(purchases[1].text, "(5,704)");
    assert.equal(rowOf(cf, "Proceeds from sales of intangible assets")[1].text, "–");
    const bn = planTable(request({ kind: "pl", periods: ["1H23"], unit: "JPY bn" }));
    assert.equal(rowOf(bn, "ATM operation business")[1].text, "1.5", "1,467 JPY mn (line 678)");
    assert.equal(rowOf(bn, "Basic earnings per share (yen)")[1].text, "46.78", "line 697");
    assert.equal(
      rowOf(bn, "Basic earnings per share (yen)")[1].numberFormat,
      '#,##0.00;(#,##0.00);"–"'
    );
    const margins = planTable(request({ kind: "pl", periods: ["1H23"], margin: true }));
    assert.equal(rowOf(margins, "Gross margin")[1].numberFormat, "0.0%;(0.0%);0.0%");
  });

  it("the format follows the unit corner: a conditional format on the figures, its rule reading the corner", () => {
    const mn = planTable(request({ kind: "revenue", periods: ["1H23"] }));
    assert.ok(mn.unitFormats.length > 0);
    for (const rule of mn.unitFormats) {
      assert.match(rule.formula, /^=OR\(\$B\$4="JPY bn"/);
      assert.equal(rule.numberFormat, '#,##0.0;(#,##0.0);"–"');
    }
    const figureRows = mn.cells.flatMap((row, r) => (row[1].role === "figure" ? [r] : []));
    const covered = (r: number) =>
      mn.unitFormats.some(
        ({ range }) =>
          r + 2 >= range.row && r + 2 < range.row + range.rowCount && range.column === 2
      );
    assert.ok(figureRows.every(covered), "every money figure is under the rule");
    const bn = planTable(request({ kind: "revenue", periods: ["1H23"], unit: "JPY bn" }));
    assert.match(bn.unitFormats[0].formula, /^=NOT\(OR\(\$B\$4="JPY bn"/);
    assert.equal(bn.unitFormats[0].numberFormat, '#,##0;(#,##0);"–"');
  });

  it("KPI rows show their unit; money rows' unit follows the corner; counts and Gbps as printed", () => {
    const plan = planTable(request({ kind: "kpi", periods: ["2022-09-30", "2023-09-30"] }));
    const mvne = rowOf(plan, "IIJ Mobile MVNO Platform Service (MVNE)");
    assert.equal(mvne[1].text, "count");
    // 2023 report line 245: 1,039,010 and 1,139,661 contracts.
    assert.deepEqual(
      mvne.slice(2).map((c) => c.text),
      ["1,039,010", "1,139,661"]
    );
    const bandwidth = rowOf(plan, "Total contracted bandwidth");
    assert.equal(bandwidth[1].text, "Gbps");
    assert.deepEqual(
      bandwidth.slice(2).map((c) => c.text),
      ["7,729.1", "9,429.3"],
      "line 250"
    );
    const backlog = rowOf(plan, "Total");
    const r = plan.cells.findIndex((row) => row[0].role === "label" && row[0].value === "Total");
    assert.equal(plan.formulas[r][1], "=$B$4");
    assert.equal(backlog[1].text, "JPY mn");
    // Order backlog, line 270: JPY102,135 million at 30 Sep 2023, JPY80,937 million a year earlier.
    assert.deepEqual(
      backlog.slice(2).map((c) => c.text),
      ["80,937", "102,135"]
    );
  });
});

describe("table plan: statement structure", () => {
  it("P&L: title with company, statement and unit; sections; bold totals with a rule; indented items; source line", () => {
    const plan = planTable(request({ kind: "pl", periods: ["1H22", "1H23"] }));
    const grid = previewTable(plan).rows;
    assert.equal(
      grid[0][0].text,
      "Internet Initiative Japan: Statement of profit or loss (JPY mn)"
    );
    assert.equal(
      plan.formulas[0][0],
      '="Internet Initiative Japan: Statement of profit or loss ("&$B$4&")"'
    );
    assert.equal(grid[0][0].bold, true);
    const labels = grid.map((row) => row[0].text);
    assert.deepEqual(labels.slice(2, 8), [
      "Revenues",
      "Network services",
      "Systems integration",
      "ATM operation business",
      "Total revenues",
      "Cost of sales",
    ]);
    const total = rowOf(plan, "Total revenues");
    assert.equal(total[0].bold, true);
    assert.equal(total[1].bold, true);
    assert.equal(total[1].borderTop, true);
    // Statement of profit or loss, 2023 report line 679: 121,962 and 128,198.
    assert.deepEqual(
      total.slice(1).map((c) => c.text),
      ["121,962", "128,198"]
    );
    assert.equal(rowOf(plan, "Network services")[0].indent, 1);
    assert.equal(rowOf(plan, "Network services")[1].borderTop, undefined);
    assert.ok(labels.includes("Owners of the parent"), "printed under 'attributable to:'");
    assert.equal(
      labels.at(-1),
      "Source: IIJ quarterly securities reports; select a cell and see the pane's source card."
    );
    assert.equal(labels.at(-2), "", "one blank row above the source line");
  });

  it("balance sheet and cash flow: the sections the statements print", () => {
    const balance = planTable(request({ kind: "balance", periods: ["2023-09-30"] }));
    const sections = (plan: TablePlan) =>
      plan.cells.flatMap((row) => (row[0].role === "section" ? [String(row[0].value)] : []));
    assert.deepEqual(sections(balance), [
      "Assets",
      "Current assets",
      "Non-current assets",
      "Liabilities",
      "Current liabilities",
      "Non-current liabilities",
      "Equity",
    ]);
    const cash = planTable(request({ kind: "cashflow", periods: ["1H23"] }));
    assert.deepEqual(sections(cash), [
      "Cash flows from operating activities",
      "Adjustments",
      "Changes in working capital",
      "Cash flows from investing activities",
      "Cash flows from financing activities",
    ]);
    // 2023 report line 850: 16,051 for 1H23; bold with a rule.
    // The section header and the total share the printed wording: the total is the second row.
    const operating = rowOf(cash, "Cash flows from operating activities", 1);
    assert.equal(operating[1].text, "16,051");
    assert.equal(operating[1].borderTop, true);
  });

  it("leaves out lines the periods do not print (the 2019 statement's equity-method purchase in 1H23)", () => {
    const plan = planTable(request({ kind: "cashflow", periods: ["1H22", "1H23"] }));
    assert.ok(
      !plan.cells.some(
        (row) =>
          row[0].role === "label" &&
          row[0].value === "Purchase of investments accounted for using equity method"
      )
    );
    assert.match(
      plan.omittedMessage,
      /lines Purchase of investments accounted for using equity method \(not printed for these periods\)/
    );
    const older = planTable(request({ kind: "cashflow", periods: ["1H18", "1H19"] }));
    // 2019 report: (498,000) JPY k in 1H19.
    assert.equal(
      rowOf(older, "Purchase of investments accounted for using equity method")[2].text,
      "(498)"
    );
  });
});

describe("table plan: YoY and margins", () => {
  it("YoY from the table's own cells, only for lines where it means something", () => {
    const plan = planTable(request({ kind: "revenue", periods: ["1H22", "1H23"], yoy: true }));
    const yoyRow = plan.cells.findIndex(
      (row) => row[0].role === "section" && shownValue(row[0]) === "YoY growth"
    );
    assert.ok(yoyRow > 0);
    const network = plan.cells.findIndex(
      (row) => row[0].role === "label" && row[0].value === "Network services"
    );
    // Figures in row network+3 (sheet row), 1H22 in C, 1H23 in D.
    const sheetRow = network + 3;
    assert.equal(plan.formulas[yoyRow + 1][1], "", "no year-earlier column for 1H22: left blank");
    assert.equal(
      plan.formulas[yoyRow + 1][2],
      `=IF(OR(C${sheetRow}=0,SIGN(C${sheetRow})<>SIGN(D${sheetRow})),"n.m.",D${sheetRow}/C${sheetRow}-1)`
    );
    // 73,981 / 67,707 - 1 = 9.3% (lines 676); total 128,198 / 121,962 - 1 = 5.1% (printed 5.1%, line 159).
    assert.equal(rowOf(plan, "Network services", 1)[2].text, "9.3%");
    assert.equal(rowOf(plan, "Total revenues", 1)[2].text, "5.1%");
  });

  it("no YoY rows for subtotals or opening and closing balances", () => {
    const plan = planTable(request({ kind: "cashflow", periods: ["1H22", "1H23"], yoy: true }));
    const yoyRow = plan.cells.findIndex((row) => shownValue(row[0]) === "YoY growth");
    const yoyLabels = plan.cells
      .slice(yoyRow + 1)
      .flatMap((row) => (row[0].role === "label" ? [shownValue(row[0])] : []));
    for (const none of [
      "Subtotal",
      "Net increase (decrease) in cash and cash equivalents",
      "Cash and cash equivalents, beginning of the period",
      "Cash and cash equivalents, end of the period",
    ])
      assert.ok(!yoyLabels.includes(none), none);
    assert.ok(yoyLabels.includes("Cash flows from operating activities"));
    assert.ok(yoyLabels.includes("Purchases of tangible assets"));
  });

  it("n.m. where the sign changes or the base is 0", () => {
    // Share of profit (loss) of equity-method investments, 3 months: 6,456 (2Q18) -> (245,328) (2Q19), 2019 report.
    const pl = planTable(request({ kind: "pl", periods: ["2Q18", "2Q19"], yoy: true }));
    assert.equal(
      rowOf(pl, "Share of profit (loss) of investments accounted for using equity method", 1)[2]
        .text,
      "n.m."
    );
    // Proceeds from sales of intangible assets: "-" in 1H22, 624 in 1H23 (2023 report line 861).
    const search = planTable(
      request({
        kind: "search",
        items: ["Proceeds from sales of intangible assets"],
        periods: ["1H22", "1H23"],
        yoy: true,
      })
    );
    assert.equal(rowOf(search, "Proceeds from sales of intangible assets", 1)[3].text, "n.m.");
  });

  it("YoY rows with no year-earlier figure in the table are left out, and the pane says so", () => {
    const plan = planTable(request({ kind: "revenue", periods: ["1H23"], yoy: true }));
    assert.ok(!plan.cells.some((row) => shownValue(row[0]) === "YoY growth"));
    assert.match(
      plan.omittedMessage,
      /YoY of Network services, Systems integration, ATM operation business, Total revenues \(no year-earlier figure in the table\)/
    );
    const kept = planTable(
      request({ kind: "revenue", periods: ["1H23"], yoy: true, keepEmpty: true })
    );
    assert.ok(kept.cells.some((row) => shownValue(row[0]) === "YoY growth"));
  });

  it("margins refer to the table's own cells", () => {
    const plan = planTable(request({ kind: "cost", periods: ["1H22", "1H23"], margin: true }));
    const find = (label: string, nth = 0) =>
      plan.cells.flatMap((row, r) =>
        row[0].role === "label" && row[0].value === label ? [r] : []
      )[nth];
    const revenue = find("Total revenues") + 3;
    const profit = find("Gross profit") + 3;
    assert.equal(
      plan.formulas[find("Gross margin")][2],
      `=IF(D${revenue}=0,"n.m.",D${profit}/D${revenue})`
    );
    // 29,189 / 128,198 = 22.8% (gross profit line 688, revenue line 679).
    assert.equal(rowOf(plan, "Gross margin")[2].text, "22.8%");
    // Segments: Network & SI operating profit over its own segment revenue.
    const segments = planTable(request({ kind: "segments", periods: ["1H23"], margin: true }));
    assert.ok(segments.cells.some((row) => shownValue(row[0]) === "Operating margin"));
  });
});

describe("table plan: rolling headers, periods down, preview", () => {
  it("rolling headers hold relative periods, the period each stands for shown under it", () => {
    const plan = planTable(
      request({
        kind: "revenue",
        periods: ["1H22", "2H22", "1H23"],
        rolling: true,
        keepEmpty: true,
      })
    );
    const headerRow = headerRowOf(plan);
    assert.deepEqual(plan.formulas[headerRow].slice(1), ["H-2", "H-1", "H0"]);
    assert.equal(plan.formulas[headerRow + 1][3], '=IIJ.PERIOD(E$4,"Total revenues")');
    const grid = previewTable(plan).rows;
    assert.deepEqual(
      grid[headerRow + 1].slice(1).map((c) => c.text),
      ["1H22", "2H22", "1H23"]
    );
    assert.equal(rowOf(plan, "Total revenues")[3].text, "128,198");
    // The chart's categories are the periods the headers stand for, which move with them.
    assert.deepEqual(plan.chart.categories, {
      row: plan.range.row + headerRow + 1,
      column: plan.range.column + 1,
      rowCount: 1,
      columnCount: 3,
    });
    assert.deepEqual(previewTable(plan).categories, ["1H22", "2H22", "1H23"]);
  });

  it("rolling balance dates: headers step by halves, each note a real date (30-Sep-23)", () => {
    const plan = planTable(
      request({ kind: "balance", periods: ["2023-03-31", "2023-09-30"], rolling: true })
    );
    const headerRow = headerRowOf(plan);
    assert.deepEqual(plan.formulas[headerRow].slice(1), ["H-1", "H0"]);
    assert.equal(plan.formulas[headerRow + 1][2], '=IIJ.PERIOD(D$4,"Total assets")');
    assert.deepEqual(plan.numberFormats[headerRow + 1].slice(1), ["d-mmm-yy", "d-mmm-yy"]);
    const notes = previewTable(plan).rows[headerRow + 1].slice(1);
    assert.deepEqual(
      notes.map((c) => [c.value, c.text]),
      [
        [45016, "31-Mar-23"],
        [45199, "30-Sep-23"],
      ]
    );
    // Total assets, 2023 report line 634.
    assert.deepEqual(
      rowOf(plan, "Total assets")
        .slice(1)
        .map((c) => c.text),
      ["246,318", "259,108"]
    );
  });

  it("a cash-flow table's rolling headers count from a cash flow, not from the closing cash", () => {
    const plan = planTable(
      request({
        kind: "cashflow",
        periods: ["1H22", "FY22", "1H23"],
        rolling: true,
        keepEmpty: true,
      })
    );
    const headerRow = headerRowOf(plan);
    // 1H23 is the latest half with cash flows (2023 report); FY22 the latest year (line 112).
    assert.deepEqual(plan.formulas[headerRow].slice(1), ["H-2", "FY0", "H0"]);
    assert.equal(
      plan.formulas[headerRow + 1][1],
      '=IIJ.PERIOD(C$4,"Cash flows from operating activities")'
    );
    assert.deepEqual(
      previewTable(plan)
        .rows[headerRow + 1].slice(1)
        .map((c) => c.text),
      ["1H22", "FY22", "1H23"]
    );
  });

  it("periods down: the same table transposed, formulas reading the period from the row", () => {
    const plan = planTable(request({ kind: "revenue", periods: ["1H22", "1H23"], layout: "down" }));
    assert.deepEqual(plan.formulas[1].slice(0, 3), [
      "JPY mn",
      "Network services",
      "Systems integration",
    ]);
    assert.equal(plan.formulas[2][1], '=IIJ.REVENUE($B5,"Network",$B$4)');
    assert.equal(plan.chart.seriesBy, "columns");
  });

  it("previews a few rows and every column", () => {
    const plan = planTable(request({ kind: "pl", periods: LAST_TWO_YEARS }));
    const preview = previewTable(plan, 6);
    assert.equal(preview.rows.length, 6);
    assert.equal(preview.moreRows, plan.cells.length - 6);
    assert.equal(preview.rows[3].length, plan.range.columnCount);
    assert.equal(preview.omittedMessage, plan.omittedMessage);
  });

  it("no kind leaves a column or a YoY row entirely #N/A unless asked", () => {
    for (const kind of TABLE_KINDS) {
      const periods =
        kind.columns === "dates"
          ? periodOptions(kind.id).map((o) => o.code)
          : ["1Q22", "2Q22", "1H22", "2H22", "FY22", "1Q23", "2Q23", "1H23"];
      const plan = planTable(
        request({
          kind: kind.id,
          periods,
          yoy: kind.yoy,
          items: ["Total assets", "Total revenues"],
        })
      );
      const grid = previewTable(plan).rows;
      const figureColumns = plan.cells[headerRowOf(plan)]
        .map((cell, c) => (cell.role === "header" && shownValue(cell) !== "Unit" ? c : -1))
        .filter((c) => c >= 0);
      for (const c of figureColumns) {
        const column = grid.filter((row) => row[c].role === "figure").map((row) => row[c]);
        assert.ok(column.length > 0);
        assert.ok(
          column.some((cell) => cell.error === undefined),
          `${kind.id}: a column of #N/A`
        );
      }
      for (const row of grid.filter((r) => r.some((cell) => cell.role === "yoy")))
        assert.ok(
          row.some((cell) => cell.role === "yoy" && cell.error === undefined),
          `${kind.id}: a YoY row of #N/A`
        );
    }
  });
});

describe("table plan: per-share lines on one share basis", () => {
  // 2023 report: interim dividend 29.25 yen for 1H22, before the 2-for-1 split of 1 October 2022
  // (lines 1060, 1062), 17.18 yen for 1H23 (line 1078); EPS 47.81 and 46.78 restated (line 1128).
  const plan = planTable(
    request({
      kind: "search",
      items: ["Interim dividend per share", "Basic earnings per share"],
      periods: ["1H22", "1H23"],
      yoy: true,
    })
  );

  it("the YoY row asks IIJ.YOY, which compares on one basis: 17.18 / (29.25 / 2) - 1 = 17.5%", () => {
    const yoyRow = plan.cells.findIndex(
      (row, r) =>
        r > 3 &&
        row[0].role === "label" &&
        shownValue(row[0]) === "Interim dividend per share" &&
        plan.cells.slice(0, r).some((x) => shownValue(x[0]) === "YoY growth")
    );
    assert.ok(yoyRow > 0);
    assert.match(
      String(plan.formulas[yoyRow].at(-1)),
      /^=IIJ\.YOY\("Interim dividend per share",[A-Z]+\$\d+\)$/
    );
    assert.equal(rowOf(plan, "Interim dividend per share", 1).at(-1)!.text, "17.5%");
    // The figures stay as printed.
    assert.deepEqual(
      rowOf(plan, "Interim dividend per share")
        .slice(-2)
        .map((c) => c.text),
      ["29.25", "17.18"]
    );
  });

  it("a chart never puts figures of two share bases in one series, and the pane says so", () => {
    assert.deepEqual(
      plan.chart.series.map((s) => s.label),
      ["Basic earnings per share"]
    );
    assert.match(
      plan.omittedMessage,
      /Interim dividend per share from the chart \(per share before and after a stock split/
    );
  });
});

describe("table plan: options the starter model uses (title, roles, latest share basis)", () => {
  it('on the latest share basis: IIJ.VALUE(..., "adjusted"), 29.25 / 2 = 14.625 for 1H22, charted on one basis', () => {
    const plan = planTable(
      request({
        kind: "search",
        items: ["Interim dividend per share", "Basic earnings per share"],
        periods: ["1H22", "1H23"],
        shareBasis: "latest",
        title: "Per share",
      })
    );
    // 2023 report line 1060: 29.25 yen, before the 2-for-1 split (line 1062); line 1078: 17.18.
    assert.deepEqual(
      rowOf(plan, "Interim dividend per share")
        .slice(2)
        .map((c) => c.value),
      [14.625, 17.18]
    );
    assert.ok(
      plan.formulas.flat().includes('=IIJ.VALUE("Interim dividend per share",D$4,"adjusted")'),
      "the formula asks for the adjusted figure"
    );
    assert.equal(previewTable(plan).rows[0][0].text, "Internet Initiative Japan: Per share");
    assert.deepEqual(
      plan.chart.series.map((s) => s.label),
      ["Interim dividend per share", "Basic earnings per share"],
      "one basis: both charted"
    );
  });

  it("roles by name: a subtotal bold and flush left, its lines indented", () => {
    const plan = planTable(
      request({
        kind: "search",
        items: ["WAN services", "Revenue by service: Network services"],
        periods: ["1H23"],
        roles: { "Revenue by service: Network services": "subtotal" },
      })
    );
    const [wan, network] = ["WAN services", "Network services"].map((l) => rowOf(plan, l));
    assert.equal(network[0].bold, true);
    assert.equal(network[0].indent ?? 0, 0);
    assert.notEqual(wan[0].bold, true);
    assert.equal(wan[0].indent, 1);
    // 2023 report line 1086: network services 73,981 for 1H23.
    assert.equal(network.at(-1)!.text, "73,981");
  });
});

describe("table plan: the unit corner says what the cells under it are", () => {
  const perShare = (shareBasis?: "latest") =>
    planTable(
      request({
        kind: "search",
        items: ["Interim dividend per share", "Weighted average number of shares — basic"],
        periods: ["1H22", "1H23"],
        ...(shareBasis ? { shareBasis } : {}),
      })
    );
  const corner = (plan: TablePlan) => previewTable(plan).rows[headerRowOf(plan)][0].text;

  it("per-share figures and share counts: not a money unit, which nothing there reads, but yen / shares and their basis", () => {
    for (const [plan, text] of [
      [perShare(), "yen / shares, as printed"],
      [perShare("latest"), "yen / shares, adjusted to the latest share basis"],
    ] as const) {
      assert.equal(corner(plan), text);
      assert.equal(plan.formulas[headerRowOf(plan)][0], text);
      // No formula of the table reads the corner, and no unit rule switches on it: typing JPY bn
      // there changes no figure (yen per share and share counts are never scaled).
      const cornerCell = plan.unitCell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
      assert.ok(!plan.formulas.flat().some((f) => String(f).includes(cornerCell)));
      assert.deepEqual(plan.unitFormats, []);
      // Excel refuses another text there (JPY bn), saying why.
      assert.equal(plan.cornerGuard?.formula, `=${cornerCell}=${JSON.stringify(text)}`);
      assert.match(plan.cornerGuard!.message, /figures are yen \/ shares, which no unit rescales/);
      // Each line's own unit beside it. 2023 report line 1078: 17.18 yen for 1H23.
      assert.deepEqual(
        rowOf(plan, "Interim dividend per share")
          .slice(1, 2)
          .map((c) => c.text),
        ["yen"]
      );
      assert.equal(rowOf(plan, "Interim dividend per share").at(-1)!.text, "17.18");
    }
  });

  it("with money lines the corner stays their unit, which they read: P&L with EPS, KPIs with the order backlog", () => {
    for (const kind of ["pl", "kpi"] as const) {
      const plan = planTable(request({ kind, periods: ["1H23", "2023-09-30"] }));
      assert.equal(corner(plan), "JPY mn", kind);
      const cornerCell = plan.unitCell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
      assert.ok(
        plan.formulas.flat().some((f) => String(f).includes(cornerCell)),
        kind
      );
      assert.equal(plan.cornerGuard, undefined, kind);
    }
    // KPIs: counts and Gbps beside money (the order backlog): the title says the corner's unit is
    // the money lines', each line's own unit in the unit column.
    const kpi = planTable(request({ kind: "kpi", periods: ["2023-09-30"] }));
    assert.equal(
      previewTable(kpi).rows[0][0].text,
      "Internet Initiative Japan: Operating data at a date (money in JPY mn)"
    );
    for (const [label, unit] of [
      ["Total contracted bandwidth", "Gbps"],
      ["Systems operation and maintenance", "JPY mn"],
    ])
      assert.equal(rowOf(kpi, label)[1].text, unit, label);
  });
});

describe("table plan: keepPartial, the starter model's full years", () => {
  const periods = ["1H22", "2H22", "FY22", "1H23"];
  const pl = (keepPartial: boolean) =>
    planTable(request({ kind: "pl", periods, ...(keepPartial ? { keepPartial } : {}) }));

  it("by default, as the pane: FY22 and 2H22 left out, few lines printed", () => {
    assert.deepEqual(headers(pl(false)), ["1H22", "1H23"]);
    assert.match(pl(false).omittedMessage, /FY22 \(only 6 of 24 lines are printed\)/);
  });

  it("asked to, keeps them, marked partial; their printed lines give the figures, the rest #N/A", () => {
    const plan = pl(true);
    assert.deepEqual(headers(plan), ["1H22", "2H22", "FY22", "1H23"]);
    assert.deepEqual(
      plan.columns.map((c) => c.partial),
      [undefined, "only 4 of 24 lines are printed", "only 6 of 24 lines are printed", undefined]
    );
    assert.doesNotMatch(plan.omittedMessage, /FY22 \(only/);
    // 2023 report line 101: revenues 121,962 (1H22), 252,708 (FY22): 2H22 = 130,746.
    assert.deepEqual(
      rowOf(plan, "Total revenues")
        .slice(1)
        .map((c) => c.value),
      [121_962, 130_746, 252_708, 128_198]
    );
    assert.equal(rowOf(plan, "Gross profit")[3].error?.code, "#N/A");
  });

  it("still leaves out a column with no figure at all", () => {
    const plan = planTable(
      request({
        kind: "search",
        items: ["WAN services"],
        periods: ["1H23", "FY22"],
        keepPartial: true,
      })
    );
    assert.deepEqual(headers(plan), ["1H23"]);
    assert.match(plan.omittedMessage, /FY22 \(nothing is printed\)/);
  });
});

describe("table plan: charts of one kind of period, gaps shown", () => {
  /** The preview chart's points of a line: "label=value", a gap as "(label)". */
  const points = (plan: TablePlan, line: string) =>
    chartSeries(previewTable(plan), "across")
      .find((s) => s.name === line)!
      .points.map((p) => (p.gap !== undefined ? `(${p.label})` : `${p.label}=${p.value}`));

  it("quarters and a half: the chart plots the quarters, never 1H at double height", () => {
    const plan = planTable(request({ kind: "revenue", periods: ["1Q23", "2Q23", "1H23"] }));
    assert.deepEqual(plan.chartColumns, [0, 1]);
    // One range per series, over the two quarter columns only; the categories likewise.
    for (const range of [plan.chart.categories, ...plan.chart.series.map((s) => s.values)])
      assert.equal(range.columnCount, 2);
    assert.ok(plan.chart.series.length > 0);
    assert.match(
      plan.omittedMessage,
      /1H23 from the chart \(one kind of period per chart: the quarters\)/
    );
    // 2023 report: 1H23 network services 73,981 (line 676), 2Q23 37,627 (line 711); 1Q23 the difference.
    assert.deepEqual(points(plan, "Network services"), ["1Q23=36354", "2Q23=37627"]);
  });

  it("the default table, quarters and halves interleaved: the quarters, side by side in a block of formulas under the table", () => {
    const plan = planTable(
      request({ kind: "revenue", periods: ["1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"] })
    );
    assert.deepEqual(plan.chartColumns, [0, 1, 3, 4]);
    assert.deepEqual(plan.chart.slots, [
      { column: 0 },
      { column: 1 },
      { column: 3 },
      { column: 4 },
    ]);
    assert.match(
      plan.omittedMessage,
      /1H22, 1H23 from the chart \(one kind of period per chart: the quarters\)/
    );
    // Table B3:H11: title, corner B4 and headers C4:H4, the derived quarters' notes in row 5, the
    // three lines and the total B6:B9, the source line B11. The block one blank row under it,
    // a column per slot: E and H (the halves) skipped.
    assert.equal(plan.address, "B3:H11");
    const { chart, block } = chartSource(plan);
    assert.ok(block, "the quarters are not side by side: a block");
    assert.equal(block.address, "B13:F17");
    assert.match(String(block.formulas[0][0]), /^Chart data for Revenue/);
    assert.deepEqual(block.formulas.slice(1), [
      ["=$B$4", "=C4", "=D4", "=F4", "=G4"],
      ["=B6", "=C6", "=D6", "=F6", "=G6"],
      ["=B7", "=C7", "=D7", "=F7", "=G7"],
      ["=B8", "=C8", "=D8", "=F8", "=G8"],
    ]);
    assert.deepEqual(
      chart.series.map((s) => [s.label, rangeAddress(s.name), rangeAddress(s.values)]),
      [
        ["Network services", "B15", "C15:F15"],
        ["Systems integration", "B16", "C16:F16"],
        ["ATM operation business", "B17", "C17:F17"],
      ]
    );
    assert.equal(rangeAddress(chart.categories), "C14:F14");
    assert.equal(chart.seriesBy, "rows");
    // What the block's formulas give, read off the preview of the cells they name: 2023 report,
    // network services 1H22 67,707 and 1H23 73,981 (line 676), 2Q22 34,473 and 2Q23 37,627
    // (line 711); 1Q the half less the second quarter: 33,234 and 36,354.
    const preview = previewTable(plan);
    const valueOf = (formula: string | number) => {
      const cell = parseCell(String(formula).slice(1))!;
      return preview.rows[cell.row - plan.range.row][cell.column - plan.range.column].value;
    };
    assert.deepEqual(block.formulas[1].slice(1).map(valueOf), ["1Q22", "2Q22", "1Q23", "2Q23"]);
    assert.deepEqual(block.formulas[2].slice(1).map(valueOf), [33234, 34473, 36354, 37627]);
    // The preview chart plots the same slots: one layout for both charts.
    assert.deepEqual(points(plan, "Network services"), [
      "1Q22=33234",
      "2Q22=34473",
      "1Q23=36354",
      "2Q23=37627",
    ]);
    // Money in the block follows the unit corner as the table's figures do: the table's rule.
    assert.deepEqual(
      block.unitFormats.map((r) => [rangeAddress(r.range), r.formula]),
      ["C15:F15", "C16:F16", "C17:F17"].map((a) => [a, plan.unitFormats[0].formula])
    );
    const quartersOnly = planTable(
      request({
        kind: "revenue",
        periods: ["1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"],
        periodicity: "quarters",
      })
    );
    assert.equal(quartersOnly.chart.series[0].values.columnCount, 4);
    assert.equal(chartSource(quartersOnly).block, undefined, "side by side: the table's cells");
    assert.doesNotMatch(quartersOnly.omittedMessage, /from the chart/);
  });

  it("shows a gap where fiscal years are missing: 1H19, then FY20–FY21, then 1H22", () => {
    const plan = planTable(
      request({ kind: "revenue", periods: ["1H18", "1H19", "1H22", "1H23"], periodicity: "halves" })
    );
    // 2019 report line 646: 58,158,157 and 61,203,901 thousand yen; 2023 report line 676: 67,707, 73,981.
    assert.deepEqual(points(plan, "Network services"), [
      "1H18=58158.157",
      "1H19=61203.901",
      "(FY20–FY21)",
      "1H22=67707",
      "1H23=73981",
    ]);
    const svg = columnChartSvg(chartSeries(previewTable(plan), "across").slice(0, 1), {
      title: "Network services",
    });
    assert.match(svg, /class="chart-gap"><title>no FY20–FY21 in the dataset<\/title>/);
    assert.equal((svg.match(/class="chart-bar/g) ?? []).length, 4, "four bars, no bar for the gap");
    // The native chart: a block with an empty column labelled for the missing years.
    const { chart, block } = chartSource(plan);
    assert.ok(block);
    assert.equal(block.address, "B12:G16");
    assert.deepEqual(block.formulas.slice(1, 3), [
      ["=$B$4", "=C4", "=D4", "FY20–FY21 not in dataset", "=E4", "=F4"],
      ["=B5", "=C5", "=D5", "", "=E5", "=F5"],
    ]);
    assert.equal(rangeAddress(chart.categories), "C13:G13");
    assert.equal(rangeAddress(chart.series[0].values), "C14:G14");
  });
});

describe("table plan: statement of comprehensive income", () => {
  const plan = planTable(request({ kind: "oci", periods: ["1H22", "1H23"], yoy: true }));

  it("lays out the statement as printed: sections, subtotals, the owners' share", () => {
    assert.equal(plan.title, "Statement of comprehensive income");
    assert.deepEqual(headers(plan), ["1H22", "1H23"]);
    const labels = previewTable(plan)
      .rows.slice(headerRowOf(plan) + 1)
      .map((row) => row[0].text)
      .filter((text) => text !== "");
    // 2023 report lines 747-762, the total under its own name (printed "Other comprehensive income").
    assert.deepEqual(labels.slice(0, 15), [
      "Profit (loss)",
      "Other comprehensive income, net of tax",
      "Items that will not be reclassified to profit or loss",
      "Net change in fair value of equity instruments designated as measured at fair value through other comprehensive income",
      "Total of items that will not be reclassified to profit or loss",
      "Items that may be reclassified to profit or loss",
      "Exchange differences on translation of foreign operations",
      "Financial assets measured at fair value through other comprehensive income",
      "Share of other comprehensive income of investments accounted for using equity method",
      "Total of items that may be reclassified to profit or loss",
      "Total other comprehensive income, net of tax",
      "Comprehensive income",
      "Comprehensive income attributable to:",
      "Owners of the parent",
      "Non-controlling interest",
    ]);
  });

  it("gives the printed figures: 2023 report lines 747, 750, 754, 757, 758, 760", () => {
    const last2 = (label: string) =>
      rowOf(plan, label)
        .slice(-2)
        .map((c) => c.text);
    assert.deepEqual(last2("Profit (loss)"), ["8,740", "8,409"]);
    assert.deepEqual(
      last2(
        "Net change in fair value of equity instruments designated as measured at fair value through other comprehensive income"
      ),
      ["(711)", "1,745"]
    );
    // Printed "_" for 1H23: nil, shown as the dash.
    assert.deepEqual(
      last2("Financial assets measured at fair value through other comprehensive income"),
      ["(1)", "–"]
    );
    assert.deepEqual(last2("Total other comprehensive income, net of tax"), ["334", "2,723"]);
    assert.deepEqual(last2("Comprehensive income"), ["9,074", "11,132"]);
    assert.deepEqual(last2("Owners of the parent"), ["8,972", "11,045"]);
  });

  it("bold totals, formulas naming the line, period from the header and unit from the corner", () => {
    const row = plan.cells.findIndex((r) => shownValue(r[0]) === "Comprehensive income");
    assert.match(
      String(plan.formulas[row][2]),
      /^=IIJ\.VALUE\("Comprehensive income",D\$4,\$B\$4\)$/
    );
    assert.equal(rowOf(plan, "Comprehensive income")[2].bold, true);
    assert.notEqual(
      rowOf(plan, "Exchange differences on translation of foreign operations")[2].bold,
      true
    );
    assert.equal(plan.numberFormats[row][2], '#,##0;(#,##0);"–"');
  });

  it("YoY for the totals and the owners' share, not for the swings of fair value and exchange", () => {
    const yoyFrom = plan.cells.findIndex((r) => shownValue(r[0]) === "YoY growth");
    const yoy = plan.cells
      .slice(yoyFrom + 1)
      .map((r) => shownValue(r[0]))
      .filter((v) => v !== undefined && v !== "");
    assert.ok(yoy.includes("Comprehensive income"), yoy.join(" | "));
    assert.ok(yoy.includes("Owners of the parent"), yoy.join(" | "));
    assert.ok(!yoy.includes("Exchange differences on translation of foreign operations"));
    // 11,132 / 9,074 - 1 = 22.7% (line 758)
    assert.equal(rowOf(plan, "Comprehensive income", 1).at(-1)!.text, "22.7%");
  });

  it("2019: the six months in thousands of yen as printed (2019 report lines 711 and 722)", () => {
    const older = planTable(request({ kind: "oci", periods: ["1H18", "1H19"], unit: "JPY k" }));
    assert.deepEqual(
      rowOf(older, "Comprehensive income")
        .slice(-2)
        .map((c) => c.text),
      ["2,389,514", "2,561,751"]
    );
    assert.deepEqual(
      rowOf(older, "Profit (loss)")
        .slice(-2)
        .map((c) => c.text),
      ["2,181,048", "1,858,353"]
    );
  });
});

describe("table plan: statement of changes in equity (a matrix)", () => {
  const plan = planTable(request({ kind: "equity", periods: ["1H22", "1H23"] }));
  const grid = previewTable(plan).rows;
  const texts = (row: readonly PreviewCell[]) => row.map((c) => c.text);
  /** The rows of a period's block, from its header to the blank row after it. */
  function block(period: string): PreviewCell[][] {
    const start = grid.findIndex((row) => row[0].text === period);
    assert.ok(start > 0, `a block for ${period}`);
    const end = grid.findIndex((row, r) => r > start && row.every((c) => c.text === ""));
    return grid.slice(start + 1, end).map((row) => [...row]);
  }
  const line = (period: string, label: string) => {
    const row = block(period).find((r) => r[0].text === label);
    assert.ok(row, `"${label}" in ${period}`);
    return texts(row).slice(1);
  };

  it("components across, headed as printed (2023 report lines 783-784), the unit in the corner", () => {
    assert.equal(plan.title, "Statement of changes in equity");
    const corner = plan.cells.findIndex((row) => row[0].role === "corner");
    assert.deepEqual(texts(grid[corner]), [
      "JPY mn",
      "Share capital",
      "Share premium",
      "Retained earnings",
      "Other components of equity",
      "Treasury shares",
      "Total",
      "Non-controlling interests",
      "Total equity",
    ]);
    assert.equal(grid[corner - 1][1].text, "Owners of the parent's shareholders' equity");
    assert.equal(plan.unitCell, "B5");
  });

  it("a block per period, each with the movements its statement prints, labelled as printed", () => {
    const labels = (period: string) => block(period).map((r) => r[0].text);
    // 2023 report lines 786-798: the IAS 12 restatement only in 1H22.
    assert.deepEqual(labels("1H22"), [
      "Balance, April 1, 2022",
      "Cumulative impact of adopting IAS12",
      "Restated balance at April 1, 2022",
      "Comprehensive income",
      "Profit (loss)",
      "Other comprehensive income",
      "Total comprehensive income",
      "Transactions with owners",
      "Disposal of treasury shares",
      "Dividends paid",
      "Stock-based compensation",
      "Total transactions with owners",
      "Balance, September 30, 2022",
    ]);
    // Lines 805-818: the buyback, its cancellation and the transfer only in 1H23.
    assert.ok(labels("1H23").includes("Purchase of treasury shares"));
    assert.ok(labels("1H23").includes("Cancellation of treasury shares"));
    assert.ok(!labels("1H23").includes("Restated balance at April 1, 2022"));
  });

  it("the printed figures: dashes as dashes, blank cells blank (2023 report lines 791, 811, 814, 818)", () => {
    // Line 791: blank, "-", blank, 334, blank, 334, blank, 334.
    assert.deepEqual(line("1H22", "Other comprehensive income"), [
      "",
      "–",
      "",
      "334",
      "",
      "334",
      "",
      "334",
    ]);
    assert.deepEqual(line("1H23", "Purchase of treasury shares"), [
      "–",
      "–",
      "–",
      "–",
      "(11,405)",
      "(11,405)",
      "–",
      "(11,405)",
    ]);
    assert.deepEqual(line("1H23", "Dividends paid"), [
      "–",
      "–",
      "(2,644)",
      "–",
      "–",
      "(2,644)",
      "(49)",
      "(2,693)",
    ]);
    assert.deepEqual(line("1H23", "Balance, September 30, 2023"), [
      "25,562",
      "35,633",
      "57,081",
      "9,093",
      "(12,027)",
      "115,342",
      "1,223",
      "116,565",
    ]);
  });

  it("formulas read the block's period cell and the corner; totals bold, ruled above", () => {
    const r = plan.cells.findIndex(
      (row) => row[0].role === "label" && shownValue(row[0]) === "Dividends paid"
    );
    const periodRow = plan.cells.findIndex((row) => shownValue(row[0]) === "1H22");
    assert.equal(
      plan.formulas[r][3],
      `=IIJ.VALUE("Retained earnings: Dividends paid",$B$${plan.range.row + periodRow + 1},$B$5)`
    );
    const closing = grid.find((row) => row[0].text === "Balance, September 30, 2023")!;
    assert.equal(closing[8].bold, true);
    assert.equal(closing[8].borderTop, true);
    assert.notEqual(grid.find((row) => row[0].text === "Dividends paid")![3].bold, true);
    assert.equal(closing[8].numberFormat, '#,##0;(#,##0);"–"');
  });

  it("2019: thousands of yen; the closing balances cut from the text worked out and marked", () => {
    const older = previewTable(
      planTable(request({ kind: "equity", periods: ["1H19"], unit: "JPY k" }))
    ).rows;
    const find = (label: string) => older.find((row) => row[0].text === label)!;
    // 2019 report line 775, and line 783 (dividends paid).
    assert.equal(find("Balance, March 31, 2019")[8].text, "77,119,610");
    assert.equal(find("Dividends paid")[3].text, "(608,452)");
    // Not printed: 77,119,610 − 33,728 + 2,561,751 − 633,228 = 79,014,405, the statement of
    // financial position's total equity at 30 September 2019 (line 640).
    const closing = find("Balance at the end of the period");
    assert.equal(closing[8].text, "79,014,405");
    assert.equal(closing[0].italic, true);
  });
});
