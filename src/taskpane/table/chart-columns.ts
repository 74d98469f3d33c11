/**
 * Which of a table's columns its chart plots: one kind of period only, so a half never stands as
 * a bar beside quarters at double their height. Kinds go by length: quarters, halves, nine months,
 * twelve months (years and LTM, which compare); balance dates are all one kind. The kind with
 * the most columns is charted, at a tie the latest column's. A native chart's series is one range
 * of cells, so the columns charted must also stand side by side in the table ("together").
 */
import { parsePeriodCode, type Period } from "../../data/period";

/** Months a column's period runs: 3, 6, 9 or 12; 0 for a balance date. */
export function periodLength(period: Period): number {
  if (period.kind === "instant") return 0;
  if (period.span.startsWith("LTM") || period.span === "FY") return 12;
  if (period.span === "9M") return 9;
  return period.span.endsWith("H") ? 6 : 3;
}

export interface ChartColumns {
  /** Indexes of the columns charted, in table order. */
  readonly charted: readonly number[];
  /** Indexes of the columns of other kinds, left out of the chart. */
  readonly leftOut: readonly number[];
  /** The length of the kind charted (periodLength). */
  readonly length: number;
  /** Whether the charted columns stand side by side, as a native chart's one range needs. */
  readonly together: boolean;
}

export function chartColumns(periods: readonly string[]): ChartColumns {
  const lengths = periods.map((code) => periodLength(parsePeriodCode(code)));
  const counts = new Map<number, number>();
  for (const length of lengths) counts.set(length, (counts.get(length) ?? 0) + 1);
  let length = lengths.at(-1) ?? 0;
  for (const [candidate, count] of counts)
    if (count > (counts.get(length) ?? 0)) length = candidate;
  const charted = lengths.flatMap((l, i) => (l === length ? [i] : []));
  const leftOut = lengths.flatMap((l, i) => (l === length ? [] : [i]));
  const together = charted.every((index, k) => k === 0 || index === charted[k - 1] + 1);
  return { charted, leftOut, length, together };
}
