/**
 * An `Excel` (and `Office`) stand-in backed by the preview's WorkbookStore: the Office.js surface
 * the task pane uses, in Office.js's shapes (@types/office-js), with its batching rules. Writes and
 * loads are queued and carried out at context.sync(); reading a property that was not loaded and
 * synced throws, as in Excel. Every sync is counted (`counter`), so tests can hold the pane to
 * its sync budget. Besides values and formulas: number formats, Range.format (font bold/italic/
 * colour, fill, borders by edge, indentLevel, horizontalAlignment, columnWidth, autofitColumns),
 * conditional formats of type Custom (rule formula; numberFormat, font, fill), charts with series
 * (series.add, setValues, setCategoryNames), getItemOrNullObject for sheets, the sheet collection's
 * items (load("items/name")), custom document properties (workbook.properties.custom) and the
 * add-in's document settings (Office.context.document.settings, saved by saveAsync).
 */
import { parseRange, quoteSheet, rangeAddress, splitSheet, type RangeIndex } from "../taskpane/a1";
import { displayCell } from "../shared/number-format";
import type {
  CellStyle,
  CellValue,
  CustomValue,
  StoredChart,
  WorkbookStore,
} from "./workbook-store";

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

  /** Loads `props` now: for the items of a collection load, read while its batch runs. */
  preload(props: readonly string[]): void {
    for (const prop of [...props, "isNullObject"]) {
      this.loadedValues.set(prop, this.abstractRead(prop));
      this.loaded.add(prop);
    }
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new NotLoadedError(prop);
    return this.loadedValues.get(prop) as T;
  }
}

/** A write-only face of Office.js format objects: each property set is queued to the store. */
type StyleSink = (style: CellStyle) => void;

class StandInFont {
  constructor(private readonly sink: StyleSink) {}
  set bold(value: boolean) {
    this.sink({ bold: value });
  }
  set italic(value: boolean) {
    this.sink({ italic: value });
  }
  set color(value: string) {
    this.sink({ color: value });
  }
}

class StandInBorder {
  constructor(private readonly sink: (style: string) => void) {}
  /** Excel.BorderLineStyle: "Continuous", "None", ... */
  set style(value: string) {
    this.sink(value);
  }
  /** Excel.BorderWeight; the store keeps the line style only. */
  set weight(_value: string) {}
  set color(_value: string) {}
}

const EDGES: Record<string, keyof CellStyle> = {
  EdgeTop: "borderTop",
  EdgeBottom: "borderBottom",
  EdgeLeft: "borderLeft",
  EdgeRight: "borderRight",
};

/** Range.format (ExcelApi 1.1; indentLevel 1.9): font, fill, borders, alignment, widths. */
class StandInRangeFormat {
  readonly font: StandInFont;
  readonly fill: { color: string; clear(): void };
  readonly borders: { getItem(index: string): StandInBorder };

  constructor(private readonly range: StandInRange) {
    const sink: StyleSink = (style) => range.queueStyle(style);
    this.font = new StandInFont(sink);
    this.fill = {
      set color(value: string) {
        sink({ fill: value });
      },
      clear: () => sink({ fill: undefined }),
    } as { color: string; clear(): void };
    this.borders = {
      getItem: (index: string) => {
        const edge = EDGES[index];
        if (!edge)
          throw new Error(`InvalidArgument: border "${index}" is not supported by the stand-in`);
        return new StandInBorder((style) => sink({ [edge]: style } as CellStyle));
      },
    };
  }

  set indentLevel(value: number) {
    this.range.queueStyle({ indent: value });
  }
  set horizontalAlignment(value: string) {
    this.range.queueStyle({ horizontalAlignment: value });
  }
  set wrapText(value: boolean) {
    this.range.queueStyle({ wrap: value });
  }
  set columnWidth(points: number) {
    this.range.queueWidths(() => points);
  }

  /** Fits each column to its widest cell as shown (an estimate: about 5.6 points a character). */
  autofitColumns(): void {
    this.range.queueWidths((texts) =>
      Math.max(48, Math.ceil(Math.max(0, ...texts.map((text) => text.length)) * 5.6 + 10))
    );
  }

  autofitRows(): void {}
}

/** A conditional format as ConditionalFormatCollection.add returns it; Custom rules only. */
class StandInConditionalFormat {
  readonly custom = {
    rule: { formula: "" },
    format: {
      numberFormat: undefined as string | undefined,
      font: {
        bold: undefined as boolean | undefined,
        italic: undefined as boolean | undefined,
        color: undefined as string | undefined,
      },
      fill: { color: undefined as string | undefined },
    },
  };

  constructor(
    readonly type: string,
    range: StandInRange
  ) {
    if (type !== "Custom")
      throw new Error(
        `InvalidArgument: conditional format type "${type}" is not supported by the stand-in`
      );
    // Office.js sends the rule with the batch: what was set on it by then is what Excel gets.
    range.queueConditionalFormat(() => {
      const { rule, format } = this.custom;
      if (!rule.formula.startsWith("="))
        throw new Error(
          "InvalidArgument: a custom conditional format needs a formula starting with ="
        );
      return {
        formula: rule.formula,
        format: {
          ...(format.numberFormat !== undefined ? { numberFormat: format.numberFormat } : {}),
          ...(format.font.bold !== undefined ? { bold: format.font.bold } : {}),
          ...(format.font.italic !== undefined ? { italic: format.font.italic } : {}),
          ...(format.font.color !== undefined ? { color: format.font.color } : {}),
          ...(format.fill.color !== undefined ? { fill: format.fill.color } : {}),
        },
      };
    });
  }
}

class StandInRange extends Loadable {
  readonly format: StandInRangeFormat = new StandInRangeFormat(this);
  readonly conditionalFormats = {
    add: (type: string) => new StandInConditionalFormat(type, this),
    clearAll: () =>
      this.context.enqueue(() => {
        const { sheet, range } = this.target();
        this.context.store.clearConditionalFormats(sheet, range);
      }),
  };

  /** Range.clear: "Formats" (styles and number formats), "Contents", or "All". */
  clear(applyTo = "All"): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      const store = this.context.store;
      if (applyTo === "All" || applyTo === "Formats") {
        store.clearFormats(sheet, range);
        store.clearConditionalFormats(sheet, range);
      }
      if (applyTo === "All" || applyTo === "Contents")
        store.setFormulas(
          sheet,
          range.row,
          range.column,
          Array.from({ length: range.rowCount }, () => Array(range.columnCount).fill(""))
        );
    });
  }

  constructor(
    context: StandInContext,
    private readonly sheet: () => string,
    readonly where: () => RangeIndex | undefined
  ) {
    super(context);
  }

  private target(): { sheet: string; range: RangeIndex } {
    const range = this.where();
    if (!range) throw new Error("InvalidArgument: the range does not exist");
    return { sheet: this.sheet(), range };
  }

  queueStyle(style: CellStyle): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      this.context.store.setStyle(sheet, range, style);
    });
  }

  /** Sets each column's width from the texts its cells show in the range. */
  queueWidths(width: (texts: string[]) => number): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      const store = this.context.store;
      for (let c = range.column; c < range.column + range.columnCount; c++) {
        const texts: string[] = [];
        for (let r = range.row; r < range.row + range.rowCount; r++)
          texts.push(displayCell(store.value(sheet, r, c), store.displayFormat(sheet, r, c)).text);
        store.setColumnWidth(sheet, c, width(texts));
      }
    });
  }

  queueConditionalFormat(read: () => { formula: string; format: Record<string, unknown> }): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      this.context.store.addConditionalFormat({ sheet, range, ...read() });
    });
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

/** A chart series: its name and the cells its values come from (ExcelApi 1.7 setValues). */
class StandInSeries {
  constructor(
    private readonly chart: StandInChart,
    private readonly index: () => number
  ) {}
  set name(text: string) {
    this.chart.queue((stored) => {
      stored.series[this.index()] = {
        ...stored.series[this.index()],
        nameText: text,
        name: undefined,
      };
    });
  }
  setValues(range: StandInRange): void {
    this.chart.queue((stored) => {
      const values = range.where();
      if (!values) throw new Error("InvalidArgument: series values");
      stored.series[this.index()] = { ...stored.series[this.index()], values };
    });
  }
  delete(): void {
    this.chart.queue((stored) => void stored.series.splice(this.index(), 1));
  }
}

/** How Excel reads a chart's source: names in the first column (by rows) if it holds text, categories in the first row if the corner is blank or text. */
function readSource(store: WorkbookStore, sheet: string, source: RangeIndex, byRows: boolean) {
  const cell = (i: number, j: number) =>
    byRows
      ? store.value(sheet, source.row + i, source.column + j)
      : store.value(sheet, source.row + j, source.column + i);
  const lines = byRows ? source.rowCount : source.columnCount;
  const points = byRows ? source.columnCount : source.rowCount;
  const named =
    points > 1 &&
    Array.from({ length: lines }, (_, i) => cell(i, 0)).some(
      (v) => typeof v === "string" && v !== ""
    );
  const corner = cell(0, 0);
  const headed = lines > 1 && (corner === "" || typeof corner === "string") && named;
  const at = (i: number, j: number, n: number, m: number): RangeIndex =>
    byRows
      ? { row: source.row + i, column: source.column + j, rowCount: n, columnCount: m }
      : { row: source.row + j, column: source.column + i, rowCount: m, columnCount: n };
  const first = headed ? 1 : 0;
  const from = named ? 1 : 0;
  const series = [];
  for (let i = first; i < lines; i++)
    series.push({
      ...(named ? { name: at(i, 0, 1, 1) } : {}),
      values: at(i, from, 1, points - from),
    });
  return { series, categories: headed ? at(0, from, 1, points - from) : undefined };
}

class StandInChart {
  readonly title = { text: "" };
  private position?: { from: string; to?: string };
  private stored?: StoredChart;
  readonly series = {
    add: (name?: string) => {
      let index = -1;
      this.queue((stored) => {
        index = stored.series.length;
        stored.series.push({
          nameText: name,
          values: { row: 0, column: 0, rowCount: 0, columnCount: 0 },
        });
      });
      return new StandInSeries(this, () => index);
    },
    getItemAt: (at: number) => new StandInSeries(this, () => at),
  };
  readonly axes = {
    categoryAxis: {
      setCategoryNames: (range: StandInRange) =>
        this.queue((stored) => {
          stored.categories = range.where();
        }),
    },
  };

  constructor(
    private readonly context: StandInContext,
    sheet: () => string,
    type: string,
    source: StandInRange,
    seriesBy: string
  ) {
    context.enqueue(() => {
      const range = source.where();
      if (!range) throw new Error("InvalidArgument: chart source");
      const name = sheet();
      const read = readSource(context.store, name, range, seriesBy !== "Columns");
      this.stored = {
        sheet: name,
        type,
        source: range,
        seriesBy,
        title: this.title.text,
        position: this.position,
        series: read.series,
        categories: read.categories,
      };
      context.store.addChart(this.stored);
    });
  }

  /** A change to the chart, carried out in order with the rest of the batch. */
  queue(change: (stored: StoredChart) => void): void {
    this.context.enqueue(() => {
      if (!this.stored) throw new Error("The chart exists once its batch runs");
      this.context.store.changeChart(this.stored, (stored) => {
        change(stored);
        stored.title = this.title.text;
        stored.position = this.position;
      });
    });
  }

  setPosition(from: string, to?: string): void {
    this.position = { from, to };
    if (this.stored) this.stored.position = this.position;
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
    if (prop === "isNullObject") return !this.exists();
    if (prop === "name") return this.exists() ? this.name$() : undefined;
    return undefined;
  }

  private exists(): boolean {
    try {
      return this.context.store.sheetNames().includes(this.name$());
    } catch {
      return false;
    }
  }

  get name(): string {
    return this.read("name");
  }

  /** getItemOrNullObject: whether no sheet had the name, known once synced. */
  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
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

/** What a collection's load names: "items/name", "name" and ["items/name"] all load the items' names. */
function collectionProps(props?: string | string[] | { select?: string }): string[] {
  const list =
    typeof props === "string"
      ? props.split(",")
      : Array.isArray(props)
        ? props
        : props?.select
          ? props.select.split(",")
          : [];
  return list.map((p) => p.trim().replace(/^items\//, ""));
}

class StandInWorksheets {
  private loadedItems?: StandInWorksheet[];

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

  /** WorksheetCollection.load: the sheets as they are when the batch runs, in tab order. */
  load(props?: string | string[] | { select?: string }): this {
    const wanted = collectionProps(props);
    this.context.enqueue(() => {
      this.loadedItems = this.context.store.sheetNames().map((name) => {
        const sheet = new StandInWorksheet(this.context, () => name);
        sheet.preload(wanted);
        return sheet;
      });
    });
    return this;
  }

  get items(): StandInWorksheet[] {
    if (!this.loadedItems) throw new NotLoadedError("items");
    return this.loadedItems;
  }

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

  /** As Excel: a sheet that is not there comes back as a null object (isNullObject once synced). */
  getItemOrNullObject(name: string): StandInWorksheet {
    return new StandInWorksheet(this.context, () => name);
  }

  add(name?: string): StandInWorksheet {
    let created: string | undefined;
    this.context.enqueue(() => {
      created = this.context.store.addSheet(name);
    });
    return new StandInWorksheet(this.context, () => created ?? name ?? "");
  }
}

/** A custom document property (ExcelApi 1.7): key, value and type, once loaded. */
class StandInCustomProperty extends Loadable {
  constructor(
    context: StandInContext,
    private readonly key$: string,
    private readonly mustExist: boolean
  ) {
    super(context);
  }

  protected abstractRead(prop: string): unknown {
    const stored = this.context.store.customProperty(this.key$);
    if (!stored && this.mustExist)
      throw new Error(`ItemNotFound: no custom property "${this.key$}"`);
    switch (prop) {
      case "isNullObject":
        return stored === undefined;
      case "key":
        return stored?.key;
      case "value":
        return stored?.value;
      case "type":
        if (!stored) return undefined;
        return typeof stored.value === "number"
          ? "Number"
          : typeof stored.value === "boolean"
            ? "Boolean"
            : "String";
      default:
        return undefined;
    }
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
  get key(): string {
    return this.read("key");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): CustomValue {
    return this.read("value");
  }
  set value(value: CustomValue) {
    this.context.enqueue(() => this.context.store.setCustomProperty(this.key$, value));
  }

  delete(): void {
    this.context.enqueue(() => this.context.store.deleteCustomProperty(this.key$));
  }
}

class StandInWorkbook {
  readonly worksheets: StandInWorksheets;
  readonly application: { calculate: (type: string) => void };
  /** DocumentProperties: the custom properties only. */
  readonly properties: {
    readonly custom: {
      add(key: string, value: CustomValue): StandInCustomProperty;
      getItem(key: string): StandInCustomProperty;
      getItemOrNullObject(key: string): StandInCustomProperty;
    };
  };

  constructor(private readonly context: StandInContext) {
    this.worksheets = new StandInWorksheets(context);
    this.application = {
      calculate: (type: string) =>
        context.enqueue(() => {
          if (!["Recalculate", "Full", "FullRebuild"].includes(type))
            throw new Error(`InvalidArgument: calculation type "${type}"`);
          context.store.recalculate();
        }),
    };
    this.properties = {
      custom: {
        add: (key, value) => {
          context.enqueue(() => context.store.setCustomProperty(key, value));
          return new StandInCustomProperty(context, key, true);
        },
        getItem: (key) => new StandInCustomProperty(context, key, true),
        getItemOrNullObject: (key) => new StandInCustomProperty(context, key, false),
      },
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
