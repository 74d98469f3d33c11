/**
 * An `Excel` (and `Office`) stand-in backed by the preview's WorkbookStore: just the Office.js
 * surface the task pane uses, with Office.js's batching rules. Writes and loads are queued and
 * carried out at context.sync(); reading a property that was not loaded and synced throws, as in
 * Excel. Every sync is counted (`syncCount`), so tests can hold the pane to its sync budget.
 */
import { parseRange, quoteSheet, rangeAddress, splitSheet, type RangeIndex } from "../taskpane/a1";
import type { CellValue, WorkbookStore } from "./workbook-store";

type Thunk = () => void;

class NotLoadedError extends Error {
  constructor(what: string) {
    super(
      `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
    );
    this.name = "PropertyNotLoaded";
  }
}

export class StandInContext {
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

abstract class Loadable {
  private loaded = new Set<string>();
  private loadedValues = new Map<string, unknown>();

  constructor(protected readonly context: StandInContext) {}

  protected abstract abstractRead(prop: string): unknown;

  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string"
        ? props.split(",").map((p) => p.trim())
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : [];
    this.context.enqueue(() => {
      // As in Office.js, a synced load also tells whether a *OrNullObject result is null.
      for (const prop of [...list, "isNullObject"]) {
        this.loadedValues.set(prop, this.abstractRead(prop));
        this.loaded.add(prop);
      }
    });
    return this;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new NotLoadedError(prop);
    return this.loadedValues.get(prop) as T;
  }
}

class StandInRange extends Loadable {
  readonly format = {
    autofitColumns: () => undefined,
  };

  constructor(
    context: StandInContext,
    private readonly sheet: () => string,
    readonly where: () => RangeIndex | undefined
  ) {
    super(context);
  }

  private grid<T>(cell: (sheet: string, r: number, c: number) => T): T[][] {
    const r = this.where();
    if (!r) return [];
    const sheet = this.sheet();
    return Array.from({ length: r.rowCount }, (_, i) =>
      Array.from({ length: r.columnCount }, (_, j) => cell(sheet, r.row + i, r.column + j))
    );
  }

  protected abstractRead(prop: string): unknown {
    const store = this.context.store;
    const r = this.where();
    switch (prop) {
      case "isNullObject":
        return r === undefined;
      case "address":
        return r ? `${quoteSheet(this.sheet())}!${rangeAddress(r)}` : "";
      case "values":
        return this.grid((s, i, j) => store.value(s, i, j));
      case "formulas":
        return this.grid((s, i, j) => store.formula(s, i, j));
      case "numberFormat":
        return this.grid((s, i, j) => store.numberFormat(s, i, j));
      case "rowIndex":
        return r?.row;
      case "columnIndex":
        return r?.column;
      case "rowCount":
        return r?.rowCount;
      case "columnCount":
        return r?.columnCount;
      default:
        return undefined;
    }
  }

  /** getUsedRangeOrNullObject: whether there was nothing, known once synced. */
  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(grid: CellValue[][]) {
    this.write("values", grid);
  }
  get formulas(): CellValue[][] {
    return this.read("formulas");
  }
  set formulas(grid: CellValue[][]) {
    this.write("formulas", grid);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.write("numberFormat", grid);
  }

  private write(prop: "values" | "formulas" | "numberFormat", grid: unknown[][]): void {
    this.context.enqueue(() => {
      const r = this.where();
      if (!r) throw new Error("InvalidArgument: the range does not exist");
      if (grid.length !== r.rowCount || grid.some((line) => line.length !== r.columnCount))
        throw new Error(`InvalidArgument: ${prop} must be ${r.rowCount}x${r.columnCount}`);
      const store = this.context.store;
      const sheet = this.sheet();
      if (prop === "formulas") store.setFormulas(sheet, r.row, r.column, grid);
      else if (prop === "values") store.setValues(sheet, r.row, r.column, grid);
      else store.setNumberFormats(sheet, r.row, r.column, grid as string[][]);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const r = this.where();
      if (r) this.context.store.select(this.sheet(), r.row, r.column);
    });
  }
}

class StandInChart {
  readonly title = { text: "" };
  private position?: { from: string; to?: string };

  constructor(
    context: StandInContext,
    sheet: () => string,
    type: string,
    source: StandInRange,
    seriesBy: string
  ) {
    context.enqueue(() => {
      const range = source.where();
      if (!range) throw new Error("InvalidArgument: chart source");
      context.store.addChart({
        sheet: sheet(),
        type,
        source: range,
        seriesBy,
        title: this.title.text,
        position: this.position,
      });
    });
  }

  setPosition(from: string, to?: string): void {
    this.position = { from, to };
  }
}

class StandInWorksheet extends Loadable {
  readonly charts = {
    add: (type: string, source: StandInRange, seriesBy = "Auto") =>
      new StandInChart(this.context, this.name$, type, source, seriesBy),
  };

  constructor(
    context: StandInContext,
    readonly name$: () => string
  ) {
    super(context);
  }

  protected abstractRead(prop: string): unknown {
    if (prop === "name") return this.name$();
    return undefined;
  }

  get name(): string {
    return this.read("name");
  }

  getRange(address?: string): StandInRange {
    const parsed = address ? parseRange(splitSheet(address).cells) : undefined;
    if (address && !parsed) throw new Error(`InvalidArgument: "${address}" is not a range`);
    return new StandInRange(
      this.context,
      this.name$,
      () => parsed ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 }
    );
  }

  getRangeByIndexes(
    row: number,
    column: number,
    rowCount: number,
    columnCount: number
  ): StandInRange {
    return new StandInRange(this.context, this.name$, () => ({
      row,
      column,
      rowCount,
      columnCount,
    }));
  }

  getUsedRangeOrNullObject(): StandInRange {
    return new StandInRange(this.context, this.name$, () =>
      this.context.store.usedRange(this.name$())
    );
  }

  /** Placed right after the original, as the pane asks ("After", itself). */
  copy(): StandInWorksheet {
    let name: string | undefined;
    this.context.enqueue(() => {
      name = this.context.store.copySheet(this.name$());
    });
    return new StandInWorksheet(this.context, () => {
      if (name === undefined) throw new Error("The copy exists once context.sync() has run");
      return name;
    });
  }

  activate(): void {
    this.context.enqueue(() => this.context.store.activate(this.name$()));
  }
}

class StandInWorksheets {
  readonly onSelectionChanged = {
    add: (handler: (event: { address: string; worksheetId: string; type: string }) => unknown) => {
      this.context.enqueue(() => {
        this.context.store.onSelectionChanged((address, sheet) => {
          void handler({ address, worksheetId: sheet, type: "WorksheetSelectionChanged" });
        });
      });
      return { remove: () => undefined };
    },
  };

  constructor(private readonly context: StandInContext) {}

  getActiveWorksheet(): StandInWorksheet {
    // Resolved when the batch runs, as Excel resolves it.
    let name: string | undefined;
    return new StandInWorksheet(this.context, () => (name ??= this.context.store.activeSheet));
  }

  getItem(name: string): StandInWorksheet {
    return new StandInWorksheet(this.context, () => {
      if (!this.context.store.sheetNames().includes(name)) throw new Error(`ItemNotFound: ${name}`);
      return name;
    });
  }

  add(name?: string): StandInWorksheet {
    let created: string | undefined;
    this.context.enqueue(() => {
      created = this.context.store.addSheet(name);
    });
    return new StandInWorksheet(this.context, () => created ?? name ?? "");
  }
}

class StandInWorkbook {
  readonly worksheets: StandInWorksheets;
  readonly application: { calculate: (type: string) => void };

  constructor(private readonly context: StandInContext) {
    this.worksheets = new StandInWorksheets(context);
    this.application = {
      calculate: () => context.enqueue(() => context.store.recalculate()),
    };
  }

  getSelectedRange(): StandInRange {
    const store = this.context.store;
    return new StandInRange(
      this.context,
      () => store.selection.sheet,
      () => ({
        row: store.selection.row,
        column: store.selection.column,
        rowCount: 1,
        columnCount: 1,
      })
    );
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
    context: { requirements: { isSetSupported: () => true } },
  };
  return { Excel, Office, counter };
}

/** Puts the stand-in where the pane's code looks for Office.js: the global scope. */
export function installExcelStandIn(store: WorkbookStore): ExcelStandIn {
  const standIn = createExcelStandIn(store);
  Object.assign(globalThis as Record<string, unknown>, {
    Excel: standIn.Excel,
    Office: standIn.Office,
  });
  return standIn;
}
