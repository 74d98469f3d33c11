/**
 * The IIJ.* functions as plain TypeScript: Excel-style arguments in, a number, text or grid out,
 * a QueryError thrown when there is no answer. Excel (functions.ts) and the formula evaluator
 * (src/evaluator) both call exactly these.
 */
import type Decimal from "decimal.js";
import { InvalidArgumentError } from "../data/errors";
import { loadDataset } from "../data/load";
import { Query } from "../data/query";
import {
  nameArgument,
  optionalNameArgument,
  periodArgument,
  periodListArgument,
  unitArgument,
  type CellInput,
} from "./arguments";

export type Grid = (string | number)[][];

/**
 * Answers are remembered by the query, so the same Decimal comes back on every recalculation:
 * remembering its number too spares decimal.js's string conversion, the bulk of a repeat call.
 */
const numbers = new WeakMap<Decimal, number>();

function toNumber(value: Decimal): number {
  const known = numbers.get(value);
  if (known !== undefined) return known;
  const number = value.toNumber();
  if (!Number.isFinite(number)) throw new InvalidArgumentError("result", "is too large for Excel");
  numbers.set(value, number);
  return number;
}

let shared: Query | undefined;

/** The query over the bundled dataset, made on first use and kept for the runtime's life. */
export function query(): Query {
  shared ??= new Query(loadDataset());
  return shared;
}

export function revenue(period: CellInput, line?: CellInput, unit?: CellInput): number {
  return toNumber(
    query().revenue(
      periodArgument(period),
      optionalNameArgument(line, "line", "Total"),
      unitArgument(unit)
    ).value
  );
}

export function cost(period: CellInput, line?: CellInput, unit?: CellInput): number {
  return toNumber(
    query().cost(
      periodArgument(period),
      optionalNameArgument(line, "line", "Total"),
      unitArgument(unit)
    ).value
  );
}

export function grossProfit(period: CellInput, line?: CellInput, unit?: CellInput): number {
  return toNumber(
    query().grossProfit(
      periodArgument(period),
      optionalNameArgument(line, "line", "Total"),
      unitArgument(unit)
    ).value
  );
}

export function operatingProfit(period: CellInput, segment?: CellInput, unit?: CellInput): number {
  const answer = query().operatingProfit(
    periodArgument(period),
    optionalNameArgument(segment, "segment", "Total"),
    unitArgument(unit)
  );
  return toNumber(answer.value);
}

export function value(item: CellInput, period: CellInput, unit?: CellInput): number {
  return toNumber(
    query().value(nameArgument(item, "item"), periodArgument(period), unitArgument(unit)).value
  );
}

export function kpi(metric: CellInput, period: CellInput): number {
  return toNumber(query().kpi(nameArgument(metric, "metric"), periodArgument(period)).value);
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
