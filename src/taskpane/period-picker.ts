/**
 * The period picker's model, free of the DOM and of Office.js: fiscal years down, spans across
 * (1Q-4Q, 1H, 2H, FY), only the periods that have figures enabled, click to toggle, shift-click
 * for a range (the rectangle between the last cell clicked and this one), and quick picks.
 */
import { comparePeriods, flow, parsePeriodCode, periodCode, type Span } from "../data/period";

/** The columns of the picker, in the order they are shown. */
export const PICKER_SPANS: readonly Span[] = ["1Q", "2Q", "3Q", "4Q", "1H", "2H", "FY"];

export interface PickerCell {
  readonly code: string;
  readonly fiscalYear: number;
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

export class PeriodPicker {
  private enabled = new Set<string>();
  private selected = new Set<string>();
  private anchor: string | undefined;
  private years: number[] = [];

  /** `available`: period codes that have figures (flow codes such as "1H23"). */
  constructor(available: Iterable<string> = []) {
    this.setAvailable(available);
  }

  /** New availability (another "what to show"): selections that lost their figures are dropped. */
  setAvailable(available: Iterable<string>): void {
    this.enabled = new Set();
    for (const code of available) {
      const period = parsePeriodCode(code);
      if (period.kind === "flow") this.enabled.add(periodCode(period));
    }
    const years = [...this.enabled].map(
      (c) => (parsePeriodCode(c) as { fiscalYear: number }).fiscalYear
    );
    this.years = [];
    if (years.length > 0) {
      // Newest first; years without any figure stay visible (disabled) so the gap is plain to see.
      for (let y = Math.max(...years); y >= Math.min(...years); y--) this.years.push(y);
    }
    this.selected = new Set([...this.selected].filter((c) => this.enabled.has(c)));
    if (this.anchor && !this.enabled.has(this.anchor)) this.anchor = undefined;
  }

  isEnabled(code: string): boolean {
    return this.enabled.has(code);
  }

  rows(): PickerRow[] {
    return this.years.map((fiscalYear) => ({
      fiscalYear,
      label: periodCode(flow(fiscalYear, "FY")),
      cells: PICKER_SPANS.map((span) => {
        const code = periodCode(flow(fiscalYear, span));
        return {
          code,
          fiscalYear,
          span,
          enabled: this.enabled.has(code),
          selected: this.selected.has(code),
        };
      }),
    }));
  }

  /** The picked periods, oldest first: the order the table's columns take. */
  selection(): string[] {
    return [...this.selected].map(parsePeriodCode).sort(comparePeriods).map(periodCode);
  }

  /** A click: toggles one period; with shift, selects every enabled period in the rectangle from the last click. */
  click(code: string, shift = false): void {
    if (!this.enabled.has(code)) return;
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
    const a = parsePeriodCode(from);
    const b = parsePeriodCode(to);
    if (a.kind !== "flow" || b.kind !== "flow") return [];
    const [y0, y1] = [Math.min(a.fiscalYear, b.fiscalYear), Math.max(a.fiscalYear, b.fiscalYear)];
    const ia = PICKER_SPANS.indexOf(a.span);
    const ib = PICKER_SPANS.indexOf(b.span);
    const [s0, s1] = [Math.min(ia, ib), Math.max(ia, ib)];
    const codes: string[] = [];
    for (let y = y0; y <= y1; y++)
      for (let s = s0; s <= s1; s++) {
        const code = periodCode(flow(y, PICKER_SPANS[s]));
        if (this.enabled.has(code)) codes.push(code);
      }
    return codes;
  }

  set(codes: Iterable<string>): void {
    this.selected = new Set([...codes].filter((c) => this.enabled.has(c)));
  }

  clear(): void {
    this.selected.clear();
    this.anchor = undefined;
  }

  /** Quick pick: every half-year (1H and 2H) that has figures. */
  allHalves(): void {
    this.set([...this.enabled].filter((c) => /^[12]H/.test(c)));
  }

  /** Quick pick: every period with figures in the two latest fiscal years that have any. */
  lastTwoYears(): void {
    const years = [
      ...new Set(
        [...this.enabled].map((c) => (parsePeriodCode(c) as { fiscalYear: number }).fiscalYear)
      ),
    ].sort((x, y) => y - x);
    const keep = new Set(years.slice(0, 2));
    this.set(
      [...this.enabled].filter((c) =>
        keep.has((parsePeriodCode(c) as { fiscalYear: number }).fiscalYear)
      )
    );
  }
}
