/**
 * Everything the pane asks of Excel, through Office.js, each action one Excel.run batch.
 *
 * Requirement sets: Range.formulas/numberFormat/format.font/borders, charts.add, Application.
 * calculate (ExcelApi 1.1), conditionalFormats with ConditionalRangeFormat.numberFormat (1.6),
 * dataValidation (1.8), getRangeByIndexes, Worksheet.copy, getUsedRangeOrNullObject, chart
 * series values and names, category names and axis type (1.7), getItemOrNullObject (1.4),
 * properties.custom (1.7), format.indentLevel, worksheets.onSelectionChanged (1.9). The manifest
 * requires SharedRuntime 1.1, which only Excel builds far past ExcelApi 1.9 have (Microsoft 365 on
 * Windows and Mac, Excel on the web), so the manifest need not list them.
 */
import { query } from "../functions/iij";
import { DATASET_PROPERTY } from "../shared/workbook-marks";
import { cellRef, parseRange, splitSheet, type CellIndex, type RangeIndex } from "./a1";
import { t } from "./i18n";
import { chartSource, type ChartDataBlock } from "./table";
import type {
  CornerGuard,
  RangeStyle,
  TablePlan,
  TableTarget,
  UnitFormatRule,
} from "./table/types";

export type OverwriteChoice = "overwrite" | "next" | "cancel";

export interface OccupiedPrompt {
  /** The range that is not empty: "B3:D7". */
  readonly address: string;
  /** Where "insert at the next free place" would put it. */
  readonly nextAddress: string;
}

/**
 * What insertTable writes: a table plan (src/taskpane/table), or any block of formulas with
 * its number formats. Styles and unit-corner conditional formats are written by whole ranges.
 */
export interface SheetWrite {
  readonly address: string;
  readonly range: Omit<RangeIndex, "sheet">;
  readonly formulas: readonly (readonly (string | number)[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly styles?: readonly RangeStyle[];
  readonly unitFormats?: readonly UnitFormatRule[];
  /** A table with no money line: the rule that keeps its corner saying what the cells are. */
  readonly cornerGuard?: CornerGuard;
  /** Column widths in points, from the table's first column. */
  readonly columnWidths?: readonly number[];
  /** Leaves column widths alone (a chart's data block under a table fitted to its own cells). */
  readonly keepColumnWidths?: boolean;
}

export interface InsertResult<P extends SheetWrite = SheetWrite> {
  readonly status: "inserted" | "cancelled";
  readonly plan?: P;
  /** The sheet written to. */
  readonly sheet?: string;
  /** context.sync() calls made: 2 on the active sheet, 3 on a sheet named in the target. */
  readonly syncs: number;
}

function isEmptyCell(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

function rangeOf(sheet: Excel.Worksheet, r: Omit<RangeIndex, "sheet">): Excel.Range {
  return sheet.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);
}

const EDGES = [
  ["borderTop", "EdgeTop"],
  ["borderBottom", "EdgeBottom"],
  ["borderLeft", "EdgeLeft"],
  ["borderRight", "EdgeRight"],
] as const;

/** Queues a style for a whole range: one property write per property set, no sync. */
function applyStyle(sheet: Excel.Worksheet, style: RangeStyle): void {
  const range = rangeOf(sheet, style.range);
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.indent !== undefined) format.indentLevel = style.indent;
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = style.horizontalAlignment as Excel.HorizontalAlignment;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  for (const [key, edge] of EDGES) {
    if (!style[key]) continue;
    const border = format.borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous" as Excel.BorderLineStyle;
    border.weight = "Thin" as Excel.BorderWeight;
  }
}

/** The unit corner's rule: a custom conditional format that switches the figures' number format. */
function applyUnitFormat(sheet: Excel.Worksheet, rule: UnitFormatRule): void {
  const format = rangeOf(sheet, rule.range).conditionalFormats.add(
    "Custom" as Excel.ConditionalFormatType
  );
  format.custom.rule.formula = rule.formula;
  format.custom.format.numberFormat = rule.numberFormat;
}

/** The corner's validation: Excel refuses a money unit typed there, saying why (ExcelApi 1.8). */
function applyCornerGuard(sheet: Excel.Worksheet, guard: CornerGuard): void {
  const validation = rangeOf(sheet, guard.range).dataValidation;
  validation.rule = { custom: { formula: guard.formula } };
  validation.errorAlert = {
    showAlert: true,
    style: "Stop" as Excel.DataValidationAlertStyle,
    title: guard.title,
    message: guard.message,
  };
}

/** What lies where a write would go, and the sheet's used range: queued, loaded by the caller's sync. */
function readUnder(sheet: Excel.Worksheet, range: Omit<RangeIndex, "sheet">) {
  const wanted = rangeOf(sheet, range);
  wanted.load("formulas");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("rowIndex,rowCount");
  return { wanted, used };
}

/**
 * After readUnder's sync: if any cell under `first` (= plan(target)) holds anything, `ask`s
 * (overwrite / next free place / cancel); then queues formulas and number formats as two
 * whole-range writes, styles and conditional formats by range, column widths. No sync: the
 * caller's last one carries the writes. Undefined when the analyst cancelled.
 */
async function writeUnlessCancelled<P extends SheetWrite>(
  sheet: Excel.Worksheet,
  plan: (target: TableTarget) => P,
  target: TableTarget,
  first: P,
  under: ReturnType<typeof readUnder>,
  ask: (prompt: OccupiedPrompt) => Promise<OverwriteChoice>
): Promise<P | undefined> {
  let table = first;
  const { wanted, used } = under;
  const occupied = wanted.formulas.some((row) => row.some((cell) => !isEmptyCell(cell)));
  if (occupied) {
    // Below everything on the sheet, one blank row apart: nothing there to lose.
    const nextRow = used.isNullObject ? target.row : used.rowIndex + used.rowCount + 1;
    const next = plan({ ...target, row: Math.max(nextRow, target.row) });
    const choice = await ask({ address: table.address, nextAddress: next.address });
    if (choice === "cancel") return undefined;
    if (choice === "next") table = next;
  }
  const range = rangeOf(sheet, table.range);
  // Over an earlier table: its styles and unit rules go first, so none stacks under the new one.
  if (occupied) {
    range.conditionalFormats.clearAll();
    range.clear("Formats" as Excel.ClearApplyTo);
    range.dataValidation.clear();
  }
  range.formulas = table.formulas as (string | number)[][];
  range.numberFormat = table.numberFormats as string[][];
  for (const style of table.styles ?? []) applyStyle(sheet, style);
  for (const rule of table.unitFormats ?? []) applyUnitFormat(sheet, rule);
  if (table.cornerGuard) applyCornerGuard(sheet, table.cornerGuard);
  if (table.columnWidths)
    table.columnWidths.forEach((points, i) => {
      rangeOf(sheet, {
        ...table.range,
        column: table.range.column + i,
        columnCount: 1,
      }).format.columnWidth = points;
    });
  else if (!table.keepColumnWidths) range.format.autofitColumns();
  // Rows as tall as their wrapped text (a derived period's note, labels heading columns).
  range.format.autofitRows();
  return table;
}

/**
 * Writes a table at `target`: the sheet it names (refused with a message if there is none), or
 * the active sheet. One Excel.run: read the target range (sync 1; with a sheet named, its
 * existence is checked first); if any cell holds anything, `ask` (overwrite / next free place /
 * cancel); then formulas and number formats as two whole-range writes, styles and conditional
 * formats by range, column widths (the last sync). At most 3 syncs, whatever the table's size.
 * A workbook that records no dataset version (DATASET_PROPERTY) gets the add-in's: the cells just
 * written are calculated with it, and the pane's refresh compares against it later.
 */
export async function insertTable<P extends SheetWrite>(
  plan: (target: TableTarget) => P,
  target: TableTarget,
  ask: (prompt: OccupiedPrompt) => Promise<OverwriteChoice>
): Promise<InsertResult<P>> {
  return Excel.run(async (context) => {
    let syncs = 0; // context.sync() calls, counted for the pane and the tests
    const sheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet;
    if (target.sheet !== undefined) {
      sheet = sheets.getItemOrNullObject(target.sheet);
      sheet.load("name");
      await context.sync();
      syncs++;
      if (sheet.isNullObject) throw new Error(t("error.no-sheet", { sheet: target.sheet }));
    } else {
      sheet = sheets.getActiveWorksheet();
    }
    const first = plan(target);
    const under = readUnder(sheet, first.range);
    sheet.load("name");
    const recorded = context.workbook.properties.custom.getItemOrNullObject(DATASET_PROPERTY);
    recorded.load("value");
    await context.sync();
    syncs++;
    const table = await writeUnlessCancelled(sheet, plan, target, first, under, ask);
    if (!table) return { status: "cancelled", syncs };
    if (recorded.isNullObject)
      context.workbook.properties.custom.add(DATASET_PROPERTY, query().dataset.version);
    await context.sync();
    syncs++;
    return { status: "inserted", plan: table, sheet: sheet.name, syncs };
  });
}

/** One IIJ.* formula with the number format a table would give it (the function reference's insert). */
export function formulaWrite(
  formula: string,
  numberFormat: string,
  target: CellIndex
): SheetWrite & { title: string } {
  const range = { row: target.row, column: target.column, rowCount: 1, columnCount: 1 };
  return {
    address: cellRef(target.row, target.column),
    range,
    formulas: [[formula]],
    numberFormats: [[numberFormat]],
    title: formula,
  };
}

/** Inserts one formula in its table format at the target, asking before it writes over anything. */
export async function insertFormula(
  formula: string,
  numberFormat: string,
  target: TableTarget,
  ask: (prompt: OccupiedPrompt) => Promise<OverwriteChoice>
): Promise<InsertResult<SheetWrite & { title: string }>> {
  return insertTable((at) => formulaWrite(formula, numberFormat, at), target, ask);
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

/**
 * A native column chart of a table, placed to its right: one series per line the plan picks, in
 * its slots' order (chart-data.ts): from the table's cells where they stand side by side, else
 * from a block of formulas one blank row under the table, with an empty column where fiscal
 * years are missing. The block asks before it writes over anything, as a table does (`ask`).
 * One Excel.run: with a block, read its range (sync 1), then write it and add the chart (sync 2);
 * without, one sync.
 */
export async function insertChart(
  plan: TablePlan,
  sheetName: string | undefined,
  ask: (prompt: OccupiedPrompt) => Promise<OverwriteChoice>
): Promise<InsertResult<ChartDataBlock>> {
  return Excel.run(async (context) => {
    let syncs = 0;
    const sheets = context.workbook.worksheets;
    const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    let source = chartSource(plan);
    if (source.chart.series.length === 0) throw new Error("the table has no line to chart");
    if (source.block) {
      const { row, column } = source.block.range;
      const under = readUnder(sheet, source.block.range);
      await context.sync();
      syncs++;
      const block = await writeUnlessCancelled(
        sheet,
        (at) => chartSource(plan, at).block!,
        { row, column },
        source.block,
        under,
        ask
      );
      if (!block) return { status: "cancelled", syncs };
      // Where the block went (under the table, or below everything when asked): the chart plots it.
      source = chartSource(plan, { row: block.range.row, column: block.range.column });
    }
    const { series, categories, seriesBy, title } = source.chart;
    const chart = sheet.charts.add(
      "ColumnClustered" as Excel.ChartType,
      rangeOf(sheet, series[0].values),
      (seriesBy === "rows" ? "Rows" : "Columns") as Excel.ChartSeriesBy
    );
    series.forEach((line, i) => {
      const added = i === 0 ? chart.series.getItemAt(0) : chart.series.add();
      // The first too: charts.add takes a leading text cell (#N/A) for a name and drops it.
      added.setValues(rangeOf(sheet, line.values));
      added.name = line.label;
    });
    chart.axes.categoryAxis.setCategoryNames(rangeOf(sheet, categories));
    // Periods evenly spaced, one slot each: on an automatic date axis Excel would set balance
    // dates apart by the time between them.
    chart.axes.categoryAxis.categoryType = "TextAxis" as Excel.ChartAxisCategoryType;
    chart.title.text = title;
    const { row, column, columnCount } = plan.range;
    chart.setPosition(
      cellRef(row, column + columnCount + 1),
      cellRef(row + 14, column + columnCount + 7)
    );
    await context.sync();
    syncs++;
    return { status: "inserted", plan: source.block, syncs };
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
