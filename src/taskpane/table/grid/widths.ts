/**
 * Column widths in points: each column fits what it shows (figures about ten characters), labels
 * up to a cap; with periods down the line labels head the columns and wrap. Across, the notes under
 * the headers ("derived: 1H − 2Q") do not count: they wrap in their cells (header.ts), so a
 * derived column is as wide as the others.
 */
import type { CellSpec } from "../types";
import type { GridCells } from "./cells";

/** Characters a cell needs. Title and source line run on over empty cells, as text does in Excel. */
function shown(spec: CellSpec): number {
  switch (spec.role) {
    case "empty":
    case "title":
    case "source":
      return 0;
    case "figure":
      return 10;
    case "yoy":
    case "margin":
      return 7;
    default:
      return typeof spec.value === "number" ? 9 : String(spec.value).length;
  }
}

export function columnWidths(cells: GridCells): number[] {
  const { rows, columns, across } = cells.frame;
  return Array.from({ length: columns }, (_, c) => {
    let chars = 6;
    for (let r = 1; r < rows - 2; r++) {
      const spec = cells.specs[r][c];
      if (across && spec.role === "note") continue;
      const indent = cells.styles[r][c]?.indent ?? 0;
      const wraps =
        (!across && spec.role !== "empty" && r === 1 && c > 0) ||
        (spec.role === "header" && cells.styles[r][c]?.wrap === true);
      chars = Math.max(chars, Math.min(wraps ? 14 : 48, shown(spec) + indent * 2));
    }
    return Math.ceil(chars * 5.6 + 10);
  });
}
