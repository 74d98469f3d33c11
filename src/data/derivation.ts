/**
 * A line's figure for a period: printed, or derived by the rule its kind allows (types.ts,
 * LineKind). The filings print half years and second quarters; analysts ask for every quarter
 * and half.
 *
 * - A money flow: the first quarter is the first half less the second quarter, the second half
 *   the fiscal year less the first half; the third quarter is nine months less the first half,
 *   the fourth the fiscal year less nine months. The twelve months to a quarter's end (LTM) are
 *   the fiscal year before less its year to date plus this year's: LTM2Q23 = FY22 - 1H22 + 1H23.
 * - A closing balance is the balance on the period's last day: printed as the closing balance of
 *   another period ending that day (2H and 4Q end with FY, 2Q with 1H), or as the opening balance
 *   of the period starting the day after (FY21 closes with what 1H22 opens with). Nine months
 *   close with the third quarter, on 31 December.
 * - An opening balance is the balance on the period's first day: printed as the opening balance of
 *   another period starting that day (1Q and 1H start with FY, 3Q with 2H), or else the closing
 *   balance of the period before it (2H opens with 1H's closing balance, 2Q with 1Q's).
 *
 * A balance is never a difference: FY22's closing cash less 1H22's is not 2H22's closing cash.
 */
import Decimal from "decimal.js";
import type { Dataset, ItemRef } from "./dataset";
import { formatDecimal } from "./format";
import { errorText } from "./messages";
import {
  SPANS,
  comparePeriods,
  YEAR_TO_DATE,
  endDate,
  flow,
  isLtm,
  ltmQuarter,
  parsePeriodCode,
  periodCode,
  type FlowPeriod,
  type LtmSpan,
  type Period,
  type Span,
} from "./period";
import type { Figure, LineKind } from "./types";
import { convertMoney, isMoneyUnit, type Unit } from "./unit";

/** Which rule gave a figure no filing prints. */
export type DerivationRule =
  | "flow-first-quarter"
  | "flow-second-half"
  | "flow-third-quarter"
  | "flow-fourth-quarter"
  | "flow-ltm"
  | "closing-same-day"
  | "closing-next-opening"
  | "opening-same-day"
  | "opening-previous-closing";

/** A figure found for a line and period, with the printed figures it rests on. */
export interface Found {
  readonly value: Decimal;
  readonly unit: Unit;
  readonly figures: readonly Figure[];
  /** How it follows from the printed figures, in words, when it is not one printed figure. */
  readonly derivation?: string;
  /** The rule that derived it; absent for a printed figure (or one the source file derives). */
  readonly rule?: DerivationRule;
}

/** Spans within one fiscal year; balances have no LTM (a twelve-month sum is a flow's). */
type YearSpan = Exclude<Span, LtmSpan>;

/** Periods of the same fiscal year that end on the same day, most often printed first. */
const SAME_END: Record<YearSpan, readonly Span[]> = {
  "1Q": [],
  "2Q": ["1H"],
  "3Q": ["9M"],
  "4Q": ["FY", "2H"],
  "1H": ["2Q"],
  "2H": ["FY", "4Q"],
  "9M": ["3Q"],
  FY: ["2H", "4Q"],
};

/** Periods of the same fiscal year that start on the same day, most often printed first. */
const SAME_START: Record<YearSpan, readonly Span[]> = {
  "1Q": ["1H", "FY", "9M"],
  "2Q": [],
  "3Q": ["2H"],
  "4Q": [],
  "1H": ["FY", "1Q", "9M"],
  "2H": ["3Q"],
  "9M": ["1H", "FY", "1Q"],
  FY: ["1H", "1Q", "9M"],
};

/** Periods that start the day after this one ends, most often printed first: [fiscal years ahead, spans]. */
const AFTER: Record<YearSpan, readonly [number, readonly Span[]]> = {
  "1Q": [0, ["2Q"]],
  "2Q": [0, ["2H", "3Q"]],
  "3Q": [0, ["4Q"]],
  "4Q": [1, ["1H", "FY", "1Q", "9M"]],
  "1H": [0, ["2H", "3Q"]],
  "2H": [1, ["1H", "FY", "1Q", "9M"]],
  "9M": [0, ["4Q"]],
  FY: [1, ["1H", "FY", "1Q", "9M"]],
};

/** The period that ends the day before this one starts: [fiscal years back, span]. */
const BEFORE: Record<YearSpan, readonly [number, Span]> = {
  "1Q": [1, "FY"],
  "2Q": [0, "1Q"],
  "3Q": [0, "1H"],
  "4Q": [0, "9M"],
  "1H": [1, "FY"],
  "2H": [0, "1H"],
  "9M": [1, "FY"],
  FY: [1, "FY"],
};

/**
 * A money flow's part of a printed whole: [the whole, the printed part it less, the rule, why].
 * 3Q and 4Q are derived from nine months only where a third-quarter filing prints them.
 */
const FLOW_PARTS: Partial<Record<Span, readonly [Span, Span, DerivationRule, string]>> = {
  "1Q": [
    "1H",
    "2Q",
    "flow-first-quarter",
    "a flow's first quarter is its first half less its second quarter",
  ],
  "2H": [
    "FY",
    "1H",
    "flow-second-half",
    "a flow's second half is its fiscal year less its first half",
  ],
  "3Q": [
    "9M",
    "1H",
    "flow-third-quarter",
    "a flow's third quarter is its nine months less its first half",
  ],
  "4Q": [
    "FY",
    "9M",
    "flow-fourth-quarter",
    "a flow's fourth quarter is its fiscal year less its nine months",
  ],
};

/** The period that ends the day before `period` starts: 2H22 -> 1H22, 1H23 -> FY22, LTM2Q23 -> 2Q22. */
export function periodBefore(period: FlowPeriod): FlowPeriod {
  if (isLtm(period.span)) return flow(period.fiscalYear - 1, ltmQuarter(period.span));
  const [yearsBack, span] = BEFORE[period.span];
  return flow(period.fiscalYear - yearsBack, span);
}

/** The first day of a period: the day after the one before it ends. */
export function startDate(period: FlowPeriod): string {
  const end = new Date(`${endDate(periodBefore(period))}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}

function fromFigure(figure: Figure): Found {
  return {
    value: new Decimal(figure.value),
    unit: figure.unit,
    figures: [figure],
    derivation: figure.formula ? `${figure.item} = ${figure.formula}` : undefined,
  };
}

export class Derivation {
  /**
   * `withRepeats` widens a line to the lines repeating it (the fiscal-year closing cash is printed
   * only in the selected data, which repeats the cash-flow statement's closing line).
   */
  constructor(
    private readonly dataset: Dataset,
    private readonly withRepeats: (refs: readonly ItemRef[]) => ItemRef[]
  ) {}

  /** The kind of the first of these lines the dataset knows. */
  kindOf(refs: readonly ItemRef[]): LineKind | undefined {
    for (const ref of refs) {
      const kind = this.dataset.kind(ref);
      if (kind) return kind;
    }
    return undefined;
  }

  /** The figure printed for the period in the first of these lines that prints one. */
  printed(refs: readonly ItemRef[], period: Period): Figure | undefined {
    const code = periodCode(period);
    for (const ref of refs) {
      const figure = this.dataset.printed(ref, code);
      if (figure) return figure;
    }
    return undefined;
  }

  /** The figure of these lines (a line and its repeats) for a period: printed, or derived by kind. */
  find(refs: readonly ItemRef[], period: Period): Found | undefined {
    const printed = this.printed(refs, period);
    if (printed) return fromFigure(printed);
    if (period.kind !== "flow") return undefined;
    const kind = this.kindOf(refs);
    if (isLtm(period.span)) return kind === "flow" ? this.twelveMonths(refs, period) : undefined;
    switch (kind) {
      case "flow":
        return this.flowPart(refs, period);
      case "closing":
        return this.sameDay(refs, period, "closing") ?? this.nextOpening(refs, period);
      case "opening":
        return this.opening(refs, period);
      default:
        return undefined;
    }
  }

  /** 1Q = 1H - 2Q, 2H = FY - 1H, 3Q = 9M - 1H, 4Q = FY - 9M, for money only (per-share figures and counts do not add up). */
  private flowPart(refs: readonly ItemRef[], period: FlowPeriod): Found | undefined {
    const part = FLOW_PARTS[period.span];
    if (!part) return undefined;
    const [wholeSpan, partSpan, rule, why] = part;
    const whole = this.printed(refs, flow(period.fiscalYear, wholeSpan));
    const less = this.printed(refs, flow(period.fiscalYear, partSpan));
    if (!whole || !less || !isMoneyUnit(whole.unit) || !isMoneyUnit(less.unit)) return undefined;
    const unit = whole.unit;
    const value = new Decimal(whole.value).minus(
      convertMoney(new Decimal(less.value), less.unit, unit)
    );
    return {
      value,
      unit,
      figures: [whole, less],
      rule,
      derivation: `${periodCode(period)} = ${whole.period} - ${less.period} = ${formatDecimal(new Decimal(whole.value))} - ${formatDecimal(new Decimal(less.value))} ${unit} (${why})`,
    };
  }

  /**
   * The twelve months to a quarter's end, for money flows: the fiscal year before, less its year
   * to date, plus this year's (LTM2Q23 = FY22 - 1H22 + 1H23); to the year's end, the year itself.
   * The year-to-date figures may be derived (1Q = 1H - 2Q).
   */
  private twelveMonths(refs: readonly ItemRef[], period: FlowPeriod): Found | undefined {
    const quarter = ltmQuarter(period.span as LtmSpan);
    const toDate = YEAR_TO_DATE[quarter];
    const current = this.find(refs, flow(period.fiscalYear, toDate));
    if (!current || !isMoneyUnit(current.unit)) return undefined;
    const code = periodCode(period);
    if (toDate === "FY")
      return {
        ...current,
        rule: "flow-ltm",
        derivation: `${code} = FY${code.slice(-2)} (the twelve months to the fiscal year's end are the fiscal year)`,
      };
    const yearBefore = this.find(refs, flow(period.fiscalYear - 1, "FY"));
    const toDateBefore = this.find(refs, flow(period.fiscalYear - 1, toDate));
    if (!yearBefore || !toDateBefore) return undefined;
    if (!isMoneyUnit(yearBefore.unit) || !isMoneyUnit(toDateBefore.unit)) return undefined;
    const unit = current.unit;
    const value = convertMoney(yearBefore.value, yearBefore.unit, unit)
      .minus(convertMoney(toDateBefore.value, toDateBefore.unit, unit))
      .plus(current.value);
    const terms = [yearBefore, toDateBefore, current];
    const codes = [
      periodCode(flow(period.fiscalYear - 1, "FY")),
      periodCode(flow(period.fiscalYear - 1, toDate)),
      periodCode(flow(period.fiscalYear, toDate)),
    ];
    const parts = terms
      .map((t) => t.derivation && t.rule)
      .map((rule, i) => (rule ? `; ${terms[i].derivation}` : ""))
      .join("");
    return {
      value,
      unit,
      figures: terms.flatMap((t) => t.figures),
      rule: "flow-ltm",
      derivation: `${code} = ${codes[0]} - ${codes[1]} + ${codes[2]} = ${formatDecimal(yearBefore.value)} - ${formatDecimal(toDateBefore.value)} + ${formatDecimal(current.value)} ${unit} (the twelve months to ${endDate(period)}: the fiscal year before, less its part to that date, plus this year's)${parts}`,
    };
  }

  /** A balance printed for another period of the year that ends (closing) or starts (opening) the same day. */
  private sameDay(
    refs: readonly ItemRef[],
    period: FlowPeriod,
    balance: "opening" | "closing"
  ): Found | undefined {
    const closing = balance === "closing";
    if (isLtm(period.span)) return undefined;
    for (const span of (closing ? SAME_END : SAME_START)[period.span]) {
      const figure = this.printed(refs, flow(period.fiscalYear, span));
      if (!figure) continue;
      const day = closing ? `closes on ${endDate(period)}` : `opens on ${startDate(period)}`;
      const why = closing
        ? "a closing balance is the balance on the period's last day, never a difference"
        : "an opening balance is the balance on the period's first day";
      return {
        ...fromFigure(figure),
        rule: closing ? "closing-same-day" : "opening-same-day",
        derivation: `${periodCode(period)} ${day}, as ${figure.period} does: ${figure.period}'s ${balance} balance, ${formatDecimal(new Decimal(figure.value))} ${figure.unit} (${why})`,
      };
    }
    return undefined;
  }

  /** A closing balance printed as the opening balance of the period that starts the next day. */
  private nextOpening(refs: readonly ItemRef[], period: FlowPeriod): Found | undefined {
    if (isLtm(period.span)) return undefined;
    const [yearsAhead, spans] = AFTER[period.span];
    for (const opening of refs.flatMap((ref) => this.dataset.openingLines(ref))) {
      for (const span of spans) {
        const figure = this.printed(
          this.withRepeats([opening]),
          flow(period.fiscalYear + yearsAhead, span)
        );
        if (!figure) continue;
        return {
          ...fromFigure(figure),
          rule: "closing-next-opening",
          derivation: `${periodCode(period)} closes on ${endDate(period)}, the day before ${figure.period} opens: ${figure.period}'s opening balance ("${opening.item}"), ${formatDecimal(new Decimal(figure.value))} ${figure.unit} (a closing balance is the balance on the period's last day, never a difference)`,
        };
      }
    }
    return undefined;
  }

  /** The opening balance printed for another period that starts the same day, or the closing balance before. */
  private opening(refs: readonly ItemRef[], period: FlowPeriod): Found | undefined {
    const sameDay = this.sameDay(refs, period, "opening");
    if (sameDay) return sameDay;
    const closingLine = this.closingLineOf(refs);
    if (!closingLine) return undefined;
    const before = periodBefore(period);
    const closed = this.find(this.withRepeats([closingLine]), before);
    if (!closed) return undefined;
    return {
      value: closed.value,
      unit: closed.unit,
      figures: closed.figures,
      rule: "opening-previous-closing",
      derivation: `${periodCode(period)} opens with ${periodCode(before)}'s closing balance ("${closingLine.item}"), ${formatDecimal(closed.value)} ${closed.unit} (a period opens with the balance the period before it closes with)${closed.derivation ? `; ${closed.derivation}` : ""}`,
    };
  }

  /** The unit of any figure printed in these lines. */
  private anyUnit(refs: readonly ItemRef[]): Unit | undefined {
    for (const ref of refs)
      for (const code of this.dataset.printedPeriods(ref)) {
        const figure = this.dataset.printed(ref, code);
        if (figure) return figure.unit;
      }
    return undefined;
  }

  private closingLineOf(refs: readonly ItemRef[]): ItemRef | undefined {
    for (const ref of refs) {
      const line = this.dataset.closingLine(ref);
      if (line) return line;
    }
    return undefined;
  }

  /** Why a balance has no figure for a period, when the rule needs one no filing prints. */
  missing(refs: readonly ItemRef[], period: Period): string | undefined {
    if (period.kind !== "flow") return undefined;
    const kind = this.kindOf(refs);
    if (kind === "flow" && isLtm(period.span)) {
      const unit = this.printed(refs, flow(period.fiscalYear, "FY"))?.unit ?? this.anyUnit(refs);
      if (unit && !isMoneyUnit(unit)) return errorText("figure.ltmMoneyOnly", { unit });
    }
    if (kind === "closing") return errorText("figure.noClosing", { date: endDate(period) });
    if (kind === "opening") {
      const before = periodBefore(period);
      return errorText("figure.noOpening", {
        period: periodCode(before),
        date: endDate(before),
      });
    }
    return undefined;
  }

  /** The periods these lines have a figure for, printed or derived, oldest first. */
  periods(refs: readonly ItemRef[]): Period[] {
    const printed = new Set(refs.flatMap((ref) => this.dataset.printedPeriods(ref)));
    const periods = [...printed].map(parsePeriodCode);
    const kind = this.kindOf(refs);
    if (kind === "flow" || kind === "opening" || kind === "closing") {
      // A balance may follow from a linked line's figure of the year before (opening) or after (closing).
      const linked =
        kind === "opening"
          ? [this.closingLineOf(refs)].filter((line) => line !== undefined)
          : kind === "closing"
            ? refs.flatMap((ref) => this.dataset.openingLines(ref))
            : [];
      const seen = [
        ...periods,
        ...this.withRepeats(linked).flatMap((ref) =>
          this.dataset.printedPeriods(ref).map(parsePeriodCode)
        ),
      ];
      const years = new Set<number>();
      for (const period of seen) {
        if (period.kind !== "flow") continue;
        years.add(period.fiscalYear);
        if (kind === "opening") years.add(period.fiscalYear + 1);
        if (kind === "closing") years.add(period.fiscalYear - 1);
      }
      for (const year of years) {
        for (const span of SPANS) {
          const candidate = flow(year, span);
          if (!printed.has(periodCode(candidate)) && this.find(refs, candidate))
            periods.push(candidate);
        }
      }
    }
    return periods.sort(comparePeriods);
  }
}
