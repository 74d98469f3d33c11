/**
 * Rows under a table that add up its own cells: derived rows (net debt) and checks (revenues +
 * cost − gross profit), each a plain formula on the figures above, cached with the exact decimal
 * sum, so a check reads 0 and not float noise. Where a line it adds is not printed for a period
 * (a full year, for which the filings print only selected lines), it reads "n/a", never a
 * difference that is not there.
 */
import Decimal from "decimal.js";
import type ExcelJS from "exceljs";
import type { LineSpec, TablePlan } from "../../src/taskpane/table";
import {
  DEFAULT_FONT,
  NOT_PRINTED,
  planCellRef,
  unlessPrinted,
  type Cached,
  type WrittenTable,
} from "../plan-to-xlsx";
import type { Check } from "./spec";

/** A check shows its 0 as 0 (not the accounting dash), so a reader sees it was computed. */
export const CHECK_FORMAT = "#,##0.###;(#,##0.###);0";

/** The plan row (relative) of the line a check names: by IIJ.VALUE name, then by label. */
function lineRow(plan: TablePlan, name: string): number {
  const matches = (pick: (line: LineSpec) => string) =>
    plan.cells.findIndex((row) =>
      row.some((cell) => cell.role === "figure" && pick(cell.line) === name)
    );
  const row = [matches((l) => l.item), matches((l) => l.name), matches((l) => l.label)].find(
    (r) => r >= 0
  );
  if (row === undefined) throw new Error(`build:model: no line "${name}" in the ${plan.title}`);
  return row;
}

/**
 * The plan rows (relative) a sum adds, with their signs: its terms, or for `linesOf` the item
 * lines right above the subtotal (up to the section heading or the total before them), less it.
 */
function termRows(plan: TablePlan, sum: Check): (readonly [1 | -1, number])[] {
  if (sum.linesOf === undefined)
    return sum.terms.map(([sign, name]) => [sign, lineRow(plan, name)] as const);
  const total = lineRow(plan, sum.linesOf);
  const isItem = (r: number) =>
    plan.cells[r]?.some((cell) => cell.role === "figure" && cell.line.role === "item") ?? false;
  const lines: (readonly [1, number])[] = [];
  for (let r = total - 1; r >= 0 && isItem(r); r--) lines.unshift([1, r]);
  if (lines.length === 0) throw new Error(`build:model: no lines above "${sum.linesOf}"`);
  return [...lines, [-1, total]];
}

/** The plan columns (relative) that hold figures. */
function figureColumns(plan: TablePlan): number[] {
  const columns = new Set<number>();
  for (const row of plan.cells) row.forEach((cell, c) => cell.role === "figure" && columns.add(c));
  return [...columns].sort((a, b) => a - b);
}

/** One cell of a sum: its formula and cached value, or undefined where it cannot be worked out. */
interface SumCell {
  readonly body: string;
  /** The formula made to read "n/a" where the lines the sum needs are not printed. */
  readonly guard: (formula: string) => string;
  readonly value: Decimal | undefined;
}

/** A sum's cell in plan column `c`: terms added with signs, or SUM(lines) − total. */
function sumCell(plan: TablePlan, written: WrittenTable, sum: Check, c: number): SumCell {
  const rows = termRows(plan, sum);
  const ref = (r: number) => planCellRef(plan, r, c);
  const number = (r: number) => {
    const value = written.value(r, c);
    return typeof value === "number" ? new Decimal(value) : undefined;
  };
  if (sum.linesOf !== undefined) {
    // =SUM(lines)-total: SUM skips a line shown as "n/a" (not printed that year), as does the
    // cached value; with the total or every line not printed there is nothing to check.
    const lines = rows.filter(([sign]) => sign > 0).map(([, r]) => r);
    const total = rows.find(([sign]) => sign < 0)![1];
    const printed = lines.map(number).filter((v): v is Decimal => v !== undefined);
    const whole = number(total);
    const body = `SUM(${lines.map(ref).join(",")})-${ref(total)}`;
    return {
      body,
      guard: (formula) =>
        `IF(OR(COUNT(${ref(total)})=0,COUNT(${lines.map(ref).join(",")})=0),"${NOT_PRINTED}",${formula})`,
      value:
        whole !== undefined && printed.length > 0
          ? Decimal.sum(...printed).minus(whole)
          : undefined,
    };
  }
  const values = rows.map(([sign, r]) => number(r)?.times(sign));
  const refs = rows.map(([, r]) => ref(r));
  return {
    body: rows.map(([sign], k) => `${sign < 0 ? "-" : k > 0 ? "+" : ""}${refs[k]}`).join(""),
    guard: (formula) => unlessPrinted(refs, formula),
    value: values.every((v) => v !== undefined) ? Decimal.sum(...(values as Decimal[])) : undefined,
  };
}

/**
 * Writes the sums from sheet row `firstRow` (zero-based), one a row: a bold derived row or an
 * italic check per sum, a formula per figure column. Returns how many formulas it wrote.
 */
export function writeSums(
  sheet: ExcelJS.Worksheet,
  plan: TablePlan,
  written: WrittenTable,
  sums: readonly { readonly sum: Check; readonly check: boolean }[],
  firstRow: number
): number {
  const columns = figureColumns(plan);
  let formulas = 0;
  sums.forEach(({ sum, check }, i) => {
    const row = firstRow + i;
    const label = sheet.getCell(row + 1, plan.range.column + 1);
    label.value = sum.label;
    label.font = { ...DEFAULT_FONT, ...(check ? { italic: true } : { bold: true }) };
    const cells = columns.map((c) => sumCell(plan, written, sum, c));
    // Guarded along the whole row if one column lacks a line: formulas alike along a row.
    const guarded = cells.some((cell) => cell.value === undefined);
    const firstTerm = termRows(plan, sum)[0][1];
    cells.forEach((made, k) => {
      const c = columns[k];
      const cell = sheet.getCell(row + 1, plan.range.column + c + 1);
      const result: Cached =
        made.value !== undefined
          ? made.value.toNumber()
          : guarded
            ? NOT_PRINTED
            : { error: "#N/A" };
      cell.value = {
        formula: guarded ? made.guard(made.body) : made.body,
        result,
      } as ExcelJS.CellFormulaValue;
      cell.numFmt = check ? CHECK_FORMAT : plan.numberFormats[firstTerm][c];
      cell.alignment = { horizontal: "right" };
      if (check) cell.font = { ...DEFAULT_FONT, italic: true };
      formulas++;
    });
    // A derived row (net debt) is money like the lines it adds: it reformats with the unit cell
    // as they do (JPY bn: one decimal), by the same rules on the unit cell.
    if (!check && columns.length > 0) followUnitCell(sheet, plan, row, columns);
  });
  return formulas;
}

/** The table's unit-cell rules (plan.unitFormats) applied to one more row of its figure columns. */
function followUnitCell(
  sheet: ExcelJS.Worksheet,
  plan: TablePlan,
  row: number,
  columns: readonly number[]
): void {
  const rules = new Map(
    plan.unitFormats.map((rule) => [`${rule.formula}\u0000${rule.numberFormat}`, rule])
  );
  const first = planCellRef(plan, 0, columns[0]).replace(/\d+$/, "");
  const last = planCellRef(plan, 0, columns.at(-1)!).replace(/\d+$/, "");
  [...rules.values()].forEach((rule, i) =>
    sheet.addConditionalFormatting({
      ref: `${first}${row + 1}:${last}${row + 1}`,
      rules: [
        {
          type: "expression",
          priority: plan.unitFormats.length + i + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: { numFmt: rule.numberFormat } as unknown as ExcelJS.Style,
        },
      ],
    })
  );
}
