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
import { keyLine } from "../columns";
import { KIND_TITLES } from "../rows";
import type { PlanColumn, TableRequest } from "../types";
import { writeBody } from "./body";
import { GridCells } from "./cells";
import { chartPlan } from "./chart";
import { chartLines, entries, linesOf, type Body } from "./entries";
import { gridFrame } from "./frame";
import { finishGrid, type Grid } from "./finish";
import { cornerGuard, cornerOf, moneyLines, writeHeader, writeTitle } from "./header";

export type { Body } from "./entries";

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

  const statement = request.title ?? KIND_TITLES[request.kind];
  writeTitle(cells, request, statement, moneyLines(lines));
  const corner = cornerOf(request, lines, body.adjusted);
  writeHeader(cells, request, columns, {
    unitColumn,
    noteRow,
    key: keyLine(lines),
    corner: corner.text,
  });
  const lineRow = writeBody(cells, request, body, list, columns, unitColumn);
  const chart = chartPlan(
    frame,
    chartLines(request, list, body.unchartable),
    lineRow,
    columns.length,
    statement,
    request.rolling ? 1 : 0,
    body.chart
  );
  const guard = cornerGuard(cells, corner);
  return {
    ...finishGrid(cells, request, statement, chart),
    ...(guard ? { cornerGuard: guard } : {}),
  };
}
