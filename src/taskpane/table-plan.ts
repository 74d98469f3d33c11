/**
 * What the pane writes into a sheet, worked out without Office.js: from the picked periods, the
 * "what to show" choice, the unit, the layout and an anchor cell, the grid of formulas (each
 * referring to its period header cell, its label cell and the unit cell in the corner), the number
 * formats and the target range. excel-actions.ts then writes it in one go.
 *
 * Periods across, anchor B3:          Periods down, anchor B3:
 *   B3 "JPY mn"  C3 "1H22"  D3 ...      B3 "JPY mn"  C3 "Network"  D3 "SI" ...
 *   B4 "Network" C4 =IIJ.REVENUE(C$3,$B4,$B$3)      B4 "1H22"  C4 =IIJ.REVENUE($B4,C$3,$B$3)
 */
import * as iij from "../functions/iij";
import { query } from "../functions/iij";
import { COST_LINES, GROSS_PROFIT_LINES, REVENUE_LINES, SEGMENTS } from "../data/lines";
import { KPI_STATEMENTS } from "../data/lines";
import { endDate, flow, parsePeriodCode, periodCode, type Span } from "../data/period";
import { isMoneyUnit, type MoneyUnit, type Unit } from "../data/unit";
import { cellRef, rangeAddress, type CellIndex, type RangeIndex } from "./a1";
import { PICKER_SPANS } from "./period-picker";

export type ShowKind =
  "revenue" | "cost-gross-profit" | "segments" | "balance-sheet" | "cash-flow" | "kpi" | "items";

export const SHOW_KINDS: readonly { id: ShowKind; label: string }[] = [
  { id: "revenue", label: "Revenue by line" },
  { id: "cost-gross-profit", label: "Cost and gross profit" },
  { id: "segments", label: "Segment operating profit" },
  { id: "balance-sheet", label: "Balance sheet" },
  { id: "cash-flow", label: "Cash flow" },
  { id: "kpi", label: "KPIs (subscriptions, bandwidth, orders, staff)" },
  { id: "items", label: "Single items (search)" },
];

export type Layout = "across" | "down";

/** The units a table can be written in; money rows follow it, other rows keep their own. */
export const TABLE_UNITS: readonly MoneyUnit[] = ["JPY mn", "JPY bn", "JPY k", "JPY"];

export type FunctionName = "REVENUE" | "COST" | "GROSSPROFIT" | "OPERATINGPROFIT" | "VALUE" | "KPI";

/** One line of figures: the label written in the sheet and the function that answers it. */
export interface RowSpec {
  readonly label: string;
  readonly fn: FunctionName;
  /** The unit the figures are printed in ("JPY k" for money; "yen", "count", ...). */
  readonly nativeUnit: Unit;
  /** The item IIJ.YOY knows this line by, when that is not the label. */
  readonly yoyItem?: string;
  /** For margin rows: the revenue line to divide by (undefined: no margin for this line). */
  readonly marginOf?: { fn: FunctionName; revenueLine: string };
}

export interface TableRequest {
  readonly kind: ShowKind;
  /** Period codes, in the order wanted (the picker gives them oldest first). */
  readonly periods: readonly string[];
  readonly unit: MoneyUnit;
  readonly layout: Layout;
  readonly yoy: boolean;
  readonly margin: boolean;
  /** For kind "items": the item names picked. */
  readonly items?: readonly string[];
  readonly anchor: CellIndex;
}

export interface TablePlan {
  /** The whole table, e.g. "B3:D7". */
  readonly address: string;
  readonly range: RangeIndex;
  /** What range.formulas gets: text, and "=IIJ..." formulas. */
  readonly formulas: string[][];
  /** What range.numberFormat gets, the same shape. */
  readonly numberFormats: string[][];
  /** The corner, headers and first block of figures: what a chart of the table plots. */
  readonly chartRange: RangeIndex;
  /** How the chart's series run: one per line. */
  readonly seriesBy: "rows" | "columns";
  readonly title: string;
}

const pick = (lines: readonly { name: string }[], names: readonly string[]) =>
  names.filter((n) => lines.some((l) => l.name === n));

/** The lines each choice shows. */
export function rowsFor(kind: ShowKind, items: readonly string[] = []): RowSpec[] {
  const q = query();
  const money: Unit = "JPY k";
  switch (kind) {
    case "revenue":
      return pick(REVENUE_LINES, ["Network", "SI", "ATM", "Total"]).map((label) => ({
        label,
        fn: "REVENUE",
        nativeUnit: money,
        // Bare "Total" is a line of several statements; YOY needs the statement's own name.
        yoyItem: label === "Total" ? "Total revenues" : undefined,
        marginOf: { fn: "GROSSPROFIT", revenueLine: label },
      }));
    case "cost-gross-profit":
      return [
        ...pick(COST_LINES, ["Network", "SI", "ATM", "Total"]).map((label): RowSpec => ({
          label,
          fn: "COST",
          nativeUnit: money,
        })),
        ...pick(GROSS_PROFIT_LINES, ["Network", "SI", "ATM", "Total"]).map((label): RowSpec => ({
          label,
          fn: "GROSSPROFIT",
          nativeUnit: money,
          yoyItem: label === "Total" ? "Gross profit" : undefined,
          marginOf: { fn: "GROSSPROFIT", revenueLine: label },
        })),
      ];
    case "segments":
      return pick(SEGMENTS, ["Network & SI", "ATM", "Adjustments", "Total"]).map((label) => ({
        label,
        fn: "OPERATINGPROFIT",
        nativeUnit: money,
        yoyItem: label === "Total" ? "Operating profit" : `Segments: ${label}: operating profit`,
        marginOf: label === "Total" ? { fn: "OPERATINGPROFIT", revenueLine: "Total" } : undefined,
      }));
    case "balance-sheet":
      return valueRows(q.items("Financial position"));
    case "cash-flow":
      return valueRows(q.items("Cash flows"));
    case "kpi":
      return q.catalogue.names(KPI_STATEMENTS).map((label) => ({
        label,
        fn: "KPI",
        nativeUnit: nativeUnitOf(label),
      }));
    case "items":
      return valueRows(items);
  }
}

function valueRows(names: readonly string[]): RowSpec[] {
  return names.map((label) => ({ label, fn: "VALUE", nativeUnit: nativeUnitOf(label) }));
}

/** The unit an item is printed in; money when it cannot be told. */
export function nativeUnitOf(item: string): Unit {
  const q = query();
  try {
    const line = q.resolveItem(item);
    const ref = (line.sumOf ?? line.sources)[0];
    return (ref && q.dataset.anyFigure(ref)?.unit) || "JPY k";
  } catch {
    return "JPY k";
  }
}

/** Whether a row's function takes the unit argument: money rows do; per-share, counts, ratios do not. */
export function takesUnit(row: RowSpec): boolean {
  return row.fn !== "KPI" && isMoneyUnit(row.nativeUnit);
}

/** Number format of a figure: `#,##0` for JPY mn, `#,##0.0` for bn, `0.00` for yen per share... */
export function numberFormatFor(row: RowSpec, unit: MoneyUnit): string {
  if (takesUnit(row)) return unit === "JPY bn" ? "#,##0.0" : "#,##0";
  switch (row.nativeUnit) {
    case "yen":
      return "0.00";
    case "%":
      return "0.0";
    case "Gbps":
      return "#,##0.0";
    default:
      return "#,##0";
  }
}

export const PERCENT_FORMAT = "0.0%";

/** The YoY option applies where every line has an item IIJ.YOY knows. */
export function supportsYoy(kind: ShowKind): boolean {
  return kind !== "cost-gross-profit";
}

/** The margin option applies where some line has a revenue to divide by. */
export function supportsMargin(kind: ShowKind): boolean {
  return kind === "revenue" || kind === "cost-gross-profit" || kind === "segments";
}

function call(
  fn: FunctionName,
  period: string,
  line: string,
  unit: string | undefined,
  withUnit: boolean
): string {
  const args = fn === "VALUE" || fn === "KPI" ? [line, period] : [period, line];
  if (withUnit && unit !== undefined) args.push(unit);
  return `IIJ.${fn}(${args.join(",")})`;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

interface Block {
  readonly title?: string;
  readonly rows: readonly {
    row: RowSpec;
    formula: (p: string, l: string, u: string) => string;
    format: string;
  }[];
}

function blocksFor(request: TableRequest, rows: readonly RowSpec[]): Block[] {
  const { unit } = request;
  const valueBlock = (title: string | undefined, subset: readonly RowSpec[]): Block => ({
    title,
    rows: subset.map((row) => ({
      row,
      formula: (p, l, u) => `=${call(row.fn, p, l, u, takesUnit(row))}`,
      format: numberFormatFor(row, unit),
    })),
  });
  const blocks: Block[] = [];
  if (request.kind === "cost-gross-profit") {
    blocks.push(
      valueBlock(
        "Cost of sales",
        rows.filter((r) => r.fn === "COST")
      )
    );
    blocks.push(
      valueBlock(
        "Gross profit",
        rows.filter((r) => r.fn === "GROSSPROFIT")
      )
    );
  } else {
    blocks.push(valueBlock(undefined, rows));
  }
  const valueRows =
    request.kind === "cost-gross-profit" ? rows.filter((r) => r.fn === "GROSSPROFIT") : rows;
  if (request.yoy && supportsYoy(request.kind)) {
    blocks.push({
      title: "YoY growth",
      rows: valueRows.map((row) => ({
        row,
        formula: (p, l) => `=IIJ.YOY(${row.yoyItem ? quote(row.yoyItem) : l},${p})`,
        format: PERCENT_FORMAT,
      })),
    });
  }
  if (request.margin && supportsMargin(request.kind)) {
    const withMargin = valueRows.filter((r) => r.marginOf);
    if (withMargin.length > 0)
      blocks.push({
        title: request.kind === "segments" ? "Operating margin" : "Gross margin",
        rows: withMargin.map((row) => ({
          row,
          formula: (p, l, u) =>
            `=${call(row.marginOf!.fn, p, l, u, true)}/${call("REVENUE", p, l, u, true)}`,
          format: PERCENT_FORMAT,
        })),
      });
  }
  return blocks.filter((b) => b.rows.length > 0);
}

/** The table for a request: formulas referring to header, label and unit cells, formats and range. */
export function planTable(request: TableRequest): TablePlan {
  const rows = rowsFor(request.kind, request.items);
  if (request.periods.length === 0) throw new Error("Pick at least one period.");
  if (rows.length === 0) throw new Error("Pick at least one item.");
  const blocks = blocksFor(request, rows);
  const anyUnit = rows.some(takesUnit);
  const { row: r0, column: c0 } = request.anchor;
  const across = request.layout === "across";
  // Lines: the labels (title lines included) along the label axis.
  const lines: { label: string; formula?: Block["rows"][number] }[] = [];
  for (const block of blocks) {
    if (block.title && (blocks.length > 1 || request.kind === "cost-gross-profit"))
      lines.push({ label: block.title });
    for (const entry of block.rows) lines.push({ label: entry.row.label, formula: entry });
  }
  const periods = request.periods;
  const rowCount = across ? lines.length + 1 : periods.length + 1;
  const columnCount = across ? periods.length + 1 : lines.length + 1;
  const formulas: string[][] = Array.from({ length: rowCount }, () => Array(columnCount).fill(""));
  const formats: string[][] = Array.from({ length: rowCount }, () =>
    Array(columnCount).fill("General")
  );
  formulas[0][0] = anyUnit ? request.unit : "";
  const unitRef = cellRef(r0, c0, true, true);
  for (let p = 0; p < periods.length; p++) {
    if (across) formulas[0][p + 1] = periods[p];
    else formulas[p + 1][0] = periods[p];
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (across) formulas[i + 1][0] = line.label;
    else formulas[0][i + 1] = line.label;
    if (!line.formula) continue;
    for (let p = 0; p < periods.length; p++) {
      const [r, c] = across ? [i + 1, p + 1] : [p + 1, i + 1];
      const periodRef = across
        ? cellRef(r0, c0 + c, true, false)
        : cellRef(r0 + r, c0, false, true);
      const labelRef = across ? cellRef(r0 + r, c0, false, true) : cellRef(r0, c0 + c, true, false);
      formulas[r][c] = line.formula.formula(periodRef, labelRef, unitRef);
      formats[r][c] = line.formula.format;
    }
  }
  const range = { row: r0, column: c0, rowCount, columnCount };
  // The chart plots the first block of figures (not YoY or margin lines, which are ratios).
  const firstBlockLines = (blocks[0]?.rows.length ?? 0) + (lines[0] && !lines[0].formula ? 1 : 0);
  const chartRange = across
    ? { row: r0, column: c0, rowCount: firstBlockLines + 1, columnCount }
    : { row: r0, column: c0, rowCount, columnCount: firstBlockLines + 1 };
  return {
    address: rangeAddress(range),
    range,
    formulas,
    numberFormats: formats,
    chartRange,
    seriesBy: across ? "rows" : "columns",
    title: SHOW_KINDS.find((k) => k.id === request.kind)?.label ?? request.kind,
  };
}

/** Runs a row's function for a period the way Excel would; undefined where there is no figure. */
export function evaluateRow(row: RowSpec, period: string, unit: MoneyUnit): number | undefined {
  const u = takesUnit(row) ? unit : undefined;
  try {
    switch (row.fn) {
      case "REVENUE":
        return iij.revenue(period, row.label, u);
      case "COST":
        return iij.cost(period, row.label, u);
      case "GROSSPROFIT":
        return iij.grossProfit(period, row.label, u);
      case "OPERATINGPROFIT":
        return iij.operatingProfit(period, row.label, u);
      case "VALUE":
        return iij.value(row.label, period, u);
      case "KPI":
        return iij.kpi(row.label, period);
    }
  } catch {
    return undefined;
  }
}

/** Every period code the picker can show: each span of each fiscal year the dataset covers. */
export function candidatePeriods(): string[] {
  const years = new Set<number>();
  for (const code of query().periods()) {
    const p = parsePeriodCode(code);
    if (p.kind === "flow") years.add(p.fiscalYear);
  }
  const list = [...years];
  const codes: string[] = [];
  for (let y = Math.min(...list); y <= Math.max(...list); y++)
    for (const span of PICKER_SPANS) codes.push(periodCode(flow(y, span as Span)));
  return codes;
}

/** Periods for which at least one line of the choice has a figure: what the picker enables. */
export function availableFor(kind: ShowKind, items: readonly string[] = []): Set<string> {
  const rows = rowsFor(kind, items);
  const found = new Set<string>();
  const candidates = candidatePeriods();
  // Balances are reported at dates: a period is enabled when its end date has a balance.
  for (const row of rows) {
    for (const code of candidates) {
      if (found.has(code)) continue;
      if (evaluateRow(row, code, "JPY mn") !== undefined) found.add(code);
    }
  }
  return found;
}

/** The end date a period code means for a balance, for the pane's wording. */
export function periodEnd(code: string): string {
  return endDate(parsePeriodCode(code));
}
