/** What a chart of the table plots: a series per line (its label cell and figure cells), the headers as categories. */
import type { ChartPlan, LineSpec } from "../types";
import type { Frame } from "./frame";

export function chartPlan(
  frame: Frame,
  lines: readonly LineSpec[],
  lineRow: ReadonlyMap<LineSpec, number>,
  periodCount: number,
  title: string
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
    categories: along(at(0, firstPeriod)),
    seriesBy: across ? "rows" : "columns",
    title,
  };
}
