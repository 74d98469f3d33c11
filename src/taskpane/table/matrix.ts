/**
 * The statement of changes in equity as the report prints it: a block per period, headed by the
 * period its formulas read, with the movements that period's statement prints down and the equity
 * components across. A cell the report leaves blank (no figure: other comprehensive income in
 * share capital) stays blank; a printed dash is a figure, 0, shown as the dash.
 */
import { EQUITY_COMPONENTS, statementLayout } from "../../data/layout";
import { query } from "../../functions/iij";
import { t } from "../i18n";
import { formatList, formatPeriod } from "../i18n/format";
import { orderColumns } from "./columns";
import { layOutMatrix } from "./grid/matrix";
import { equityRows } from "./rows";
import type { LineSpec, MatrixRow, Omission, PlanColumn, TablePlan, TableRequest } from "./types";
import { figure, hasValue } from "./values";

export type { MatrixBlock, MatrixRow } from "./types";

/** Each component's lines by movement. */
function linesByMovement(): Map<string, LineSpec>[] {
  const movements = (statementLayout("changes-in-equity") ?? []).flatMap((e) =>
    "item" in e ? [e.item] : []
  );
  return EQUITY_COMPONENTS.map(({ component }) => {
    const byLabel = new Map<string, LineSpec>();
    for (const row of equityRows(component))
      if (row.type === "line") byLabel.set(row.line.label, row.line);
    return new Map(movements.flatMap((m) => (byLabel.has(m) ? [[m, byLabel.get(m)!]] : [])));
  });
}

/** The rows a period's statement prints, sections kept only where a movement follows. */
function blockRows(column: PlanColumn, request: TableRequest): MatrixRow[] {
  const q = query();
  const lines = linesByMovement();
  const rows: MatrixRow[] = [];
  let pendingSection: MatrixRow | undefined;
  for (const entry of statementLayout("changes-in-equity") ?? []) {
    if ("section" in entry) {
      pendingSection = { type: "section", label: entry.section };
      continue;
    }
    const cells = lines.map((byMovement) => {
      const line = byMovement.get(entry.item);
      return line && hasValue(figure(line, column.header, request.unit)) ? line : undefined;
    });
    const index = cells.findIndex((c) => c !== undefined);
    if (index < 0) continue;
    const printed = q.dataset.printed(
      {
        statement: "changes-in-equity",
        item: `${EQUITY_COMPONENTS[index].component}: ${entry.item}`,
      },
      column.period
    );
    if (pendingSection) rows.push(pendingSection);
    pendingSection = undefined;
    rows.push({
      type: "line",
      label: printed?.label ?? entry.label ?? entry.item,
      role: entry.role,
      indent: entry.indent,
      cells,
      derived: printed?.formula !== undefined,
    });
  }
  return rows;
}

export function planMatrix(request: TableRequest): TablePlan {
  const columns = orderColumns({ ...request, rolling: false });
  if (columns.length === 0)
    throw new Error(
      t("error.no-periods-kept", {
        periodicity: t(`periodicity.${request.periodicity ?? "as-picked"}`),
      })
    );
  const blocks = columns.map((column) => ({ column, rows: blockRows(column, request) }));
  const kept = blocks.filter((b) => b.rows.length > 0);
  const empty = blocks.filter((b) => b.rows.length === 0);
  const omitted: Omission[] =
    empty.length > 0 && kept.length > 0
      ? [
          {
            what: "columns",
            names: empty.map((b) => formatPeriod(b.column.period)),
            reason: t("reason.nothing-printed"),
          },
        ]
      : [];
  if (kept.length === 0) throw new Error(t("reason.nothing-printed"));
  const grid = layOutMatrix(request, kept);
  const rows = equityRows("Total equity");
  return {
    request: { ...request, layout: "across", rolling: false, yoy: false, margin: false },
    ...grid,
    columns: kept.map((b) => b.column),
    rows,
    omitted,
    omittedMessage:
      omitted.length > 0
        ? t("omitted.left-out", {
            list: t("omitted.columns", {
              names: formatList(omitted[0].names),
              reason: omitted[0].reason,
            }),
          })
        : "",
  };
}
