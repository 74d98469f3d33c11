/**
 * One sheet of the model: the pane's planner lays the table out (planTable, the one layout code
 * of pane and model), scripts/plan-to-xlsx.ts writes it, then the rows under it (derived rows and
 * checks) and the notes that say how to read it.
 */
import type ExcelJS from "exceljs";
import type { MoneyUnit } from "../../src/data/unit";
import { planTable } from "../../src/taskpane/table";
import { writePlan } from "../plan-to-xlsx";
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
      ...partialColumns(plan, written),
      ...(spec.sayLeftOut === false ? [] : leftOut(plan)),
    ],
    row + 1
  );
  return formulas;
}
