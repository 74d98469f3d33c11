/**
 * A HyperFormula engine with the IIJ.* functions registered, set up like Excel.
 */
import { HyperFormula, type ConfigParams, type SerializedNamedExpression } from "hyperformula";
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
