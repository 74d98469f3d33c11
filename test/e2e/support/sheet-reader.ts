/**
 * Reads an inserted table back from the preview host the way an analyst sees it: every cell of
 * the used range with its value, formula, the number format it shows in and the text the grid
 * draws (with the grid's classes: bold, italic, rule-top, error), and finds the table's parts —
 * the header row beside the unit corner, the label column, the figure cells — from the sheet
 * alone, not from the pane's plan.
 */
import type { Page } from "playwright-core";
import { cellRef } from "../../../src/taskpane/a1";

export interface SheetCell {
  readonly row: number;
  readonly column: number;
  readonly address: string;
  readonly value: number | string | boolean;
  readonly formula: number | string | boolean;
  /** The number format the grid shows the cell in (conditional formats applied). */
  readonly format: string;
  /** What the grid draws. */
  readonly text: string;
  readonly classes: readonly string[];
}

export type SheetGrid = SheetCell[][];

interface RawSheet {
  used?: { row: number; column: number; rowCount: number; columnCount: number };
  values: (number | string | boolean)[][];
  formulas: (number | string | boolean)[][];
  drawn: { cell: string; text: string; format: string; classes: string[] }[];
}

/** The used range of `sheet` as drawn (the sheet must be the active one). */
export async function readSheet(page: Page, sheet: string): Promise<SheetGrid> {
  // No named functions inside: tsx's keepNames would wrap them in a helper the page lacks.
  const raw: RawSheet = await page.evaluate((name) => {
    const store = (
      window as unknown as {
        iijPreview: {
          store: {
            usedRange(s: string): RawSheet["used"];
            value(s: string, r: number, c: number): number | string | boolean;
            formula(s: string, r: number, c: number): number | string | boolean;
          };
        };
      }
    ).iijPreview.store;
    const used = store.usedRange(name);
    const rows = used ? Array.from({ length: used.rowCount }, (_, i) => used.row + i) : [];
    const columns = used ? Array.from({ length: used.columnCount }, (_, j) => used.column + j) : [];
    return {
      used,
      values: rows.map((r) => columns.map((c) => store.value(name, r, c))),
      formulas: rows.map((r) => columns.map((c) => store.formula(name, r, c))),
      drawn: [...document.querySelectorAll<HTMLElement>("td[data-cell]")].map((td) => ({
        cell: td.dataset.cell ?? "",
        text: td.textContent ?? "",
        format: td.dataset.format ?? "",
        classes: [...td.classList],
      })),
    };
  }, sheet);
  if (!raw.used) return [];
  const drawn = new Map(raw.drawn.map((d) => [d.cell, d]));
  const { row: top, column: left } = raw.used;
  return raw.values.map((line, i) =>
    line.map((value, j) => {
      const address = cellRef(top + i, left + j);
      const td = drawn.get(address);
      return {
        row: top + i,
        column: left + j,
        address,
        value,
        formula: raw.formulas[i][j],
        format: td?.format ?? "",
        text: td?.text ?? "",
        classes: td?.classes ?? [],
      };
    })
  );
}

const UNITS = ["JPY mn", "JPY bn", "JPY k", "JPY"];

export interface TableParts {
  /** The unit corner: the cell holding the table's unit, left of the headers. */
  readonly corner: SheetCell;
  /** Period or date headers, left to right (top to bottom with periods down). */
  readonly headers: SheetCell[];
  /** Rows of formulas (IIJ.* figures, YoY and margins), each with its label cell and its cells under the headers. */
  readonly lines: { label: SheetCell; cells: SheetCell[] }[];
}

const isIIJ = (cell: SheetCell) =>
  typeof cell.formula === "string" && /^=.*IIJ\./.test(cell.formula);
export const isFormula = (cell: SheetCell) =>
  typeof cell.formula === "string" && cell.formula.startsWith("=");

/** Finds the corner, the headers and the formula lines of a table laid out with periods across. */
export function tableParts(grid: SheetGrid): TableParts {
  for (const line of grid) {
    const at = line.findIndex((cell) => UNITS.includes(String(cell.value)));
    if (at < 0) continue;
    const corner = line[at];
    // Period or date headers: the header cells over IIJ.* formulas (not a KPI table's unit column).
    const formulaColumns = new Set(grid.flatMap((row) => row.filter(isIIJ).map((c) => c.column)));
    const headers = line
      .slice(at + 1)
      .filter((cell) => cell.value !== "" && formulaColumns.has(cell.column));
    const columns = new Set(headers.map((h) => h.column));
    const lines = grid
      .filter((row) => row.some((c) => columns.has(c.column) && isFormula(c)))
      .map((row) => ({
        label: row[at],
        cells: row.filter((cell) => columns.has(cell.column)),
      }));
    return { corner, headers, lines };
  }
  throw new Error("no unit corner (JPY mn, JPY bn, ...) in the sheet");
}

/** A header as the period it stands for: "1H23" -> its end date and span length. */
export function periodKey(text: string): { end: string; months: number } | undefined {
  const date = /^(\d{1,2})-([A-Z][a-z]{2})-(\d{2})$/.exec(text);
  if (date) {
    const month = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(date[2]) / 3 + 1;
    return {
      end: `20${date[3]}-${String(month).padStart(2, "0")}-${date[1].padStart(2, "0")}`,
      months: 0,
    };
  }
  const code = /^(?:([1-4])Q|([12])H|FY)(\d{2})$/.exec(text);
  if (!code) return undefined;
  const year = 2000 + Number(code[3]);
  const [quarter, half] = [Number(code[1] ?? 0), Number(code[2] ?? 0)];
  const months = quarter ? 3 : half ? 6 : 12;
  const lastMonth = quarter ? 3 + 3 * quarter : half ? 3 + 6 * half : 15; // months from January of `year`
  const y = year + Math.floor((lastMonth - 1) / 12);
  const m = ((lastMonth - 1) % 12) + 1;
  return { end: `${y}-${String(m).padStart(2, "0")}`, months };
}
