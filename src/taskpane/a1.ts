/**
 * A1 cell addresses, as Excel writes them: "B3", "$B$3", "Sheet1!B3:D7", "'My sheet'!$C$4".
 * Rows and columns are zero-based indexes here, as in Range.getRangeByIndexes.
 */

export interface CellIndex {
  readonly row: number;
  readonly column: number;
}

export interface RangeIndex extends CellIndex {
  readonly rowCount: number;
  readonly columnCount: number;
  /** The sheet named in the address, if any. */
  readonly sheet?: string;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell reference; `$` where asked: cellRef(2, 1) = "B3", cellRef(2, 1, true, false) = "B$3". */
export function cellRef(row: number, column: number, absRow = false, absColumn = false): string {
  return `${absColumn ? "$" : ""}${columnLetters(column)}${absRow ? "$" : ""}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(text: string): CellIndex | undefined {
  const match = CELL.exec(text.trim());
  if (!match) return undefined;
  const row = Number(match[2]) - 1;
  if (row < 0) return undefined;
  return { row, column: columnIndex(match[1]) };
}

/** Splits "Sheet1!B3:D7" or "'My sheet'!B3" into the sheet name and the cell part. */
export function splitSheet(address: string): { sheet?: string; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { cells: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1).trim() };
}

/** A range address ("B3", "B3:D7", "Sheet1!$B$3:$D$7") as indexes; undefined if it is not one. */
export function parseRange(address: string): RangeIndex | undefined {
  const { sheet, cells } = splitSheet(address);
  const [first, last = first] = cells.split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  if (!a || !b) return undefined;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.column - b.column) + 1,
    ...(sheet !== undefined ? { sheet } : {}),
  };
}

/** "B3:D7" (or "B3" for one cell), without a sheet. */
export function rangeAddress(range: Omit<RangeIndex, "sheet">): string {
  const first = cellRef(range.row, range.column);
  if (range.rowCount === 1 && range.columnCount === 1) return first;
  return `${first}:${cellRef(range.row + range.rowCount - 1, range.column + range.columnCount - 1)}`;
}

/** A sheet name as a formula or address writes it: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
