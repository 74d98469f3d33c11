/**
 * A small column chart as inline SVG markup: the pane's preview of a line across the picked
 * periods, and the preview host's drawing of a native chart. No library, no inline styles (the
 * pane's Content-Security-Policy allows none); colours come from CSS classes.
 */

export interface ChartPoint {
  readonly label: string;
  readonly value: number | undefined;
  /**
   * A slot for fiscal years missing from the dataset ("FY20–FY21"), drawn as a dashed break with
   * the years under it, so the periods either side are not read as consecutive; its text is the
   * break's tooltip ("no FY20–FY21 in the dataset").
   */
  readonly gap?: string;
}

export interface ChartSeries {
  readonly name: string;
  readonly points: readonly ChartPoint[];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** 73981 -> "73,981"; 1234567 -> "1.23M"; 0.051 -> "0.051". */
export function shortNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toFixed(abs >= 1e8 ? 0 : 2)}M`;
  if (abs >= 100) return Math.round(value).toLocaleString("en-US");
  return Number(value.toPrecision(3)).toString();
}

/** Column chart of one or more series; `title` is spoken by screen readers. */
export function columnChartSvg(
  series: readonly ChartSeries[],
  options: {
    width?: number;
    height?: number;
    title: string;
    /** What an empty chart says. */
    empty?: string;
    /** Writes a bar's value; shortNumber by default. */
    format?: (value: number) => string;
  }
): string {
  const short = options.format ?? shortNumber;
  const width = options.width ?? 300;
  const height = options.height ?? 150;
  // Several series get a legend above the plot, as Excel's charts have; one is named by the title.
  const legend = series.length > 1 ? legendRows(series, width) : [];
  const top = 18 + legend.length * 14;
  const left = 6;
  const right = 6;
  const labels = series[0]?.points.map((p) => p.label) ?? [];
  // Category labels wrap at spaces to their slot's width, as Excel's axis labels do ("FY20–FY21
  // not in dataset" under a native chart's empty category); the plot gives them the room.
  const lines = labels.map((label) => wrapLabel(label, (width - left - right) / labels.length));
  const bottom = 10 + 12 * Math.max(1, ...lines.map((l) => l.length));
  const values = series
    .flatMap((s) => s.points.map((p) => p.value))
    .filter((v): v is number => v !== undefined);
  const title = escapeXml(options.title);
  const head = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}" class="chart">`;
  if (values.length === 0 || labels.length === 0)
    return `${head}<title>${title}</title><text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="chart-empty">${escapeXml(options.empty ?? "No figures for these periods")}</text></svg>`;
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plotHeight = height - top - bottom;
  const y = (v: number) => top + ((max - v) / span) * plotHeight;
  const groupWidth = (width - left - right) / labels.length;
  const barWidth = Math.max(2, Math.min(36, (groupWidth * 0.7) / series.length));
  const parts: string[] = [head, `<title>${title}</title>`];
  legend.forEach((row, r) =>
    row.forEach(({ name, k, x }) =>
      parts.push(
        `<rect x="${x}" y="${4 + r * 14}" width="8" height="8" class="chart-bar chart-s${k % 6}"/>`,
        `<text x="${x + 11}" y="${12 + r * 14}" class="chart-label">${escapeXml(name)}</text>`
      )
    )
  );
  parts.push(
    `<line x1="${left}" x2="${width - right}" y1="${y(0)}" y2="${y(0)}" class="chart-axis"/>`
  );
  const gaps = series[0]?.points.map((p) => p.gap) ?? [];
  labels.forEach((label, i) => {
    const cx = left + groupWidth * (i + 0.5);
    const gap = gaps[i];
    if (gap !== undefined) {
      parts.push(
        `<line x1="${cx.toFixed(1)}" x2="${cx.toFixed(1)}" y1="${top}" y2="${height - bottom}" class="chart-gap"><title>${escapeXml(gap)}</title></line>`,
        labelText(lines[i], cx, height - bottom + 16, "chart-label chart-gap-label")
      );
      return;
    }
    const start = cx - (barWidth * series.length) / 2;
    series.forEach((s, k) => {
      const v = s.points[i]?.value;
      if (v === undefined) return;
      const x = start + k * barWidth;
      const y0 = Math.min(y(v), y(0));
      const h = Math.max(1, Math.abs(y(v) - y(0)));
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${(barWidth - 1).toFixed(1)}" height="${h.toFixed(1)}" class="chart-bar chart-s${k % 6}"><title>${escapeXml(`${s.name} ${label}: ${short(v)}`)}</title></rect>`
      );
      if (series.length === 1)
        parts.push(
          `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y0 - 4).toFixed(1)}" text-anchor="middle" class="chart-value">${escapeXml(short(v))}</text>`
        );
    });
    parts.push(labelText(lines[i], cx, height - bottom + 16, "chart-label"));
  });
  parts.push("</svg>");
  return parts.join("");
}

/** A label in lines of at most `width` px (about 5.5 px a character), broken at spaces only. */
function wrapLabel(label: string, width: number): string[] {
  const fit = Math.max(4, Math.floor(width / 5.5));
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= fit)
      lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A category label, one tspan a line; a line's trailing space keeps the words apart in its text. */
function labelText(lines: readonly string[], cx: number, y: number, css: string): string {
  const x = cx.toFixed(1);
  const spans = lines
    .map(
      (line, k) =>
        `<tspan x="${x}" dy="${k === 0 ? 0 : 12}">${escapeXml(k < lines.length - 1 ? `${line} ` : line)}</tspan>`
    )
    .join("");
  return `<text x="${x}" y="${y}" text-anchor="middle" class="${css}">${spans}</text>`;
}

/** The legend's entries laid out in rows across the chart's width (names at about 5.5 px a character). */
function legendRows(series: readonly ChartSeries[], width: number) {
  const rows: { name: string; k: number; x: number }[][] = [[]];
  let x = 6;
  series.forEach((s, k) => {
    const w = 11 + s.name.length * 5.5 + 12;
    if (x + w > width && rows[rows.length - 1].length > 0) {
      rows.push([]);
      x = 6;
    }
    rows[rows.length - 1].push({ name: s.name, k, x });
    x += w;
  });
  return rows;
}
