/**
 * An `Excel` (and `Office`) stand-in backed by the preview's WorkbookStore: the Office.js surface
 * the task pane uses, in Office.js's shapes (@types/office-js), with its batching rules. Writes and
 * loads are queued and carried out at context.sync(); reading a property that was not loaded and
 * synced throws, as in Excel. Every sync is counted (`counter`), so tests can hold the pane to
 * its sync budget. Besides values and formulas: number formats, Range.format (font bold/italic/
 * colour, fill, borders by edge, indentLevel, horizontalAlignment, columnWidth, autofitColumns),
 * conditional formats of type Custom (rule formula; numberFormat, font, fill), charts with series
 * (series.add, setValues, setCategoryNames, categoryAxis.categoryType), getItemOrNullObject for
 * sheets, the sheet collection's items (load("items/name")), custom document properties
 * (workbook.properties.custom) and the add-in's document settings (Office.context.document.
 * settings, saved by saveAsync).
 *
 * The objects live in standin/: batch.ts (loading rules), range.ts, range-format.ts, chart.ts,
 * worksheet.ts, workbook.ts; this module is the request context and the globals.
 */
import type { WorkbookStore } from "./workbook-store";
import type { Batch, Thunk } from "./standin/batch";
import { StandInWorkbook } from "./standin/workbook";

export class StandInContext implements Batch {
  private queue: Thunk[] = [];
  readonly workbook: StandInWorkbook;
  syncs = 0;

  constructor(
    readonly store: WorkbookStore,
    private readonly counter: { syncs: number }
  ) {
    this.workbook = new StandInWorkbook(this);
  }

  enqueue(thunk: Thunk): void {
    this.queue.push(thunk);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.counter.syncs++;
    const queue = this.queue;
    this.queue = [];
    for (const thunk of queue) thunk();
    // A round trip to Excel is asynchronous.
    await Promise.resolve();
  }
}

export interface ExcelStandIn {
  readonly Excel: Record<string, unknown>;
  readonly Office: Record<string, unknown>;
  /** context.sync() calls so far, all runs together; `runs` counts Excel.run calls. */
  readonly counter: { syncs: number; runs: number; lastRunSyncs: number };
}

/** The `Excel` and `Office` globals, for the store given. */
export function createExcelStandIn(store: WorkbookStore): ExcelStandIn {
  const counter = { syncs: 0, runs: 0, lastRunSyncs: 0 };
  const Excel = {
    run: async <T>(batch: (context: StandInContext) => Promise<T>): Promise<T> => {
      counter.runs++;
      const context = new StandInContext(store, counter);
      const result = await batch(context);
      // Like Excel.run, send what is still queued.
      if (context.pending > 0) await context.sync();
      counter.lastRunSyncs = context.syncs;
      return result;
    },
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    ChartType: { columnClustered: "ColumnClustered", line: "Line", barClustered: "BarClustered" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ConditionalFormatType: { custom: "Custom" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
    },
    BorderLineStyle: { none: "None", continuous: "Continuous", double: "Double" },
    BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
    WorksheetPositionType: {
      none: "None",
      before: "Before",
      after: "After",
      beginning: "Beginning",
      end: "End",
    },
  };
  const Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      // The preview host sets the display language (its language switch); Office's is the UI's.
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => true },
      document: { settings: documentSettings(store) },
    },
  };
  return { Excel, Office, counter };
}

/**
 * Office.context.document.settings: an in-memory bag loaded from the document's saved settings
 * when the add-in starts; saveAsync writes it back into the document (store.savedSettings).
 */
function documentSettings(store: WorkbookStore) {
  const bag = new Map(store.savedSettings);
  type Result = { status: string; value: undefined; error?: { message: string } };
  return {
    get: (name: string): unknown => (bag.has(name) ? bag.get(name) : null),
    set: (name: string, value: unknown) => void bag.set(name, value),
    remove: (name: string) => void bag.delete(name),
    saveAsync(
      options?: Record<string, unknown> | ((result: Result) => void),
      callback?: (result: Result) => void
    ): void {
      const done = typeof options === "function" ? options : callback;
      // Asynchronous, as Office's is.
      setTimeout(() => {
        if (store.readOnly) {
          done?.({
            status: "failed",
            value: undefined,
            error: { message: "the document is read-only" },
          });
          return;
        }
        store.savedSettings = new Map(bag);
        done?.({ status: "succeeded", value: undefined });
      });
    },
  };
}

export interface InstalledStandIn extends ExcelStandIn {
  /** Puts back the `Excel` and `Office` that were there before (tests install one per test). */
  restore(): void;
}

/** Puts the stand-in where the pane's code looks for Office.js: the global scope. */
export function installExcelStandIn(store: WorkbookStore): InstalledStandIn {
  const globals = globalThis as Record<string, unknown>;
  const saved = { Excel: globals.Excel, Office: globals.Office };
  const standIn = createExcelStandIn(store);
  Object.assign(globals, { Excel: standIn.Excel, Office: standIn.Office });
  return { ...standIn, restore: () => Object.assign(globals, saved) };
}
