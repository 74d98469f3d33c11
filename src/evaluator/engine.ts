/**
 * A HyperFormula engine with the IIJ.* functions registered, set up like Excel.
 */
import {
  AlwaysSparse,
  HyperFormula,
  type ConfigParams,
  type SerializedNamedExpression,
} from "hyperformula";
import { IIJPlugin, IIJ_TRANSLATIONS } from "./plugin";

let registered = false;

function registerIIJ(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(IIJPlugin, IIJ_TRANSLATIONS);
  registered = true;
}

export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  // Excel's own conventions, so results match what a workbook shows.
  dateFormats: ["YYYY-MM-DD", "MM/DD/YYYY"],
  useArrayArithmetic: true,
  // Print what the functions return, not a display-rounded copy: `iij eval` shows full precision.
  smartRounding: false,
  // Excel's grid: 1,048,576 rows, columns to XFD (HyperFormula's defaults are 40,000 and 18,278).
  maxRows: 1_048_576,
  maxColumns: 16_384,
  // A dense map sized by the last cell costs memory for every empty cell before it (a value at
  // XFD1048576 alone ran out of 1.2 GB); a sparse one costs only the cells that hold something.
  chooseAddressMappingPolicy: new AlwaysSparse(),
};

/**
 * Excel reads TRUE and FALSE in a formula as the booleans; HyperFormula knows only the functions
 * TRUE() and FALSE() and takes a bare TRUE for an undefined name (#NAME?). Two global names make
 * `=IIJ.REVENUE(TRUE)` reach the function with a boolean, as in Excel.
 */
export const EXCEL_LITERALS: SerializedNamedExpression[] = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

export function createEngine(
  sheets: Record<string, (string | number | boolean | null)[][]> = { Sheet1: [] }
): HyperFormula {
  registerIIJ();
  return HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG, EXCEL_LITERALS);
}
