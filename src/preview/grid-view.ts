/**
 * The preview host's worksheet: a formula bar, a grid of cells showing HyperFormula's results
 * in their number formats, sheet tabs and the charts inserted. Clicking a cell selects it (and
 * tells the pane, as Excel's onSelectionChanged does); Enter in the formula bar writes the cell.
 */
import { cellRef, columnLetters } from "../taskpane/a1";
import { columnChartSvg, type ChartSeries } from "../taskpane/chart-svg";
import type { CellValue, StoredChart, WorkbookStore } from "./workbook-store";

export const GRID_ROWS = 32;
export const GRID_COLUMNS = 10;

/** A value shown the way Excel shows it in the given number format (the formats the pane writes). */
export function display(value: CellValue, format: string): string {
  if (typeof value !== "number")
    return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : value;
  const fixed = (digits: number, v = value) =>
    v.toLocaleString("en-US", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: format.includes(","),
    });
  const percent = /^0(\.(0+))?%$/.exec(format);
  if (percent) return `${fixed(percent[2]?.length ?? 0, value * 100)}%`;
  const number = /^(#,##)?0(\.(0+))?$/.exec(format);
  if (number) return fixed(number[3]?.length ?? 0);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
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

function chartSeries(store: WorkbookStore, chart: StoredChart): ChartSeries[] {
  const { row, column, rowCount, columnCount } = chart.source;
  const byRows = chart.seriesBy !== "Columns";
  const n = byRows ? rowCount : columnCount;
  const m = byRows ? columnCount : rowCount;
  const at = (i: number, j: number) =>
    byRows
      ? store.value(chart.sheet, row + i, column + j)
      : store.value(chart.sheet, row + j, column + i);
  const labels = Array.from({ length: m - 1 }, (_, j) => String(at(0, j + 1)));
  const series: ChartSeries[] = [];
  for (let i = 1; i < n; i++) {
    const points = labels.map((label, j) => {
      const v = at(i, j + 1);
      return { label, value: typeof v === "number" ? v : undefined };
    });
    if (points.some((p) => p.value !== undefined)) series.push({ name: String(at(i, 0)), points });
  }
  return series;
}

export function mountGrid(root: HTMLElement, store: WorkbookStore): void {
  const nameBox = el("input", "name-box");
  nameBox.readOnly = true;
  nameBox.setAttribute("aria-label", "Selected cell");
  const formulaBar = el("input", "formula-bar");
  formulaBar.id = "formula-bar";
  formulaBar.setAttribute("aria-label", "Formula of the selected cell");
  formulaBar.spellcheck = false;
  const table = el("table", "grid");
  table.id = "grid";
  const tabs = el("div", "sheet-tabs");
  tabs.setAttribute("role", "tablist");
  const charts = el("div", "charts");
  charts.id = "charts";
  root.replaceChildren(el("div", "formula-row"), table, tabs, charts);
  root.firstElementChild!.append(nameBox, el("span", "fx", "fx"), formulaBar);

  formulaBar.addEventListener("keydown", (event) => {
    const { sheet, row, column } = store.selection;
    if (event.key === "Enter") {
      const text = formulaBar.value;
      const numeric = text.trim() !== "" && !Number.isNaN(Number(text)) ? Number(text) : text;
      store.setFormulas(sheet, row, column, [[numeric]]);
      store.select(sheet, row, column);
    } else if (event.key === "Escape") {
      render();
    }
  });

  function render(): void {
    const sheet = store.activeSheet;
    const { row: selRow, column: selColumn } = store.selection;
    nameBox.value = cellRef(selRow, selColumn);
    if (document.activeElement !== formulaBar)
      formulaBar.value = String(store.formula(sheet, selRow, selColumn));
    const head = el("tr");
    head.append(el("th", "corner"));
    for (let c = 0; c < GRID_COLUMNS; c++)
      head.append(el("th", c === selColumn ? "active" : undefined, columnLetters(c)));
    const rows = [head];
    for (let r = 0; r < GRID_ROWS; r++) {
      const tr = el("tr");
      tr.append(el("th", r === selRow ? "active" : undefined, String(r + 1)));
      for (let c = 0; c < GRID_COLUMNS; c++) {
        const value = store.value(sheet, r, c);
        const formula = store.formula(sheet, r, c);
        const td = el("td", undefined, display(value, store.numberFormat(sheet, r, c)));
        td.dataset.cell = cellRef(r, c);
        if (typeof value === "number") td.classList.add("number");
        if (typeof value === "string" && value.startsWith("#")) {
          td.classList.add("error");
          td.title = store.errorMessage(sheet, r, c) ?? value;
        }
        if (typeof formula === "string" && formula.startsWith("=")) td.classList.add("formula");
        if (r === selRow && c === selColumn) td.classList.add("selected");
        td.addEventListener("click", () => store.select(sheet, r, c));
        tr.append(td);
      }
      rows.push(tr);
    }
    table.replaceChildren(...rows);
    tabs.replaceChildren(
      ...store.sheetNames().map((name) => {
        const tab = el("button", name === sheet ? "tab active" : "tab", name);
        tab.type = "button";
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(name === sheet));
        tab.addEventListener("click", () => store.activate(name));
        return tab;
      })
    );
    charts.replaceChildren(
      ...store.charts
        .filter((chart) => chart.sheet === sheet)
        .map((chart) => {
          const card = el("figure", "chart-card");
          const caption = el(
            "figcaption",
            undefined,
            `${chart.title} (${chart.type}, at ${chart.position?.from ?? "?"})`
          );
          const box = el("div");
          box.innerHTML = columnChartSvg(chartSeries(store, chart), {
            title: chart.title,
            width: 420,
            height: 200,
          });
          card.append(caption, box);
          return card;
        })
    );
  }

  store.onChange(render);
  render();
}
