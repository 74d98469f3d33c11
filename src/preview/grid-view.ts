/**
 * The preview host's worksheet, drawn the way Excel displays it: a formula bar, column letters
 * and row numbers, each cell's value in its number format (numfmt, through
 * src/shared/number-format.ts: `#,##0;(#,##0);"–"`, `0.0%`, `d-mmm-yy`, ...) after the conditional
 * formats that apply, bold and italic, indents, rules, sheet tabs and the charts inserted. Clicking
 * a cell selects it (and tells the pane, as Excel's onSelectionChanged does); Enter in the formula
 * bar writes the cell. Columns size to their content, as after Excel's AutoFit.
 */
import { cellRef, columnLetters } from "../taskpane/a1";
import { columnChartSvg, type ChartSeries } from "../taskpane/chart-svg";
import { displayCell } from "../shared/number-format";

/** At least this much sheet is drawn; more when the content reaches further. */
export const GRID_ROWS = 32;
export const GRID_COLUMNS = 10;

export type CellValue = number | string | boolean;

/** How a cell looks beyond its number format: what Range.format writes. */
export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly indent?: number;
  readonly borderTop?: boolean;
  readonly borderBottom?: boolean;
  readonly borderLeft?: boolean;
  readonly borderRight?: boolean;
  /** "#RRGGBB" */
  readonly color?: string;
  /** Fill colour, "#RRGGBB". */
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Right" | "Center";
  /** Range.format.wrapText: the text wraps within the column and the row grows. */
  readonly wrap?: boolean;
}

export interface GridChart {
  readonly title: string;
  readonly type: string;
  readonly position?: string;
  readonly series: ChartSeries[];
}

/** What the grid reads of the workbook (preview.ts adapts the WorkbookStore to it). */
export interface GridSource {
  readonly activeSheet: string;
  readonly selection: { readonly sheet: string; readonly row: number; readonly column: number };
  sheetNames(): string[];
  value(sheet: string, row: number, column: number): CellValue;
  formula(sheet: string, row: number, column: number): CellValue;
  /** The number format the cell shows in now: its own, or a conditional format's that applies. */
  displayFormat(sheet: string, row: number, column: number): string;
  look(sheet: string, row: number, column: number): CellLook;
  /** A column's width in points, when set or fitted; Excel's default (48 pt) otherwise. */
  columnWidth(sheet: string, column: number): number | undefined;
  errorMessage(sheet: string, row: number, column: number): string | undefined;
  /** The last row and column holding anything (-1 when none). */
  extent(sheet: string): { readonly row: number; readonly column: number };
  charts(sheet: string): GridChart[];
  select(sheet: string, row: number, column: number): void;
  write(sheet: string, row: number, column: number, content: CellValue): void;
  activate(sheet: string): void;
  onChange(listener: () => void): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function cellElement(
  source: GridSource,
  sheet: string,
  r: number,
  c: number
): HTMLTableCellElement {
  const value = source.value(sheet, r, c);
  const formula = source.formula(sheet, r, c);
  const format = source.displayFormat(sheet, r, c);
  const look = source.look(sheet, r, c);
  const shown = displayCell(value, format);
  const td = el("td");
  const align = look.horizontalAlignment?.toLowerCase() ?? shown.align;
  // As in Excel, text that does not wrap runs on over an empty cell instead of being cut: to the
  // right when aligned left, to the left when aligned right (a note under a header).
  const runsOn = typeof value === "string" && !look.wrap;
  if (runsOn && align === "left" && source.value(sheet, r, c + 1) === "")
    td.append(el("span", "spill", shown.text));
  else if (runsOn && align === "right" && c > 0 && source.value(sheet, r, c - 1) === "")
    td.append(el("span", "spill-left", shown.text));
  else td.append(shown.text);
  if (look.wrap) td.classList.add("wrap");
  td.dataset.cell = cellRef(r, c);
  td.dataset.format = format;
  td.classList.add(`align-${align}`);
  if (typeof value === "number") td.classList.add("number");
  if (shown.error) {
    td.classList.add("error");
    td.title = source.errorMessage(sheet, r, c) ?? shown.text;
  }
  if (look.bold) td.classList.add("bold");
  if (look.italic) td.classList.add("italic");
  // Rules as inset shadows: a collapsed table border would lose to the gridline of the cell above.
  const rules = [
    look.borderTop ? "inset 0 1px 0 #000" : "",
    look.borderBottom ? "inset 0 -1px 0 #000" : "",
    look.borderLeft ? "inset 1px 0 0 #000" : "",
    look.borderRight ? "inset -1px 0 0 #000" : "",
  ].filter(Boolean);
  if (look.borderTop) td.classList.add("rule-top");
  if (look.borderBottom) td.classList.add("rule-bottom");
  if (look.borderLeft) td.classList.add("rule-left");
  if (rules.length > 0) td.style.boxShadow = rules.join(", ");
  if (look.indent) td.style.paddingLeft = `${6 + 9 * look.indent}px`;
  const color = shown.color ?? look.color;
  if (color) td.style.color = color;
  if (look.fill) td.style.background = look.fill;
  if (typeof formula === "string" && formula.startsWith("=")) td.classList.add("formula");
  return td;
}

export function mountGrid(root: HTMLElement, source: GridSource): void {
  const nameBox = el("input", "name-box");
  nameBox.readOnly = true;
  nameBox.setAttribute("aria-label", "Selected cell");
  const formulaBar = el("input", "formula-bar");
  formulaBar.id = "formula-bar";
  formulaBar.setAttribute("aria-label", "Formula of the selected cell");
  formulaBar.spellcheck = false;
  const table = el("table", "grid");
  table.id = "grid";
  const scroller = el("div", "grid-scroll");
  scroller.append(table);
  const tabs = el("div", "sheet-tabs");
  tabs.setAttribute("role", "tablist");
  const charts = el("div", "charts");
  charts.id = "charts";
  const bar = el("div", "formula-row");
  bar.append(nameBox, el("span", "fx", "fx"), formulaBar);
  root.replaceChildren(bar, scroller, tabs, charts);

  formulaBar.addEventListener("keydown", (event) => {
    const { sheet, row, column } = source.selection;
    if (event.key === "Enter") {
      const text = formulaBar.value;
      source.write(
        sheet,
        row,
        column,
        text.trim() !== "" && !Number.isNaN(Number(text)) ? Number(text) : text
      );
      source.select(sheet, row, column);
    } else if (event.key === "Escape") {
      render();
    }
  });

  function render(): void {
    const sheet = source.activeSheet;
    const { row: selRow, column: selColumn } = source.selection;
    const extent = source.extent(sheet);
    const rows = Math.max(GRID_ROWS, extent.row + 4);
    const columns = Math.max(GRID_COLUMNS, extent.column + 3);
    nameBox.value = cellRef(selRow, selColumn);
    if (document.activeElement !== formulaBar)
      formulaBar.value = String(source.formula(sheet, selRow, selColumn));
    const head = el("tr");
    head.append(el("th", "corner"));
    for (let c = 0; c < columns; c++)
      head.append(el("th", c === selColumn ? "active" : undefined, columnLetters(c)));
    // Excel's widths: points, default 48 pt (64 px); text that does not fit is cut, as in Excel.
    const widths = el("colgroup");
    widths.append(el("col", "row-heads"));
    for (let c = 0; c < columns; c++) {
      const col = el("col");
      col.style.width = `${Math.round(((source.columnWidth(sheet, c) ?? 48) * 4) / 3)}px`;
      widths.append(col);
    }
    const lines: HTMLElement[] = [widths, head];
    for (let r = 0; r < rows; r++) {
      const tr = el("tr");
      tr.append(el("th", r === selRow ? "active" : undefined, String(r + 1)));
      for (let c = 0; c < columns; c++) {
        const td = cellElement(source, sheet, r, c);
        if (r === selRow && c === selColumn) td.classList.add("selected");
        td.addEventListener("click", () => source.select(sheet, r, c));
        tr.append(td);
      }
      lines.push(tr);
    }
    table.replaceChildren(...lines);
    tabs.replaceChildren(
      ...source.sheetNames().map((name) => {
        const tab = el("button", name === sheet ? "tab active" : "tab", name);
        tab.type = "button";
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(name === sheet));
        tab.addEventListener("click", () => source.activate(name));
        return tab;
      })
    );
    charts.replaceChildren(
      ...source.charts(sheet).map((chart) => {
        const card = el("figure", "chart-card");
        const caption = el(
          "figcaption",
          undefined,
          `${chart.title} (${chart.type}, at ${chart.position ?? "?"})`
        );
        const box = el("div");
        box.innerHTML = columnChartSvg(chart.series, {
          title: chart.title,
          width: 420,
          height: 200,
        });
        card.append(caption, box);
        return card;
      })
    );
  }

  source.onChange(render);
  render();
}
