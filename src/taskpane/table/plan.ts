/**
 * The table a request becomes: which columns and rows it keeps (leaving out what would be
 * entirely #N/A, and saying why), then the grid itself (grid/lay-out.ts) with its formulas, formats and
 * styles. Plain data: excel-actions.ts writes it in one Excel.run.
 */
import { yearEarlier, parsePeriodCode, periodCode } from "../../data/period";
import { t, type StringKey } from "../i18n";
import { formatList, formatPeriod } from "../i18n/format";
import { kindInfo } from "./kinds";
import { chartColumns } from "./chart-columns";
import { columnsAreDates, markGaps, orderColumns } from "./columns";
import { layOut, type Body } from "./grid/lay-out";
import { planMatrix } from "./matrix";
import { marginRows, tableRows, withRoles } from "./rows";
import { figure, hasValue, isShareLine, shareBases, type Outcome } from "./values";
import type {
  LineSpec,
  Omission,
  PlanColumn,
  StatementRow,
  TablePlan,
  TableRequest,
} from "./types";

/** The figures of every line for every column, as the formulas will give them. */
type Figures = Map<LineSpec, Outcome[]>;

function evaluate(
  lines: readonly LineSpec[],
  columns: readonly PlanColumn[],
  request: TableRequest,
  adjusted: ReadonlySet<LineSpec>
): Figures {
  const figures: Figures = new Map();
  for (const line of lines)
    figures.set(
      line,
      columns.map((column) => figure(line, column.header, request.unit, adjusted.has(line)))
    );
  return figures;
}

const heading = (column: PlanColumn) => formatPeriod(column.period);

/**
 * Columns where fewer than half the lines (totals aside) have a figure: "FY22: only the total is
 * printed" (the selected data prints totals for the year, the statements only halves). A table
 * whose every column is like that keeps them: there would be nothing to show.
 */
function emptyColumns(
  lines: readonly LineSpec[],
  columns: readonly PlanColumn[],
  figures: Figures
): { index: number; reason: string }[] {
  const details = lines.filter((line) => line.role === "item");
  const judged = details.length > 0 ? details : lines;
  const empty: { index: number; reason: string }[] = [];
  columns.forEach((_, index) => {
    const printed = (line: LineSpec) => hasValue(figures.get(line)![index]);
    if (judged.filter(printed).length * 2 >= judged.length) return;
    const valued = lines.filter(printed);
    const totals = valued.filter((line) => line.role !== "item");
    const reason =
      valued.length === 0
        ? t("reason.nothing-printed")
        : totals.length === valued.length
          ? t(totals.length === 1 ? "reason.only-total" : "reason.only-totals")
          : t("reason.few-lines", { count: valued.length, total: lines.length });
    empty.push({ index, reason });
  });
  return empty.length === columns.length ? [] : empty;
}

/** One omission entry per reason, names in table order. */
function group(
  what: Omission["what"],
  entries: readonly { name: string; reason: string }[]
): Omission[] {
  const byReason = new Map<string, string[]>();
  for (const { name, reason } of entries)
    byReason.set(reason, [...(byReason.get(reason) ?? []), name]);
  return [...byReason].map(([reason, names]) => ({ what, names, reason }));
}

/** The pane's one line: "Left out: FY22, 2H22 (only the total is printed); YoY of ...". */
function omissionMessage(omitted: readonly Omission[], kept: boolean): string {
  const list = (entries: readonly Omission[]) =>
    entries
      .map((o) => t(`omitted.${o.what}`, { names: formatList(o.names), reason: o.reason }))
      .join("; ");
  // Keeping empty columns and rows never puts two share bases in one chart series.
  const chart = omitted.filter((o) => o.what === "chart");
  const rest = omitted.filter((o) => o.what !== "chart");
  const sentences = [
    ...(rest.length > 0
      ? [t(kept ? "omitted.kept" : "omitted.left-out", { list: list(rest) })]
      : []),
    ...(chart.length > 0 ? [t("omitted.left-out", { list: list(chart) })] : []),
  ];
  return sentences.join(" ");
}

/** Drops section headers left with no line under them (before the next header of the same or a higher level). */
function withoutEmptySections(rows: readonly StatementRow[]): StatementRow[] {
  return rows.filter((row, i) => {
    if (row.type !== "section") return true;
    for (const next of rows.slice(i + 1)) {
      if (next.type === "line") return true;
      if (next.level <= row.level) return false;
    }
    return false;
  });
}

/** The year-earlier column of each column, where the table has one. */
function yearEarlierColumns(columns: readonly PlanColumn[]): (number | undefined)[] {
  const index = new Map(columns.map((c, i) => [c.period, i]));
  return columns.map((column) =>
    index.get(periodCode(yearEarlier(parsePeriodCode(column.period))))
  );
}

/** YoY of one line: a number or n.m. where the year-earlier column is in the table and both have figures. */
function yoyHasValue(
  outcomes: readonly Outcome[],
  previous: readonly (number | undefined)[]
): boolean {
  return previous.some((p, i) => p !== undefined && hasValue(outcomes[i]) && hasValue(outcomes[p]));
}

/**
 * Of some period codes (or balance dates), those a table like `request` keeps as columns: its
 * periodicity applied, and a column with only totals left out as planTable leaves it out. What
 * the picker's "Last 2 years" picks from.
 */
export function keptPeriods(
  request: Omit<TableRequest, "periods">,
  codes: readonly string[]
): string[] {
  if (codes.length === 0) return [];
  try {
    return planTable({ ...request, periods: codes, rolling: false }).columns.map((c) => c.period);
  } catch {
    // Nothing the table could plan (no period of its periodicity): it keeps none of them.
    return [];
  }
}

export function planTable(request: TableRequest): TablePlan {
  if (request.periods.length === 0)
    throw new Error(
      t(columnsAreDates(request.kind, request.items) ? "error.no-dates" : "error.no-periods")
    );
  if (request.kind === "search" && (request.items ?? []).length === 0)
    throw new Error(t("error.no-items"));
  const info = kindInfo(request.kind);
  if (info.matrix) return planMatrix(request);
  const allRows = withRoles(tableRows(request.kind, request.items), request.roles);
  let columns = orderColumns(request);
  if (columns.length === 0)
    throw new Error(
      t("error.no-periods-kept", {
        periodicity: t(`periodicity.${request.periodicity ?? "as-picked"}`),
      })
    );
  const allLines = allRows.flatMap((row) => (row.type === "line" ? [row.line] : []));
  // On the latest share basis where asked: every per-share line and share count "adjusted".
  const adjusted = new Set(
    request.shareBasis === "latest" ? allLines.filter((line) => isShareLine(line)) : []
  );
  let figures = evaluate(allLines, columns, request, adjusted);
  const omitted: Omission[] = [];
  const keep = request.keepEmpty === true;

  // Columns with no figure but totals; asked to keep those with some figures, only the blank ones.
  const sparse = emptyColumns(allLines, columns, figures);
  const empty = request.keepPartial
    ? sparse.filter(({ index }) => !allLines.some((line) => hasValue(figures.get(line)![index])))
    : sparse;
  if (request.keepPartial) {
    const partial = new Map(
      sparse.filter((s) => !empty.includes(s)).map(({ index, reason }) => [index, reason])
    );
    columns = columns.map((column, i) =>
      partial.has(i) ? { ...column, partial: partial.get(i) } : column
    );
  }
  omitted.push(
    ...group(
      "columns",
      empty.map(({ index, reason }) => ({ name: heading(columns[index]), reason }))
    )
  );
  if (!keep && empty.length > 0) {
    const drop = new Set(empty.map((e) => e.index));
    columns = columns.filter((_, i) => !drop.has(i));
    figures = new Map(
      [...figures].map(([line, outcomes]) => [line, outcomes.filter((_, i) => !drop.has(i))])
    );
  }

  if (request.markGaps && !request.rolling) columns = markGaps(columns);

  // Lines with no figure in any column kept (a line the other filing prints).
  const silent = allLines.filter((line) => !figures.get(line)!.some(hasValue));
  omitted.push(
    ...group(
      "rows",
      silent.map((line) => ({ name: line.label, reason: t("reason.not-printed-then") }))
    )
  );
  const rows = keep
    ? allRows
    : withoutEmptySections(
        allRows.filter((row) => row.type !== "line" || !silent.includes(row.line))
      );
  const lines = rows.flatMap((row) => (row.type === "line" ? [row.line] : []));

  // YoY rows where they mean something, and not where they would be entirely #N/A.
  const previous = yearEarlierColumns(columns);
  let yoyLines: LineSpec[] = [];
  if (request.yoy && info.yoy) {
    const wanted = lines.filter((line) => line.yoy);
    const blank = wanted.filter((line) => !yoyHasValue(figures.get(line)!, previous));
    omitted.push(
      ...group(
        "yoy",
        blank.map((line) => ({ name: line.label, reason: t("reason.no-year-earlier") }))
      )
    );
    yoyLines = keep ? wanted : wanted.filter((line) => !blank.includes(line));
  }

  // Margin rows of lines the table holds.
  const margins =
    request.margin && info.margin
      ? marginRows(request.kind).filter(
          (m) =>
            lines.some((l) => l.key === m.numerator) && lines.some((l) => l.key === m.denominator)
        )
      : [];

  // Per-share and share-count lines: YoY by IIJ.YOY on one share basis; a chart only on one basis.
  const shareLines = new Set<LineSpec>();
  const unchartable = new Set<LineSpec>();
  for (const line of lines) {
    const bases = shareBases(
      line,
      columns.map((c) => c.header)
    );
    if (!bases) continue;
    shareLines.add(line);
    if (!adjusted.has(line) && new Set(bases.filter((b) => b !== undefined)).size > 1)
      unchartable.add(line);
  }
  omitted.push(
    ...group(
      "chart",
      [...unchartable].map((line) => ({ name: line.label, reason: t("reason.share-bases") }))
    )
  );
  // One kind of period per chart: a half beside quarters would stand at double their height.
  const chart = chartColumns(columns.map((c) => c.period));
  const kind = t(`chart.kind.${chart.length}` as StringKey);
  omitted.push(
    ...group(
      "chart",
      chart.leftOut.map((index) => ({
        name: heading(columns[index]),
        reason: t("reason.chart-one-kind", { kind }),
      }))
    )
  );
  const body: Body = {
    rows,
    yoy: yoyLines,
    previous,
    margins,
    shareLines,
    unchartable,
    adjusted,
    chart,
  };
  const grid = layOut(request, columns, body);
  return {
    request,
    ...grid,
    columns,
    chartColumns: chart.charted,
    rows,
    omitted,
    omittedMessage: omissionMessage(omitted, keep),
  };
}
