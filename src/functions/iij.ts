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
  forget();
}

/** Name -> period -> unit, as given -> the number answered: one per function (memo()). */
type Numbers = Map<string, Map<PeriodInput, Map<UnitInput, number>>>;
const memos: Numbers[] = [];
let remembered = 0;

function memo(): Numbers {
  const numbers: Numbers = new Map();
  memos.push(numbers);
  return numbers;
}

function forget(): void {
  for (const numbers of memos) numbers.clear();
  remembered = 0;
}

/** The map under `key`, made if new. */
function inner<K, V extends Map<unknown, unknown>>(map: Map<K, V>, key: K): V {
  let found = map.get(key);
  if (!found) map.set(key, (found = new Map() as V));
  return found;
}

/**
 * The number for a line as a function names it. The dataset never changes, so a question asked
 * again has the same answer: each is remembered by the arguments as given, and a recalculation of
 * thousands of formulas is Map lookups. Failures are not remembered (their message follows the
 * display language); a full memo is emptied rather than grown without bound.
 */
function lineNumber(
  numbers: Numbers,
  fn: LineFunction,
  period: PeriodInput,
  name: string,
  unit?: UnitInput
): number {
  const byUnit = inner(inner(numbers, name), period);
  let number = byUnit.get(unit);
  if (number === undefined) {
    const q = query();
    number = finite(q.numberOf(q.namedLine(fn, name), period, unit));
    if (++remembered > 50_000) forget();
    byUnit.set(unit, number);
  }
  return number;
}

/** REVENUE, COST, GROSSPROFIT and OPERATINGPROFIT: a period, a line ("Total" if empty), a unit. */
function definedLineNumber(fn: LineFunction, argument: string) {
  const numbers = memo();
  return (period: CellInput, line?: CellInput, unit?: CellInput): number =>
    lineNumber(
      numbers,
      fn,
      periodArgument(period),
      optionalNameArgument(line, argument, "Total"),
      unitArgument(unit)
    );
}

export const revenue = definedLineNumber("REVENUE", "line");
export const cost = definedLineNumber("COST", "line");
export const grossProfit = definedLineNumber("GROSSPROFIT", "line");
export const operatingProfit = definedLineNumber("OPERATINGPROFIT", "segment");

const values = memo();
export function value(item: CellInput, period: CellInput, unit?: CellInput): number {
  const name = nameArgument(item, "item");
  return lineNumber(values, "VALUE", periodArgument(period), name, unitArgument(unit));
}

const kpis = memo();
export function kpi(metric: CellInput, period: CellInput): number {
  const name = nameArgument(metric, "metric");
  return lineNumber(kpis, "KPI", periodArgument(period), name);
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
