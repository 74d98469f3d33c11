/**
 * What the task pane asks about a line as a function names it ("REVENUE", "Network"): its
 * periods, timing, kind and printing. Apart from the Query class because only the pane asks:
 * a class's methods all ship with it, and functions.js, which carries Query, stays smaller
 * without these (bench: functions_gzip_bytes).
 */
import { InvalidArgumentError, NotAvailableError } from "./errors";
import type { LineKind } from "./types";
import { periodCode } from "./period";
import type { LineFunction, PeriodInput, Query } from "./query";
import { DEFAULT_MONEY_UNIT, type Unit } from "./unit";

/**
 * The periods a line has a figure for, oldest first, each marked when it is derived rather than
 * printed (1Q = 1H - 2Q, 2H = FY - 1H): what the pane's picker offers and which table columns it
 * marks.
 */
export function linePeriods(
  q: Query,
  fn: LineFunction,
  name: string
): { period: string; derived: boolean }[] {
  const given = q.namedLine(fn, name);
  const line = { ...given, sources: q.withRepeats(given.sources) };
  const refs = line.sumOf ?? line.sources;
  const printed = new Set(refs.flatMap((ref) => q.dataset.printedPeriods(ref)));
  return q.availablePeriods(line).map((period) => {
    const code = periodCode(period);
    return { period: code, derived: !printed.has(code) };
  });
}

/** Whether a line is reported for periods (flow) or at dates (balance). */
export function lineTiming(q: Query, fn: LineFunction, name: string): "flow" | "balance" {
  const line = q.namedLine(fn, name);
  return (line.sumOf ?? line.sources).some((ref) => q.isFlow(ref)) ? "flow" : "balance";
}

/**
 * What kind of line it is (derivation.ts): a flow, a balance at dates, or an opening or closing
 * balance reported with the flows (cash at the beginning and end of the period).
 */
export function lineKind(q: Query, fn: LineFunction, name: string): LineKind | undefined {
  const line = q.namedLine(fn, name);
  return q.derivation.kindOf(q.withRepeats(line.sumOf ?? line.sources));
}

/** The unit a line is printed in, and the most decimals any of its figures is printed with. */
export function linePrinting(
  q: Query,
  fn: LineFunction,
  name: string
): { unit: Unit; decimals: number } {
  const line = q.namedLine(fn, name);
  const refs = q.withRepeats(line.sumOf ?? line.sources);
  const unit = q.dataset.anyFigure(refs[0])?.unit ?? DEFAULT_MONEY_UNIT;
  let decimals = 0;
  for (const ref of refs)
    for (const code of q.dataset.printedPeriods(ref))
      for (const figure of q.dataset.printedByAllFilings(ref, code)) {
        const fraction = /\.(\d+)/.exec(figure.printed ?? "")?.[1];
        decimals = Math.max(decimals, fraction?.length ?? 0);
      }
  return { unit, decimals };
}

/** Whether a line's figures are per share or numbers of shares, which stock splits change. */
export function lineShares(
  q: Query,
  fn: LineFunction,
  name: string
): "per-share" | "count" | undefined {
  return q.scalesOf(q.namedLine(fn, name));
}

/**
 * For a per-share or share-count line, the day whose shares its figure for `period` is per, as
 * printed (share-basis.ts); undefined for other lines and where there is no figure.
 */
export function shareBasisOf(
  q: Query,
  fn: LineFunction,
  name: string,
  period: PeriodInput
): string | undefined {
  if (!lineShares(q, fn, name)) return undefined;
  try {
    return q.answerLine(q.namedLine(fn, name), period, undefined).shares?.printedBasis;
  } catch (error) {
    if (error instanceof NotAvailableError || error instanceof InvalidArgumentError)
      return undefined;
    throw error;
  }
}
