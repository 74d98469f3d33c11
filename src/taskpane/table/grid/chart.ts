/**
 * What a chart of the table plots: a series per line (its label cell and figure cells), and as
 * categories the headers, or for rolling headers (H-2, H0) the notes under them: the periods
 * they stand for (1H22, 1H23), which move with the headers when a filing is added.
 */
import type { ChartPlan, LineSpec } from "../types";
import type { Frame } from "./frame";

export function chartPlan(
  frame: Frame,
  lines: readonly LineSpec[],
  lineRow: ReadonlyMap<LineSpec, number>,
  periodCount: number,
  title: string,
  categoryRow: 0 | 1
): ChartPlan {
  const { across, at, firstPeriod } = frame;
  const along = (cell: { row: number; column: number }) =>
    across
      ? { ...cell, rowCount: 1, columnCount: periodCount }
      : { ...cell, rowCount: periodCount, columnCount: 1 };
  return {
    series: lines.map((line) => {
      const lr = lineRow.get(line)!;
      return {
        label: line.label,
        name: { ...at(lr, 0), rowCount: 1, columnCount: 1 },
        values: along(at(lr, firstPeriod)),
      };
    }),
    categories: along(at(categoryRow, firstPeriod)),
    seriesBy: across ? "rows" : "columns",
    title,
  };
}
