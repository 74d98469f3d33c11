/**
 * Where a table's native chart takes its figures from. A chart series is one rectangle of cells
 * (ChartSeries.setValues and setCategoryNames take a Range, not a RangeAreas of several), so
 * where the chart's slots (chart-columns.ts) are one run of side-by-side table cells the chart
 * plots the table itself. Otherwise (quarters with halves between them, fiscal years missing) a
 * small block one blank row under the table lays the slots side by side: a formula for each
 * charted cell (=C6), in the slots' order, and an empty column headed "FY20–FY21 not in
 * dataset" for each gap, which Excel draws as an empty place on the axis. Formulas, not values:
 * the chart follows a refresh and a change of the unit corner as the table does.
 *
 *   B12 Chart data for Revenue by line: the table's cells in the chart's order
 *   B13 =$B$4     C13 =C$4    D13 =D$4    E13 =F$4    F13 =G$4
 *   B14 =B5       C14 =C5     D14 =D5     E14 =F5     F14 =G5
 */
import { cellRef, parseCell, rangeAddress, type CellIndex, type RangeIndex } from "../a1";
import { slotsInOneRun } from "./chart-columns";
import { GREY } from "./grid/header";
import { sheetText } from "./sheet-text";
import type { ChartPlan, RangeStyle, TablePlan, UnitFormatRule } from "./types";

/** The cells a chart plots written as a block of their own: what insertTable writes. */
export interface ChartDataBlock {
  readonly address: string;
  readonly range: RangeIndex;
  readonly formulas: (string | number)[][];
  readonly numberFormats: string[][];
  readonly styles: readonly RangeStyle[];
  readonly unitFormats: readonly UnitFormatRule[];
  /** The block goes under a table whose column widths fit the table: they stay. */
  readonly keepColumnWidths: true;
}

export interface ChartSource {
  /** What the chart plots: the table's own cells, or the block's. */
  readonly chart: ChartPlan;
  /** The block to write before the chart is added, where the table's cells are not one run. */
  readonly block?: ChartDataBlock;
}

/** The table cell of a series (or the categories) for a charted column. */
function cellOf(range: RangeIndex, across: boolean, offset: number): CellIndex {
  return across
    ? { row: range.row, column: range.column + offset }
    : { row: range.row + offset, column: range.column };
}

const within = (cell: CellIndex, range: RangeIndex) =>
  cell.row >= range.row &&
  cell.row < range.row + range.rowCount &&
  cell.column >= range.column &&
  cell.column < range.column + range.columnCount;

/**
 * The chart's source for a table: the table's cells where they serve as they are, else a block at
 * `anchor` (by default one blank row under the table, from its first column).
 */
export function chartSource(plan: TablePlan, anchor?: CellIndex): ChartSource {
  const { chart } = plan;
  const slots = chart.slots;
  if (!slots || slotsInOneRun(slots)) return { chart };
  const at: CellIndex = anchor ?? {
    row: plan.range.row + plan.range.rowCount + 1,
    column: plan.range.column,
  };
  const across = chart.seriesBy === "rows";
  const first = slots.find((slot) => "column" in slot) as { column: number } | undefined;
  const offset = (column: number) => column - (first?.column ?? 0);
  const inTable = (cell: CellIndex) => ({
    row: cell.row - plan.range.row,
    column: cell.column - plan.range.column,
  });
  const formatAt = (cell: CellIndex) => {
    const { row, column } = inTable(cell);
    return plan.numberFormats[row]?.[column] ?? "General";
  };
  const width = 1 + slots.length;
  const rows = 2 + chart.series.length;
  const formulas: (string | number)[][] = Array.from({ length: rows }, () =>
    Array.from({ length: width }, () => "")
  );
  const numberFormats: string[][] = Array.from({ length: rows }, () =>
    Array.from({ length: width }, () => "General")
  );
  const styles: RangeStyle[] = [];
  const unitFormats: UnitFormatRule[] = [];
  const blockCell = (r: number, c: number): RangeIndex => ({
    row: at.row + r,
    column: at.column + c,
    rowCount: 1,
    columnCount: 1,
  });
  const slotsOfRow = (r: number): RangeIndex => ({
    row: at.row + r,
    column: at.column + 1,
    rowCount: 1,
    columnCount: slots.length,
  });

  formulas[0][0] = sheetText("chart.data", { title: chart.title });
  styles.push({ range: blockCell(0, 0), italic: true, color: GREY });
  // The unit corner heads the labels, so the block says what its figures are in.
  const corner = parseCell(plan.unitCell);
  if (corner && plan.formulas[inTable(corner).row]?.[inTable(corner).column] !== "")
    formulas[1][0] = `=${cellRef(corner.row, corner.column, true, true)}`;
  slots.forEach((slot, k) => {
    if ("gap" in slot) {
      formulas[1][1 + k] = sheetText("chart.gap", { years: slot.gap });
      styles.push({ range: blockCell(1, 1 + k), italic: true, color: GREY, wrap: true });
      return;
    }
    const cell = cellOf(chart.categories, across, offset(slot.column));
    formulas[1][1 + k] = `=${cellRef(cell.row, cell.column)}`;
    numberFormats[1][1 + k] = formatAt(cell);
  });
  styles.push({
    range: { ...slotsOfRow(1), column: at.column, columnCount: width },
    bold: true,
    borderBottom: true,
  });
  styles.push({ range: slotsOfRow(1), horizontalAlignment: "Right" });

  const series = chart.series.map((line, i) => {
    const r = 2 + i;
    formulas[r][0] = `=${cellRef(line.name.row, line.name.column)}`;
    const rules = new Map<string, UnitFormatRule>();
    slots.forEach((slot, k) => {
      if ("gap" in slot) return;
      const cell = cellOf(line.values, across, offset(slot.column));
      formulas[r][1 + k] = `=${cellRef(cell.row, cell.column)}`;
      numberFormats[r][1 + k] = formatAt(cell);
      // Money follows the unit corner here as in the table: the same rule, on the block's row.
      for (const rule of plan.unitFormats)
        if (within(cell, rule.range))
          rules.set(`${rule.formula}\n${rule.numberFormat}`, { ...rule, range: slotsOfRow(r) });
    });
    unitFormats.push(...rules.values());
    return { label: line.label, name: blockCell(r, 0), values: slotsOfRow(r) };
  });
  const range: RangeIndex = { row: at.row, column: at.column, rowCount: rows, columnCount: width };
  return {
    chart: { ...chart, series, categories: slotsOfRow(1), seriesBy: "rows" },
    block: {
      address: rangeAddress(range),
      range,
      formulas,
      numberFormats,
      styles,
      unitFormats,
      keepColumnWidths: true,
    },
  };
}
