/** Ranges: what the pane reads and writes, queued on the batch and carried out at sync. */
import { quoteSheet, rangeAddress, type RangeIndex } from "../../taskpane/a1";
import { displayCell } from "../../shared/number-format";
import type { CellStyle, CellValue, StoredValidation } from "../workbook-store";
import { Loadable, type Batch } from "./batch";
import { StandInConditionalFormat, StandInRangeFormat, type FormattedRange } from "./range-format";

/** A range of cells (ExcelApi 1.1 and later): values, formulas, number formats, format, selection. */
export class StandInRange extends Loadable implements FormattedRange {
  readonly format: StandInRangeFormat = new StandInRangeFormat(this);
  readonly conditionalFormats = {
    add: (type: string) => new StandInConditionalFormat(type, this),
    clearAll: () =>
      this.context.enqueue(() => {
        const { sheet, range } = this.target();
        this.context.store.clearConditionalFormats(sheet, range);
      }),
  };

  /** Range.dataValidation (ExcelApi 1.8): clear, a custom rule and its error alert. */
  get dataValidation() {
    const validate = (set: (v: StoredValidation) => void) =>
      this.context.enqueue(() => {
        const { sheet, range } = this.target();
        set(this.context.store.validation(sheet, range));
      });
    return {
      clear: () =>
        this.context.enqueue(() => {
          const { sheet, range } = this.target();
          this.context.store.clearValidations(sheet, range);
        }),
      set rule(rule: StoredValidation["rule"]) {
        validate((v) => (v.rule = rule));
      },
      set errorAlert(alert: StoredValidation["errorAlert"]) {
        validate((v) => (v.errorAlert = alert));
      },
    };
  }

  /** Range.clear: "Formats" (styles and number formats), "Contents", or "All". */
  clear(applyTo = "All"): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      const store = this.context.store;
      if (applyTo === "All" || applyTo === "Formats") {
        store.clearFormats(sheet, range);
        store.clearConditionalFormats(sheet, range);
      }
      if (applyTo === "All" || applyTo === "Contents")
        store.setFormulas(
          sheet,
          range.row,
          range.column,
          Array.from({ length: range.rowCount }, () => Array(range.columnCount).fill(""))
        );
    });
  }

  constructor(
    context: Batch,
    private readonly sheet: () => string,
    readonly where: () => RangeIndex | undefined
  ) {
    super(context);
  }

  private target(): { sheet: string; range: RangeIndex } {
    const range = this.where();
    if (!range) throw new Error("InvalidArgument: the range does not exist");
    return { sheet: this.sheet(), range };
  }

  queueStyle(style: CellStyle): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      this.context.store.setStyle(sheet, range, style);
    });
  }

  /** Sets each column's width from the texts its cells show in the range. */
  queueWidths(width: (texts: string[]) => number): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      const store = this.context.store;
      for (let c = range.column; c < range.column + range.columnCount; c++) {
        const texts: string[] = [];
        for (let r = range.row; r < range.row + range.rowCount; r++)
          texts.push(displayCell(store.value(sheet, r, c), store.displayFormat(sheet, r, c)).text);
        store.setColumnWidth(sheet, c, width(texts));
      }
    });
  }

  queueConditionalFormat(read: () => { formula: string; format: Record<string, unknown> }): void {
    this.context.enqueue(() => {
      const { sheet, range } = this.target();
      this.context.store.addConditionalFormat({ sheet, range, ...read() });
    });
  }

  private grid<T>(cell: (sheet: string, r: number, c: number) => T): T[][] {
    const r = this.where();
    if (!r) return [];
    const sheet = this.sheet();
    return Array.from({ length: r.rowCount }, (_, i) =>
      Array.from({ length: r.columnCount }, (_, j) => cell(sheet, r.row + i, r.column + j))
    );
  }

  protected abstractRead(prop: string): unknown {
    const store = this.context.store;
    const r = this.where();
    switch (prop) {
      case "isNullObject":
        return r === undefined;
      case "address":
        return r ? `${quoteSheet(this.sheet())}!${rangeAddress(r)}` : "";
      case "values":
        return this.grid((s, i, j) => store.value(s, i, j));
      case "formulas":
        return this.grid((s, i, j) => store.formula(s, i, j));
      case "numberFormat":
        return this.grid((s, i, j) => store.numberFormat(s, i, j));
      case "rowIndex":
        return r?.row;
      case "columnIndex":
        return r?.column;
      case "rowCount":
        return r?.rowCount;
      case "columnCount":
        return r?.columnCount;
      default:
        return undefined;
    }
  }

  /** getUsedRangeOrNullObject: whether there was nothing, known once synced. */
  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(grid: CellValue[][]) {
    this.write("values", grid);
  }
  get formulas(): CellValue[][] {
    return this.read("formulas");
  }
  set formulas(grid: CellValue[][]) {
    this.write("formulas", grid);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.write("numberFormat", grid);
  }

  private write(prop: "values" | "formulas" | "numberFormat", grid: unknown[][]): void {
    this.context.enqueue(() => {
      const r = this.where();
      if (!r) throw new Error("InvalidArgument: the range does not exist");
      if (grid.length !== r.rowCount || grid.some((line) => line.length !== r.columnCount))
        throw new Error(`InvalidArgument: ${prop} must be ${r.rowCount}x${r.columnCount}`);
      const store = this.context.store;
      const sheet = this.sheet();
      if (prop === "formulas") store.setFormulas(sheet, r.row, r.column, grid);
      else if (prop === "values") store.setValues(sheet, r.row, r.column, grid);
      else store.setNumberFormats(sheet, r.row, r.column, grid as string[][]);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const r = this.where();
      if (r) this.context.store.select(this.sheet(), r.row, r.column);
    });
  }
}
