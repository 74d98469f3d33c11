/**
 * One IIJ.* call answered by a given dataset, with the answers behind it: what the refresh change
 * list compares between the dataset a workbook was calculated with and the add-in's own, and what
 * the source card tells the story of. The arguments go through the same checks as in Excel
 * (src/functions/arguments), in the same order.
 */
import { isQueryError, NotAvailableError } from "../data/errors";
import type { Period } from "../data/period";
import type { Answer, Query } from "../data/query";
import {
  nameArgument,
  optionalNameArgument,
  periodArgument,
  unitArgument,
  type CellInput,
} from "../functions/arguments";
import { periodValue } from "../functions/iij";

/** What a scalar call gives: its value and the answers it rests on. */
export interface CallValue {
  readonly value: number | string;
  readonly answers: readonly Answer[];
  /** IIJ.PERIOD's: the item asked about ("" for none) and the fixed period it resolved to. */
  readonly period?: { readonly item: string; readonly resolved: Period };
}

/** What a call gives: a value and the answers it rests on, an Excel error, or nothing we can work out here. */
export type CallResult =
  | ({ readonly kind: "value" } & CallValue)
  | { readonly kind: "error"; readonly code: "#N/A" | "#VALUE!"; readonly message: string }
  | { readonly kind: "list" };

type Call = (q: Query, arg: (i: number) => CellInput) => CallValue;

const figure = (answer: Answer) => ({ value: answer.number, answers: [answer] });

/** REVENUE, COST, GROSSPROFIT, OPERATINGPROFIT: (period, [line or segment], [unit]). */
const lineCall =
  (ask: "revenue" | "cost" | "grossProfit" | "operatingProfit", argument: string): Call =>
  (q, a) =>
    figure(
      q[ask](
        periodArgument(a(0)),
        optionalNameArgument(a(1), argument, "Total"),
        unitArgument(a(2))
      )
    );

/** The scalar functions, by id; the lists (PERIODS, ITEMS, TABLE) spill and are left to Excel. */
const CALLS: Record<string, Call> = {
  REVENUE: lineCall("revenue", "line"),
  COST: lineCall("cost", "line"),
  GROSSPROFIT: lineCall("grossProfit", "line"),
  OPERATINGPROFIT: lineCall("operatingProfit", "segment"),
  VALUE: (q, a) =>
    figure(q.value(nameArgument(a(0), "item"), periodArgument(a(1)), unitArgument(a(2)))),
  KPI: (q, a) => figure(q.kpi(nameArgument(a(0), "metric"), periodArgument(a(1)))),
  YOY: (q, a) => {
    const yoy = q.yoy(nameArgument(a(0), "item"), periodArgument(a(1)));
    return { value: yoy.change.toNumber(), answers: [yoy.current, yoy.previous] };
  },
  SOURCE: (q, a) => {
    const answer = q.value(nameArgument(a(0), "item"), periodArgument(a(1)));
    return { value: q.describe(answer), answers: [answer] };
  },
  // A period, not a figure: no answers; a change is a relative period moving on.
  PERIOD: (q, a) => {
    const asked = periodArgument(a(0));
    const item = optionalNameArgument(a(1), "item", "");
    const resolved = q.resolvePeriod(asked, item);
    return { value: periodValue(resolved), answers: [], period: { item, resolved } };
  },
};

/**
 * `IIJ.<name>` answered by `q`, reading argument i through `arg(i)` when the function comes to it;
 * undefined for a list (PERIODS, ITEMS, TABLE: they spill, left to Excel) or a name that is no
 * function. Throws what the function would: a QueryError for a bad argument or a missing figure.
 */
export function answerCall(
  name: string,
  arg: (i: number) => CellInput,
  q: Query
): CallValue | undefined {
  return CALLS[name]?.(q, arg);
}

/** `IIJ.<name>(args...)` answered by `q`. */
export function callResult(name: string, args: readonly CellInput[], q: Query): CallResult {
  try {
    const answered = answerCall(name, (i) => args[i], q);
    return answered ? { kind: "value", ...answered } : { kind: "list" };
  } catch (error) {
    if (!isQueryError(error)) throw error;
    const code = error instanceof NotAvailableError ? "#N/A" : "#VALUE!";
    return { kind: "error", code, message: error.message };
  }
}
