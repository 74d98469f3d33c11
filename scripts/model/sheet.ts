/**
 * One sheet of the model: the pane's planner lays the table out (planTable, the one layout code
 * of pane and model), scripts/plan-to-xlsx.ts writes it, then the rows under it (derived rows and
 * checks) and the notes that say how to read it.
 */
import type ExcelJS from "exceljs";
import type { MoneyUnit } from "../../src/data/unit";
import { planTable, type TablePlan } from "../../src/taskpane/table";
import { cellRef } from "../../src/taskpane/a1";
import { NOT_PRINTED, writePlan } from "../plan-to-xlsx";
import { leftOut, partialColumns, writeNotes } from "./notes";
import { periodsOf, type ModelSheet } from "./spec";
import { writeSums } from "./sums";

const UNIT: MoneyUnit = "JPY mn";
/** Every table's title sits in A1, its unit corner in A2: the cell to change ("JPY bn"). */
const ANCHOR = { row: 0, column: 0 } as const;

/** Printed (or made a PDF) landscape, one page wide: a statement reads on one sheet of paper. */
export const PRINT_SETUP: Partial<ExcelJS.PageSetup> = {
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 1,
};

/** Writes a sheet of the model; returns how many formulas it holds. */
export function writeModelSheet(workbook: ExcelJS.Workbook, spec: ModelSheet): number {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: 2 }],
    pageSetup: PRINT_SETUP,
  });
  const plan = planTable({
    ...spec.request,
    unit: UNIT,
    periods: periodsOf(spec),
    markGaps: true,
    anchor: ANCHOR,
  });
  const written = writePlan(sheet, plan);
  // Under the table's source line, one blank row apart: derived rows, then checks.
  let row = plan.range.row + plan.range.rowCount + 1;
  const sums = [
    ...(spec.derived ?? []).map((sum) => ({ sum, check: false })),
    ...(spec.checks ?? []).map((sum) => ({ sum, check: true })),
  ];
  const formulas = written.formulas + writeSums(sheet, plan, written, sums, row);
  // Up to the last sum (or the source line), zero-based.
  greyNotPrinted(sheet, plan, sums.length > 0 ? row + sums.length - 1 : row - 2);
  row += sums.length + 1;
  // The label column holds the sums' labels in full: the figure beside one would clip it.
  // (ExcelJS's columns, read as a plain array: not an Office.js proxy to sync.)
  const labels = sheet.columns[plan.range.column];
  const longest = Math.max(0, ...sums.map(({ sum }) => sum.label.length));
  labels.width = Math.max(labels.width ?? 0, Math.ceil(longest * 1.1) + 2);
  writeNotes(
    sheet,
    [
      ...(spec.notes ?? []),
      ...partialColumns(plan, written, spec.yearsPrint),
      ...(spec.sayLeftOut === false ? [] : leftOut(plan)),
    ],
    row + 1
  );
  return formulas;
}

/** Grey, as the header notes are: a line a period does not print recedes behind those it does. */
const NOT_PRINTED_GREY = "FF8C8C8C";

/**
 * "n/a" in grey from the table's first figure to its last column and the last row under it
 * (zero-based), so a full year's few printed figures stand out of its column. A conditional
 * format, not a cell's font: a later filing that prints the line shows it in black.
 */
function greyNotPrinted(sheet: ExcelJS.Worksheet, plan: TablePlan, lastRow: number): void {
  const first = plan.cells.findIndex((row) => row.some((cell) => cell.role === "figure"));
  if (first < 0) return;
  const column = plan.cells[first].findIndex((cell) => cell.role === "figure");
  const from = cellRef(plan.range.row + first, plan.range.column + column);
  const to = cellRef(lastRow, plan.range.column + plan.range.columnCount - 1);
  sheet.addConditionalFormatting({
    ref: `${from}:${to}`,
    rules: [
      {
        type: "cellIs",
        operator: "equal",
        formulae: [`"${NOT_PRINTED}"`],
        priority: 100,
        style: { font: { color: { argb: NOT_PRINTED_GREY } } },
      },
    ],
  });
}
