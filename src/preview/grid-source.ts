/**
 * The preview host's worksheet as the grid view reads it (GridSource), from the WorkbookStore:
 * values and formulas from HyperFormula, each cell's number format and look with the conditional
 * formats that hold applied (store.format), column widths, and charts as the series Excel plots.
 */
import type { RangeIndex } from "../taskpane/a1";
import type { ChartSeries } from "../taskpane/chart-svg";
import { displayCell } from "../shared/number-format";
import type { CellLook, CellValue, GridChart, GridSource } from "./grid-view";
import type { StoredChart, WorkbookStore } from "./workbook-store";

/** A cell as the sheet shows it: a date header reads 30-Sep-23, not 45199. */
function shown(store: WorkbookStore, sheet: string, row: number, column: number): string {
  return displayCell(store.value(sheet, row, column), store.displayFormat(sheet, row, column)).text;
}

function cells(range: RangeIndex): [number, number][] {
  const list: [number, number][] = [];
  for (let r = range.row; r < range.row + range.rowCount; r++)
    for (let c = range.column; c < range.column + range.columnCount; c++) list.push([r, c]);
  return list;
}

function chartSeries(store: WorkbookStore, chart: StoredChart): ChartSeries[] {
  const labels = chart.categories
    ? cells(chart.categories).map(([r, c]) => shown(store, chart.sheet, r, c))
    : [];
  return chart.series
    .map((series, i) => ({
      name:
        series.nameText ??
        (series.name
          ? shown(store, chart.sheet, series.name.row, series.name.column)
          : `Series ${i + 1}`),
      points: cells(series.values).map(([r, c], j) => {
        const v = store.value(chart.sheet, r, c);
        return { label: labels[j] ?? String(j + 1), value: typeof v === "number" ? v : undefined };
      }),
    }))
    .filter((s) => s.points.some((p) => p.value !== undefined));
}

/** A border written by Range.format.borders: any line style but "None". */
const ruled = (style: string | undefined) => style !== undefined && style !== "None";

export function gridSource(store: WorkbookStore): GridSource {
  return {
    get activeSheet() {
      return store.activeSheet;
    },
    get selection() {
      return store.selection;
    },
    sheetNames: () => store.sheetNames(),
    value: (s, r, c) => store.value(s, r, c),
    formula: (s, r, c) => store.formula(s, r, c),
    displayFormat: (s, r, c) => store.displayFormat(s, r, c),
    look(s, r, c): CellLook {
      const f = store.format(s, r, c);
      const align = f.horizontalAlignment;
      return {
        bold: f.bold,
        italic: f.italic,
        indent: f.indent,
        color: f.color,
        fill: f.fill,
        // Each cell draws its own edges; a shared edge set on both sides shows once, as in Excel.
        borderTop: ruled(f.borderTop) && !ruled(store.style(s, r - 1, c).borderBottom),
        borderBottom: ruled(f.borderBottom),
        borderLeft: ruled(f.borderLeft) && !(c > 0 && ruled(store.style(s, r, c - 1).borderRight)),
        borderRight: ruled(f.borderRight),
        horizontalAlignment:
          align === "Left" || align === "Right" || align === "Center" ? align : undefined,
        wrap: f.wrap,
      };
    },
    columnWidth: (s, c) => store.columnWidth(s, c),
    errorMessage: (s, r, c) => store.errorMessage(s, r, c),
    extent(sheet) {
      const used = store.usedRange(sheet);
      return used
        ? { row: used.row + used.rowCount - 1, column: used.column + used.columnCount - 1 }
        : { row: -1, column: -1 };
    },
    charts: (sheet): GridChart[] =>
      store.charts
        .filter((chart) => chart.sheet === sheet)
        .map((chart) => ({
          title: chart.title,
          type: chart.type,
          position: chart.position?.from,
          series: chartSeries(store, chart),
        })),
    select: (s, r, c) => store.select(s, r, c),
    write: (s, r, c, content: CellValue) => store.setFormulas(s, r, c, [[content]]),
    activate: (sheet) => store.activate(sheet),
    onChange: (listener) => void store.onChange(listener),
  };
}
