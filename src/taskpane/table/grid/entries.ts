/**
 * The rows of a table's body in order: the statement's sections and lines, then a YoY block and a
 * margin block, each after a blank row.
 */
import type { ChartColumns } from "../chart-columns";
import type { LineSpec, MarginSpec, StatementRow, TableRequest } from "../types";

/** What the plan keeps of a table's rows, for the grid. */
export interface Body {
  readonly rows: readonly StatementRow[];
  readonly yoy: readonly LineSpec[];
  /** For each column, the index of its year-earlier column, if the table has it. */
  readonly previous: readonly (number | undefined)[];
  readonly margins: readonly MarginSpec[];
  /** Per-share and share-count lines: their YoY asks IIJ.YOY, which compares on one share basis. */
  readonly shareLines?: ReadonlySet<LineSpec>;
  /** Lines whose figures in the table are on different share bases: not charted together. */
  readonly unchartable?: ReadonlySet<LineSpec>;
  /** Per-share and share-count lines written on the latest share basis (request.shareBasis). */
  readonly adjusted?: ReadonlySet<LineSpec>;
  /** The columns the chart plots: one kind of period (chart-columns.ts); all when not given. */
  readonly chart?: ChartColumns;
}

export type Entry =
  | { readonly type: "section"; readonly label: string; readonly level: number }
  | { readonly type: "line"; readonly line: LineSpec }
  | { readonly type: "blank" }
  | { readonly type: "block"; readonly label: string }
  | { readonly type: "yoy"; readonly line: LineSpec }
  | { readonly type: "margin"; readonly margin: MarginSpec };

export const YOY_TITLE = "YoY growth";
export const MARGIN_TITLE = "Margins";

export function entries(body: Body): Entry[] {
  const list: Entry[] = body.rows.map((row) =>
    row.type === "section"
      ? { type: "section", label: row.label, level: row.level }
      : { type: "line", line: row.line }
  );
  if (body.yoy.length > 0) {
    list.push({ type: "blank" }, { type: "block", label: YOY_TITLE });
    for (const line of body.yoy) list.push({ type: "yoy", line });
  }
  if (body.margins.length > 0) {
    list.push({ type: "blank" }, { type: "block", label: MARGIN_TITLE });
    for (const margin of body.margins) list.push({ type: "margin", margin });
  }
  return list;
}

export function linesOf(list: readonly Entry[]): LineSpec[] {
  return list.flatMap((e) => (e.type === "line" ? [e.line] : []));
}

/** Which lines a chart of the table plots: a statement's totals; else the first section's lines. */
export function chartLines(
  request: TableRequest,
  list: readonly Entry[],
  unchartable: ReadonlySet<LineSpec> = new Set()
): LineSpec[] {
  const lines = linesOf(list).filter((l) => !unchartable.has(l));
  if (
    request.kind === "pl" ||
    request.kind === "oci" ||
    request.kind === "balance" ||
    request.kind === "cashflow"
  )
    return lines.filter((l) => l.role === "total").slice(0, 6);
  const first: LineSpec[] = [];
  let started = false;
  for (const entry of list) {
    if (entry.type === "line") {
      started = true;
      if (entry.line.role === "item" && !unchartable.has(entry.line)) first.push(entry.line);
    } else if (started) break;
  }
  return (first.length > 0 ? first : lines).slice(0, 6);
}
