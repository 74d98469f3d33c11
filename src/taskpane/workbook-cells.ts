/**
 * The Office.js side of the refresh change list: read every sheet's cells in two syncs, select a
 * listed cell, and copy the list to a new sheet as an audit trail.
 *
 * Requirement sets: getUsedRangeOrNullObject (ExcelApi 1.4), DocumentProperties.custom (1.7);
 * the manifest's SharedRuntime 1.1 implies both.
 */
import { DATASET_PROPERTY } from "../shared/workbook-marks";
import type { SheetCells } from "./workbook-snapshot";

export interface WorkbookCells {
  readonly sheets: readonly SheetCells[];
  /** The DATASET_PROPERTY the workbook records. */
  readonly recorded?: string;
  /** context.sync() calls made: 2, however many sheets and cells. */
  readonly syncs: number;
}

/**
 * Every worksheet's used range (formulas, values and number formats, so the list shows values as
 * the sheet does) and the recorded dataset version. Sync 1: the
 * sheet names and the property; sync 2: all used ranges at once.
 */
export async function readWorkbookCells(): Promise<WorkbookCells> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const property = context.workbook.properties.custom.getItemOrNullObject(DATASET_PROPERTY);
    property.load("value");
    await context.sync();
    const ranges = worksheets.items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject();
      used.load("formulas,values,numberFormat,rowIndex,columnIndex");
      return { name: sheet.name, used };
    });
    await context.sync();
    const sheets: SheetCells[] = ranges
      .filter(({ used }) => !used.isNullObject)
      .map(({ name, used }) => ({
        name,
        row: used.rowIndex,
        column: used.columnIndex,
        formulas: used.formulas,
        values: used.values,
        numberFormats: used.numberFormat,
      }));
    return {
      sheets,
      recorded: property.isNullObject ? undefined : String(property.value),
      syncs: 2,
    };
  });
}

/** Activates a sheet and selects one of its cells: a change-list entry was clicked. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

/**
 * Writes `rows` (the audit trail) from A1 of a new sheet named after `name`, made unique the way
 * Excel names copies ("name (2)"); never over an existing sheet. Two syncs. Returns the sheet's name.
 */
export async function writeAuditTrail(
  name: string,
  rows: readonly (readonly (string | number | boolean)[])[]
): Promise<string> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
    const sheet = worksheets.add(unique);
    const width = Math.max(...rows.map((row) => row.length), 1);
    const grid = rows.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
    sheet.getRangeByIndexes(0, 0, grid.length, width).values = grid;
    sheet.getRangeByIndexes(0, 0, grid.length, width).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return unique;
  });
}
