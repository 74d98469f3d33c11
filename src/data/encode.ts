/**
 * Writes the compact form of src/data/encoding.ts: `npm run build:data` for the generated module,
 * and datasets made from figures rather than from that module (the data checks and tests from the
 * YAML, the pane's refresh change list as an earlier filing left the figures). Kept apart from
 * the decoding so that functions.js, which only decodes, does not carry the encoder.
 */
import { Dataset } from "./dataset";
import {
  AS_HOME,
  CONTEXT_FIELDS,
  FIELD_SEPARATOR,
  INLINE,
  LINE_SEPARATOR,
  PERIOD_SEPARATOR,
  ROW_SEPARATOR,
  STRING_REFERENCE,
  STRING_SEPARATOR,
  valueOf,
  withSeparators,
  type EncodedFigures,
  type EncodedLine,
} from "./encoding";
import { normalizeName } from "./names";
import { LINE_KINDS, type Figure, type Report } from "./types";

function encodeRows(rows: readonly string[][]): string {
  return rows
    .map((row) => {
      let end = row.length;
      while (end > 1 && row[end - 1] === "") end--;
      return row.slice(0, end).join(FIELD_SEPARATOR);
    })
    .join(ROW_SEPARATOR);
}

type LineDraft = [
  statement: number,
  item: number,
  basis: number,
  labels: number[],
  repeatsOf: number[],
  periods: Record<string, string[][]>,
  kind: number,
  places: { context: number; line: number | undefined }[],
  closingItem: number,
  balanceOf: number,
];

/**
 * Groups figures by line and period. `reports` gives the filing dates that order them: a later
 * filing's figure comes first, and within a filing a figure's home before a repeat of it.
 */
export function encodeFigures(
  figures: readonly Figure[],
  reports: readonly Report[]
): EncodedFigures {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string | undefined): number => {
    if (text === undefined) return -1;
    if (text.includes(STRING_SEPARATOR))
      throw new Error(`a string contains the separator U+001F: ${JSON.stringify(text)}`);
    let at = index.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      index.set(text, at);
    }
    return at;
  };
  const reference = (text: string | undefined): string =>
    text === undefined ? "" : intern(text).toString(36);
  const inline = (text: string): string =>
    INLINE.test(text) ? text : `${STRING_REFERENCE}${reference(text)}`;
  /** As printed less its separators where withSeparators gives the print back, else a reference. */
  const printedField = (printed: string | undefined): string => {
    if (printed === undefined) return "";
    const bare = printed.replace(/,/g, "");
    return INLINE.test(bare) && bare !== AS_HOME && withSeparators(bare) === printed
      ? bare
      : `${STRING_REFERENCE}${reference(printed)}`;
  };
  const filed = new Map(reports.map((r) => [r.id, r.filed]));
  const order = figures.map((_, at) => at);
  order.sort((a, b) => {
    const fa = filed.get(figures[a].report) ?? "";
    const fb = filed.get(figures[b].report) ?? "";
    if (fa !== fb) return fa < fb ? 1 : -1;
    const repeat =
      Number(figures[a].sameAs !== undefined) - Number(figures[b].sameAs !== undefined);
    return repeat !== 0 ? repeat : a - b;
  });
  const lineKey = (f: Figure) => `${f.statement}|${f.item}|${f.basis}`;

  // The items first, each followed by its labels, in line order: a line then names its item by
  // the step from the previous line's and its labels by their distance from the item.
  const byLine = new Map<string, Figure[]>();
  for (const at of order) {
    const f = figures[at];
    let list = byLine.get(lineKey(f));
    if (!list) byLine.set(lineKey(f), (list = []));
    list.push(f);
  }
  for (const list of byLine.values()) {
    intern(list[0].item);
    for (const f of list) intern(f.label);
  }

  // Contexts: report, table, caption and unit; the first line of each is where its rows count from.
  const contextKey = (f: Figure) => [f.report, f.table, f.source, f.unit].join(STRING_SEPARATOR);
  const firstLines = new Map<string, number>();
  for (const f of figures) {
    const key = contextKey(f);
    if (!firstLines.has(key)) firstLines.set(key, f.line ?? 0);
    if (f.line !== undefined) firstLines.set(key, Math.min(firstLines.get(key)!, f.line));
  }
  const contexts: number[] = [];
  const contextIndex = new Map<string, number>();
  const contextOf = (f: Figure): number => {
    const key = contextKey(f);
    let at = contextIndex.get(key);
    if (at === undefined) {
      at = contexts.length / CONTEXT_FIELDS;
      contextIndex.set(key, at);
      contexts.push(
        intern(f.report),
        intern(f.table),
        intern(f.source),
        intern(f.unit),
        firstLines.get(key)!
      );
    }
    return at;
  };

  // A repeat names the line it repeats ("statement: item", the statement by its id) by its place.
  const lineIndexes = new Map<string, number>();
  [...byLine.values()].forEach((list, at) => {
    const name = `${list[0].statement}: ${list[0].item}`;
    if (!lineIndexes.has(name) || list[0].basis === "reported") lineIndexes.set(name, at);
  });
  const lineOf = (sameAs: string | undefined): number => {
    if (sameAs === undefined) return -1;
    const at = lineIndexes.get(sameAs);
    if (at === undefined)
      throw new Error(
        `same_as ${JSON.stringify(sameAs)} names no line as "<statement id>: <item>"`
      );
    return at;
  };

  const lines: LineDraft[] = [];
  const repeatRows: { row: string[]; figure: Figure }[] = [];
  for (const list of byLine.values()) {
    const first = list[0];
    const line: LineDraft = [
      intern(first.statement),
      intern(first.item),
      intern(first.basis),
      [],
      [],
      {},
      LINE_KINDS.indexOf(first.kind),
      [],
      intern(first.closingItem),
      intern(first.balanceOf),
    ];
    lines.push(line);
    for (const f of list) {
      const label = intern(f.label);
      if (label !== -1 && !line[3].includes(label)) line[3].push(label);
      const sameAs = lineOf(f.sameAs);
      if (sameAs !== -1 && !line[4].includes(sameAs)) line[4].push(sameAs);
      const context = contextOf(f);
      let place = line[7].findIndex((p) => p.context === context && p.line === f.line);
      if (place === -1) place = line[7].push({ context, line: f.line }) - 1;
      const row = [
        place === 0 ? "" : place.toString(36),
        printedField(f.printed),
        label === -1 ? "" : line[3].indexOf(label).toString(36),
        sameAs === -1 ? "" : line[4].indexOf(sameAs).toString(36),
        // The value only where reading the print does not give it (a dash for nil, a stray space).
        f.printed !== undefined && valueOf(f.printed) === f.value ? "" : inline(f.value),
        reference(f.formula),
        reference(f.discrepancy),
      ];
      if (f.period.includes(PERIOD_SEPARATOR) || f.period.includes(LINE_SEPARATOR))
        throw new Error(
          `a period contains a separator (${PERIOD_SEPARATOR}${LINE_SEPARATOR}): ${f.period}`
        );
      (line[5][f.period] ??= []).push(row);
      if (sameAs !== -1) repeatRows.push({ row, figure: f });
    }
  }
  // A repeat printed as its home is (decoding.ts: the first row of the same filing there that
  // repeats nothing) leaves its print to the home. Done once every row is in place.
  for (const { row, figure } of repeatRows) {
    const report = intern(figure.report);
    const home = lines[lineOf(figure.sameAs)];
    const homeRow = home[5][figure.period]?.find((other) => {
      const context = home[7][other[0] === "" ? 0 : parseInt(other[0], 36)].context;
      return other[3] === "" && contexts[context * CONTEXT_FIELDS] === report;
    });
    if (homeRow && homeRow[1] !== "" && homeRow[1] === row[1]) row[1] = AS_HOME;
  }
  const normalForms: number[] = [];
  for (const name of new Set(
    figures.flatMap((f) => (f.label === undefined ? [f.item] : [f.item, f.label]))
  )) {
    const normal = normalizeName(name);
    if (normal !== name.toLowerCase()) normalForms.push(intern(name), intern(normal));
  }
  let previousItem = 0;
  // Each context's lines as steps from its previous place, in line order (encoding.ts).
  const previousLine: number[] = [];
  const places: number[] = [];
  const periodTexts: string[] = [];
  return {
    strings: strings.join(STRING_SEPARATOR),
    contexts,
    places,
    lines: lines.map(
      ([
        statement,
        item,
        basis,
        labels,
        repeatsOf,
        periods,
        kind,
        linePlaces,
        closing,
        balanceOf,
      ]) => {
        for (const { context, line } of linePlaces) {
          if (line === undefined) {
            places.push(-1 - context);
          } else {
            places.push(
              context,
              line - (previousLine[context] ?? contexts[context * CONTEXT_FIELDS + 4])
            );
            previousLine[context] = line;
          }
        }
        const line: EncodedLine = [
          statement,
          item - previousItem,
          basis,
          labels.map((label) => label - item),
          repeatsOf,
          kind,
          linePlaces.length,
          closing,
          balanceOf,
        ];
        periodTexts.push(
          Object.entries(periods)
            .flatMap(([period, rows]) => [period, encodeRows(rows)])
            .join(PERIOD_SEPARATOR)
        );
        previousItem = item;
        // Only opening and closing balances name other lines: the rest ship without the fields.
        const links = balanceOf !== -1 ? 9 : closing !== -1 ? 8 : 7;
        return line.slice(0, links) as unknown as EncodedLine;
      }
    ),
    // After the lines, which write it.
    periods: periodTexts.join(LINE_SEPARATOR),
    normalForms,
  };
}

/** A dataset of these figures, as the generated module would ship them. */
export function datasetFromFigures(
  version: string,
  reports: readonly Report[],
  figures: readonly Figure[]
): Dataset {
  return Dataset.fromEncoded(version, reports, encodeFigures(figures, reports));
}

/**
 * The dataset as it stood once the filings up to `date` (ISO) were in: how a model looked
 * before a later filing restated a comparative.
 */
export function asFiledBy(dataset: Dataset, date: string, version?: string): Dataset {
  const reports = dataset.reports.filter((r) => r.filed <= date);
  const ids = new Set(reports.map((r) => r.id));
  return datasetFromFigures(
    version ?? `${dataset.version}@${date}`,
    reports,
    dataset.figures.filter((f) => ids.has(f.report))
  );
}
