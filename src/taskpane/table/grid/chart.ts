/**
 * What a chart of the table plots: a series per line (its label cell and figure cells), and as
 * categories the headers, or for rolling headers (H-2, H0) the notes under them: the periods
 * they stand for (1H22, 1H23), which move with the headers when a filing is added. Only the
 * columns of one kind of period, with a gap where fiscal years are missing (the slots,
 * chart-columns.ts); where those are not one run of side-by-side cells, the native chart plots a
 * block of formulas referring to them (chart-data.ts), never a series that mixes kinds.
 */
import type { ChartColumns } from "../chart-columns";
import type { ChartPlan, LineSpec } from "../types";
import type { Frame } from "./frame";

export function chartPlan(
  frame: Frame,
  lines: readonly LineSpec[],
  lineRow: ReadonlyMap<LineSpec, number>,
  periodCount: number,
  title: string,
  categoryRow: 0 | 1,
  columns?: ChartColumns
): ChartPlan {
  const { across, at, firstPeriod } = frame;
  // The charted columns' span: from the first to the last of them, side by side or not.
  const first = columns?.charted[0] ?? 0;
  const count = columns ? (columns.charted.at(-1) ?? 0) - first + 1 : periodCount;
  const along = (cell: { row: number; column: number }) =>
    across
      ? { ...cell, rowCount: 1, columnCount: count }
      : { ...cell, rowCount: count, columnCount: 1 };
  return {
    series: lines.map((line) => {
      const lr = lineRow.get(line)!;
      return {
        label: line.label,
        name: { ...at(lr, 0), rowCount: 1, columnCount: 1 },
        values: along(at(lr, firstPeriod + first)),
      };
    }),
    categories: along(at(categoryRow, firstPeriod + first)),
    seriesBy: across ? "rows" : "columns",
    title,
    ...(columns ? { slots: columns.slots } : {}),
  };
}
