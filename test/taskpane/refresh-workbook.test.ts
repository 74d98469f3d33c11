/**
 * Refresh as the pane runs it (src/taskpane/refresh-workbook.ts) against the preview host's Excel
 * stand-in, a HyperFormula workbook with Office.js's batching rules: list, copy to a sheet, apply,
 * each one Excel.run with its syncs counted. The newer dataset is the preview's staged one
 * (src/preview/staged-dataset.ts): a later filing restating 1H23 Network services as 73,990 where
 * the 2Q FY2023 report prints 73,981 (line 676). Also how the list shows values.
 */
import assert from "node:assert/strict";
import { DATASET_VERSION } from "../../src/data/generated/dataset";
import { loadDataset } from "../../src/data/load";
import { Query } from "../../src/data/query";
import {
  createExcelStandIn,
  installExcelStandIn,
  type InstalledStandIn,
} from "../../src/preview/excel-standin";
import { stagedDataset } from "../../src/preview/staged-dataset";
import { WorkbookStore } from "../../src/preview/workbook-store";
import { DATASET_PROPERTY } from "../../src/shared/workbook-marks";
import { beforeAfter, kindCounts } from "../../src/taskpane/components/change-list";
import type { CellChange } from "../../src/taskpane/refresh-changes";
import { applyRefresh, copyRefreshList, listRefresh } from "../../src/taskpane/refresh-workbook";
import { readWorkbookCells } from "../../src/taskpane/workbook-cells";
import {
  opensWithWorkbook,
  recordedDataset,
  setOpensWithWorkbook,
} from "../../src/taskpane/workbook-settings";

const globals = globalThis as Record<string, unknown>;
const newer = new Query(stagedDataset(loadDataset()));

describe("task pane: refresh against the preview host's Excel stand-in", () => {
  let store: WorkbookStore;
  let fake: InstalledStandIn;

  beforeEach(() => {
    // Calculated with the shipped dataset (HyperFormula runs the IIJ functions), recording it.
    store = new WorkbookStore("Model");
    store.setFormulas("Model", 0, 0, [
      ["JPY mn", "1H22", "1H23", "H0"],
      ["Network", ...["B", "C", "D"].map((c) => `=IIJ.REVENUE(${c}$1,$A2,$A$1)`)],
      ["Growth", "", '=IIJ.YOY("Network",C1)', ""],
    ]);
    store.setNumberFormats("Model", 2, 2, [["0.0%"]]);
    store.addSheet("Notes");
    store.setFormulas("Notes", 3, 1, [["see Model"]]);
    store.setCustomProperty(DATASET_PROPERTY, DATASET_VERSION);
    fake = installExcelStandIn(store);
  });
  afterEach(() => fake.restore());

  it("reads every sheet and the recorded version in one Excel.run, 2 syncs, as Office.js gives them", async () => {
    const read = await readWorkbookCells();
    assert.deepEqual([fake.counter.runs, fake.counter.syncs], [1, 2]);
    assert.equal(read.recorded, DATASET_VERSION);
    assert.deepEqual(
      read.sheets.map((s) => [s.name, s.row, s.column]),
      [
        ["Model", 0, 0],
        ["Notes", 3, 1],
      ]
    );
    const model = read.sheets[0];
    assert.equal(model.formulas[1][2], "=IIJ.REVENUE(C$1,$A2,$A$1)");
    assert.equal(model.values[1][2], 73_981);
    assert.equal(model.numberFormats?.[2][2], "0.0%");
  });

  it("lists the changes without recalculating, copies them to new sheets, then applies: 1, 1 and 1 Excel.run", async () => {
    const listing = await listRefresh(newer);
    assert.deepEqual([fake.counter.runs, fake.counter.syncs, listing.syncs], [1, 2, 2]);
    assert.equal(store.calculations, 0);
    assert.deepEqual(
      listing.preview.changes.map((c) => [c.address, c.before, c.after]),
      [
        ["C2", 73_981, 73_990],
        ["D2", 73_981, 80_000],
        ["C3", (73_981 - 67_707) / 67_707, (73_990 - 67_707) / 67_707],
      ]
    );

    const first = await copyRefreshList(listing);
    assert.equal(fake.counter.lastRunSyncs, 2);
    const second = await copyRefreshList(listing, new Date(2024, 10, 15, 9, 31, 12));
    assert.deepEqual([first, second], ["IIJ refresh", "IIJ refresh (2)"]);
    assert.deepEqual(store.sheetNames(), ["Model", "Notes", "IIJ refresh", "IIJ refresh (2)"]);
    assert.equal(store.value("IIJ refresh", 2, 0), "Listed before refreshing; not applied");
    assert.equal(store.value("IIJ refresh (2)", 2, 0), "Applied at 15-Nov-24 09:31:12");
    assert.deepEqual(
      [0, 1, 2, 3].map((c) => store.value("IIJ refresh", 5, c)),
      ["Model!C2", "=IIJ.REVENUE(C$1,$A2,$A$1)", 73_981, 73_990],
      "the formula kept as text, not run"
    );
    assert.equal(store.formula("Model", 1, 2), "=IIJ.REVENUE(C$1,$A2,$A$1)", "the model untouched");

    const runs = fake.counter.runs;
    await applyRefresh(listing);
    assert.deepEqual([fake.counter.runs - runs, fake.counter.lastRunSyncs], [1, 1]);
    assert.equal(store.calculations, 1);
    assert.equal(store.customProperty(DATASET_PROPERTY)?.value, "2024-11-14.5eeded01");
    assert.equal(await recordedDataset(), "2024-11-14.5eeded01");
  });

  it("custom properties: keys case-insensitive, a missing one a null object", async () => {
    store.setCustomProperty("iij figures DATASET", "2024-11-14.5eeded01");
    assert.equal(await recordedDataset(), "2024-11-14.5eeded01");
    store.deleteCustomProperty(DATASET_PROPERTY);
    assert.equal(await recordedDataset(), undefined);
  });

  it("a sheet collection's items are readable only once loaded and synced", async () => {
    const excel = fake.Excel as {
      run<T>(batch: (context: { workbook: { worksheets: unknown } }) => Promise<T>): Promise<T>;
    };
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets as {
        load(p: string): void;
        items: { name: string }[];
      };
      sheets.load("items/name");
      assert.throws(() => sheets.items, /PropertyNotLoaded|not available/);
      await (context as unknown as { sync(): Promise<void> }).sync();
      assert.deepEqual(
        sheets.items.map((s) => s.name),
        ["Model", "Notes"]
      );
    });
  });

  it("document settings: saved into the document only by saveAsync, read back by the next session", async () => {
    assert.equal(opensWithWorkbook(), false);
    await setOpensWithWorkbook(true);
    assert.equal(store.savedSettings.get("Office.AutoShowTaskpaneWithDocument"), true);
    const office = fake.Office as {
      context: { document: { settings: { set(n: string, v: unknown): void } } };
    };
    office.context.document.settings.set("Office.AutoShowTaskpaneWithDocument", false);
    assert.equal(
      store.savedSettings.get("Office.AutoShowTaskpaneWithDocument"),
      true,
      "not saved yet"
    );
    // The workbook opened again: the add-in starts with the settings the document holds.
    Object.assign(globals, { Office: createExcelStandIn(store).Office });
    assert.equal(opensWithWorkbook(), true);
  });
});

describe("task pane: the change list's values", () => {
  const change = (before: CellChange["before"], after: CellChange["after"], numberFormat: string) =>
    ({
      sheet: "Model",
      address: "C3",
      formula: "",
      before,
      after,
      numberFormat,
      reasons: [{ kind: "restated", text: "" }],
    }) as CellChange;

  it("as the cell shows them; more decimals where its format shows both the same", () => {
    const money = '#,##0;(#,##0);"–"';
    assert.deepEqual(beforeAfter(change(73_981, 73_990, money)), ["73,981", "73,990"]);
    assert.deepEqual(beforeAfter(change(-1_831, -1_840, money)), ["(1,831)", "(1,840)"]);
    assert.deepEqual(beforeAfter(change({ error: "#N/A" }, 80_000, money)), ["#N/A", "80,000"]);
    assert.deepEqual(beforeAfter(change(73_981, undefined, money)), [
      "73,981",
      "Excel works it out",
    ]);
    const growth = [(73_981 - 67_707) / 67_707, (73_990 - 67_707) / 67_707];
    assert.deepEqual(beforeAfter(change(growth[0], growth[1], "0.0%")), ["9.27%", "9.28%"]);
    assert.deepEqual(beforeAfter(change(73_981.2, 73_981.4, money)), ["73,981.2", "73,981.4"]);
  });

  it("counts each kind of reason once per cell, in a fixed order", () => {
    const restated = change(1, 2, "General");
    const both = {
      ...restated,
      reasons: [
        { kind: "period", text: "" },
        { kind: "restated", text: "" },
        { kind: "restated", text: "" },
      ],
    } as CellChange;
    assert.deepEqual(kindCounts([both, restated]), [
      ["restated", 2],
      ["period", 1],
    ]);
  });
});
