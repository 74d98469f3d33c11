/**
 * One share basis for per-share figures and share counts. A filing prints each such figure on a
 * basis: per share as the shares stood on some day, every split effective up to that day
 * reflected. EPS and weighted average shares are restated for every split up to the filing
 * (IAS 33.64: the 2023 report prints 1H22 EPS after the split of October 2022); a dividend per
 * share is per share on its record date, the period's last day (the same report prints the 1H22
 * dividend, 29.25 yen, "before the stock split", line 1062); a count at a date counts the shares
 * of that date. Two such figures compare only on one basis: the later one, each split in between
 * applied with the ratio its filing prints.
 *
 * The filings do not print every split: the share counts of the 2019 report (45 million
 * weighted shares in 1H19) and the 2023 report (90 million in 1H22 before its printed split)
 * imply one more. Where the counts imply a split no filing in the dataset prints, figures on
 * either side of it do not compare (#N/A, naming the gap) until a filing that prints it is added.
 */
import Decimal from "decimal.js";
import type { Dataset, ItemRef } from "./dataset";
import { compareDates, endDate, parsePeriodCode, periodCode } from "./period";
import type { Figure, ShareSplit } from "./types";

/** A split and the filing that prints it. */
export interface PrintedSplit extends ShareSplit {
  readonly report: string;
}

/** Counts that differ by this factor or more, splits accounted for, imply a split not printed. */
const IMPLIED_SPLIT = 1.5;

/** What the share counts say about a stretch of time the printed splits do not explain. */
export interface SplitGap {
  /** The last day whose counts are on the earlier basis, and the last day of the later count. */
  readonly after: string;
  readonly until: string;
  /** The periods (or dates) of the two counts: "1H19", "1H22". */
  readonly from: string;
  readonly to: string;
  /** The unexplained factor, later count over earlier, printed splits taken out. */
  readonly factor: number;
}

/** Restating a figure from its basis to a later one. */
export interface Restatement {
  /** The basis the figure is printed on and the one it is restated to (ISO dates). */
  readonly from: string;
  readonly to: string;
  /** Product of the ratios of the splits in between: per-share figures divide by it, counts multiply. */
  readonly factor: Decimal;
  readonly splits: readonly PrintedSplit[];
}

/**
 * The count whose jumps tell a split: the weighted average shares every per-share figure is
 * computed on, printed for each period (issued shares are printed for a few dates only).
 */
const COUNT_LINES: readonly ItemRef[] = [
  { statement: "eps", item: "Weighted average number of shares — basic" },
];

/** Longer periods name a time first: 1H19 rather than 2Q19, which ends the same day. */
const SPAN_RANK: Readonly<Record<string, number>> = { FY: 0, "1H": 1, "2H": 1 };

interface CountAt {
  /** The last day the count is for. */
  readonly time: string;
  readonly label: string;
  /** The count on the basis of `time`: later splits the filing restated for taken out. */
  readonly count: Decimal;
  readonly rank: number;
}

export class ShareBasis {
  readonly splits: readonly PrintedSplit[];
  private gapList?: readonly SplitGap[];

  constructor(private readonly dataset: Dataset) {
    const byDate = new Map<string, PrintedSplit>();
    // The latest filing's print of a split first: later filings win, as with figures.
    const reports = [...dataset.reports].sort((a, b) => compareDates(b.filed, a.filed));
    for (const report of reports)
      for (const split of report.splits ?? [])
        if (!byDate.has(split.effective))
          byDate.set(split.effective, { ...split, report: report.id });
    this.splits = [...byDate.values()].sort((a, b) => compareDates(a.effective, b.effective));
  }

  /** The latest basis any figure can be restated to: the latest filing's date. */
  get latest(): string {
    return (
      this.dataset.reports
        .map((r) => r.filed)
        .sort()
        .at(-1) ?? ""
    );
  }

  /** Whether a line's figures are per share (yen) or numbers of shares. */
  scales(ref: ItemRef): "per-share" | "count" | undefined {
    const unit = this.dataset.anyFigure(ref)?.unit;
    if (unit === "yen") return "per-share";
    if (
      unit === "count" &&
      (ref.statement === "eps" ||
        ref.statement === "shares" ||
        /\bshares\b|voting rights/i.test(ref.item))
    )
      return "count";
    return undefined;
  }

  /** The day whose shares a figure is per (or counts): see the module comment. */
  basisOf(figure: Figure): string {
    const period = parsePeriodCode(figure.period);
    if (period.kind === "instant") return period.date;
    const report = this.dataset.report(figure.report);
    if (report?.recordDateTables?.includes(figure.table)) return endDate(period);
    return report?.filed ?? endDate(period);
  }

  /** The basis of an answer resting on `figures`: the latest of theirs. */
  basisOfAll(figures: readonly Figure[]): string {
    return (
      figures
        .map((f) => this.basisOf(f))
        .sort()
        .at(-1) ?? this.latest
    );
  }

  /** The splits effective after `from` and on or before `to`. */
  splitsBetween(from: string, to: string): PrintedSplit[] {
    return this.splits.filter((s) => s.effective > from && s.effective <= to);
  }

  /**
   * How a figure on basis `from` is restated to basis `to` (to >= from), or the gap that stops it:
   * share counts implying a split in between that no filing prints.
   */
  restate(from: string, to: string): Restatement | SplitGap {
    const gap = this.gaps().find((g) => g.after < to && g.until > from);
    if (gap) return gap;
    const splits = this.splitsBetween(from, to);
    const factor = splits.reduce((f, s) => f.times(s.ratio), new Decimal(1));
    return { from, to, factor, splits };
  }

  /** Where the share counts imply splits the filings do not print. */
  gaps(): readonly SplitGap[] {
    if (this.gapList) return this.gapList;
    const counts: CountAt[] = [];
    for (const ref of COUNT_LINES)
      for (const code of this.dataset.printedPeriods(ref)) {
        const figure = this.dataset.printed(ref, code);
        if (!figure) continue;
        const period = parsePeriodCode(code);
        const time = period.kind === "instant" ? period.date : endDate(period);
        const restatedBy = this.splitsBetween(time, this.basisOf(figure));
        const count = restatedBy.reduce((c, s) => c.dividedBy(s.ratio), new Decimal(figure.value));
        const rank = period.kind === "instant" ? 3 : (SPAN_RANK[period.span] ?? 2);
        counts.push({ time, label: periodCode(period), count, rank });
      }
    counts.sort((a, b) => compareDates(a.time, b.time) || a.rank - b.rank);
    const gaps: SplitGap[] = [];
    for (let i = 1; i < counts.length; i++) {
      const [before, after] = [counts[i - 1], counts[i]];
      if (before.time === after.time) continue;
      // The count named for the earlier day: the longest period ending that day.
      const named = counts.find((c) => c.time === before.time)!;
      const printed = this.splitsBetween(before.time, after.time).reduce((f, s) => f * s.ratio, 1);
      const factor = after.count.dividedBy(before.count).dividedBy(printed).toNumber();
      if (factor >= IMPLIED_SPLIT || factor <= 1 / IMPLIED_SPLIT)
        gaps.push({
          after: before.time,
          until: after.time,
          from: named.label,
          to: after.label,
          factor,
        });
    }
    return (this.gapList = gaps);
  }
}

/** Whether a gap, rather than a restatement, came back. */
export function isGap(found: Restatement | SplitGap): found is SplitGap {
  return "until" in found;
}
