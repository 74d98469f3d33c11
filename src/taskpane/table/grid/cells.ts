/**
 * The table's cells as they fill up: what each holds (a formula, text or number), its number
 * format, its style, what it is (for the preview) and whether it is money that follows the unit
 * corner. Cells are written by logical position; with periods down, styles turn with the table.
 */
import type { CellIndex } from "../../a1";
import type { CellSpec, RangeStyle } from "../types";
import type { Frame } from "./frame";

export type CellStyle = Omit<RangeStyle, "range">;

function grid<T>(frame: Frame, fill: () => T): T[][] {
  return Array.from({ length: frame.rows }, () => Array.from({ length: frame.columns }, fill));
}

export class GridCells {
  readonly formulas: (string | number)[][];
  readonly formats: string[][];
  readonly styles: (CellStyle | undefined)[][];
  readonly specs: CellSpec[][];
  /** Money figures, which a conditional format on the unit corner reformats. */
  readonly money: (true | undefined)[][];

  constructor(readonly frame: Frame) {
    this.formulas = grid(frame, () => "");
    this.formats = grid(frame, () => "General");
    this.styles = grid(frame, () => undefined);
    this.specs = grid(frame, (): CellSpec => ({ role: "empty" }));
    this.money = grid(frame, () => undefined);
  }

  /** Writes a cell at a sheet position (absolute). */
  put(
    position: CellIndex,
    formula: string | number,
    spec: CellSpec,
    format = "General",
    style?: CellStyle
  ): void {
    const { row: r, column: c } = this.frame.relative(position);
    this.formulas[r][c] = formula;
    this.specs[r][c] = spec;
    this.formats[r][c] = format;
    if (style && Object.keys(style).length > 0) this.styles[r][c] = style;
  }

  /** Writes a cell at a logical position; `label` marks a line label (it heads a column when turned). */
  set(
    lr: number,
    lc: number,
    formula: string | number,
    spec: CellSpec,
    format?: string,
    style?: CellStyle,
    label = false
  ): void {
    this.put(this.frame.at(lr, lc), formula, spec, format, style && this.turn(style, label));
  }

  markMoney(lr: number, lc: number): void {
    const { row, column } = this.frame.relative(this.frame.at(lr, lc));
    this.money[row][column] = true;
  }

  /** Transposed, a rule above becomes a rule to the left, and indents of labels in a header row go. */
  private turn(style: CellStyle, label: boolean): CellStyle {
    // Excel indents only left- (or right-) aligned text, so an indented label says Left.
    if (this.frame.across) return style.indent ? { horizontalAlignment: "Left", ...style } : style;
    const { borderTop, borderBottom, borderLeft, borderRight, indent, ...rest } = style;
    return {
      ...rest,
      ...(borderTop ? { borderLeft: true } : {}),
      ...(borderBottom ? { borderRight: true } : {}),
      ...(borderLeft ? { borderTop: true } : {}),
      ...(borderRight ? { borderBottom: true } : {}),
      ...(label ? { horizontalAlignment: "Right" as const, wrap: true } : indent ? { indent } : {}),
    };
  }
}
