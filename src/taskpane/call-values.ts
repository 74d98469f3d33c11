/**
 * One IIJ.* call answered by a given dataset, with the answers behind it: what the refresh change
 * list compares between the dataset a workbook was calculated with and the add-in's own. The
 * arguments go through the same checks as in Excel (src/functions/arguments).
 */
import { isQueryError, NotAvailableError } from "../data/errors";
import type { Answer, Query } from "../data/query";
import {
  nameArgument,
  optionalNameArgument,
  periodArgument,
  unitArgument,
  type CellInput,
} from "../functions/arguments";
import { periodValue } from "../functions/iij";

/** What a call gives: a value and the answers it rests on, an Excel error, or nothing we can work out here. */
export type CallResult =
  | { readonly kind: "value"; readonly value: number | string; readonly answers: readonly Answer[] }
  | { readonly kind: "error"; readonly code: "#N/A" | "#VALUE!"; readonly message: string }
  | { readonly kind: "list" };

type Call = (
  q: Query,
  arg: (i: number) => CellInput
) => { value: number | string; answers: Answer[] };

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
  PERIOD: (q, a) => ({
    value: periodValue(
      q.resolvePeriod(periodArgument(a(0)), optionalNameArgument(a(1), "item", ""))
    ),
    answers: [],
  }),
};

/** `IIJ.<name>(args...)` answered by `q`. */
export function callResult(name: string, args: readonly CellInput[], q: Query): CallResult {
  const call = CALLS[name];
  if (!call) return { kind: "list" };
  try {
    return { kind: "value", ...call(q, (i) => args[i]) };
  } catch (error) {
    if (!isQueryError(error)) throw error;
    const code = error instanceof NotAvailableError ? "#N/A" : "#VALUE!";
    return { kind: "error", code, message: error.message };
  }
}
