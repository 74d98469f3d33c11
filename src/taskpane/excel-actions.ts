/**
 * Everything the pane asks of Excel, through Office.js, each action one Excel.run batch.
 *
 * Requirement sets: Range.formulas/numberFormat, charts.add, Application.calculate (ExcelApi 1.1),
 * getRangeByIndexes, Worksheet.copy, getUsedRangeOrNullObject (1.7), worksheets.onSelectionChanged
 * (1.9). The manifest requires SharedRuntime 1.1, which only Excel builds far past ExcelApi 1.9
 * have (Microsoft 365 on Windows and Mac, Excel on the web), so the manifest need not list them.
 */
import { cellRef, parseRange, splitSheet, type CellIndex, type RangeIndex } from "./a1";
import type { TablePlan } from "./table-plan";

export type OverwriteChoice = "overwrite" | "next" | "cancel";

export interface OccupiedPrompt {
  /** The range that is not empty: "B3:D7". */
  readonly address: string;
  /** Where "insert at the next free place" would put it. */
  readonly nextAddress: string;
}

export interface InsertResult {
  readonly status: "inserted" | "cancelled";
  readonly plan?: TablePlan;
  readonly sheet?: string;
  /** context.sync() calls made: at most 2, whatever the table's size. */
  readonly syncs: number;
}

function isEmptyCell(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

function rangeOf(sheet: Excel.Worksheet, r: Omit<RangeIndex, "sheet">): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);
}

/**
 * Writes a table at `anchor` of the active sheet. One Excel.run: read the target range (sync 1);
 * if any cell holds anything, `ask` (overwrite / next free place / cancel); then one
 * `range.formulas` and one `range.numberFormat` assignment (sync 2).
 */
export async function insertTable(
  plan: (anchor: CellIndex) => TablePlan,
  anchor: CellIndex,
  ask: (prompt: OccupiedPrompt) => Promise<OverwriteChoice>
): Promise<InsertResult> {
  return Excel.run(async (context) => {
    let syncs = 0; // context.sync() calls: at most 2, counted for the pane and the tests
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    let table = plan(anchor);
    const target = rangeOf(sheet, table.range);
    target.load("formulas");
    const used = sheet.getUsedRangeOrNullObject();
    used.load("rowIndex,rowCount");
    sheet.load("name");
    await context.sync();
    syncs++;
    const occupied = target.formulas.some((row) => row.some((cell) => !isEmptyCell(cell)));
    if (occupied) {
      // Below everything on the sheet, one blank row apart: nothing there to lose.
      const nextRow = used.isNullObject ? anchor.row : used.rowIndex + used.rowCount + 1;
      const next = plan({ row: Math.max(nextRow, anchor.row), column: anchor.column });
      const choice = await ask({ address: table.address, nextAddress: next.address });
      if (choice === "cancel") return { status: "cancelled", syncs };
      if (choice === "next") table = next;
    }
    const range = rangeOf(sheet, table.range);
    range.formulas = table.formulas;
    range.numberFormat = table.numberFormats;
    range.format.autofitColumns();
    await context.sync();
    syncs++;
    return { status: "inserted", plan: table, sheet: sheet.name, syncs };
  });
}

/** Recalculates every formula in the workbook, IIJ.* included (a full calculation). */
export async function refreshAll(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

export interface Selection {
  readonly address: string;
  readonly sheet?: string;
  readonly cell?: CellIndex;
  readonly formula: string;
  readonly value: unknown;
  /** Values of the cells `refs` named, keyed by the reference as written. */
  readonly refValues: ReadonlyMap<string, unknown>;
}

/**
 * The selected cell: its formula and value, and the values of the cells its IIJ.* arguments
 * refer to (`refsOf` finds them in the formula). Two syncs: the cell, then the references.
 */
export async function readSelection(refsOf: (formula: string) => string[]): Promise<Selection> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,formulas,values");
    await context.sync();
    const formula = String(range.formulas[0]?.[0] ?? "");
    const value = range.values[0]?.[0];
    const { sheet: sheetName } = splitSheet(range.address);
    const refValues = new Map<string, unknown>();
    const refs = refsOf(formula);
    if (refs.length > 0) {
      const sheets = context.workbook.worksheets;
      const home = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
      const loaded = refs.map((ref) => {
        const { sheet, cells } = splitSheet(ref);
        const r = (sheet ? sheets.getItem(sheet) : home).getRange(cells.replace(/\$/g, ""));
        r.load("values");
        return [ref, r] as const;
      });
      await context.sync();
      for (const [ref, r] of loaded) refValues.set(ref, r.values[0]?.[0]);
    }
    const parsed = parseRange(range.address);
    return {
      address: range.address,
      sheet: sheetName,
      cell: parsed ? { row: parsed.row, column: parsed.column } : undefined,
      formula,
      value,
      refValues,
    };
  });
}

/** Calls `handler` with the address whenever the selection moves, on any worksheet. */
export async function onSelectionChange(handler: (address: string) => void): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.onSelectionChanged.add(async (event) => {
      handler(event.address);
    });
    await context.sync();
  });
}

/** A native column chart of a table's first block, placed to the right of the table. */
export async function insertChart(plan: TablePlan, sheetName?: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    const source = rangeOf(sheet, plan.chartRange);
    const chart = sheet.charts.add(
      Excel.ChartType.columnClustered,
      source,
      plan.seriesBy === "rows" ? Excel.ChartSeriesBy.rows : Excel.ChartSeriesBy.columns
    );
    chart.title.text = plan.title;
    const { row, column, columnCount } = plan.range;
    chart.setPosition(
      cellRef(row, column + columnCount + 1),
      cellRef(row + 14, column + columnCount + 7)
    );
    await context.sync();
  });
}

/**
 * "Keep values": a copy of the active sheet whose cells hold values only, for colleagues without
 * the add-in. The original sheet is not changed. Two syncs: read the used range, then copy and write.
 */
export async function keepValues(): Promise<{ name: string; cells: number }> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject();
    used.load("values,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const copy = sheet.copy(Excel.WorksheetPositionType.after, sheet);
    let cells = 0;
    if (!used.isNullObject) {
      rangeOf(copy, {
        row: used.rowIndex,
        column: used.columnIndex,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
      }).values = used.values;
      cells = used.rowCount * used.columnCount;
    }
    copy.activate();
    copy.load("name");
    await context.sync();
    return { name: copy.name, cells };
  });
}
