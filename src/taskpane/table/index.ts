/**
 * The table builder: what the pane's "Insert table" writes, worked out without Office.js or the
 * DOM. The pane imports from here only.
 *
 * API (for the pane):
 *   TABLE_KINDS, kindInfo(kind)        the kinds in pane order; per kind: balance dates or periods,
 *                                      whether YoY / margin rows apply (labels: t(`kind.${id}`))
 *   TABLE_UNITS, PERIODICITIES
 *   periodOptions(kind, items?)        what the picker offers: periods ("1H23") or balance dates
 *                                      ("2023-09-30"), chronological, with `derived` marked
 *   chronological(codes)               1Q 2Q 1H 3Q 4Q 2H FY within a fiscal year; dates by date
 *   orderColumns(request)              the columns a request gets, in order (periodicity applied)
 *   planTable(request) -> TablePlan    formulas, number formats, styles by range, unit-corner
 *                                      conditional formats, chart series, column widths, what was
 *                                      left out and why (omitted, omittedMessage); throws an Error
 *                                      with the pane's sentence when nothing can be planned
 *   keptPeriods(request, codes)        of some codes, those the table keeps as columns ("Last 2 years")
 *   previewTable(plan, maxRows?)       the values the table will write, as Excel will show them,
 *                                      and the chart's category labels (rolling: the periods)
 *   chartSource(plan, anchor?)         what a native chart plots: the table's cells, or where its
 *                                      slots are not side by side (quarters between halves, years
 *                                      missing) a block of formulas under the table to write first
 *   searchItems(text) -> SearchResult  analysts' words, each figure once, "nothing matches"
 *   formulaNumberFormat(formula, unit) the table format for one IIJ.* formula (function reference)
 * excel-actions.ts writes a plan: insertTable(target => plan, target, ask), insertChart(plan,
 * sheet, ask), insertFormula(formula, numberFormat, target, ask).
 *
 * How a formula names its line: the qualified name inside the formula, e.g.
 * =IIJ.VALUE("Financial position: Borrowings (current)",D$5,$B$4). The label column shows the
 * line as printed ("Borrowings") and is free text; the period comes from the header cell and the
 * unit from the corner cell, so editing a header makes the row follow.
 */
export * from "./types";
export { TABLE_KINDS, TABLE_UNITS, PERIODICITIES, kindInfo, type KindInfo } from "./kinds";
export { chronological, orderColumns, periodOptions } from "./columns";
export { keptPeriods, planTable } from "./plan";
export { previewTable } from "./preview";
export { chartSource, type ChartDataBlock, type ChartSource } from "./chart-data";
export { searchItems } from "./search";
export { formulaNumberFormat } from "./formats";
