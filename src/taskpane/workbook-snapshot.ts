/**
 * A workbook as the refresh change list reads it: the IIJ.* cells of every sheet's used range, with
 * what they show now, and the value of any cell their formulas refer to.
 */
import { columnLetters } from "./a1";
import type { CellShown } from "./formula-value";

/** The used range of one worksheet, as Range.formulas and Range.values give it. */
export interface SheetCells {
  readonly name: string;
  /** Zero-based row and column of the used range's top-left cell. */
  readonly row: number;
  readonly column: number;
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  /** Range.numberFormat, when read: how the cells show their values. */
  readonly numberFormats?: readonly (readonly string[])[];
}

/** A cell holding an IIJ.* formula. */
export interface IijCell {
  readonly sheet: string;
  /** "M7" */
  readonly address: string;
  readonly formula: string;
  /** What it shows now: the value last calculated. */
  readonly before: CellShown;
  /** Its number format ("General" when not read). */
  readonly numberFormat: string;
}

const IIJ_CALL = /(?:^|[^\w.])(?:IIJ\.|_xldudf_IIJ_)[A-Za-z]+\s*\(/i;
const ERROR_CODES = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/** A value from Range.values: errors come as their code ("#N/A"). */
export function shown(value: unknown): CellShown {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value === null || value === undefined) return "";
  const text = String(value);
  return ERROR_CODES.has(text) ? { error: text } : text;
}

/** "Sheet!A1", without $: how cells are looked up. */
export function key(sheet: string, address: string): string {
  return `${sheet}!${address.replace(/\$/g, "").toUpperCase()}`;
}

/** The IIJ.* cells of the used ranges, and the value of any cell. */
export class WorkbookSnapshot {
  readonly cells: IijCell[] = [];
  private readonly values = new Map<string, CellShown>();

  constructor(sheets: readonly SheetCells[]) {
    for (const sheet of sheets) {
      sheet.values.forEach((line, r) =>
        line.forEach((value, c) => {
          const address = `${columnLetters(sheet.column + c)}${sheet.row + r + 1}`;
          const before = shown(value);
          if (before !== "") this.values.set(key(sheet.name, address), before);
          const formula = sheet.formulas[r]?.[c];
          if (typeof formula === "string" && formula.startsWith("=") && IIJ_CALL.test(formula))
            this.cells.push({
              sheet: sheet.name,
              address,
              formula,
              before,
              numberFormat: sheet.numberFormats?.[r]?.[c] ?? "General",
            });
        })
      );
    }
  }

  value(sheet: string, address: string): CellShown {
    return this.values.get(key(sheet, address)) ?? "";
  }
}
