// The IIJ.* custom functions Excel registers. custom-functions-metadata-plugin reads the JSDoc
// below into functions.json at build time: the names, parameter names and order are a contract
// with every shared workbook (test/functions/contract.test.ts locks them). Each body is one
// call into ./iij, which does the work; inExcel turns failures into #N/A / #VALUE! with a message.
// custom-functions-metadata maps TypeScript types to Excel's, and Excel may pass anything to a
// parameter typed `any`: the implementations check every argument, so `any` is the honest type.
import * as iij from "./iij";
import { inExcel } from "./excel-errors";
import { setMessageLanguage } from "../data/messages";
import { displayLanguage } from "../shared/language";

// #VALUE! and #N/A messages in Excel's display language (Japanese or English), asked when a
// message is built, that is only when a call fails.
setMessageLanguage(() => displayLanguage());

/**
 * Revenue of a line for a period, in JPY millions unless a unit is given. 1Q and 2H are derived (1H - 2Q, FY - 1H).
 * @customfunction
 * @helpurl https://localhost:3000/help.html#revenue
 * @param {any} period Period such as "1H23", "2Q23", "9M23", "FY22", also "1H FY2023", "Q2 FY23", "FY3/24" (the year to March 2024: FY23), "LTM 1H23" (twelve months to 30 September 2023), or relative "H0", "FY-1", "LTM0".
 * @param {any} [line] "Total" (default), "Network", "SI", "ATM", "WAN", "Outsourcing", "Enterprise connectivity", "Consumer connectivity", "Systems construction", "Systems operation and maintenance", "IP services", "IIJ Mobile", "Enterprise mobile", "MVNE", "IIJmio".
 * @param {any} [unit] "JPY mn" (default), "JPY k", "JPY bn", "JPY", or the scale 1, 1000, 1000000, 1000000000.
 * @returns {number} The revenue.
 */
export function REVENUE(period: any, line?: any, unit?: any): number {
  return inExcel(() => iij.revenue(period, line, unit));
}

/**
 * Cost of sales of a line, as a positive amount, in JPY millions unless a unit is given.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#cost
 * @param {any} period Period such as "1H23", "2Q23", "9M23", "FY22", also "1H FY2023", "Q2 FY23", "FY3/24" (FY23) or "LTM 1H23".
 * @param {any} [line] "Total" (default), "Network", "SI" or "ATM".
 * @param {any} [unit] "JPY mn" (default), "JPY k", "JPY bn", "JPY", or the scale 1, 1000, 1000000, 1000000000.
 * @returns {number} The cost of sales.
 */
export function COST(period: any, line?: any, unit?: any): number {
  return inExcel(() => iij.cost(period, line, unit));
}

/**
 * Gross profit of a line (revenue less cost of sales), in JPY millions unless a unit is given.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#grossprofit
 * @param {any} period Period such as "1H23", "2Q23", "9M23", "FY22", also "1H FY2023", "Q2 FY23", "FY3/24" (FY23) or "LTM 1H23".
 * @param {any} [line] "Total" (default), "Network", "SI" or "ATM".
 * @param {any} [unit] "JPY mn" (default), "JPY k", "JPY bn", "JPY", or the scale 1, 1000, 1000000, 1000000000.
 * @returns {number} The gross profit.
 */
export function GROSSPROFIT(period: any, line?: any, unit?: any): number {
  return inExcel(() => iij.grossProfit(period, line, unit));
}

/**
 * Operating profit, consolidated or of a segment, in JPY millions unless a unit is given.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#operatingprofit
 * @param {any} period Period such as "1H23", "2Q23", "9M23", "FY22", also "1H FY2023", "Q2 FY23", "FY3/24" (FY23) or "LTM 1H23".
 * @param {any} [segment] "Total" (default), "Network & SI", "ATM" or "Adjustments".
 * @param {any} [unit] "JPY mn" (default), "JPY k", "JPY bn", "JPY", or the scale 1, 1000, 1000000, 1000000000.
 * @returns {number} The operating profit.
 */
export function OPERATINGPROFIT(period: any, segment?: any, unit?: any): number {
  return inExcel(() => iij.operatingProfit(period, segment, unit));
}

/**
 * Any line of the statements, notes or selected financial data, sign as printed (costs negative), ratios in printed percentage points (44.5), a printed dash 0. A flow's 1Q and 2H are derived by subtraction; a balance's (opening or closing cash) from the balance printed for that day, never by subtraction.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#value
 * @param {any} item Line label as printed, e.g. "Total assets", "Borrowings (current)", "Cash flows: Finance expenses" (a bare label means the first statement printing it), or an analyst's name: "Net income", "SG&A", "EPS", "DPS", "D&A". IIJ.ITEMS() lists all.
 * @param {any} period Period such as "1H23", "2H22", "9M23", "H1 FY23", "FY3/24" (FY23), "LTM 1H23" (flows), or for balances a period end or a date ("2023-09-30", "Sep-23", "30-Sep-23", "9/30/2023").
 * @param {any} [unit] "JPY mn" (default for money), "JPY k", "JPY bn" ("mn", "bn"), "JPY", or the scale 1, 1000, 1000000, 1000000000; empty for ratios and counts; "adjusted" gives a per-share figure or share count on the latest share basis (stock splits applied).
 * @returns {number} The figure.
 */
export function VALUE(item: any, period: any, unit?: any): number {
  return inExcel(() => iij.value(item, period, unit));
}

/**
 * An operating figure: contracts and subscriptions, contracted bandwidth (Gbps), SI orders and backlog, employees.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#kpi
 * @param {any} metric A KPI line as printed, e.g. "IIJ Mobile services", "MVNE", "Total contracted bandwidth", "Orders received: Total", "Order backlog", "Employees (consolidated)"; the README lists all.
 * @param {any} period Period end such as "1H23" or "FY23 Q2", or a date ("2023-09-30", "Sep-23", "30-Sep-23").
 * @returns {number} The figure, unscaled.
 */
export function KPI(metric: any, period: any): number {
  return inExcel(() => iij.kpi(metric, period));
}

/**
 * Change against the same period a year earlier, as a fraction (0.051 = 5.1%) of the earlier figure's size: from a negative base the sign still says up or down; a base of 0 is #N/A. Per-share figures and share counts compare on one share basis.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#yoy
 * @param {any} item An item IIJ.VALUE accepts, or a revenue line such as "Network".
 * @param {any} period Period such as "1H23", "2Q23", "9M23", "Q2 FY23", "LTM 1H23", or a date for balances ("2023-09-30", "Sep-23").
 * @returns {number} The change as a fraction of the earlier figure's size.
 */
export function YOY(item: any, period: any): number {
  return inExcel(() => iij.yoy(item, period));
}

/**
 * The periods for which a figure exists, as one column of period codes (balances: dates as 2023-09-30), oldest first.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#periods
 * @param {any} [item] An item or revenue line; empty lists every period in the dataset.
 * @returns {any[][]} Period codes, oldest first.
 */
export function PERIODS(item?: any): any[][] {
  return inExcel(() => iij.periods(item));
}

/**
 * The item names IIJ.VALUE accepts, as one column, statement by statement in printed order.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#items
 * @param {any} [statement] "Profit or loss", "Comprehensive income", "Financial position", "Cash flows", "Selected data", "Segments", ...; empty lists all.
 * @returns {any[][]} Item names.
 */
export function ITEMS(statement?: any): any[][] {
  return inExcel(() => iij.items(statement));
}

/**
 * A table: item labels down, periods across; the corner holds the unit as given, "" where a period has no figure.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#table
 * @param {any} item_or_statement A statement ("Profit or loss") or one item.
 * @param {any[][]} periods A range of period cells, or text such as "1H22,1H23".
 * @param {any} [unit] "JPY mn" (default), "JPY k", "JPY bn", "JPY", or the scale 1, 1000, 1000000, 1000000000; "adjusted" puts per-share and share-count rows on the latest share basis.
 * @returns {any[][]} The table, with periods in the first row and labels in the first column.
 */
export function TABLE(item_or_statement: any, periods: any[][], unit?: any): any[][] {
  return inExcel(() => iij.table(item_or_statement, periods, unit));
}

/**
 * Where a figure comes from: report, statement or note, line, printed figure and unit, or which rule derived it; for a per-share figure its share basis and the split factor to the latest.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#source
 * @param {any} item An item IIJ.VALUE accepts, or a revenue line such as "Network".
 * @param {any} period Period such as "1H23", "2H22", "9M23", "H1 FY23", "LTM 1H23" (the derivation shown), or a date for balances ("Sep-23").
 * @returns {string} A description of the figure's source.
 */
export function SOURCE(item: any, period: any): string {
  return inExcel(() => iij.source(item, period));
}

/**
 * The fixed period a period stands for: a relative period (H0, FY-1) as the period it means today, any spelling as its code. For a balance, the date (format the cell as a date). #N/A when the item has no period of that kind.
 * @customfunction
 * @helpurl https://localhost:3000/help.html#period
 * @param {any} period Period such as "H0", "FY-1", "Q-2", "9M0", "LTM0", "1H FY2023", "Q2 FY23", "FY3/24", or a date ("Sep-23").
 * @param {any} [item] An item IIJ.VALUE accepts, or a revenue line: count from its latest figure, as IIJ.VALUE(item, period) does. Empty: from the dataset's latest.
 * @returns {any} A period code such as "1H23", or a balance date as a date serial.
 */
export function PERIOD(period: any, item?: any): any {
  return inExcel(() => iij.period(period, item));
}
