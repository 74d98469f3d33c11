/**
 * The period picker's model, free of the DOM and of Office.js. Fiscal years run down; across run
 * either the spans of a year in the order they end (flows: 1Q 2Q 1H 3Q 9M 4Q 2H FY, the layout of
 * IIJ's own data sheets, 9M only where some nine-month figure exists), the twelve months to each
 * quarter's end (LTM: LTM1Q .. LTM4Q, a periodicity of its own) or its four quarter-end dates
 * (balances: 30 Jun, 30 Sep, 31 Dec, 31 Mar). Only periods with figures are enabled, and only
 * those of the periodicity chosen (as picked / quarters / halves / years / LTM); click toggles,
 * shift-click picks the rectangle from the last click, and quick picks fill it. The selection is
 * always chronological: by end date, the shorter span first at the same end.
 */
import {
  comparePeriods,
  endDate,
  flow,
  LTM_SPANS,
  parsePeriodCode,
  periodCode,
  type Span,
} from "../data/period";
import type { Periodicity } from "./table/types";

/** Flow columns: each fiscal year's spans in the order they end (9M shown where it has figures). */
export const PICKER_SPANS: readonly Span[] = ["1Q", "2Q", "1H", "3Q", "9M", "4Q", "2H", "FY"];

/** Balance columns: the quarter whose end date each column holds (30 Jun, 30 Sep, 31 Dec, 31 Mar). */
export const BALANCE_QUARTERS: readonly Span[] = ["1Q", "2Q", "3Q", "4Q"];

export type PickerMode = "flow" | "balance";
export type { Periodicity };

/** The columns each periodicity keeps, for flows and for balance dates. */
const KEEP: Record<PickerMode, Record<Periodicity, readonly Span[]>> = {
  flow: {
    quarters: ["1Q", "2Q", "3Q", "4Q"],
    halves: ["1H", "2H"],
    years: ["FY"],
    ltm: LTM_SPANS,
    "as-picked": PICKER_SPANS,
  },
  balance: {
    quarters: BALANCE_QUARTERS,
    halves: ["2Q", "4Q"],
    years: ["4Q"],
    // A balance at the end of each quarter: the dates the twelve months to a quarter's end close on.
    ltm: BALANCE_QUARTERS,
    "as-picked": BALANCE_QUARTERS,
  },
};

export interface PickerCell {
  /** A flow code ("1H23") or a balance date ("2023-09-30"). */
  readonly code: string;
  readonly fiscalYear: number;
  /** The column: a flow's span, or the quarter a balance date ends. */
  readonly span: Span;
  readonly enabled: boolean;
  readonly selected: boolean;
}

export interface PickerRow {
  readonly fiscalYear: number;
  /** "FY23" */
  readonly label: string;
  readonly cells: readonly PickerCell[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Period codes and balance dates in time order: 1Q23 2Q23 1H23 3Q23 4Q23 2H23 FY23 (comparePeriods). */
function inTimeOrder(codes: Iterable<string>): string[] {
  return [...codes].map(parsePeriodCode).sort(comparePeriods).map(periodCode);
}

/** The fiscal year a balance date falls in: 2023-09-30 and 2024-03-31 are FY23. */
function fiscalYearOfDate(iso: string): number {
  const [year, month] = iso.split("-").map(Number);
  return month >= 4 ? year : year - 1;
}

function cellCode(mode: PickerMode, fiscalYear: number, span: Span): string {
  const period = flow(fiscalYear, span);
  return mode === "flow" ? periodCode(period) : endDate(period);
}

function fiscalYearOf(code: string): number {
  if (ISO_DATE.test(code)) return fiscalYearOfDate(code);
  const period = parsePeriodCode(code);
  return period.kind === "flow" ? period.fiscalYear : fiscalYearOfDate(period.date);
}

export class PeriodPicker {
  private modeValue: PickerMode = "flow";
  private periodicityValue: Periodicity = "as-picked";
  /** Every code with figures, whatever the periodicity. */
  private available = new Set<string>();
  private selected = new Set<string>();
  private anchor: string | undefined;
  private years: number[] = [];

  /** `available`: flow codes ("1H23") or balance dates ("2023-09-30") that have figures. */
  constructor(available: Iterable<string> = []) {
    this.setAvailable(available);
  }

  get mode(): PickerMode {
    return this.modeValue;
  }

  get periodicity(): Periodicity {
    return this.periodicityValue;
  }

  /**
   * New choices (another "what to show"). Balance dates put the picker in date mode, flow codes
   * in span mode; picked periods that lost their figures are dropped.
   */
  setAvailable(available: Iterable<string>): void {
    const codes = [...available];
    const mode: PickerMode =
      codes.length > 0 && codes.every((c) => ISO_DATE.test(c)) ? "balance" : "flow";
    if (mode !== this.modeValue) this.selected.clear();
    this.modeValue = mode;
    this.available = new Set(
      codes
        .filter((c) => (mode === "balance") === ISO_DATE.test(c))
        .map((c) => (mode === "flow" ? periodCode(parsePeriodCode(c)) : c))
        .filter((c) => mode === "balance" || parsePeriodCode(c).kind === "flow")
    );
    const years = [...this.available].map(fiscalYearOf);
    this.years = [];
    // Newest first; years without any figure stay visible (disabled) so the gap is plain to see.
    if (years.length > 0)
      for (let y = Math.max(...years); y >= Math.min(...years); y--) this.years.push(y);
    this.prune();
  }

  /** Quarters, halves, years or as picked: only that kind of period can be picked. */
  setPeriodicity(periodicity: Periodicity): void {
    this.periodicityValue = periodicity;
    this.prune();
  }

  private prune(): void {
    this.selected = new Set([...this.selected].filter((c) => this.isEnabled(c)));
    if (this.anchor && !this.isEnabled(this.anchor)) this.anchor = undefined;
  }

  private columnOf(code: string): Span | undefined {
    if (this.modeValue === "balance") {
      const fy = fiscalYearOfDate(code);
      return BALANCE_QUARTERS.find((q) => endDate(flow(fy, q)) === code);
    }
    const period = parsePeriodCode(code);
    return period.kind === "flow" ? period.span : undefined;
  }

  /** Has figures and belongs to the periodicity chosen. */
  isEnabled(code: string): boolean {
    if (!this.available.has(code)) return false;
    const column = this.columnOf(code);
    return column !== undefined && KEEP[this.modeValue][this.periodicityValue].includes(column);
  }

  /**
   * The picker's columns in this mode: for flows the spans of a year, or with LTM chosen the
   * twelve months to each quarter's end; 9M only where some nine-month figure exists (third-quarter
   * filings), so the grid stays narrow without them.
   */
  columns(): readonly Span[] {
    if (this.modeValue === "balance") return BALANCE_QUARTERS;
    if (this.periodicityValue === "ltm") return LTM_SPANS;
    const nineMonths = [...this.available].some((c) => this.columnOf(c) === "9M");
    return nineMonths ? PICKER_SPANS : PICKER_SPANS.filter((s) => s !== "9M");
  }

  rows(): PickerRow[] {
    return this.years.map((fiscalYear) => ({
      fiscalYear,
      label: periodCode(flow(fiscalYear, "FY")),
      cells: this.columns().map((span) => {
        const code = cellCode(this.modeValue, fiscalYear, span);
        return {
          code,
          fiscalYear,
          span,
          enabled: this.isEnabled(code),
          selected: this.selected.has(code),
        };
      }),
    }));
  }

  /** The picked periods in time order: the order the table's columns take. */
  selection(): string[] {
    return inTimeOrder(this.selected);
  }

  /** A click: toggles one period; with shift, selects every enabled period in the rectangle from the last click. */
  click(code: string, shift = false): void {
    if (!this.isEnabled(code)) return;
    if (shift && this.anchor) {
      for (const c of this.rectangle(this.anchor, code)) this.selected.add(c);
    } else if (this.selected.has(code)) {
      this.selected.delete(code);
    } else {
      this.selected.add(code);
    }
    this.anchor = code;
  }

  private rectangle(from: string, to: string): string[] {
    const columns = this.columns();
    const [ya, yb] = [fiscalYearOf(from), fiscalYearOf(to)];
    const [ia, ib] = [columns.indexOf(this.columnOf(from)!), columns.indexOf(this.columnOf(to)!)];
    const codes: string[] = [];
    for (let y = Math.min(ya, yb); y <= Math.max(ya, yb); y++)
      for (let i = Math.min(ia, ib); i <= Math.max(ia, ib); i++) {
        const code = cellCode(this.modeValue, y, columns[i]);
        if (this.isEnabled(code)) codes.push(code);
      }
    return codes;
  }

  set(codes: Iterable<string>): void {
    this.selected = new Set([...codes].filter((c) => this.isEnabled(c)));
  }

  clear(): void {
    this.selected.clear();
    this.anchor = undefined;
  }

  private enabledCodes(): string[] {
    return [...this.available].filter((c) => this.isEnabled(c));
  }

  /** Quick pick: everything that can be picked. */
  all(): void {
    this.set(this.enabledCodes());
  }

  /** Quick pick: every half-year (1H and 2H) with figures, whatever the periodicity. */
  allHalves(): void {
    this.setPeriodicity("halves");
    this.all();
  }

  /**
   * Quick pick: everything that can be picked in the two latest fiscal years that have any, of
   * the periods the table will keep. `kept` is the table's own check (it leaves out a column with
   * only totals, such as FY22 of revenue by line), so the pick is not two years of which the
   * table then drops the latest.
   */
  lastTwoYears(kept: (codes: readonly string[]) => readonly string[] = (codes) => codes): void {
    const keep = new Set(kept(this.enabledCodes()));
    const codes = this.enabledCodes().filter((c) => keep.has(c));
    const years = [...new Set(codes.map(fiscalYearOf))].sort((x, y) => y - x).slice(0, 2);
    this.set(codes.filter((c) => years.includes(fiscalYearOf(c))));
  }
}
