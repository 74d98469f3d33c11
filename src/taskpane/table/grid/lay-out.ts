/**
 * A table's cells: title row, header row (the unit corner, period or date headers), a note row
 * where headers need one, the statement's sections and lines, YoY and margin blocks, and the
 * source line; with each cell's formula, number format and style. Laid out with periods across
 * and transposed for periods down (title and source line stay above and below).
 *
 *   B3 Internet Initiative Japan: Statement of profit or loss (JPY mn)
 *   B4 JPY mn                 C4 1H22                        D4 1H23
 *   B5 Revenues
 *   B6   Network services     C6 =IIJ.VALUE("Network services",C$4,$B$4)   ...
 */
import { isMoneyUnit } from "../../../data/unit";
import { cellRef, rangeAddress, type RangeIndex } from "../../a1";
import { keyLine } from "../columns";
import { KIND_TITLES } from "../rows";
import { sheetText } from "../sheet-text";
import type { PlanColumn, TablePlan, TableRequest } from "../types";
import { writeBody } from "./body";
import { GridCells } from "./cells";
import { chartPlan } from "./chart";
import { chartLines, entries, linesOf, type Body } from "./entries";
import { gridFrame } from "./frame";
import { GREY, writeHeader, writeTitle } from "./header";
import { rangeStyles, unitFormats } from "./ranges";
import { columnWidths } from "./widths";

export type { Body } from "./entries";

type Grid = Pick<
  TablePlan,
  | "address"
  | "range"
  | "sheet"
  | "formulas"
  | "numberFormats"
  | "styles"
  | "unitFormats"
  | "chart"
  | "title"
  | "unitCell"
  | "columnWidths"
  | "cells"
>;

export function layOut(request: TableRequest, columns: readonly PlanColumn[], body: Body): Grid {
  const list = entries(body);
  const lines = linesOf(list);
  const unitColumn = request.kind === "kpi" || request.kind === "search";
  const noteRow = request.rolling === true || columns.some((c) => c.note !== undefined);
  const frame = gridFrame({
    across: (request.layout ?? "across") === "across",
    origin: request.anchor,
    noteRow,
    unitColumn,
    periodCount: columns.length,
    entryCount: list.length,
  });
  const cells = new GridCells(frame);

  const statement = KIND_TITLES[request.kind];
  const moneyTable =
    lines.some((l) => isMoneyUnit(l.unit)) &&
    lines.every((l) => isMoneyUnit(l.unit) || l.unit === "yen");
  writeTitle(cells, request, statement, moneyTable);
  writeHeader(cells, request, columns, { unitColumn, noteRow, key: keyLine(lines) });
  const lineRow = writeBody(cells, request, body, list, columns, unitColumn);
  // The source line, one blank row under the table.
  const source = sheetText("source.line");
  cells.put(
    { row: frame.origin.row + frame.rows - 1, column: frame.origin.column },
    source,
    { role: "source", value: source },
    "General",
    { italic: true, color: GREY }
  );

  const range: RangeIndex = {
    row: frame.origin.row,
    column: frame.origin.column,
    rowCount: frame.rows,
    columnCount: frame.columns,
    ...(request.anchor.sheet !== undefined ? { sheet: request.anchor.sheet } : {}),
  };
  const corner = frame.at(0, 0);
  return {
    address: rangeAddress(range),
    range,
    ...(request.anchor.sheet !== undefined ? { sheet: request.anchor.sheet } : {}),
    formulas: cells.formulas,
    numberFormats: cells.formats,
    styles: rangeStyles(cells),
    unitFormats: unitFormats(cells, request),
    chart: chartPlan(
      frame,
      chartLines(request, list, body.unchartable),
      lineRow,
      columns.length,
      statement,
      request.rolling ? 1 : 0
    ),
    title: statement,
    unitCell: cellRef(corner.row, corner.column),
    columnWidths: columnWidths(cells),
    cells: cells.specs,
  };
}
