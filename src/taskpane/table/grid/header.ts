/**
 * A table's top: the title row (company, statement and the corner's unit), the header row (the
 * unit corner, the unit column's heading, a header per period or balance date) and, where a
 * header needs one, a note under it: how a derived period follows from printed ones, or the
 * period a rolling header stands for today.
 */
import { isQueryError } from "../../../data/errors";
import { isoToExcelSerial } from "../../../data/period";
import { isMoneyUnit } from "../../../data/unit";
import { period } from "../../../functions/iij";
import { DATE_FORMAT } from "../formats";
import { sheetText } from "../sheet-text";
import { isShareLine } from "../values";
import type { CornerGuard, LineSpec, PlanColumn, TableRequest } from "../types";
import type { CellStyle, GridCells } from "./cells";
import { quote, rollingNoteFormula, titleFormula } from "./formulas";

const COMPANY = "Internet Initiative Japan";
const UNIT_HEADING = "Unit";
export const GREY = "#595959";
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the unit corner says. With money lines, the money unit they are in, which their formulas
 * read (type JPY bn there and they rescale). Without any, no money unit would be true of the
 * cells, and nothing reads the corner: it says what the cells are instead, "yen / shares,
 * adjusted to the latest share basis" (each line's own unit beside it in the unit column), and
 * a validation rule refuses another unit typed over it, saying why.
 */
export function cornerOf(
  request: TableRequest,
  lines: readonly LineSpec[],
  adjusted: ReadonlySet<LineSpec> = new Set()
): Corner {
  if (lines.length === 0 || moneyLines(lines) !== "none") return { text: request.unit };
  const word = (line: LineSpec): string =>
    line.unit === "count" && isShareLine(line) ? "shares" : line.unit;
  const units = [...new Set(lines.map(word))].join(" / ");
  if (!lines.some((line) => isShareLine(line))) return { text: units, units };
  const latest = lines.some((line) => adjusted.has(line));
  return {
    text: sheetText(latest ? "corner.latest-basis" : "corner.as-printed", { units }),
    units,
  };
}

/** What the corner says; `units` where no line is money (what the cells are in, for the guard). */
export interface Corner {
  readonly text: string;
  readonly units?: string;
}

/** The corner's validation rule where no line is money: only what it says is accepted there. */
export function cornerGuard(cells: GridCells, corner: Corner): CornerGuard | undefined {
  if (corner.units === undefined) return undefined;
  const at = cells.frame.at(0, 0);
  return {
    range: { row: at.row, column: at.column, rowCount: 1, columnCount: 1 },
    formula: `=${cells.frame.cornerRef}=${quote(corner.text)}`,
    title: sheetText("corner.guard.title"),
    message: sheetText("corner.guard", { units: corner.units }),
  };
}

/** What the rolling note's IIJ.PERIOD gives for a column: "1H23", or a balance date's serial. */
function resolvedPeriod(column: PlanColumn, key: LineSpec): string | number {
  try {
    return period(column.header, key.item);
  } catch (error) {
    if (isQueryError(error))
      return ISO_DATE.test(column.period) ? isoToExcelSerial(column.period) : column.period;
    throw error;
  }
}

/**
 * Which of a table's lines are money, which the corner's unit applies to: all of them (per-share
 * lines in yen aside, labelled so), some (KPIs with the order backlog among counts) or none.
 */
export type MoneyLines = "all" | "some" | "none";

export function moneyLines(lines: readonly LineSpec[]): MoneyLines {
  if (!lines.some((l) => isMoneyUnit(l.unit))) return "none";
  return lines.every((l) => isMoneyUnit(l.unit) || l.unit === "yen") ? "all" : "some";
}

/**
 * The title, ending with the corner's unit where it applies: "(JPY mn)"; "(money in JPY mn)"
 * where only some lines are money, the others in units the unit column gives.
 */
export function writeTitle(
  cells: GridCells,
  request: TableRequest,
  statement: string,
  money: MoneyLines
): void {
  const title = `${COMPANY}: ${statement}`;
  const prefix = money === "some" ? "money in " : "";
  cells.put(
    cells.frame.origin,
    titleFormula(title, money === "none" ? undefined : cells.frame.cornerRef, prefix),
    {
      role: "title",
      value: money === "none" ? title : `${title} (${prefix}${request.unit})`,
    },
    "General",
    { bold: true }
  );
}

export function writeHeader(
  cells: GridCells,
  request: TableRequest,
  columns: readonly PlanColumn[],
  options: {
    readonly unitColumn: boolean;
    readonly noteRow: boolean;
    readonly key?: LineSpec;
    /** What the corner says (cornerText): the money unit, or what the cells are. */
    readonly corner: string;
  }
): void {
  const { firstPeriod, headerRef } = cells.frame;
  const headerStyle: CellStyle = { bold: true, borderBottom: true };
  const corner = options.corner;
  cells.set(0, 0, corner, { role: "corner", value: corner }, "General", headerStyle);
  if (options.unitColumn)
    cells.set(0, 1, UNIT_HEADING, { role: "header", value: UNIT_HEADING }, "General", headerStyle);
  columns.forEach((column, pc) => {
    const isDate = typeof column.header === "number";
    cells.set(
      0,
      firstPeriod + pc,
      column.header,
      { role: "header", value: column.header },
      isDate ? DATE_FORMAT : "General",
      {
        ...headerStyle,
        horizontalAlignment: "Right",
        ...(column.derived ? { italic: true } : {}),
      }
    );
    if (!options.noteRow) return;
    // Across, a note wraps in its own column ("derived:" over "1H − 2Q") rather than widen it, or
    // run on over a neighbour's cell, where it would read as that column's.
    const noteStyle: CellStyle = {
      italic: true,
      color: GREY,
      horizontalAlignment: "Right",
      ...(cells.frame.across && column.note !== undefined ? { wrap: true } : {}),
    };
    if (request.rolling && options.key) {
      // A real period code or date, so the chart can take the notes as its categories.
      const resolved = resolvedPeriod(column, options.key);
      cells.set(
        1,
        firstPeriod + pc,
        rollingNoteFormula(options.key, headerRef(pc)),
        { role: "note", value: resolved },
        typeof resolved === "number" ? DATE_FORMAT : "General",
        noteStyle
      );
    } else if (column.note) {
      cells.set(
        1,
        firstPeriod + pc,
        column.note,
        { role: "note", value: column.note },
        "General",
        noteStyle
      );
    }
  });
}
