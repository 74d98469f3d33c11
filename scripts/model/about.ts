/** The model's first sheet: what the workbook is, how its cells work, and where a figure comes from. */
import type ExcelJS from "exceljs";
import * as iij from "../../src/functions/iij";
import { DATASET_PROPERTY } from "../../src/shared/workbook-marks";
import { DEFAULT_FONT, storedFormula } from "../plan-to-xlsx";
import { wrapped } from "./notes";
import { PRINT_SETUP } from "./sheet";

/** Characters of a line of the About sheet: within its one column, 100 characters wide. */
const ABOUT_WIDTH = 110;

/** Writes the About sheet; returns how many formulas it holds (the IIJ.SOURCE example). */
export function writeAbout(workbook: ExcelJS.Workbook, datasetVersion: string): number {
  const sheet = workbook.addWorksheet("About", { pageSetup: PRINT_SETUP });
  sheet.getColumn(1).width = 100;
  const lines = [
    "IIJ Figures starter model",
    "Internet Initiative Japan's reported figures (from the quarterly securities reports shipped with the add-in), as IIJ.* formulas.",
    'Each sheet is a table as the IIJ Figures pane inserts it: every figure cell is a formula such as =IIJ.VALUE("Total assets",B$2,$A$2) on its period header (row 2) and the unit cell (A2): change a header, or type JPY bn into A2, and the figures follow and reformat.',
    "Columns are the halves and, where the filings print them, the full years (FY) with their second halves (2H = FY − 1H). For a full year the filings print only their selected financial data (revenues, operating profit, profit, EPS, the cash-flow totals): the other lines read n/a there, and a note under each table names the lines printed.",
    "The file keeps the values last calculated, so the figures show in Excel even before the IIJ Figures add-in has loaded; Excel recalculates them once it has.",
    "Without the add-in the formula bar shows the stored name (=_xldudf_IIJ_REVENUE(...)), and a cell that must recalculate shows #NAME?.",
    `Calculated with dataset ${datasetVersion} (document property "${DATASET_PROPERTY}"). Where the add-in is installed, Excel opens its pane with this workbook.`,
    "Check the model without Excel: npx iij eval --workbook examples/IIJ-model.xlsx",
    "Where a figure comes from (report, line, dataset version):",
  ];
  // Each paragraph broken into rows within the column, so the page is not scaled down to the
  // longest line's width when printed.
  const rows = lines.flatMap((text, i) => (i === 0 ? [text] : wrapped(text, ABOUT_WIDTH)));
  rows.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  sheet.getCell("A1").font = { ...DEFAULT_FONT, bold: true, size: 14 };
  const row = rows.length + 1;
  sheet.getCell(row, 1).value = {
    formula: storedFormula('IIJ.SOURCE("Network","1H23")'),
    result: iij.source("Network", "1H23"),
  } as ExcelJS.CellFormulaValue;
  // As tall as the source's lines wrap in the column (about 1.3 characters a width unit at this
  // size), read from its top, so the text does not rise over the line above it.
  let shown = 0;
  for (const part of iij.source("Network", "1H23").split("\n"))
    shown += Math.ceil(part.length / 120);
  sheet.getCell(row, 1).alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(row).height = 15 * Math.max(2, shown);
  return 1;
}
