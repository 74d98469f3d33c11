/**
 * A figure row's value for a column, worked out by the very functions its formula calls
 * (src/functions/iij.ts), so the preview and the "left out" note agree with what Excel will show.
 */
import { isQueryError } from "../../data/errors";
import { lineShares, shareBasisOf } from "../../data/line-facts";
import * as iij from "../../functions/iij";
import { isMoneyUnit, type MoneyUnit } from "../../data/unit";
import type { LineSpec } from "./types";

export type Outcome =
  { readonly value: number } | { readonly error: "#N/A" | "#VALUE!"; readonly message: string };

/** Whether the row's function takes the unit argument: money rows do; per-share, counts, ratios do not. */
export function takesUnit(line: LineSpec): boolean {
  return line.fn !== "KPI" && isMoneyUnit(line.unit);
}

/** Printed percentages (47.0 for 47.0%) are written as fractions, so `0.0%` shows them and formulas can use them. */
export function isPercentLine(line: LineSpec): boolean {
  return line.unit === "%";
}

/** The unit word IIJ.VALUE takes for a per-share figure or share count on the latest share basis. */
export const ADJUSTED = "adjusted";

function call(line: LineSpec, period: string | number, unit: MoneyUnit, adjusted: boolean): number {
  const u = takesUnit(line) ? unit : adjusted ? ADJUSTED : undefined;
  switch (line.fn) {
    case "REVENUE":
      return iij.revenue(period, line.name, u);
    case "COST":
      return iij.cost(period, line.name, u);
    case "GROSSPROFIT":
      return iij.grossProfit(period, line.name, u);
    case "OPERATINGPROFIT":
      return iij.operatingProfit(period, line.name, u);
    case "VALUE":
      return iij.value(line.name, period, u);
    case "KPI":
      return iij.kpi(line.name, period);
  }
}

/**
 * Outcomes already worked out: the dataset never changes, and the pane plans the same table
 * again on every option it toggles. The query remembers figures but not failures, which are most
 * of a wide table's misses; bounded like the query's own memo.
 */
const outcomes = new Map<string, Outcome>();

/**
 * The figure a row's formula gives for a header cell holding `period` (a code, a date serial,
 * "H0"); `adjusted`: a per-share figure or share count on the latest share basis.
 */
export function figure(
  line: LineSpec,
  period: string | number,
  unit: MoneyUnit,
  adjusted = false
): Outcome {
  const key = `${line.fn}\u0000${line.name}\u0000${typeof period}:${period}\u0000${unit}\u0000${adjusted}`;
  const known = outcomes.get(key);
  if (known) return known;
  if (outcomes.size > 20_000) outcomes.clear();
  const outcome = compute(line, period, unit, adjusted);
  outcomes.set(key, outcome);
  return outcome;
}

function compute(
  line: LineSpec,
  period: string | number,
  unit: MoneyUnit,
  adjusted: boolean
): Outcome {
  return outcome(() => {
    const value = call(line, period, unit, adjusted);
    return isPercentLine(line) ? value / 100 : value;
  });
}

/** A function's number, or the #N/A or #VALUE! it gives, with its message. */
function outcome(answer: () => number): Outcome {
  try {
    return { value: answer() };
  } catch (error) {
    if (isQueryError(error))
      return { error: error.code === "NA" ? "#N/A" : "#VALUE!", message: error.message };
    throw error;
  }
}

/** What IIJ.YOY(item, header) gives: a per-share line's growth on one share basis. */
export function shareYoy(line: LineSpec, period: string | number): Outcome {
  return outcome(() => iij.yoy(line.item, period));
}

/** Whether a line's figures are per share or numbers of shares, which stock splits change. */
export function isShareLine(line: LineSpec): boolean {
  return lineShares(iij.query(), line.fn, line.name) !== undefined;
}

/** The share basis of each column's figure of a per-share or share-count line; undefined for other lines. */
export function shareBases(
  line: LineSpec,
  periods: readonly (string | number)[]
): (string | undefined)[] | undefined {
  const q = iij.query();
  if (!lineShares(q, line.fn, line.name)) return undefined;
  return periods.map((p) => shareBasisOf(q, line.fn, line.name, p));
}

export function hasValue(outcome: Outcome): outcome is { value: number } {
  return "value" in outcome;
}
