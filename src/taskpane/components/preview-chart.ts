/**
 * The preview chart: one figure line of the previewed table across its columns, in the table's
 * (chronological) order, as a small column chart (chart-svg.ts), with a dropdown to pick the line.
 * The lines and their values come from the preview grid itself, so chart and grid always agree.
 */
import { t } from "../i18n";
import { formatList, formatShort } from "../i18n/format";
import { columnChartSvg, type ChartPoint, type ChartSeries } from "../chart-svg";
import type { Layout, PreviewCell, PreviewGrid } from "../table";
import { h } from "./dom";
import { dropdown, field, setOptions } from "./fluent-controls";

export interface PreviewChart {
  readonly element: HTMLElement;
  show(preview: PreviewGrid | undefined, layout?: Layout): void;
}

/**
 * The figure lines of a preview (rows across, columns down), each point labelled as the inserted
 * chart's categories are: the header, or for rolling headers the period it stands for. Only the
 * columns of the kind of period the table charts (never a half beside quarters), with a gap
 * where fiscal years are missing from the dataset.
 */
export function chartSeries(preview: PreviewGrid, layout: Layout): ChartSeries[] {
  const grid = layout === "across" ? preview.rows : transpose(preview.rows);
  const headerRow = grid.find((line) => line.some((c) => c.role === "header"));
  if (!headerRow) return [];
  // The columns that hold figures in some row: a matrix (changes in equity) leaves a cell blank
  // where the report prints none, and a point belongs to its column's category all the same.
  const figureColumns = [
    ...new Set(grid.flatMap((line) => line.flatMap((c, j) => (c.role === "figure" ? [j] : [])))),
  ].sort((a, b) => a - b);
  const charted = preview.chart?.columns ?? figureColumns.map((_, j) => j);
  const series: ChartSeries[] = [];
  for (const line of grid) {
    if (!line.some((c) => c.role === "figure")) continue;
    const label = line.find((c) => c.role === "label")?.text ?? "";
    const points: ChartPoint[] = [];
    charted.forEach((j, k) => {
      const gap = preview.chart?.gaps[k];
      if (gap !== undefined)
        points.push({ label: gap, value: undefined, gap: t("chart.gap", { years: gap }) });
      const c = line[figureColumns[j]];
      points.push({
        label: preview.categories[j] ?? String(j + 1),
        value:
          c?.role === "figure" && typeof c.value === "number" && !c.error ? c.value : undefined,
      });
    });
    series.push({ name: label, points });
  }
  return series;
}

function transpose(grid: readonly (readonly PreviewCell[])[]): PreviewCell[][] {
  const width = Math.max(0, ...grid.map((line) => line.length));
  return Array.from({ length: width }, (_, c) => grid.map((line) => line[c]).filter(Boolean));
}

export function previewChart(): PreviewChart {
  let line = 0;
  let series: ChartSeries[] = [];
  const picker = dropdown("iij-preview-line", [], "0", (value) => {
    line = Number(value);
    draw();
  });
  // The lines' labels as the sheet will show them: English in every language.
  picker.setAttribute("translate", "no");
  const box = h("div", { class: "chart-box", id: "iij-chart" });
  const element = h("div", { class: "preview-chart" }, field(t("chart.line"), picker), box);

  function draw(): void {
    const one = series[line] ?? series[0];
    element.hidden = one === undefined;
    if (!one) return;
    box.innerHTML = columnChartSvg([one], {
      title: t("chart.title", {
        line: one.name,
        periods: formatList(one.points.filter((p) => p.gap === undefined).map((p) => p.label)),
      }),
      width: 300,
      height: 140,
      empty: t("chart.noFigures"),
      format: formatShort,
    });
  }

  return {
    element,
    show(preview, layout = "across") {
      const next = preview ? chartSeries(preview, layout) : [];
      const names = (list: ChartSeries[]) => list.map((s) => s.name).join("\n");
      if (names(next) !== names(series)) {
        line = 0;
        setOptions(
          picker,
          next.map((s, i) => [String(i), s.name] as const),
          "0"
        );
      }
      series = next;
      draw();
    },
  };
}
