/**
 * What IIJ Figures leaves in a workbook, named once for everything that writes or reads it: the
 * task pane (through Office.js), the starter-model build and `npx iij eval --workbook`.
 */

/**
 * The custom document property (File > Info > Properties > Advanced > Custom) that holds the
 * dataset version the workbook's IIJ.* cells were last calculated with, e.g. "2023-11-14.e5dcf380".
 * A document property, not an add-in setting: every reader sees it, whichever store the add-in
 * was loaded from.
 */
export const DATASET_PROPERTY = "IIJ Figures dataset";

/**
 * The add-in setting that makes Excel open the task pane with the workbook (Microsoft's
 * "Automatically open a task pane with a document"); true or absent.
 */
export const AUTO_OPEN_SETTING = "Office.AutoShowTaskpaneWithDocument";

/** Excel's prefix for a JavaScript custom function inside a saved formula. */
export const CUSTOM_FUNCTION_PREFIX = "_xldudf_";

/** How Excel stores a call of `IIJ.<id>` in a file: `_xldudf_IIJ_REVENUE` ("." becomes "_"). */
export function storedName(id: string): string {
  return `${CUSTOM_FUNCTION_PREFIX}IIJ_${id.replace(/\./g, "_")}`;
}

/** The date of the latest filing in a dataset version: "2023-11-14.e5dcf380" -> "2023-11-14". */
export function filingDateOf(version: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})\./.exec(version)?.[1];
}

/**
 * The IIJ.* functions that return a list (`@returns {any[][]}` in src/functions/functions.ts): a
 * workbook stores them as dynamic-array formulas, so they spill.
 */
export const SPILLING_FUNCTIONS: readonly string[] = ["PERIODS", "ITEMS", "TABLE"];
