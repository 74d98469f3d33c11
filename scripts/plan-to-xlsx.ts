/**
 * Writes a table the pane's planner laid out (src/taskpane/table: planTable) into an ExcelJS
 * worksheet, as excel-actions.ts writes the same plan into Excel through Office.js: one layout
 * code for both. What an xlsx needs beyond Office.js: each formula stored as Excel saves a custom
 * function (`_xldudf_IIJ_VALUE(...)`) with its cached value (the pane's preview works the values
 * out with the functions the formulas call), styles and the unit corner's conditional number
 * formats as workbook styles, and column widths in characters rather than points.
 */
// ExcelJS cells are plain objects, not Office.js proxies: nothing to load or sync.
/* eslint-disable office-addins/call-sync-before-read */
import ExcelJS from "exceljs";
import { cellRef, rangeAddress, type CellIndex } from "../src/taskpane/a1";
import {
  previewTable,
  type CellSpec,
  type PreviewGrid,
  type RangeStyle,
  type TablePlan,
} from "../src/taskpane/table";
import { storedName } from "../src/shared/workbook-marks";

/** A cached value as ExcelJS stores it. */
export type Cached = number | string | { error: ExcelJS.CellErrorValue["error"] };

/** A formula without "=", its IIJ.* calls stored as Excel saves them; string literals left alone. */
export function storedFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/\bIIJ\.([A-Z][A-Z0-9.]*)\(/g, (_, id) => `${storedName(id)}(`)
    )
    .join("");
}

/** Points (what the plan and Office.js use) as Excel's column width in characters of the default font. */
function characters(points: number): number {
  return Math.max(4, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Characters of a note that fit on one line of a figure column. */
const NOTE_LINE = 12;

/** Excel's default font, which a cell keeps when only its weight or colour is set. */
export const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };

/** What a figure the filings do not print shows: text, not a #N/A that other readers show as #NAME?. */
export const NOT_PRINTED = "n/a";

function applyStyle(sheet: ExcelJS.Worksheet, style: RangeStyle): void {
  const { range } = style;
  const thin: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
  for (let r = range.row; r < range.row + range.rowCount; r++)
    for (let c = range.column; c < range.column + range.columnCount; c++) {
      const cell = sheet.getCell(r + 1, c + 1);
      if (style.bold !== undefined || style.italic !== undefined || style.color !== undefined)
        cell.font = {
          ...DEFAULT_FONT,
          ...cell.font,
          ...(style.bold !== undefined ? { bold: style.bold } : {}),
          ...(style.italic !== undefined ? { italic: style.italic } : {}),
          ...(style.color !== undefined ? { color: { argb: argb(style.color) } } : {}),
        };
      if (
        style.horizontalAlignment !== undefined ||
        style.indent !== undefined ||
        style.wrap !== undefined
      )
        cell.alignment = {
          ...cell.alignment,
          ...(style.horizontalAlignment !== undefined
            ? {
                horizontal: style.horizontalAlignment.toLowerCase() as "left" | "right" | "center",
              }
            : {}),
          ...(style.indent !== undefined ? { indent: style.indent } : {}),
          ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
        };
      if (style.borderTop || style.borderBottom || style.borderLeft || style.borderRight)
        cell.border = {
          ...cell.border,
          ...(style.borderTop ? { top: thin } : {}),
          ...(style.borderBottom ? { bottom: thin } : {}),
          ...(style.borderLeft ? { left: thin } : {}),
          ...(style.borderRight ? { right: thin } : {}),
        };
    }
}

/** What a written table holds: its formulas and each cell's cached value (for check rows below it). */
export interface WrittenTable {
  readonly formulas: number;
  /** The value a cell of the plan (row and column relative to the plan's range) was cached with. */
  readonly value: (row: number, column: number) => number | string | undefined;
}

/**
 * A row of YoY or margin cells guarded against a line not printed: where one of a cell's figures
 * shows "n/a", the ratio shows "n/a" too, not #VALUE!. The whole row is guarded if any cell needs
 * it, so its formulas stay alike along the row (Excel flags a formula unlike its neighbours).
 */
function guardedRatios(plan: TablePlan, preview: PreviewGrid): Set<number> {
  const rows = new Set<number>();
  plan.cells.forEach((line, r) =>
    line.forEach((spec) => {
      if (readsUnprinted(spec, preview)) rows.add(r);
    })
  );
  return rows;
}

/** Whether a YoY or margin cell reads a figure the preview shows as an error (not printed). */
function readsUnprinted(spec: CellSpec, preview: PreviewGrid): boolean {
  return ratioInputs(spec).some((at) => preview.rows[at.row]?.[at.column]?.error !== undefined);
}

/** The figure cells a YoY or margin formula of the table's own cells reads (none for IIJ.YOY). */
function ratioInputs(spec: CellSpec): CellIndex[] {
  if (spec.role === "yoy" && spec.call === undefined) return [spec.current, spec.previous];
  if (spec.role === "margin") return [spec.numerator, spec.denominator];
  return [];
}

/** =IF(COUNT(refs)<n,"n/a",body): "n/a" unless every cell it adds is a number. */
export function unlessPrinted(refs: readonly string[], body: string): string {
  return `IF(COUNT(${refs.join(",")})<${refs.length},"${NOT_PRINTED}",${body})`;
}

/** Writes `plan` into `sheet` at the plan's own range (zero-based, as the planner counts). */
export function writePlan(sheet: ExcelJS.Worksheet, plan: TablePlan): WrittenTable {
  const preview = previewTable(plan);
  const guarded = guardedRatios(plan, preview);
  const { row: top, column: left } = plan.range;
  let formulas = 0;
  plan.formulas.forEach((line, r) =>
    line.forEach((content, c) => {
      if (content === "") return;
      const cell = sheet.getCell(top + r + 1, left + c + 1);
      const shown = preview.rows[r][c];
      const spec = plan.cells[r][c];
      if (typeof content === "string" && content.startsWith("=")) {
        // A line not printed for a period (an IIJ.* call giving #N/A): its formula stays (a later
        // filing fills it in) and shows "n/a" rather than #N/A, which LibreOffice and Excel
        // without the add-in would recalculate to #NAME?.
        const missing = shown.error?.code === "#N/A" && /\bIIJ\./.test(content);
        const inputs = ratioInputs(spec);
        let formula = storedFormula(content);
        if (missing) formula = `IFNA(${formula},"${NOT_PRINTED}")`;
        else if (guarded.has(r) && inputs.length > 0)
          formula = unlessPrinted(
            inputs.map((at) => planCellRef(plan, at.row, at.column)),
            formula
          );
        const result: Cached =
          missing || (guarded.has(r) && readsUnprinted(spec, preview))
            ? NOT_PRINTED
            : shown.error
              ? { error: shown.error.code as ExcelJS.CellErrorValue["error"] }
              : (shown.value ?? "");
        cell.value = { formula, result } as ExcelJS.CellFormulaValue;
        formulas++;
      } else cell.value = content;
      const format = plan.numberFormats[r][c];
      if (format !== "General") cell.numFmt = format;
    })
  );
  for (const style of plan.styles) applyStyle(sheet, style);
  plan.unitFormats.forEach((rule, i) =>
    sheet.addConditionalFormatting({
      ref: rangeAddress(rule.range),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: { numFmt: rule.numberFormat } as unknown as ExcelJS.Style,
        },
      ],
    })
  );
  // A table with no money line: Excel refuses a unit typed over its corner, saying why.
  if (plan.cornerGuard) {
    const { range, formula, title, message } = plan.cornerGuard;
    sheet.getCell(range.row + 1, range.column + 1).dataValidation = {
      type: "custom",
      allowBlank: true,
      formulae: [formula.replace(/^=/, "")],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: title,
      error: message,
    };
  }
  // A header note row as tall as its notes wrap in their columns, as the pane's autofit makes it.
  plan.cells.forEach((row, r) => {
    const notes = row.flatMap((cell) => (cell.role === "note" ? [String(cell.value)] : []));
    if (notes.length === 0) return;
    const lines = Math.max(...notes.map((note) => Math.ceil(note.length / NOTE_LINE)));
    sheet.getRow(top + r + 1).height = 15 * lines;
  });
  plan.columnWidths.forEach(
    (points, i) => (sheet.getColumn(left + i + 1).width = characters(points))
  );
  return {
    formulas,
    value: (r, c) => {
      const shown = preview.rows[r]?.[c];
      return shown?.error ? undefined : shown?.value;
    },
  };
}

/** The sheet reference of a plan cell (row and column relative to the plan's range). */
export function planCellRef(plan: TablePlan, row: number, column: number): string {
  return cellRef(plan.range.row + row, plan.range.column + column);
}
