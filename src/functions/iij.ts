/**
 * The IIJ.* functions as plain TypeScript: Excel-style arguments in, a number, text or grid out,
 * a QueryError thrown when there is no answer. Excel (functions.ts) and the formula evaluator
 * (src/evaluator) both call exactly these.
 */
import type Decimal from "decimal.js";
import { InvalidArgumentError } from "../data/errors";
import type { Dataset } from "../data/dataset";
import { loadDataset } from "../data/load";
import { errorText } from "../data/messages";
import { isoToExcelSerial, periodText, type Period } from "../data/period";
import { Query, type LineFunction, type PeriodInput, type UnitInput } from "../data/query";
import {
  nameArgument,
  optionalNameArgument,
  periodArgument,
  periodListArgument,
  unitArgument,
  type CellInput,
} from "./arguments";

export type Grid = (string | number)[][];

function finite(number: number): number {
  if (!Number.isFinite(number)) throw new InvalidArgumentError("result", errorText("arg.tooLarge"));
  return number;
}

function toNumber(value: Decimal): number {
  return finite(value.toNumber());
}

let shared: Query | undefined;

/** The query over the bundled dataset, made on first use and kept for the runtime's life. */
export function query(): Query {
  shared ??= new Query(loadDataset());
  return shared;
}

/**
 * From now on, answer from `dataset` instead of the bundled one: how the preview host stages a
 * newer dataset (src/preview/staged-dataset.ts). The add-in never calls it.
 */
export function answerFrom(dataset: Dataset): void {
  shared = new Query(dataset);
}

/** The number for a line as a function names it: the query remembers it on the line. */
function lineNumber(fn: LineFunction, period: PeriodInput, name: string, unit?: UnitInput): number {
  const q = query();
  return finite(q.numberOf(q.namedLine(fn, name), period, unit));
}

export function revenue(period: CellInput, line?: CellInput, unit?: CellInput): number {
  return lineNumber(
    "REVENUE",
    periodArgument(period),
    optionalNameArgument(line, "line", "Total"),
    unitArgument(unit)
  );
}

export function cost(period: CellInput, line?: CellInput, unit?: CellInput): number {
  return lineNumber(
    "COST",
    periodArgument(period),
    optionalNameArgument(line, "line", "Total"),
    unitArgument(unit)
  );
}

export function grossProfit(period: CellInput, line?: CellInput, unit?: CellInput): number {
  return lineNumber(
    "GROSSPROFIT",
    periodArgument(period),
    optionalNameArgument(line, "line", "Total"),
    unitArgument(unit)
  );
}

export function operatingProfit(period: CellInput, segment?: CellInput, unit?: CellInput): number {
  return lineNumber(
    "OPERATINGPROFIT",
    periodArgument(period),
    optionalNameArgument(segment, "segment", "Total"),
    unitArgument(unit)
  );
}

export function value(item: CellInput, period: CellInput, unit?: CellInput): number {
  const name = nameArgument(item, "item");
  return lineNumber("VALUE", periodArgument(period), name, unitArgument(unit));
}

export function kpi(metric: CellInput, period: CellInput): number {
  const name = nameArgument(metric, "metric");
  return lineNumber("KPI", periodArgument(period), name);
}

export function yoy(item: CellInput, period: CellInput): number {
  return toNumber(query().yoy(nameArgument(item, "item"), periodArgument(period)).change);
}

export function periods(item?: CellInput): Grid {
  const name = optionalNameArgument(item, "item", "");
  return query()
    .periods(name)
    .map((code) => [code]);
}

export function items(statement?: CellInput): Grid {
  const name = optionalNameArgument(statement, "statement", "");
  return query()
    .items(name)
    .map((item) => [item]);
}

/** Labels down, periods across; the corner names the unit; "" where a period has no figure. */
export function table(itemOrStatement: CellInput, periodList: CellInput, unit?: CellInput): Grid {
  const q = query();
  const lines = q.tableLines(nameArgument(itemOrStatement, "item_or_statement"));
  const columns = periodListArgument(periodList);
  const unitInput = unitArgument(unit);
  const header: (string | number)[] = [
    unitInput === undefined ? "" : String(unitInput),
    ...columns.map(String),
  ];
  const rows = lines.map((line) => [
    line.name,
    ...columns.map((period) => {
      const cell = q.tableCell(line, period, unitInput);
      return cell === undefined ? "" : toNumber(cell);
    }),
  ]);
  return [header, ...rows];
}

export function source(item: CellInput, period: CellInput): string {
  return query().source(nameArgument(item, "item"), periodArgument(period));
}

/**
 * The fixed period a period stands for: "1H23" (text, as the functions take it), or for a balance
 * its date as an Excel date serial, which a date format shows as 30-Sep-23.
 */
export function period(input: CellInput, item?: CellInput): string | number {
  return periodValue(
    query().resolvePeriod(periodArgument(input), optionalNameArgument(item, "item", ""))
  );
}

/** A resolved period as IIJ.PERIOD gives it: its code, or a date's serial. */
export function periodValue(resolved: Period): string | number {
  return resolved.kind === "instant" ? isoToExcelSerial(resolved.date) : periodText(resolved);
}
