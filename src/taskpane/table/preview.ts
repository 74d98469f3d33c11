/**
 * The values a table will write, as Excel will show them, for the pane's preview grid: the
 * figures worked out by the functions the formulas call, YoY and margins from those figures as
 * the sheet's formulas compute them, each in its number format (the formatter the preview host's
 * worksheet uses, so pane and sheet agree).
 */
import { formatCell } from "../i18n/format";
import { figure, shareYoy, type Outcome } from "./values";
import type { CellIndex } from "../a1";
import type { ChartSlot, CellSpec, PreviewCell, PreviewGrid, RangeStyle, TablePlan } from "./types";

type Result = Outcome | { readonly text: string };

function styleAt(plan: TablePlan, row: number, column: number): Omit<RangeStyle, "range"> {
  const r = plan.range.row + row;
  const c = plan.range.column + column;
  let style: Omit<RangeStyle, "range"> = {};
  for (const { range, ...rest } of plan.styles)
    if (
      r >= range.row &&
      r < range.row + range.rowCount &&
      c >= range.column &&
      c < range.column + range.columnCount
    )
      style = { ...style, ...rest };
  return style;
}

/** The chart's slots as the preview chart takes them: the columns, and before each the years missing. */
function previewSlots(slots: readonly ChartSlot[]): NonNullable<PreviewGrid["chart"]> {
  const columns: number[] = [];
  const gaps: (string | undefined)[] = [];
  let gap: string | undefined;
  for (const slot of slots)
    if ("gap" in slot) gap = slot.gap;
    else {
      columns.push(slot.column);
      gaps.push(gap);
      gap = undefined;
    }
  return { columns, gaps };
}

/** The preview of a plan: its first `maxRows` rows (all when not given) and every column. */
export function previewTable(plan: TablePlan, maxRows?: number): PreviewGrid {
  const memo = new Map<string, Result>();
  const unit = plan.request.unit;

  function result(at: CellIndex): Result {
    const key = `${at.row},${at.column}`;
    const known = memo.get(key);
    if (known) return known;
    const found = compute(plan.cells[at.row][at.column]);
    memo.set(key, found);
    return found;
  }

  function compute(spec: CellSpec): Result {
    switch (spec.role) {
      case "empty":
        return { text: "" };
      case "figure":
        return figure(spec.line, spec.header, unit, spec.adjusted);
      case "yoy": {
        if (spec.call) return shareYoy(spec.call.line, spec.call.header);
        const cur = result(spec.current);
        const prev = result(spec.previous);
        if (!("value" in prev)) return prev;
        if (!("value" in cur)) return cur;
        if (prev.value === 0 || Math.sign(prev.value) !== Math.sign(cur.value))
          return { text: "n.m." };
        return { value: cur.value / prev.value - 1 };
      }
      case "margin": {
        const num = result(spec.numerator);
        const den = result(spec.denominator);
        if (!("value" in den)) return den;
        if (den.value === 0) return { text: "n.m." };
        if (!("value" in num)) return num;
        return { value: num.value / den.value };
      }
      default:
        return typeof spec.value === "number" ? { value: spec.value } : { text: spec.value };
    }
  }

  /** A cell's value and its text in the cell's number format. */
  function shownAt(r: number, c: number) {
    const found = result({ row: r, column: c });
    const value = "value" in found ? found.value : "error" in found ? found.error : found.text;
    return { found, value, shown: formatCell(value, plan.numberFormats[r][c]) };
  }

  const rowCount = Math.min(plan.cells.length, maxRows ?? plan.cells.length);
  const rows: PreviewCell[][] = [];
  for (let r = 0; r < rowCount; r++) {
    rows.push(
      plan.cells[r].map((spec, c): PreviewCell => {
        const numberFormat = plan.numberFormats[r][c];
        const style = styleAt(plan, r, c);
        const { found, value, shown } = shownAt(r, c);
        return {
          role: spec.role,
          text: shown.text,
          value: value === "" ? undefined : value,
          ...("error" in found ? { error: { code: found.error, message: found.message } } : {}),
          numberFormat,
          ...(style.bold ? { bold: true } : {}),
          ...(style.italic ? { italic: true } : {}),
          ...(style.indent ? { indent: style.indent } : {}),
          ...(style.borderTop ? { borderTop: true } : {}),
          ...(style.wrap ? { wrap: true } : {}),
          align:
            style.horizontalAlignment === "Right"
              ? "right"
              : style.horizontalAlignment === "Center"
                ? "center"
                : shown.align,
        };
      })
    );
  }
  const { categories } = plan.chart;
  const labels: string[] = [];
  const charted = plan.chartColumns;
  if (charted) {
    // One label per column, whether charted or not: the category cells run from the first
    // charted column, one a column along the header (or rolling note) row.
    const across = plan.chart.seriesBy === "rows";
    const first = charted[0] ?? 0;
    plan.columns.forEach((_, i) => {
      const r = categories.row + (across ? 0 : i - first);
      const c = categories.column + (across ? i - first : 0);
      labels.push(shownAt(r - plan.range.row, c - plan.range.column).shown.text);
    });
  } else
    for (let r = categories.row; r < categories.row + categories.rowCount; r++)
      for (let c = categories.column; c < categories.column + categories.columnCount; c++)
        labels.push(shownAt(r - plan.range.row, c - plan.range.column).shown.text);
  return {
    rows,
    categories: labels,
    ...(charted
      ? {
          chart: previewSlots(plan.chart.slots ?? charted.map((column) => ({ column }))),
        }
      : {}),
    moreRows: plan.cells.length - rowCount,
    omittedMessage: plan.omittedMessage,
  };
}
