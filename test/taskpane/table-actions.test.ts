/**
 * Inserting table plans through Office.js, against the preview host's Excel stand-in (queues
 * writes until context.sync(), throws on reading what was not loaded, counts syncs) and its
 * HyperFormula workbook, which runs the very IIJ.* functions Excel runs. What lands in the sheet
 * is read back as Excel would show it: values, number formats after conditional formats, styles.
 */
import assert from "node:assert/strict";
import { installExcelStandIn, type InstalledStandIn } from "../../src/preview/excel-standin";
import { WorkbookStore } from "../../src/preview/workbook-store";
import { displayCell, isoToSerial } from "../../src/shared/number-format";
import {
  insertChart,
  insertFormula,
  insertTable,
  type OccupiedPrompt,
  type OverwriteChoice,
} from "../../src/taskpane/excel-actions";
import {
  TABLE_KINDS,
  formulaNumberFormat,
  planTable,
  previewTable,
  type TablePlan,
  type TableTarget,
} from "../../src/taskpane/table";
import { tableRequest, type RequestParts } from "../support/table-request";

const never = async (): Promise<OverwriteChoice> => assert.fail("asked on an empty sheet");

const plan =
  (parts: RequestParts) =>
  (anchor: TableTarget): TablePlan =>
    planTable(tableRequest({ ...parts, anchor }));

describe("task pane: inserting table plans", () => {
  let store: WorkbookStore;
  let fake: InstalledStandIn;

  beforeEach(() => {
    store = new WorkbookStore("Sheet1");
    fake = installExcelStandIn(store);
  });
  afterEach(() => fake.restore());

  /** A cell as the sheet shows it: its value in the number format Excel applies now. */
  const shown = (sheet: string, row: number, column: number) =>
    displayCell(store.value(sheet, row, column), store.displayFormat(sheet, row, column)).text;

  /** The sheet row (0-based) of a label in column B. */
  const rowOfLabel = (sheet: string, label: string, nth = 0) => {
    const rows: number[] = [];
    for (let r = 0; r < 200; r++) if (store.value(sheet, r, 1) === label) rows.push(r);
    assert.ok(rows[nth] !== undefined, `no "${label}" in column B`);
    return rows[nth];
  };

  it("writes a 60-row x 12-column statement with its formats in one Excel.run and at most 3 syncs", async () => {
    const statement = plan({
      kind: "cashflow",
      periods: [
        "1H18",
        "2H18",
        "FY18",
        "1H19",
        "1Q22",
        "2Q22",
        "1H22",
        "2H22",
        "FY22",
        "1Q23",
        "2Q23",
        "1H23",
      ],
      keepEmpty: true,
      yoy: true,
    });
    const probe = statement({ row: 2, column: 1 });
    assert.ok(probe.range.rowCount >= 60, `rows: ${probe.range.rowCount}`);
    assert.ok(probe.range.columnCount - 1 >= 12, `period columns: ${probe.range.columnCount - 1}`);
    assert.ok(probe.styles.length > 10 && probe.unitFormats.length > 0);
    const result = await insertTable(statement, { row: 2, column: 1 }, never);
    assert.equal(result.status, "inserted");
    assert.equal(fake.counter.runs, 1);
    assert.ok(fake.counter.syncs <= 3, `context.sync() calls: ${fake.counter.syncs}`);
    assert.equal(result.syncs, fake.counter.syncs);
  });

  it("lands as the analyst sees it: parentheses, bold totals with a rule, indents, derived headers in italics, dates", async () => {
    await insertTable(
      plan({ kind: "balance", periods: ["FY22", "1H23"] }),
      { row: 2, column: 1 },
      never
    );
    // Header row 4: real dates, shown 31-Mar-23 and 30-Sep-23.
    assert.equal(store.value("Sheet1", 3, 2), 45016);
    assert.equal(shown("Sheet1", 3, 2), "31-Mar-23");
    assert.equal(shown("Sheet1", 3, 3), "30-Sep-23");
    const treasury = rowOfLabel("Sheet1", "Treasury shares");
    // 2023 report line 665: (1,831) and (12,027).
    assert.equal(shown("Sheet1", treasury, 2), "(1,831)");
    assert.equal(shown("Sheet1", treasury, 3), "(12,027)");
    assert.equal(store.format("Sheet1", treasury, 1).indent, 1);
    const total = rowOfLabel("Sheet1", "Total assets");
    assert.equal(shown("Sheet1", total, 3), "259,108");
    assert.equal(store.format("Sheet1", total, 3).bold, true);
    assert.equal(store.format("Sheet1", total, 3).borderTop, "Continuous");
    assert.equal(store.format("Sheet1", 2, 1).bold, true, "title");
    assert.ok((store.columnWidth("Sheet1", 1) ?? 0) > (store.columnWidth("Sheet1", 2) ?? 0));

    await insertTable(
      plan({ kind: "revenue", periods: ["1Q23", "2Q23", "1H23"] }),
      { row: 2, column: 6 },
      never
    );
    assert.equal(store.value("Sheet1", 3, 7), "1Q23");
    assert.equal(store.format("Sheet1", 3, 7).italic, true);
    assert.equal(store.value("Sheet1", 4, 7), "derived: 1H\u00a0−\u00a02Q");
    assert.notEqual(store.format("Sheet1", 3, 8).italic, true);
  });

  it("follows the unit corner: JPY bn shows one decimal, back to JPY mn none", async () => {
    await insertTable(
      plan({ kind: "revenue", periods: ["1H22", "1H23"] }),
      { row: 2, column: 1 },
      never
    );
    const atm = rowOfLabel("Sheet1", "ATM operation business");
    // 1,467 JPY mn (2023 report line 678).
    assert.equal(shown("Sheet1", atm, 3), "1,467");
    store.setFormulas("Sheet1", 3, 1, [["JPY bn"]]);
    assert.equal(shown("Sheet1", atm, 3), "1.5");
    assert.equal(shown("Sheet1", 2, 1), "Internet Initiative Japan: Revenue by line (JPY bn)");
    store.setFormulas("Sheet1", 3, 1, [["JPY mn"]]);
    assert.equal(shown("Sheet1", atm, 3), "1,467");
  });

  const previewed: [string, Parameters<typeof plan>[0]][] = [
    [
      "P&L with YoY and margins",
      {
        kind: "pl",
        periods: ["2Q18", "1H18", "2Q19", "1H19", "1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"],
        yoy: true,
        margin: true,
      },
    ],
    [
      "KPIs, dates down",
      { kind: "kpi", periods: ["2022-09-30", "2023-09-30"], layout: "down", yoy: true },
    ],
    [
      "revenue, rolling headers",
      { kind: "revenue", periods: ["1H22", "2H22", "1H23"], rolling: true, keepEmpty: true },
    ],
    [
      "balance sheet in JPY bn",
      { kind: "balance", periods: ["2019-09-30", "2023-09-30"], unit: "JPY bn" },
    ],
  ];
  for (const [name, request] of previewed)
    it(`computes in the sheet exactly what the pane previewed: ${name}`, async () => {
      const result = await insertTable(plan(request), { row: 2, column: 1 }, never);
      const inserted = result.plan!;
      const preview = previewTable(inserted).rows;
      preview.forEach((row, r) =>
        row.forEach((cell, c) => {
          const value = store.value("Sheet1", inserted.range.row + r, inserted.range.column + c);
          if (typeof cell.value === "number" && typeof value === "number")
            assert.ok(Math.abs(cell.value - value) < 1e-9, `${r},${c}: ${cell.value} vs ${value}`);
          else assert.equal(value, cell.value ?? "", `${r},${c}`);
        })
      );
    });

  it('"Sheet2!C5" writes to Sheet2; a sheet that does not exist is refused by name, nothing written', async () => {
    store.addSheet("Sheet2");
    const result = await insertTable(
      plan({ kind: "revenue", periods: ["1H23"] }),
      { sheet: "Sheet2", row: 4, column: 2 },
      never
    );
    assert.equal(result.sheet, "Sheet2");
    assert.equal(result.syncs, 3);
    assert.equal(store.value("Sheet2", 5, 2), "JPY mn", "corner at C6, under the title at C5");
    assert.equal(store.formula("Sheet2", 6, 3), '=IIJ.REVENUE(D$6,"Network",$C$6)');
    assert.equal(store.value("Sheet2", 6, 3), 73981);
    assert.equal(store.usedRange("Sheet1"), undefined, "the active sheet is untouched");
    await assert.rejects(
      insertTable(
        plan({ kind: "revenue", periods: ["1H23"] }),
        { sheet: "Nope", row: 4, column: 2 },
        never
      ),
      /There is no sheet named "Nope"/
    );
    assert.deepEqual(store.sheetNames(), ["Sheet1", "Sheet2"]);
  });

  it("never writes over a non-empty cell unasked; overwriting replaces the earlier table's formats", async () => {
    store.setFormulas("Sheet1", 5, 2, [["keep me"]]);
    const revenue = plan({ kind: "revenue", periods: ["1H22", "1H23"] });
    const cancelled = await insertTable(revenue, { row: 2, column: 1 }, async () => "cancel");
    assert.equal(cancelled.status, "cancelled");
    assert.equal(store.formula("Sheet1", 5, 2), "keep me");
    assert.equal(store.formula("Sheet1", 2, 1), "");
    await insertTable(revenue, { row: 2, column: 1 }, async () => "overwrite");
    await insertTable(revenue, { row: 2, column: 1 }, async () => "overwrite");
    assert.equal(
      store.conditionalFormats.length,
      planTable(tableRequest({ kind: "revenue", periods: ["1H23"] })).unitFormats.length,
      "the unit rules of one table, not two stacked"
    );
  });

  it("a per-share table's corner says what its cells are, and Excel refuses a money unit typed over it, saying why; overwriting leaves one rule", async () => {
    const perShare = plan({
      kind: "search",
      items: ["Interim dividend per share", "Weighted average number of shares — basic"],
      periods: ["1H22", "1H23"],
      shareBasis: "latest",
    });
    await insertTable(perShare, { row: 2, column: 1 }, never);
    // The corner is B4 (title in B3): yen per share and share counts, no money unit.
    assert.equal(store.value("Sheet1", 3, 1), "yen / shares, adjusted to the latest share basis");
    // 2023 report line 1078: 17.18 yen for 1H23, whatever the corner says.
    assert.equal(shown("Sheet1", rowOfLabel("Sheet1", "Interim dividend per share"), 4), "17.18");
    await insertTable(perShare, { row: 2, column: 1 }, async () => "overwrite");
    assert.equal(store.validations.length, 1);
    const [rule] = store.validations;
    assert.deepEqual(rule.range, { row: 3, column: 1, rowCount: 1, columnCount: 1 });
    assert.equal(
      rule.rule?.custom.formula,
      '=$B$4="yen / shares, adjusted to the latest share basis"'
    );
    assert.equal(rule.errorAlert?.style, "Stop");
    assert.match(rule.errorAlert!.message, /yen \/ shares, which no unit rescales/);
    // A money table over it: the rule goes with the table it belonged to.
    await insertTable(
      plan({ kind: "revenue", periods: ["1H23"] }),
      { row: 2, column: 1 },
      async () => "overwrite"
    );
    assert.equal(store.validations.length, 0);
  });

  it("charts the lines in the table's chronological column order, of one kind of period: the quarters, not 1H23", async () => {
    const result = await insertTable(
      plan({ kind: "revenue", periods: ["1H23", "1Q23", "2Q23"] }),
      { row: 2, column: 1 },
      never
    );
    await insertChart(result.plan!, result.sheet, never);
    const [chart] = store.charts;
    assert.deepEqual(
      chart.series.map((s) => s.nameText),
      ["Network services", "Systems integration", "ATM operation business"]
    );
    const categories = chart.categories!;
    const headers = Array.from({ length: categories.columnCount }, (_, i) =>
      store.value("Sheet1", categories.row, categories.column + i)
    );
    assert.deepEqual(headers, ["1Q23", "2Q23"]);
    const values = chart.series[0].values;
    // Network services: 1Q23 36,354 (1H23 73,981, line 676, less 2Q23 37,627, line 711), 2Q23
    // 37,627; 1H23, a half, would stand at double height beside them and is not charted.
    assert.deepEqual(
      Array.from({ length: values.columnCount }, (_, i) =>
        store.value("Sheet1", values.row, values.column + i)
      ),
      [36354, 37627]
    );
  });

  /** What a stored chart plots, as Excel shows its cells: categories, then each series' name and values. */
  const plotted = (sheet: string, at = -1) => {
    const chart = store.charts.at(at)!;
    const along = (range: { row: number; column: number; columnCount: number }) =>
      Array.from({ length: range.columnCount }, (_, i) => ({
        shown: shown(sheet, range.row, range.column + i),
        value: store.value(sheet, range.row, range.column + i),
      }));
    return {
      categories: along(chart.categories!).map((c) => c.shown),
      series: chart.series.map((s) => ({
        name: s.nameText,
        values: along(s.values).map((c) => (c.value === "" ? null : c.value)),
        shown: along(s.values).map((c) => c.shown),
      })),
    };
  };

  it("the default table (quarters between halves): the chart plots a block of formulas under the table, which follows the unit corner", async () => {
    const table = await insertTable(
      plan({ kind: "revenue", periods: ["1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"] }),
      { row: 2, column: 1 },
      never
    );
    assert.equal(table.plan!.address, "B3:H11");
    const result = await insertChart(table.plan!, table.sheet, never);
    // Office.js: one Excel.run, the block's range read (sync 1), block and chart written (sync 2).
    assert.equal(result.status, "inserted");
    assert.equal(fake.counter.lastRunSyncs, 2);
    assert.equal(result.syncs, 2);
    assert.equal(result.plan!.address, "B13:F17");
    // Formulas referring to the table (row 6 Network services, F the 1Q23 column), not values.
    assert.equal(store.formula("Sheet1", 14, 2), "=C6");
    assert.equal(store.formula("Sheet1", 14, 4), "=F6");
    const chart = plotted("Sheet1");
    assert.deepEqual(chart.categories, ["1Q22", "2Q22", "1Q23", "2Q23"]);
    assert.deepEqual(
      chart.series.map((s) => s.name),
      ["Network services", "Systems integration", "ATM operation business"]
    );
    // 2023 report: network services 1H22 67,707 and 1H23 73,981 (line 676), 2Q22 34,473 and 2Q23
    // 37,627 (line 711); the first quarters the differences.
    assert.deepEqual(chart.series[0].values, [33234, 34473, 36354, 37627]);
    assert.deepEqual(chart.series[0].shown, ["33,234", "34,473", "36,354", "37,627"]);
    assert.deepEqual(store.charts[0].position, { from: "J3", to: "P17" });
    assert.equal(store.charts[0].categoryType, "TextAxis", "periods evenly spaced");
    // The unit corner to JPY bn: the block's figures rescale and take the table's format.
    store.setFormulas("Sheet1", 3, 1, [["JPY bn"]]);
    const inBillions = plotted("Sheet1");
    assert.deepEqual(inBillions.series[0].values, [33.234, 34.473, 36.354, 37.627]);
    assert.deepEqual(inBillions.series[0].shown, ["33.2", "34.5", "36.4", "37.6"]);
    assert.equal(shown("Sheet1", 13, 1), "JPY bn", "the block says its unit");
  });

  it("halves with fiscal years missing: the chart has an empty category labelled for them", async () => {
    const table = await insertTable(
      plan({ kind: "revenue", periods: ["1H18", "1H19", "1H22", "1H23"], periodicity: "halves" }),
      { row: 2, column: 1 },
      never
    );
    await insertChart(table.plan!, table.sheet, never);
    const chart = plotted("Sheet1");
    assert.deepEqual(chart.categories, [
      "1H18",
      "1H19",
      "FY20–FY21 not in dataset",
      "1H22",
      "1H23",
    ]);
    // 2019 report line 646: 58,158,157 and 61,203,901 thousand yen; 2023 report line 676: 67,707
    // and 73,981 million; nothing where the years are missing.
    assert.deepEqual(chart.series[0].values, [58158.157, 61203.901, null, 67707, 73981]);
    assert.deepEqual(chart.series[0].shown, ["58,158", "61,204", "", "67,707", "73,981"]);
  });

  it("the chart's block asks before writing over anything: cancel writes nothing, next puts it below everything", async () => {
    const quarters = plan({
      kind: "revenue",
      periods: ["1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"],
    });
    const table = (await insertTable(quarters, { row: 2, column: 1 }, never)).plan!;
    store.setFormulas("Sheet1", 15, 3, [["keep me"]]);
    const prompts: OccupiedPrompt[] = [];
    const answer = (choice: OverwriteChoice) => async (p: OccupiedPrompt) => {
      prompts.push(p);
      return choice;
    };
    const cancelled = await insertChart(table, undefined, answer("cancel"));
    assert.equal(cancelled.status, "cancelled");
    assert.equal(store.charts.length, 0);
    assert.equal(store.formula("Sheet1", 14, 2), "", "nothing written");
    // Below the used range (which ends at D16's "keep me"), one blank row apart.
    assert.deepEqual(prompts[0], { address: "B13:F17", nextAddress: "B18:F22" });
    const below = await insertChart(table, undefined, answer("next"));
    assert.equal(below.plan!.address, "B18:F22");
    assert.equal(store.formula("Sheet1", 15, 3), "keep me");
    assert.deepEqual(plotted("Sheet1").series[0].values, [33234, 34473, 36354, 37627]);
  });

  it("rolling tables of every kind: IIJ.PERIOD under each header shows what the preview shows, and the chart takes it", async () => {
    // Halves only: a chart plots one kind of period (FY22 between 2H22 and 1H23 would leave the
    // halves apart, and no series; chart-columns.ts).
    const last = {
      periods: ["1H22", "2H22", "1H23"],
      dates: ["2022-09-30", "2023-03-31", "2023-09-30"],
    };
    // A matrix (changes in equity) has no rolling headers: its blocks are laid out as printed.
    for (const kind of TABLE_KINDS.filter((k) => !k.matrix)) {
      const sheet = store.addSheet(kind.id);
      const request = plan({
        kind: kind.id,
        periods: kind.columns === "dates" ? last.dates : last.periods,
        rolling: true,
        keepEmpty: true,
        items: ["Total revenues", "Financial position: Total assets"],
      });
      const result = await insertTable(request, { row: 1, column: 1, sheet }, never);
      const table = result.plan!;
      const preview = previewTable(table);
      const { categories } = table.chart;
      const shownNotes = Array.from({ length: categories.columnCount }, (_, i) =>
        shown(sheet, categories.row, categories.column + i)
      );
      assert.deepEqual(shownNotes, preview.categories, `${kind.id}: sheet and preview agree`);
      assert.equal(shownNotes.length, table.columns.length);
      for (const [i, column] of table.columns.entries()) {
        const formula = String(store.formula(sheet, categories.row, categories.column + i));
        assert.match(formula, /^=IIJ\.PERIOD\([A-Z]+\$\d+,"[^"]+"\)$/, `${kind.id} ${formula}`);
        // What the header stands for is the period the column was planned for.
        const expected = /^\d{4}-/.test(column.period)
          ? displayCell(isoToSerial(column.period), "d-mmm-yy").text
          : column.period;
        assert.equal(shownNotes[i], expected, `${kind.id} ${column.header}`);
      }
      await insertChart(table, sheet, never);
      assert.deepEqual(store.charts.at(-1)!.categories, categories);
    }
  });

  it("inserts a function reference example with the format a table gives it", async () => {
    const formula = '=IIJ.REVENUE("1H23","Network")';
    await insertFormula(formula, formulaNumberFormat(formula), { row: 0, column: 0 }, never);
    assert.equal(store.numberFormat("Sheet1", 0, 0), '#,##0;(#,##0);"–"');
    assert.equal(shown("Sheet1", 0, 0), "73,981");
  });
});
