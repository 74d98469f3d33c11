/**
 * Writes the compact form of src/data/encoding.ts: `npm run build:data` for the generated module,
 * and datasets made from figures rather than from that module (the data checks and tests from the
 * YAML, the pane's refresh change list as an earlier filing left the figures). Kept apart from
 * the decoding so that functions.js, which only decodes, does not carry the encoder.
 */
import { Dataset } from "./dataset";
import {
  FIELD_SEPARATOR,
  INLINE,
  ROW_SEPARATOR,
  STRING_REFERENCE,
  STRING_SEPARATOR,
  valueOf,
  withSeparators,
  type EncodedFigures,
  type EncodedLine,
  type EncodedRow,
} from "./encoding";
import { normalizeName } from "./names";
import { LINE_KINDS, type Figure, type Report } from "./types";

function encodeRows(rows: readonly EncodedRow[]): string {
  return rows.map((row) => row.join(FIELD_SEPARATOR)).join(ROW_SEPARATOR);
}

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
    return INLINE.test(bare) && withSeparators(bare) === printed
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

  const lines = new Map<
    string,
    [
      number,
      number,
      number,
      number[],
      number[],
      Record<string, EncodedRow[]>,
      number,
      number,
      number,
    ]
  >();
  for (const at of order) {
    const f = figures[at];
    const key = `${f.statement}|${f.item}|${f.basis}`;
    let line = lines.get(key);
    if (!line) {
      line = [
        intern(f.statement),
        intern(f.item),
        intern(f.basis),
        [],
        [],
        {},
        LINE_KINDS.indexOf(f.kind),
        intern(f.closingItem),
        intern(f.balanceOf),
      ];
      lines.set(key, line);
    }
    const label = intern(f.label);
    if (label !== -1 && !line[3].includes(label)) line[3].push(label);
    const sameAs = intern(f.sameAs);
    if (sameAs !== -1 && !line[4].includes(sameAs)) line[4].push(sameAs);
    const row: EncodedRow = [
      reference(f.report),
      label === -1 ? "" : line[3].indexOf(label).toString(36),
      printedField(f.printed),
      // The value only where reading the print does not give it (a dash for nil, a stray space).
      f.printed !== undefined && valueOf(f.printed) === f.value ? "" : inline(f.value),
      reference(f.unit),
      f.line === undefined ? "" : f.line.toString(36),
      reference(f.formula),
      sameAs === -1 ? "" : line[4].indexOf(sameAs).toString(36),
      reference(f.discrepancy),
      reference(f.table),
      reference(f.source),
    ];
    (line[5][f.period] ??= []).push(row);
  }
  const normalForms: number[] = [];
  for (const name of new Set(
    figures.flatMap((f) => (f.label === undefined ? [f.item] : [f.item, f.label]))
  )) {
    const normal = normalizeName(name);
    if (normal !== name.toLowerCase()) normalForms.push(intern(name), intern(normal));
  }
  return {
    strings: strings.join(STRING_SEPARATOR),
    lines: [...lines.values()].map(
      ([statement, item, basis, labels, repeatsOf, periods, kind, closingItem, balanceOf]) => {
        const line: EncodedLine = [
          statement,
          item,
          basis,
          labels,
          repeatsOf,
          Object.fromEntries(
            Object.entries(periods).map(([period, rows]) => [period, encodeRows(rows)])
          ),
          kind,
          closingItem,
          balanceOf,
        ];
        // Only opening and closing balances name other lines: the rest ship without the fields.
        const links = balanceOf !== -1 ? 9 : closingItem !== -1 ? 8 : 7;
        return line.slice(0, links) as unknown as EncodedLine;
      }
    ),
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
