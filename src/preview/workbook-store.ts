/**
 * The preview host's workbook: sheets of cells evaluated by HyperFormula with the IIJ.* plugin
 * (src/evaluator/engine.ts), plus what HyperFormula does not keep: number formats, the
 * selection, the active sheet and charts. The Excel stand-in (excel-standin.ts) reads and writes
 * it; the grid view draws it. Development only: HyperFormula is GPL and never ships in the add-in.
 */
import type { HyperFormula, RawCellContent } from "hyperformula";
import { createEngine } from "../evaluator/engine";
import { rangeAddress, type RangeIndex } from "../taskpane/a1";

export interface StoredChart {
  readonly sheet: string;
  readonly type: string;
  /** The range charts.add was given. */
  readonly source: RangeIndex;
  readonly seriesBy: string;
  title: string;
  position?: { from: string; to?: string };
  /**
   * What the chart plots: each series' name cell and value cells, and the category cells, after
   * charts.add read its source (names in the source's first column or row, categories in the
   * other) and any series.add / setValues / setCategoryNames calls changed them.
   */
  series: { name?: RangeIndex; nameText?: string; values: RangeIndex }[];
  categories?: RangeIndex;
  /** The category axis type set (Excel's ChartAxis.categoryType), if any. */
  categoryType?: string;
}

/** How a cell looks: the properties Range.format writes (ExcelApi 1.1-1.9). */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** "#RRGGBB" */
  readonly color?: string;
  /** Range.format.fill.color */
  readonly fill?: string;
  readonly indent?: number;
  readonly horizontalAlignment?: string;
  readonly wrap?: boolean;
  /** Border line styles by edge, as Range.format.borders names them ("Continuous"). */
  readonly borderTop?: string;
  readonly borderBottom?: string;
  readonly borderLeft?: string;
  readonly borderRight?: string;
}

/** A cell's number format and style as Excel shows it: its own, with the conditional formats that hold applied. */
export interface CellFormat extends CellStyle {
  readonly numberFormat: string;
}

/** A conditional format of type Custom (ConditionalFormatCollection.add("Custom")). */
export interface StoredConditionalFormat {
  readonly sheet: string;
  readonly range: RangeIndex;
  /** The rule's formula, "=..." (relative references read as for the range's top-left cell). */
  readonly formula: string;
  readonly format: {
    readonly numberFormat?: string;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly color?: string;
    readonly fill?: string;
  };
}

/** A data-validation rule on a range (Range.dataValidation): a custom formula and its stop alert. */
export interface StoredValidation {
  readonly sheet: string;
  readonly range: RangeIndex;
  rule?: { readonly custom: { readonly formula: string } };
  errorAlert?: {
    readonly showAlert: boolean;
    readonly style: string;
    readonly title: string;
    readonly message: string;
  };
}

export interface Selected {
  sheet: string;
  row: number;
  column: number;
}

export type CellValue = number | string | boolean;

/** A custom document property's value (Excel.CustomProperty.value). */
export type CustomValue = string | number | boolean;

export class WorkbookStore {
  readonly engine: HyperFormula;
  private formats = new Map<string, Map<string, string>>();
  private styles = new Map<string, Map<string, CellStyle>>();
  private widths = new Map<string, Map<number, number>>();
  readonly conditionalFormats: StoredConditionalFormat[] = [];
  readonly validations: StoredValidation[] = [];
  readonly charts: StoredChart[] = [];
  selection: Selected;
  private listeners = new Set<() => void>();
  private selectionListeners = new Set<(address: string, sheet: string) => void>();
  /** How many times the workbook was fully recalculated (Application.calculate). */
  calculations = 0;
  /**
   * Custom document properties (File > Info > Properties > Advanced > Custom), by key in lower
   * case: Excel's keys are case-insensitive.
   */
  private readonly customProperties = new Map<string, { key: string; value: CustomValue }>();
  /** The add-in's settings as saved into the document (Office.context.document.settings.saveAsync). */
  savedSettings: ReadonlyMap<string, unknown> = new Map();
  /** A document opened read-only: Office can't save the add-in's settings into it. */
  readOnly = false;

  constructor(sheetName = "Sheet1") {
    this.engine = createEngine({ [sheetName]: [] });
    this.selection = { sheet: sheetName, row: 0, column: 0 };
  }

  private id(sheet: string): number {
    const id = this.engine.getSheetId(sheet);
    if (id === undefined) throw new Error(`No sheet "${sheet}"`);
    return id;
  }

  sheetNames(): string[] {
    return this.engine.getSheetNames();
  }

  get activeSheet(): string {
    return this.selection.sheet;
  }

  activate(sheet: string): void {
    this.id(sheet);
    this.selection = { sheet, row: 0, column: 0 };
    this.changed();
  }

  addSheet(name?: string): string {
    const names = this.sheetNames();
    let n = names.length + 1;
    let candidate = name ?? `Sheet${n}`;
    while (!name && names.includes(candidate)) candidate = `Sheet${++n}`;
    this.engine.addSheet(candidate);
    this.changed();
    return candidate;
  }

  /** Worksheet.copy: same cells and formats, named like Excel does ("Sheet1 (2)"). */
  copySheet(sheet: string): string {
    let n = 2;
    while (this.sheetNames().includes(`${sheet} (${n})`)) n++;
    const name = `${sheet} (${n})`;
    const content = this.engine.getSheetSerialized(this.id(sheet));
    this.engine.addSheet(name);
    this.engine.setSheetContent(this.id(name), content as RawCellContent[][]);
    this.formats.set(name, new Map(this.formats.get(sheet) ?? []));
    this.styles.set(name, new Map(this.styles.get(sheet) ?? []));
    this.widths.set(name, new Map(this.widths.get(sheet) ?? []));
    for (const rule of this.conditionalFormats.filter((f) => f.sheet === sheet))
      this.conditionalFormats.push({ ...rule, sheet: name });
    this.changed();
    return name;
  }

  /** A cell as Range.formulas shows it: the formula, or the constant. */
  formula(sheet: string, row: number, column: number): CellValue {
    const raw = this.engine.getCellSerialized({ sheet: this.id(sheet), row, col: column });
    if (raw === null || raw === undefined) return "";
    if (raw instanceof Date) return raw.toISOString().slice(0, 10);
    return raw as CellValue;
  }

  /** A cell as Range.values shows it: the result; errors as Excel writes them ("#N/A"). */
  value(sheet: string, row: number, column: number): CellValue {
    const value = this.engine.getCellValue({ sheet: this.id(sheet), row, col: column });
    if (value === null || value === undefined) return "";
    if (typeof value === "object") return (value as { value: string }).value;
    return value;
  }

  /** The message behind an error value, for the grid's tooltip. */
  errorMessage(sheet: string, row: number, column: number): string | undefined {
    const value = this.engine.getCellValue({ sheet: this.id(sheet), row, col: column });
    return typeof value === "object" && value !== null
      ? (value as { message?: string }).message
      : undefined;
  }

  numberFormat(sheet: string, row: number, column: number): string {
    return this.formats.get(sheet)?.get(`${row},${column}`) ?? "General";
  }

  /** Range.formulas = grid: one HyperFormula update for the whole block. */
  setFormulas(
    sheet: string,
    row: number,
    column: number,
    grid: readonly (readonly unknown[])[]
  ): void {
    const contents = grid.map((line) =>
      line.map((cell) =>
        cell === "" || cell === null || cell === undefined ? null : (cell as RawCellContent)
      )
    );
    this.engine.setCellContents({ sheet: this.id(sheet), row, col: column }, contents);
    this.changed();
  }

  /** Range.values = grid: constants only, so a formula-looking text stays text. */
  setValues(
    sheet: string,
    row: number,
    column: number,
    grid: readonly (readonly unknown[])[]
  ): void {
    this.setFormulas(
      sheet,
      row,
      column,
      grid.map((line) =>
        line.map((cell) => (typeof cell === "string" && cell.startsWith("=") ? `'${cell}` : cell))
      )
    );
  }

  setNumberFormats(
    sheet: string,
    row: number,
    column: number,
    grid: readonly (readonly string[])[]
  ): void {
    let map = this.formats.get(sheet);
    if (!map) this.formats.set(sheet, (map = new Map()));
    grid.forEach((line, r) =>
      line.forEach((format, c) => map!.set(`${row + r},${column + c}`, format))
    );
    this.changed();
  }

  /** Range.format.* = ...: merges the properties given into every cell of the range. */
  setStyle(sheet: string, range: Omit<RangeIndex, "sheet">, style: CellStyle): void {
    let map = this.styles.get(sheet);
    if (!map) this.styles.set(sheet, (map = new Map()));
    for (let r = range.row; r < range.row + range.rowCount; r++)
      for (let c = range.column; c < range.column + range.columnCount; c++) {
        const key = `${r},${c}`;
        map.set(key, { ...map.get(key), ...style });
      }
    this.changed();
  }

  /** The style written to a cell (Range.format), without conditional formats. */
  style(sheet: string, row: number, column: number): CellStyle {
    return this.styles.get(sheet)?.get(`${row},${column}`) ?? {};
  }

  /** Range.clear("Formats"): number formats and styles back to Excel's defaults. */
  clearFormats(sheet: string, range: Omit<RangeIndex, "sheet">): void {
    for (let r = range.row; r < range.row + range.rowCount; r++)
      for (let c = range.column; c < range.column + range.columnCount; c++) {
        this.styles.get(sheet)?.delete(`${r},${c}`);
        this.formats.get(sheet)?.delete(`${r},${c}`);
      }
    this.changed();
  }

  /** ConditionalFormatCollection.clearAll on a range: rules over any of its cells go. */
  clearConditionalFormats(sheet: string, range: Omit<RangeIndex, "sheet">): void {
    const overlaps = (f: StoredConditionalFormat) =>
      f.sheet === sheet &&
      f.range.row < range.row + range.rowCount &&
      range.row < f.range.row + f.range.rowCount &&
      f.range.column < range.column + range.columnCount &&
      range.column < f.range.column + f.range.columnCount;
    for (let i = this.conditionalFormats.length - 1; i >= 0; i--)
      if (overlaps(this.conditionalFormats[i])) this.conditionalFormats.splice(i, 1);
    this.changed();
  }

  /** DataValidation.clear on a range: the rules on any of its cells go. */
  clearValidations(sheet: string, range: Omit<RangeIndex, "sheet">): void {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const v = this.validations[i];
      if (
        v.sheet === sheet &&
        v.range.row < range.row + range.rowCount &&
        range.row < v.range.row + v.range.rowCount &&
        v.range.column < range.column + range.columnCount &&
        range.column < v.range.column + v.range.columnCount
      )
        this.validations.splice(i, 1);
    }
  }

  /** The validation of exactly this range, made on first use (DataValidation.rule, errorAlert). */
  validation(sheet: string, range: RangeIndex): StoredValidation {
    const same = this.validations.find(
      (v) =>
        v.sheet === sheet &&
        v.range.row === range.row &&
        v.range.column === range.column &&
        v.range.rowCount === range.rowCount &&
        v.range.columnCount === range.columnCount
    );
    if (same) return same;
    const made: StoredValidation = { sheet, range };
    this.validations.push(made);
    return made;
  }

  addConditionalFormat(rule: StoredConditionalFormat): void {
    this.conditionalFormats.push(rule);
    this.changed();
  }

  /** Whether a custom rule's formula holds now. */
  private holds(rule: StoredConditionalFormat): boolean {
    const result = this.engine.calculateFormula(rule.formula, this.id(rule.sheet));
    const value = Array.isArray(result) ? result[0]?.[0] : result;
    return value === true || (typeof value === "number" && value !== 0);
  }

  /**
   * A cell's number format and style as Excel shows them: its own, then each conditional format
   * over it whose rule holds, later rules winning, as Excel applies rules of equal priority.
   */
  format(sheet: string, row: number, column: number): CellFormat {
    let format: CellFormat = {
      ...this.style(sheet, row, column),
      numberFormat: this.numberFormat(sheet, row, column),
    };
    for (const rule of this.conditionalFormats) {
      const { range } = rule;
      if (rule.sheet !== sheet || row < range.row || row >= range.row + range.rowCount) continue;
      if (column < range.column || column >= range.column + range.columnCount) continue;
      if (!this.holds(rule)) continue;
      format = { ...format, ...rule.format };
    }
    return format;
  }

  /** The number format Excel shows a cell in: Range.numberFormat, or a conditional format's while its rule holds. */
  displayFormat(sheet: string, row: number, column: number): string {
    return this.format(sheet, row, column).numberFormat;
  }

  /** Range.format.columnWidth = points. */
  setColumnWidth(sheet: string, column: number, points: number): void {
    let map = this.widths.get(sheet);
    if (!map) this.widths.set(sheet, (map = new Map()));
    map.set(column, points);
    this.changed();
  }

  /** A column's width in points, if one was set or fitted; undefined for Excel's default. */
  columnWidth(sheet: string, column: number): number | undefined {
    return this.widths.get(sheet)?.get(column);
  }

  /** The smallest range holding every non-empty cell, as getUsedRange gives it. */
  usedRange(sheet: string): RangeIndex | undefined {
    const cells = this.engine.getSheetSerialized(this.id(sheet));
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell === null || cell === undefined || cell === "") return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      })
    );
    if (bottom < 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  customProperty(key: string): { key: string; value: CustomValue } | undefined {
    return this.customProperties.get(key.toLowerCase());
  }

  /** CustomPropertyCollection.add: creates the property, or sets it under its existing key. */
  setCustomProperty(key: string, value: CustomValue): void {
    if (key === "" || key.length > 255)
      throw new Error("InvalidArgument: a custom property's key is 1 to 255 characters");
    const existing = this.customProperties.get(key.toLowerCase());
    this.customProperties.set(key.toLowerCase(), { key: existing?.key ?? key, value });
    this.changed();
  }

  deleteCustomProperty(key: string): void {
    this.customProperties.delete(key.toLowerCase());
    this.changed();
  }

  recalculate(): void {
    this.engine.rebuildAndRecalculate();
    this.calculations++;
    this.changed();
  }

  addChart(chart: StoredChart): void {
    this.charts.push(chart);
    this.changed();
  }

  /** A change to a chart already added (series names, categories): drawn at once, as in Excel. */
  changeChart(chart: StoredChart, change: (chart: StoredChart) => void): void {
    change(chart);
    this.changed();
  }

  /** A click in the grid: moves the selection and tells the selection listeners, as Excel does. */
  select(sheet: string, row: number, column: number): void {
    this.selection = { sheet, row, column };
    this.changed();
    const address = rangeAddress({ row, column, rowCount: 1, columnCount: 1 });
    for (const listener of this.selectionListeners) listener(address, sheet);
  }

  onSelectionChanged(listener: (address: string, sheet: string) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
