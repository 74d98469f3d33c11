/**
 * Where a table's cells land. The grid is planned with periods across (logical rows: the header,
 * the note row if any, then one per entry; logical columns: the label, the unit column if any,
 * then one per period) and lands on the sheet as planned or transposed for periods down. The
 * title sits one row above the grid, the source line two rows below it.
 */
import { cellRef, type CellIndex } from "../../a1";

export interface Frame {
  readonly across: boolean;
  /** The table's top-left cell (its title), absolute on the sheet. */
  readonly origin: CellIndex;
  /** The logical row of the first entry: 2 with a note row, else 1. */
  readonly firstBody: number;
  /** The logical column of the first period: 2 with a unit column, else 1. */
  readonly firstPeriod: number;
  /** Sheet rows and columns the table takes, title and source line included. */
  readonly rows: number;
  readonly columns: number;
  /** Where a logical cell lands on the sheet (absolute indexes). */
  at(logicalRow: number, logicalColumn: number): CellIndex;
  /** Its A1 reference: "D7". */
  ref(logicalRow: number, logicalColumn: number): string;
  /** The unit corner, absolute: "$B$4". */
  readonly cornerRef: string;
  /** A period's header cell as a figure refers to it: "D$4" across, "$B6" down. */
  headerRef(periodIndex: number): string;
  /** A sheet cell relative to the table's top-left cell. */
  relative(cell: CellIndex): CellIndex;
}

export interface FrameShape {
  readonly across: boolean;
  readonly origin: CellIndex;
  readonly noteRow: boolean;
  readonly unitColumn: boolean;
  readonly periodCount: number;
  readonly entryCount: number;
  /** The logical row of the unit corner: 0, or 1 under a row of column group headings. */
  readonly cornerRow?: number;
}

export function gridFrame(shape: FrameShape): Frame {
  const { across, origin } = shape;
  const firstBody = shape.noteRow ? 2 : 1;
  const firstPeriod = shape.unitColumn ? 2 : 1;
  const logicalRows = firstBody + shape.entryCount;
  const logicalColumns = firstPeriod + shape.periodCount;
  const at = (lr: number, lc: number): CellIndex =>
    across
      ? { row: origin.row + 1 + lr, column: origin.column + lc }
      : { row: origin.row + 1 + lc, column: origin.column + lr };
  const corner = at(shape.cornerRow ?? 0, 0);
  return {
    across,
    origin,
    firstBody,
    firstPeriod,
    rows: 1 + (across ? logicalRows : logicalColumns) + 2,
    columns: across ? logicalColumns : logicalRows,
    at,
    ref(lr, lc) {
      const p = at(lr, lc);
      return cellRef(p.row, p.column);
    },
    cornerRef: cellRef(corner.row, corner.column, true, true),
    headerRef(pc) {
      const p = at(0, firstPeriod + pc);
      return across ? cellRef(p.row, p.column, true, false) : cellRef(p.row, p.column, false, true);
    },
    relative: (cell) => ({ row: cell.row - origin.row, column: cell.column - origin.column }),
  };
}
