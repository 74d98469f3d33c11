/**
 * What every table ends with, whatever its body: the source line one blank row under it, and the
 * plan's grid parts (the whole range, formulas, formats, styles by range, the unit corner's
 * conditional formats, column widths and what each cell is).
 */
import { cellRef, rangeAddress, type RangeIndex } from "../../a1";
import { sheetText } from "../sheet-text";
import type { ChartPlan, TablePlan, TableRequest } from "../types";
import type { GridCells } from "./cells";
import { GREY } from "./header";
import { rangeStyles, unitFormats } from "./ranges";
import { columnWidths } from "./widths";

export type Grid = Pick<
  TablePlan,
  | "address"
  | "range"
  | "sheet"
  | "formulas"
  | "numberFormats"
  | "styles"
  | "unitFormats"
  | "cornerGuard"
  | "chart"
  | "title"
  | "unitCell"
  | "columnWidths"
  | "cells"
>;

/** Writes the source line and gathers the grid; `cornerRow` is the unit corner's logical row. */
export function finishGrid(
  cells: GridCells,
  request: TableRequest,
  title: string,
  chart: ChartPlan,
  cornerRow = 0
): Grid {
  const { frame } = cells;
  const source = sheetText("source.line");
  cells.put(
    { row: frame.origin.row + frame.rows - 1, column: frame.origin.column },
    source,
    { role: "source", value: source },
    "General",
    { italic: true, color: GREY }
  );
  const sheet = request.anchor.sheet !== undefined ? { sheet: request.anchor.sheet } : {};
  const range: RangeIndex = {
    row: frame.origin.row,
    column: frame.origin.column,
    rowCount: frame.rows,
    columnCount: frame.columns,
    ...sheet,
  };
  const corner = frame.at(cornerRow, 0);
  return {
    address: rangeAddress(range),
    range,
    ...sheet,
    formulas: cells.formulas,
    numberFormats: cells.formats,
    styles: rangeStyles(cells),
    unitFormats: unitFormats(cells, request),
    chart,
    title,
    unitCell: cellRef(corner.row, corner.column),
    columnWidths: columnWidths(cells),
    cells: cells.specs,
  };
}
