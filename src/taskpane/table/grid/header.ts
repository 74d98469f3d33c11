/**
 * A table's top: the title row (company, statement and the corner's unit), the header row (the
 * unit corner, the unit column's heading, a header per period or balance date) and, where a
 * header needs one, a note under it: how a derived period follows from printed ones, or the
 * period a rolling header stands for today.
 */
import { t } from "../../i18n";
import { DATE_FORMAT } from "../formats";
import type { LineSpec, PlanColumn, TableRequest } from "../types";
import type { CellStyle, GridCells } from "./cells";
import { rollingNoteFormula, titleFormula } from "./formulas";

const COMPANY = "Internet Initiative Japan";
const UNIT_HEADING = "Unit";
export const GREY = "#595959";

export function writeTitle(
  cells: GridCells,
  request: TableRequest,
  statement: string,
  moneyTable: boolean
): void {
  const title = `${COMPANY}: ${statement}`;
  cells.put(
    cells.frame.origin,
    titleFormula(title, moneyTable ? cells.frame.cornerRef : undefined),
    { role: "title", value: moneyTable ? `${title} (${request.unit})` : title },
    "General",
    { bold: true }
  );
}

export function writeHeader(
  cells: GridCells,
  request: TableRequest,
  columns: readonly PlanColumn[],
  options: { readonly unitColumn: boolean; readonly noteRow: boolean; readonly key?: LineSpec }
): void {
  const { firstPeriod, headerRef } = cells.frame;
  const headerStyle: CellStyle = { bold: true, borderBottom: true };
  cells.set(0, 0, request.unit, { role: "corner", value: request.unit }, "General", headerStyle);
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
    const noteStyle: CellStyle = { italic: true, color: GREY, horizontalAlignment: "Right" };
    if (request.rolling && options.key) {
      cells.set(
        1,
        firstPeriod + pc,
        rollingNoteFormula(options.key, headerRef(pc), column.period),
        { role: "note", value: t("note.rolling", { period: column.period }) },
        "General",
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
