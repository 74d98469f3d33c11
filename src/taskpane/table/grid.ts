/**
 * A table's cells: title row, header row (the unit corner, period or date headers), a note row
 * where headers need one, the statement's sections and lines, YoY and margin blocks, and the
 * source line; with each cell's formula, number format and style. Laid out with periods across
 * and transposed for periods down (title and source line stay above and below).
 *
 *   B3 Internet Initiative Japan: Statement of profit or loss (JPY mn)
 *   B4 JPY mn                 C4 1H22                        D4 1H23
 *   B5 Revenues
 *   B6   Network services     C6 =IIJ.VALUE("Network services",C$4,$B$4)   ...
 */
import { isMoneyUnit } from "../../data/unit";
import { cellRef, rangeAddress, type CellIndex, type RangeIndex } from "../a1";
import { sheetText } from "./sheet-text";
import { keyLine } from "./columns";
import {
  accounting,
  billionsRule,
  DATE_FORMAT,
  figureFormat,
  moneyFormat,
  notBillionsRule,
  RATIO_FORMAT,
} from "./formats";
import { KIND_TITLES } from "./rows";
import { isPercentLine, takesUnit } from "./values";
import type {
  CellSpec,
  ChartPlan,
  LineSpec,
  MarginSpec,
  PlanColumn,
  RangeStyle,
  StatementRow,
  TablePlan,
  TableRequest,
  UnitFormatRule,
} from "./types";

export interface Body {
  readonly rows: readonly StatementRow[];
  readonly yoy: readonly LineSpec[];
  /** For each column, the index of its year-earlier column, if the table has it. */
  readonly previous: readonly (number | undefined)[];
  readonly margins: readonly MarginSpec[];
}

const COMPANY = "Internet Initiative Japan";
const YOY_TITLE = "YoY growth";
const MARGIN_TITLE = "Margins";
const UNIT_HEADING = "Unit";
const GREY = "#595959";

type Entry =
  | { readonly type: "section"; readonly label: string; readonly level: number }
  | { readonly type: "line"; readonly line: LineSpec }
  | { readonly type: "blank" }
  | { readonly type: "block"; readonly label: string }
  | { readonly type: "yoy"; readonly line: LineSpec }
  | { readonly type: "margin"; readonly margin: MarginSpec };

interface Style {
  bold?: boolean;
  italic?: boolean;
  indent?: number;
  borderTop?: boolean;
  borderBottom?: boolean;
  borderLeft?: boolean;
  borderRight?: boolean;
  horizontalAlignment?: "Left" | "Right" | "Center";
  color?: string;
  wrap?: boolean;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The call a figure row makes: IIJ.VALUE("Total assets",D$5,$B$4), IIJ.REVENUE(D$5,"Network",$B$4). */
function call(line: LineSpec, period: string, unit: string): string {
  const name = quote(line.name);
  const args = line.fn === "VALUE" || line.fn === "KPI" ? [name, period] : [period, name];
  if (takesUnit(line)) args.push(unit);
  const formula = `IIJ.${line.fn}(${args.join(",")})`;
  return isPercentLine(line) ? `${formula}/100` : formula;
}

/** A name SOURCE and VALUE take for a line, for the rolling header's "resolves to" note. */
function sourceName(line: LineSpec): string {
  if (line.fn === "VALUE" || line.fn === "KPI") return line.name;
  const totals: Record<string, string> = {
    REVENUE: "Total revenues",
    COST: "Total cost of sales",
    GROSSPROFIT: "Gross profit",
    OPERATINGPROFIT: "Profit or loss: Operating profit",
  };
  return line.name === "Total" || line.fn !== "REVENUE" ? totals[line.fn] : line.name;
}

/** Merges cells of one style into rectangles: runs along each row, then equal runs down. */
function rectangles<T>(
  grid: readonly (readonly (T | undefined)[])[],
  same: (a: T, b: T) => boolean
) {
  const runs: { row: number; column: number; columnCount: number; value: T }[] = [];
  grid.forEach((line, row) => {
    let column = 0;
    while (column < line.length) {
      const value = line[column];
      if (value === undefined) {
        column++;
        continue;
      }
      let end = column + 1;
      while (end < line.length && line[end] !== undefined && same(line[end]!, value)) end++;
      runs.push({ row, column, columnCount: end - column, value });
      column = end;
    }
  });
  const merged: { range: Omit<RangeIndex, "sheet">; value: T }[] = [];
  for (const run of runs) {
    const above = merged.find(
      (m) =>
        m.range.row + m.range.rowCount === run.row &&
        m.range.column === run.column &&
        m.range.columnCount === run.columnCount &&
        same(m.value, run.value)
    );
    if (above) above.range = { ...above.range, rowCount: above.range.rowCount + 1 };
    else
      merged.push({
        range: { row: run.row, column: run.column, rowCount: 1, columnCount: run.columnCount },
        value: run.value,
      });
  }
  return merged;
}

/** The statement's rows, then the YoY and margin blocks, each after a blank row. */
function entries(body: Body): Entry[] {
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

/** Which lines a chart of the table plots: a statement's totals; else the first section's lines. */
function chartLines(request: TableRequest, list: readonly Entry[]): LineSpec[] {
  const lines = list.flatMap((e) => (e.type === "line" ? [e.line] : []));
  if (request.kind === "pl" || request.kind === "balance" || request.kind === "cashflow")
    return lines.filter((l) => l.role === "total").slice(0, 6);
  const first: LineSpec[] = [];
  let started = false;
  for (const entry of list) {
    if (entry.type === "line") {
      started = true;
      if (entry.line.role === "item") first.push(entry.line);
    } else if (started) break;
  }
  return (first.length > 0 ? first : lines).slice(0, 6);
}

type Grid = Pick<
  TablePlan,
  | "address"
  | "range"
  | "sheet"
  | "formulas"
  | "numberFormats"
  | "styles"
  | "unitFormats"
  | "chart"
  | "title"
  | "unitCell"
  | "columnWidths"
  | "cells"
>;

export function layOut(request: TableRequest, columns: readonly PlanColumn[], body: Body): Grid {
  const across = (request.layout ?? "across") === "across";
  const { row: r0, column: c0 } = request.anchor;
  const list = entries(body);
  const allLines = list.flatMap((e) => (e.type === "line" ? [e.line] : []));
  const unitColumn = request.kind === "kpi" || request.kind === "search";
  const noteRow = request.rolling === true || columns.some((c) => c.note !== undefined);

  // Logical grid, periods across: rows = header, note?, entries; columns = label, unit?, periods.
  const firstBody = noteRow ? 2 : 1;
  const firstPeriod = unitColumn ? 2 : 1;
  const logicalRows = firstBody + list.length;
  const logicalColumns = firstPeriod + columns.length;
  const sheetRows = 1 + (across ? logicalRows : logicalColumns) + 2;
  const sheetColumns = across ? logicalColumns : logicalRows;

  /** Where a logical cell lands on the sheet (absolute indexes). */
  const at = (lr: number, lc: number): CellIndex =>
    across ? { row: r0 + 1 + lr, column: c0 + lc } : { row: r0 + 1 + lc, column: c0 + lr };
  const ref = (lr: number, lc: number) => {
    const p = at(lr, lc);
    return cellRef(p.row, p.column);
  };
  const corner = at(0, 0);
  const cornerRef = cellRef(corner.row, corner.column, true, true);
  const headerRef = (pc: number) => {
    const p = at(0, firstPeriod + pc);
    return across ? cellRef(p.row, p.column, true, false) : cellRef(p.row, p.column, false, true);
  };

  const formulas: (string | number)[][] = Array.from({ length: sheetRows }, () =>
    Array(sheetColumns).fill("")
  );
  const formats: string[][] = Array.from({ length: sheetRows }, () =>
    Array(sheetColumns).fill("General")
  );
  const styles: (Style | undefined)[][] = Array.from({ length: sheetRows }, () =>
    Array(sheetColumns).fill(undefined)
  );
  const specs: CellSpec[][] = Array.from({ length: sheetRows }, () =>
    Array.from({ length: sheetColumns }, (): CellSpec => ({ role: "empty" }))
  );
  const money: (true | undefined)[][] = Array.from({ length: sheetRows }, () =>
    Array(sheetColumns).fill(undefined)
  );

  /** Transposed, a rule above becomes a rule to the left, and indents of labels in a header row go. */
  const turn = (style: Style, label = false): Style => {
    // Excel indents only left- (or right-) aligned text, so an indented label says Left.
    if (across) return style.indent ? { horizontalAlignment: "Left", ...style } : style;
    const { borderTop, borderBottom, borderLeft, borderRight, indent, ...rest } = style;
    return {
      ...rest,
      ...(borderTop ? { borderLeft: true } : {}),
      ...(borderBottom ? { borderRight: true } : {}),
      ...(borderLeft ? { borderTop: true } : {}),
      ...(borderRight ? { borderBottom: true } : {}),
      ...(label ? { horizontalAlignment: "Right" as const, wrap: true } : indent ? { indent } : {}),
    };
  };
  const put = (
    position: CellIndex,
    formula: string | number,
    spec: CellSpec,
    format = "General",
    style?: Style
  ) => {
    const r = position.row - r0;
    const c = position.column - c0;
    formulas[r][c] = formula;
    specs[r][c] = spec;
    formats[r][c] = format;
    if (style && Object.keys(style).length > 0) styles[r][c] = style;
  };
  const set = (
    lr: number,
    lc: number,
    formula: string | number,
    spec: CellSpec,
    format?: string,
    style?: Style,
    label = false
  ) => put(at(lr, lc), formula, spec, format, style && turn(style, label));

  // Title: company, statement and the corner's unit (a formula, so it follows the corner).
  const statement = KIND_TITLES[request.kind];
  const moneyTable =
    allLines.some((l) => isMoneyUnit(l.unit)) &&
    allLines.every((l) => isMoneyUnit(l.unit) || l.unit === "yen");
  const titleText = `${COMPANY}: ${statement}`;
  put(
    { row: r0, column: c0 },
    moneyTable ? `=${quote(`${titleText} (`)}&${cornerRef}&")"` : titleText,
    { role: "title", value: moneyTable ? `${titleText} (${request.unit})` : titleText },
    "General",
    { bold: true }
  );

  // Header row: the unit corner, the unit column's heading, the periods or dates.
  const headerStyle: Style = { bold: true, borderBottom: true };
  set(0, 0, request.unit, { role: "corner", value: request.unit }, "General", headerStyle);
  if (unitColumn)
    set(0, 1, UNIT_HEADING, { role: "header", value: UNIT_HEADING }, "General", headerStyle);
  const key = keyLine(allLines);
  columns.forEach((column, pc) => {
    const isDate = typeof column.header === "number";
    set(
      0,
      firstPeriod + pc,
      column.header,
      { role: "header", value: column.header },
      isDate ? DATE_FORMAT : "General",
      {
        ...headerStyle,
        horizontalAlignment: "Right",
        ...(column.derived ? { italic: true } : {}),
      }
    );
    if (!noteRow) return;
    const noteStyle: Style = { italic: true, color: GREY, horizontalAlignment: "Right" };
    if (request.rolling && key) {
      // The period a relative header stands for today, read from IIJ.SOURCE so it moves with it.
      const source = `IIJ.SOURCE(${quote(sourceName(key))},${headerRef(pc)})`;
      const length = /^\d{4}-/.test(column.period) ? 10 : 4;
      set(
        1,
        firstPeriod + pc,
        `="= "&MID(${source},FIND(" = ",${source})+3,${length})`,
        {
          role: "note",
          value: sheetText("note.rolling", { period: column.period }),
        },
        "General",
        noteStyle
      );
    } else if (column.note) {
      set(
        1,
        firstPeriod + pc,
        column.note,
        { role: "note", value: column.note },
        "General",
        noteStyle
      );
    }
  });

  // Body.
  const lineRow = new Map<LineSpec, number>();
  const keyRow = new Map<string, number>();
  list.forEach((entry, i) => {
    const lr = firstBody + i;
    if (entry.type === "line") {
      lineRow.set(entry.line, lr);
      if (entry.line.key) keyRow.set(entry.line.key, lr);
    }
  });
  const cornerText = cornerRef;
  list.forEach((entry, i) => {
    const lr = firstBody + i;
    switch (entry.type) {
      case "blank":
        return;
      case "section":
      case "block": {
        const level = entry.type === "section" ? entry.level : 0;
        set(
          lr,
          0,
          entry.label,
          { role: "section", value: entry.label },
          "General",
          level === 0 ? { bold: true, indent: 0 } : { italic: true, indent: level },
          true
        );
        return;
      }
      case "line": {
        const { line } = entry;
        const strong = line.role === "total" || line.role === "subtotal";
        set(
          lr,
          0,
          line.label,
          { role: "label", value: line.label },
          "General",
          { indent: line.indent, ...(strong ? { bold: true } : {}) },
          true
        );
        if (unitColumn) {
          const moneyRow = takesUnit(line);
          set(
            lr,
            1,
            moneyRow ? `=${cornerText}` : line.unit,
            { role: "unit", value: moneyRow ? request.unit : line.unit },
            "General",
            { color: GREY }
          );
        }
        const format = figureFormat(line.unit, line.decimals, request.unit);
        columns.forEach((column, pc) => {
          set(
            lr,
            firstPeriod + pc,
            `=${call(line, headerRef(pc), cornerRef)}`,
            { role: "figure", line, header: column.header },
            format,
            {
              horizontalAlignment: "Right",
              ...(strong ? { bold: true, borderTop: true } : {}),
            }
          );
          if (takesUnit(line)) {
            const p = at(lr, firstPeriod + pc);
            money[p.row - r0][p.column - c0] = true;
          }
        });
        return;
      }
      case "yoy": {
        const { line } = entry;
        const row = lineRow.get(line)!;
        set(
          lr,
          0,
          line.label,
          { role: "label", value: line.label },
          "General",
          { indent: 1, italic: true },
          true
        );
        columns.forEach((_, pc) => {
          const p = body.previous[pc];
          if (p === undefined) return;
          const cur = ref(row, firstPeriod + pc);
          const prev = ref(row, firstPeriod + p);
          set(
            lr,
            firstPeriod + pc,
            `=IF(OR(${prev}=0,SIGN(${prev})<>SIGN(${cur})),"n.m.",${cur}/${prev}-1)`,
            {
              role: "yoy",
              current: rel(at(row, firstPeriod + pc)),
              previous: rel(at(row, firstPeriod + p)),
            },
            RATIO_FORMAT,
            { italic: true, horizontalAlignment: "Right" }
          );
        });
        return;
      }
      case "margin": {
        const { margin } = entry;
        const num = keyRow.get(margin.numerator)!;
        const den = keyRow.get(margin.denominator)!;
        set(
          lr,
          0,
          margin.label,
          { role: "label", value: margin.label },
          "General",
          { indent: 1, italic: true },
          true
        );
        columns.forEach((_, pc) => {
          const n = ref(num, firstPeriod + pc);
          const d = ref(den, firstPeriod + pc);
          set(
            lr,
            firstPeriod + pc,
            `=IF(${d}=0,"n.m.",${n}/${d})`,
            {
              role: "margin",
              numerator: rel(at(num, firstPeriod + pc)),
              denominator: rel(at(den, firstPeriod + pc)),
            },
            RATIO_FORMAT,
            { italic: true, horizontalAlignment: "Right" }
          );
        });
        return;
      }
    }
  });

  function rel(p: CellIndex): CellIndex {
    return { row: p.row - r0, column: p.column - c0 };
  }

  // Source line, one blank row under the table.
  const source = sheetText("source.line");
  put(
    { row: r0 + sheetRows - 1, column: c0 },
    source,
    { role: "source", value: source },
    "General",
    {
      italic: true,
      color: GREY,
    }
  );

  const shift = (range: Omit<RangeIndex, "sheet">): RangeIndex => ({
    ...range,
    row: range.row + r0,
    column: range.column + c0,
  });
  const rangeStyles: RangeStyle[] = rectangles(
    styles,
    (a, b) => JSON.stringify(a) === JSON.stringify(b)
  ).map(({ range, value }) => ({ range: shift(range), ...value }));
  // Money figures follow the corner: the base format is the inserted unit's, a rule gives the other.
  const inBillions = request.unit === "JPY bn";
  const unitFormats: UnitFormatRule[] = rectangles(money, () => true).map(({ range }) => ({
    range: shift(range),
    formula: inBillions ? notBillionsRule(cornerRef) : billionsRule(cornerRef),
    numberFormat: inBillions ? accounting(0) : moneyFormat("JPY bn"),
  }));

  // Widths: each column fits what it shows (figures about ten characters), labels up to a cap;
  // with periods down the line labels head the columns and wrap.
  const shown = (spec: CellSpec): number => {
    switch (spec.role) {
      case "empty":
      case "title":
      case "source":
        return 0;
      case "figure":
        return 10;
      case "yoy":
      case "margin":
        return 7;
      default:
        return typeof spec.value === "number" ? 9 : String(spec.value).length;
    }
  };
  const columnWidths = Array.from({ length: sheetColumns }, (_, c) => {
    let chars = 6;
    for (let r = 1; r < sheetRows - 2; r++) {
      const spec = specs[r][c];
      const indent = styles[r][c]?.indent ?? 0;
      const wraps = !across && spec.role !== "empty" && r === 1 && c > 0;
      chars = Math.max(chars, Math.min(wraps ? 14 : 48, shown(spec) + indent * 2));
    }
    return Math.ceil(chars * 5.6 + 10);
  });

  const chart: ChartPlan = {
    series: chartLines(request, list).map((line) => {
      const lr = lineRow.get(line)!;
      const first = at(lr, firstPeriod);
      return {
        label: line.label,
        name: { ...at(lr, 0), rowCount: 1, columnCount: 1 },
        values: across
          ? { ...first, rowCount: 1, columnCount: columns.length }
          : { ...first, rowCount: columns.length, columnCount: 1 },
      };
    }),
    categories: across
      ? { ...at(0, firstPeriod), rowCount: 1, columnCount: columns.length }
      : { ...at(0, firstPeriod), rowCount: columns.length, columnCount: 1 },
    seriesBy: across ? "rows" : "columns",
    title: statement,
  };

  const range: RangeIndex = {
    row: r0,
    column: c0,
    rowCount: sheetRows,
    columnCount: sheetColumns,
    ...(request.anchor.sheet !== undefined ? { sheet: request.anchor.sheet } : {}),
  };
  return {
    address: rangeAddress(range),
    range,
    ...(request.anchor.sheet !== undefined ? { sheet: request.anchor.sheet } : {}),
    formulas,
    numberFormats: formats,
    styles: rangeStyles,
    unitFormats,
    chart,
    title: statement,
    unitCell: cellRef(corner.row, corner.column),
    columnWidths,
    cells: specs,
  };
}
