/**
 * The Office.js action layer against a fake Excel: the preview host's stand-in
 * (src/preview/excel-standin.ts), which queues writes and loads until context.sync() like
 * Office.js, throws on reading what was not loaded, and counts every sync.
 */
import assert from "node:assert/strict";
import { installExcelStandIn, type InstalledStandIn } from "../../src/preview/excel-standin";
import { WorkbookStore } from "../../src/preview/workbook-store";
import type { CellIndex } from "../../src/taskpane/a1";
import {
  insertChart,
  insertTable,
  keepValues,
  readSelection,
  type OccupiedPrompt,
  type OverwriteChoice,
} from "../../src/taskpane/excel-actions";
import { parseIIJCalls, referencedAddresses } from "../../src/taskpane/source-card";
import { DATASET_VERSION } from "../../src/data/generated/dataset";
import { DATASET_PROPERTY } from "../../src/shared/workbook-marks";
import { planTable, type TablePlan, type TableTarget } from "../../src/taskpane/table";
import { tableRequest } from "../support/table-request";

/** A revenue-by-line table of these periods, anchored where asked (title row, then the corner). */
function revenueTable(periods: string[], anchor: TableTarget): TablePlan {
  return planTable(tableRequest({ kind: "revenue", periods, anchor }));
}

/** A rows x columns block of formulas with no styles: any SheetWrite goes through insertTable. */
function bigPlan(rows: number, columns: number) {
  return (a: CellIndex) => {
    const formulas = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => (r === 0 || c === 0 ? `h${r}.${c}` : `=${r}*${c}`))
    );
    return {
      address: `${rows}x${columns}`,
      range: { row: a.row, column: a.column, rowCount: rows, columnCount: columns },
      formulas,
      numberFormats: formulas.map((line) => line.map(() => "#,##0")),
    };
  };
}

describe("task pane: Office.js actions against a fake Excel", () => {
  let store: WorkbookStore;
  let fake: InstalledStandIn;

  beforeEach(() => {
    store = new WorkbookStore("Sheet1");
    fake = installExcelStandIn(store);
  });
  afterEach(() => fake.restore());

  it("inserts a 20x10 block in one Excel.run with 2 context.sync() calls, one formulas and one numberFormat write", async () => {
    const never = async (): Promise<OverwriteChoice> => assert.fail("asked on an empty sheet");
    const result = await insertTable(bigPlan(20, 10), { row: 2, column: 1 }, never);
    assert.equal(result.status, "inserted");
    assert.equal(fake.counter.runs, 1);
    assert.equal(fake.counter.syncs, 2, "context.sync() calls for a 20x10 insert");
    assert.equal(result.syncs, 2);
    assert.equal(store.formula("Sheet1", 3, 2), "=1*1");
    assert.equal(store.value("Sheet1", 21, 10), 19 * 9);
    assert.equal(store.numberFormat("Sheet1", 21, 10), "#,##0");
  });

  it("asks before writing over anything; cancel writes nothing, next puts it below the used range", async () => {
    store.setFormulas("Sheet1", 4, 2, [["keep me"]]);
    const prompts: OccupiedPrompt[] = [];
    const answer = (choice: OverwriteChoice) => async (p: OccupiedPrompt) => {
      prompts.push(p);
      return choice;
    };
    const plan = (a: TableTarget) => revenueTable(["1H22", "1H23"], a);
    const cancelled = await insertTable(plan, { row: 2, column: 1 }, answer("cancel"));
    assert.equal(cancelled.status, "cancelled");
    assert.equal(store.formula("Sheet1", 4, 2), "keep me");
    assert.equal(store.formula("Sheet1", 2, 1), "");
    // Title B3, corner B4, four lines B5:B8, a blank row, the source line B10.
    assert.deepEqual(prompts[0], { address: "B3:D10", nextAddress: "B7:D14" });

    const below = await insertTable(plan, { row: 2, column: 1 }, answer("next"));
    assert.equal(below.plan?.address, "B7:D14");
    assert.equal(store.formula("Sheet1", 4, 2), "keep me");
    assert.equal(store.formula("Sheet1", 8, 3), '=IIJ.REVENUE(D$8,"Network",$B$8)');
    assert.equal(store.value("Sheet1", 8, 3), 73981);
    assert.ok(fake.counter.lastRunSyncs <= 2);

    await insertTable(plan, { row: 2, column: 1 }, answer("overwrite"));
    assert.equal(store.formula("Sheet1", 4, 2), '=IIJ.REVENUE(C$4,"Network",$B$4)');
  });

  it("an insert records the dataset version in a workbook that records none, and leaves a recorded one alone, in the same syncs", async () => {
    const never = async (): Promise<OverwriteChoice> => assert.fail("asked on an empty sheet");
    const plan = (a: TableTarget) => revenueTable(["1H23"], a);
    const first = await insertTable(plan, { row: 2, column: 1 }, never);
    assert.equal(first.status, "inserted");
    assert.equal(store.customProperty(DATASET_PROPERTY)?.value, DATASET_VERSION);
    assert.equal(fake.counter.syncs, 2);

    store.setCustomProperty(DATASET_PROPERTY, "2023-08-10.0ldf1gs0");
    await insertTable(plan, { row: 20, column: 1 }, never);
    assert.equal(store.customProperty(DATASET_PROPERTY)?.value, "2023-08-10.0ldf1gs0");
    assert.equal(fake.counter.lastRunSyncs, 2);
  });

  it("reads the selection and the cells its IIJ formula refers to", async () => {
    const plan = (a: TableTarget) => revenueTable(["1H22"], a);
    await insertTable(plan, { row: 2, column: 1 }, async () => "cancel");
    store.select("Sheet1", 4, 2);
    const selection = await readSelection((f) => referencedAddresses(parseIIJCalls(f)));
    assert.equal(selection.address, "Sheet1!C5");
    assert.equal(selection.formula, '=IIJ.REVENUE(C$4,"Network",$B$4)');
    assert.deepEqual(
      [...selection.refValues],
      [
        ["C$4", "1H22"],
        ["$B$4", "JPY mn"],
      ]
    );
  });

  it("adds a chart next to the table", async () => {
    const plan = revenueTable(["1H22", "1H23"], { row: 2, column: 1 });
    await insertTable(
      () => plan,
      { row: 2, column: 1 },
      async () => "cancel"
    );
    await insertChart(plan, undefined, async () => assert.fail("nothing to ask: no data block"));
    assert.equal(store.charts.length, 1);
    assert.deepEqual(store.charts[0].position, { from: "F3", to: "L17" });
    assert.equal(store.charts[0].seriesBy, "Rows");
  });

  it("keeps values in a copy of the sheet and leaves the original alone", async () => {
    store.setFormulas("Sheet1", 0, 0, [['=IIJ.REVENUE("1H23","Network")', "text"]]);
    const copy = await keepValues();
    assert.equal(copy.name, "Sheet1 (2)");
    assert.equal(store.formula("Sheet1", 0, 0), '=IIJ.REVENUE("1H23","Network")');
    assert.equal(store.formula("Sheet1 (2)", 0, 0), 73981);
    assert.equal(store.formula("Sheet1 (2)", 0, 1), "text");
    assert.equal(store.activeSheet, "Sheet1 (2)");
    assert.equal(fake.counter.syncs, 2);
  });
});
