/** Charts (ExcelApi 1.1; series.add and setValues 1.7), read from their source as Excel reads it. */
import type { RangeIndex } from "../../taskpane/a1";
import type { StoredChart, WorkbookStore } from "../workbook-store";
import type { Batch } from "./batch";
import type { StandInRange } from "./range";

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

/** A chart's category axis: its names (ExcelApi 1.7 setCategoryNames) and type (1.7 categoryType). */
function categoryAxis(chart: StandInChart) {
  return {
    setCategoryNames: (range: StandInRange) =>
      chart.queue((stored) => {
        stored.categories = range.where();
      }),
    /** "Automatic", "TextAxis" or "DateAxis". */
    set categoryType(type: string) {
      chart.queue((stored) => {
        stored.categoryType = type;
      });
    },
  };
}

export class StandInChart {
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
  readonly axes = { categoryAxis: categoryAxis(this) };

  constructor(
    private readonly context: Batch,
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
