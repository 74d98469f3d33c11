/**
 * The Office.js actions that work on the whole workbook, against the preview host's Excel stand-in
 * (src/preview/excel-standin.ts, Office.js's batching rules): "Open IIJ Figures with this workbook",
 * the recorded dataset version, reading every IIJ.* cell in two syncs, selecting a listed cell and
 * writing the audit trail.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { installExcelStandIn, type InstalledStandIn } from "../../src/preview/excel-standin";
import { WorkbookStore } from "../../src/preview/workbook-store";
import { DATASET_PROPERTY } from "../../src/shared/workbook-marks";
import { readWorkbookCells, selectCell, writeAuditTrail } from "../../src/taskpane/workbook-cells";
import {
  autoOpenSupported,
  opensWithWorkbook,
  recordedDataset,
  refreshWithDataset,
  setOpensWithWorkbook,
} from "../../src/taskpane/workbook-settings";

const ROOT = join(__dirname, "..", "..");

describe("task pane: workbook-level Office.js actions", () => {
  let store: WorkbookStore;
  let excel: InstalledStandIn;
  /** A cell's value as the sheet holds it: "C4" on a sheet. */
  const cell = (sheet: string, address: string) =>
    store.value(sheet, Number(address.slice(1)) - 1, address.charCodeAt(0) - 65);

  beforeEach(() => {
    store = new WorkbookStore("Model");
    store.setFormulas("Model", 0, 0, [
      ["JPY mn", "1H23", "H0"],
      ["Network", "=IIJ.REVENUE(B$1,$A2,$A$1)", "=IIJ.REVENUE(C$1,$A2,$A$1)"],
    ]);
    store.setFormulas("Model", 4, 3, [["=SUM(B2:C2)"]]);
    store.setValues(store.addSheet("Notes"), 2, 1, [["see Model"]]);
    store.addSheet("Empty");
    store.activate("Model");
    excel = installExcelStandIn(store);
  });
  afterEach(() => excel.restore());

  it("the manifest designates the pane Excel opens with a workbook (TaskpaneId Office.AutoShowTaskpaneWithDocument)", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const actions = [
      ...manifest.matchAll(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>([^<]+)<\/TaskpaneId>/g),
    ];
    assert.deepEqual(
      actions.map((a) => a[1]),
      ["Office.AutoShowTaskpaneWithDocument"]
    );
  });

  it("'Open IIJ Figures with this workbook': off by default, on and off again, saved into the document each time", async () => {
    assert.equal(autoOpenSupported(), true);
    assert.equal(opensWithWorkbook(), false);
    await setOpensWithWorkbook(true);
    assert.equal(opensWithWorkbook(), true);
    assert.equal(store.savedSettings.get("Office.AutoShowTaskpaneWithDocument"), true);
    await setOpensWithWorkbook(false);
    assert.equal(opensWithWorkbook(), false);
    assert.equal(store.savedSettings.get("Office.AutoShowTaskpaneWithDocument"), false);
  });

  it("says so when the setting cannot be saved", async () => {
    store.readOnly = true;
    await assert.rejects(
      setOpensWithWorkbook(true),
      /Could not save “Open IIJ Figures with this workbook”: the document is read-only/
    );
  });

  it("reads the recorded dataset version, none when there is no property", async () => {
    assert.equal(await recordedDataset(), undefined);
    store.setCustomProperty(DATASET_PROPERTY, "2023-11-14.e5dcf380");
    assert.equal(await recordedDataset(), "2023-11-14.e5dcf380");
    assert.equal(excel.counter.syncs, 2);
  });

  it("refresh recalculates everything and records the dataset version, in one sync", async () => {
    await refreshWithDataset("2024-11-14.5eeded01");
    assert.equal(store.calculations, 1);
    assert.equal(store.customProperty(DATASET_PROPERTY)?.value, "2024-11-14.5eeded01");
    assert.equal(excel.counter.syncs, 1);
  });

  it("reads every sheet's formulas and values and the recorded version in one Excel.run with 2 syncs", async () => {
    store.setCustomProperty(DATASET_PROPERTY, "2023-11-14.e5dcf380");
    for (let i = 0; i < 20; i++)
      store.setFormulas(store.addSheet(`Extra ${i}`), 0, 0, [['=IIJ.REVENUE("1H23")']]);
    const read = await readWorkbookCells();
    assert.equal(excel.counter.runs, 1);
    assert.equal(excel.counter.syncs, 2);
    assert.equal(read.syncs, 2);
    assert.equal(read.recorded, "2023-11-14.e5dcf380");
    assert.deepEqual(
      read.sheets.map((s) => s.name),
      ["Model", "Notes", ...Array.from({ length: 20 }, (_, i) => `Extra ${i}`)],
      "a sheet with nothing on it has no used range"
    );
    const model = read.sheets[0];
    assert.deepEqual([model.row, model.column], [0, 0]);
    assert.equal(model.formulas[1][1], "=IIJ.REVENUE(B$1,$A2,$A$1)");
    assert.equal(model.values[1][1], 73_981);
    assert.equal(model.formulas[4][3], "=SUM(B2:C2)");
    assert.deepEqual([read.sheets[1].row, read.sheets[1].column], [2, 1]);
  });

  it("selects a listed cell on its sheet", async () => {
    await selectCell("Model", "C2");
    assert.equal(store.activeSheet, "Model");
    assert.deepEqual(store.selection, { sheet: "Model", row: 1, column: 2 });
  });

  it("writes the audit trail to a new sheet, never over an existing one", async () => {
    const rows = [
      ["IIJ Figures refresh"],
      [],
      ["Cell", "Before", "After"],
      ["Model!B2", 73_981, 73_990],
    ];
    const first = await writeAuditTrail("IIJ refresh", rows);
    const second = await writeAuditTrail("IIJ refresh", rows);
    assert.deepEqual([first, second], ["IIJ refresh", "IIJ refresh (2)"]);
    assert.equal(cell("IIJ refresh", "A1"), "IIJ Figures refresh");
    assert.equal(cell("IIJ refresh", "C4"), 73_990);
    assert.equal(cell("Model", "B2"), 73_981, "the model is untouched");
    assert.equal(store.activeSheet, "IIJ refresh (2)");
  });
});
