/**
 * Cell styles and the unit corner's conditional formats by whole ranges, as excel-actions.ts
 * writes them (one Office.js call per range and property, not per cell).
 */
import type { RangeIndex } from "../../a1";
import { accounting, billionsRule, moneyFormat, notBillionsRule } from "../formats";
import type { RangeStyle, TableRequest, UnitFormatRule } from "../types";
import type { GridCells } from "./cells";

type Rectangle = Omit<RangeIndex, "sheet">;

/** Merges cells of one style into rectangles: runs along each row, then equal runs down. */
export function rectangles<T>(
  grid: readonly (readonly (T | undefined)[])[],
  same: (a: T, b: T) => boolean
): { range: Rectangle; value: T }[] {
  const runs: { row: number; column: number; columnCount: number; value: T }[] = [];
  grid.forEach((line, row) => {
    let column = 0;
    while (column < line.length) {
      const value = line[column];
      if (value === undefined) {
        column++;
        continue;
      }
      let end = column + 1;
      while (end < line.length && line[end] !== undefined && same(line[end]!, value)) end++;
      runs.push({ row, column, columnCount: end - column, value });
      column = end;
    }
  });
  const merged: { range: Rectangle; value: T }[] = [];
  for (const run of runs) {
    const above = merged.find(
      (m) =>
        m.range.row + m.range.rowCount === run.row &&
        m.range.column === run.column &&
        m.range.columnCount === run.columnCount &&
        same(m.value, run.value)
    );
    if (above) above.range = { ...above.range, rowCount: above.range.rowCount + 1 };
    else
      merged.push({
        range: { row: run.row, column: run.column, rowCount: 1, columnCount: run.columnCount },
        value: run.value,
      });
  }
  return merged;
}

function onSheet(cells: GridCells, range: Rectangle): RangeIndex {
  const { origin } = cells.frame;
  return { ...range, row: range.row + origin.row, column: range.column + origin.column };
}

export function rangeStyles(cells: GridCells): RangeStyle[] {
  return rectangles(cells.styles, (a, b) => JSON.stringify(a) === JSON.stringify(b)).map(
    ({ range, value }) => ({ range: onSheet(cells, range), ...value })
  );
}

/** Money figures follow the corner: the base format is the inserted unit's, a rule gives the other. */
export function unitFormats(cells: GridCells, request: TableRequest): UnitFormatRule[] {
  const inBillions = request.unit === "JPY bn";
  const corner = cells.frame.cornerRef;
  return rectangles(cells.money, () => true).map(({ range }) => ({
    range: onSheet(cells, range),
    formula: inBillions ? notBillionsRule(corner) : billionsRule(corner),
    numberFormat: inBillions ? accounting(0) : moneyFormat("JPY bn"),
  }));
}
