/**
 * Which of a table's columns its chart plots, and in what slots: one kind of period only, so a
 * half never stands as a bar beside quarters at double their height, and an empty slot where
 * whole fiscal years are missing, so 1H19 and 1H22 are not read as consecutive. Kinds go by
 * length: quarters, halves, nine months, twelve months (years and LTM, which compare); balance
 * dates are all one kind. The kind with the most columns is charted, at a tie the latest column's.
 * The slots are the one layout of both the pane's preview chart and the native chart
 * (chart-data.ts); where they are not one run of side-by-side table cells the native chart plots
 * a block of formulas referring to them.
 */
import { parsePeriodCode, type Period } from "../../data/period";
import { yearsMissing } from "./columns";
import type { ChartSlot } from "./types";

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
  /** What the chart plots in order: the charted columns, a gap before any after missing years. */
  readonly slots: readonly ChartSlot[];
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
  const missing = yearsMissing(charted.map((i) => periods[i]));
  const slots = charted.flatMap((column, k): ChartSlot[] => {
    const years = missing[k];
    return years === undefined ? [{ column }] : [{ gap: years }, { column }];
  });
  return { charted, leftOut, length, slots };
}

/** Whether the slots are one run of side-by-side columns with no gap: the table's cells serve as they are. */
export function slotsInOneRun(slots: readonly ChartSlot[]): boolean {
  const columns = slots.map((slot) => ("column" in slot ? slot.column : undefined));
  return columns.every((c, k) => c !== undefined && (k === 0 || c === columns[k - 1]! + 1));
}
