/**
 * The cells of a matrix table (the statement of changes in equity): the owners' heading over its
 * columns, the unit corner and the component headings, then per period a block headed by the
 * period code, which every figure of the block reads, as a figure of a statement reads its
 * column's header. Title, source line, styles by range, unit formats and widths are the other
 * tables' (cells.ts, header.ts, finish.ts).
 *
 *   B4                      C4 Owners of the parent's shareholders' equity
 *   B5 JPY mn               C5 Share capital  ...  J5 Total equity
 *   B6 1H23
 *   B7 Balance, April 1, 2023   C7 =IIJ.VALUE("Changes in equity: Share capital: ...",$B$6,$B$5)
 */
import { EQUITY_COMPONENTS, EQUITY_OWNERS_HEADING } from "../../../data/layout";
import { cellRef } from "../../a1";
import { figureFormat } from "../formats";
import { KIND_TITLES } from "../rows";
import type { ChartPlan, MatrixBlock, TableRequest } from "../types";
import { GridCells } from "./cells";
import { gridFrame } from "./frame";
import { figureFormula } from "./formulas";
import { finishGrid, type Grid } from "./finish";
import { writeTitle } from "./header";

/** Logical rows: the owners' heading, the component headings, then each block and a blank row between. */
const FIRST_BODY = 2;

export function layOutMatrix(request: TableRequest, blocks: readonly MatrixBlock[]): Grid {
  const entryCount = blocks.reduce((n, b) => n + 1 + b.rows.length, 0) + blocks.length - 1;
  const frame = gridFrame({
    across: true,
    origin: request.anchor,
    noteRow: true,
    unitColumn: false,
    periodCount: EQUITY_COMPONENTS.length,
    entryCount,
    cornerRow: 1,
  });
  const cells = new GridCells(frame);
  const statement = KIND_TITLES.equity;
  writeTitle(cells, request, statement, "all");

  // The owners' heading runs on over its columns, ruled under them, as printed.
  EQUITY_COMPONENTS.forEach((c, i) => {
    if (!c.owners) return;
    const text = i === 0 ? EQUITY_OWNERS_HEADING : "";
    cells.set(
      0,
      1 + i,
      text,
      i === 0 ? { role: "note", value: text } : { role: "empty" },
      "General",
      { bold: true, borderBottom: true, ...(i === 0 ? { horizontalAlignment: "Left" } : {}) }
    );
  });
  const headerStyle = { bold: true, borderBottom: true } as const;
  cells.set(1, 0, request.unit, { role: "corner", value: request.unit }, "General", headerStyle);
  EQUITY_COMPONENTS.forEach((c, i) =>
    cells.set(1, 1 + i, c.label, { role: "header", value: c.label }, "General", {
      ...headerStyle,
      horizontalAlignment: "Right",
      wrap: true,
    })
  );

  const closingRows: number[] = [];
  let lr = FIRST_BODY;
  blocks.forEach((block, b) => {
    if (b > 0) lr++; // a blank row between periods
    const periodRow = lr;
    const period = block.column.header;
    cells.set(lr, 0, period, { role: "header", value: period }, "General", {
      bold: true,
      borderBottom: true,
      horizontalAlignment: "Left",
    });
    const at = frame.at(periodRow, 0);
    const periodRef = cellRef(at.row, at.column, true, true);
    lr++;
    for (const row of block.rows) {
      if (row.type === "section") {
        cells.set(lr, 0, row.label, { role: "section", value: row.label }, "General", {
          italic: true,
          indent: 0,
        });
        lr++;
        continue;
      }
      const strong = row.role === "total" || row.role === "subtotal";
      cells.set(
        lr,
        0,
        row.label,
        { role: "label", value: row.label },
        "General",
        {
          indent: row.indent,
          // A long movement ("Transfer from other components of equity to retained earnings")
          // wraps rather than run on over a blank cell, where it would read as that column's.
          wrap: true,
          ...(strong ? { bold: true } : {}),
          ...(row.derived ? { italic: true } : {}),
        },
        true
      );
      row.cells.forEach((line, i) => {
        if (!line) return;
        cells.set(
          lr,
          1 + i,
          figureFormula(line, periodRef, frame.cornerRef),
          { role: "figure", line, header: period },
          figureFormat(line.unit, line.decimals, request.unit),
          {
            horizontalAlignment: "Right",
            ...(strong ? { bold: true, borderTop: true } : {}),
            ...(row.derived ? { italic: true } : {}),
          }
        );
        cells.markMoney(lr, 1 + i);
      });
      if (row.role === "total") closingRows.push(lr);
      lr++;
    }
  });

  const along = (row: number) => ({
    ...frame.at(row, 1),
    rowCount: 1,
    columnCount: EQUITY_COMPONENTS.length,
  });
  // A chart of the closing balances by component, one series per period.
  const chart: ChartPlan = {
    series: closingRows.map((row, i) => ({
      label: String(blocks[i]?.column.header ?? ""),
      name: { ...frame.at(row, 0), rowCount: 1, columnCount: 1 },
      values: along(row),
    })),
    categories: along(1),
    seriesBy: "rows",
    title: statement,
  };
  return finishGrid(cells, request, statement, chart, 1);
}
