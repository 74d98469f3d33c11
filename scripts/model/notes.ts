/**
 * The lines under a model sheet's table that say what an analyst must know to read it: the
 * sheet's own notes, which columns hold only some lines and which lines those are (a full year,
 * for which the filings print only their selected financial data), and what the table left out.
 */
import type ExcelJS from "exceljs";
import type { TablePlan } from "../../src/taskpane/table";
import { DEFAULT_FONT, NOT_PRINTED, type WrittenTable } from "../plan-to-xlsx";

/** Characters of a note line under a table: about the width of a statement's columns. */
const NOTE_WIDTH = 110;

/** A note broken at spaces into lines of at most `width` characters, one a row, as a page shows them. */
export function wrapped(note: string, width = NOTE_WIDTH): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of note.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return line === "" ? lines : [...lines, line];
}

/**
 * What the table left out of the periods the sheet asked for, and why, as the pane says it:
 * "Left out: 30-Sep-18, 30-Sep-22 (only totals are printed)." The model has no charts.
 */
export function leftOut(plan: TablePlan): string[] {
  const table = plan.omitted.filter((o) => o.what === "columns" || o.what === "rows");
  if (table.length === 0) return [];
  const what = (o: (typeof table)[number]) =>
    `${o.what === "rows" ? "lines " : ""}${o.names.join(", ")} (${o.reason})`;
  return [`Left out: ${table.map(what).join("; ")}.`];
}

/**
 * Which lines the columns kept with only some lines (TableRequest.keepPartial) have, grouped by
 * those lines, and why the rest read n/a: "FY18 and FY22: a half-year report prints of the
 * previous full year only its selected financial data: here Total revenues and Operating profit;
 * the other lines read n/a, as do the ratios and checks that need them." `printed` says what the
 * reports print of a year ("its selected financial data").
 */
export function partialColumns(
  plan: TablePlan,
  written: WrittenTable,
  printed = "its selected financial data"
): string[] {
  const figureRows = plan.cells.flatMap((row, r) =>
    row.some((cell) => cell.role === "figure") ? [r] : []
  );
  if (figureRows.length === 0) return [];
  const firstFigure = plan.cells[figureRows[0]].findIndex((cell) => cell.role === "figure");
  const groups = new Map<string, { names: string[]; derived: boolean; lines: string[] }>();
  plan.columns.forEach((column, index) => {
    if (column.partial === undefined) return;
    const c = firstFigure + index;
    const lines = figureRows.flatMap((r) => {
      const spec = plan.cells[r][c];
      return spec.role === "figure" && typeof written.value(r, c) === "number"
        ? [spec.line.label]
        : [];
    });
    const key = `${column.derived}\u0000${lines.join("\u0000")}`;
    const group = groups.get(key) ?? { names: [], derived: column.derived, lines };
    group.names.push(column.period);
    groups.set(key, group);
  });
  // The years as printed first, then the halves worked out from them.
  const ordered = [...groups.values()].sort((a, b) => Number(a.derived) - Number(b.derived));
  return ordered.map(({ names, derived, lines }) =>
    derived
      ? `${formatList(names)} = FY − 1H, worked out where both are printed: ${formatList(lines)}; the other lines read ${NOT_PRINTED}.`
      : `${formatList(names)}: a half-year report prints of the previous full year only ${printed}: here ${formatList(lines)}; the other lines read ${NOT_PRINTED}, as do the ratios and checks that need them.`
  );
}

/** "a, b and c". */
function formatList(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Writes `notes` in italics, one wrapped line a row, from sheet row `firstRow` (one-based). */
export function writeNotes(
  sheet: ExcelJS.Worksheet,
  notes: readonly string[],
  firstRow: number
): void {
  let row = firstRow;
  for (const line of notes.flatMap((note) => wrapped(note))) {
    const cell = sheet.getCell(row++, 1);
    cell.value = line;
    cell.font = { ...DEFAULT_FONT, italic: true };
  }
}
