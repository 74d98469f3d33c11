/**
 * The compact form in which the generated module stores figures: every distinct string once, and
 * figures grouped by line (statement, item, basis) and period, the latest filing's first. The
 * grouping is the lookup index itself, so loading builds one small map per line (a few hundred)
 * rather than indexing every figure (a few thousand).
 *
 * Loading cost is mostly the values the engine has to create, so the two big parts travel as
 * text: the strings as one string split on load, and each period's rows as one string read only
 * when that period is asked for. A JSON array of every string and number took twice as long.
 */
import { normalizeName } from "./names";
import { LINE_KINDS, type Basis, type Figure, type Report, type Statement } from "./types";
import type { Unit } from "./unit";

/** A figure within its line and period: indexes into the strings (-1 for absent), `line` a number. */
export type EncodedRow = readonly [
  report: number,
  label: number,
  value: number,
  unit: number,
  printed: number,
  line: number,
  formula: number,
  sameAs: number,
  discrepancy: number,
  table: number,
  source: number,
];

/**
 * One line: its figures by period code, latest filing first, a figure's home before its repeats.
 * A period's rows are `encodeRows` text. What the line is belongs to the line, not to each
 * figure: its kind (an index into LINE_KINDS) and, for opening and closing balances only, the
 * lines they name (string indexes, absent or -1 where none).
 */
export type EncodedLine = readonly [
  statement: number,
  item: number,
  basis: number,
  labels: readonly number[],
  repeatsOf: readonly number[],
  periods: Readonly<Record<string, string>>,
  kind: number,
  closingItem?: number,
  balanceOf?: number,
];

export interface EncodedFigures {
  /** Every distinct string, joined by STRING_SEPARATOR. */
  readonly strings: string;
  /** Lines in the order the latest filing prints them, older filings' extra lines after. */
  readonly lines: readonly EncodedLine[];
  /**
   * Every item name and printed label beside its normal form (normalizeName), as pairs of string
   * indexes: normalizing them all at load was most of the time loading took.
   */
  readonly normalForms: readonly number[];
}

/** A control character no printed label, value or source contains. */
const STRING_SEPARATOR = "\u001f";
const ROW_SEPARATOR = ";";
const FIELD_SEPARATOR = ",";

/** Rows as text: fields in base 36, an absent one (-1) empty. */
function encodeRows(rows: readonly EncodedRow[]): string {
  return rows
    .map((row) =>
      row.map((field) => (field === -1 ? "" : field.toString(36))).join(FIELD_SEPARATOR)
    )
    .join(ROW_SEPARATOR);
}

function decodeRows(text: string): EncodedRow[] {
  return text
    .split(ROW_SEPARATOR)
    .map(
      (row) =>
        row
          .split(FIELD_SEPARATOR)
          .map((field) => (field === "" ? -1 : parseInt(field, 36))) as unknown as EncodedRow
    );
}

export function decodeStrings(encoded: EncodedFigures): string[] {
  return encoded.strings.split(STRING_SEPARATOR);
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
      intern(f.report),
      label,
      intern(f.value),
      intern(f.unit),
      intern(f.printed),
      f.line ?? -1,
      intern(f.formula),
      sameAs,
      intern(f.discrepancy),
      intern(f.table),
      intern(f.source),
    ];
    (line[5][f.period] ??= []).push(row);
  }
  const normalForms: number[] = [];
  for (const name of new Set(
    figures.flatMap((f) => (f.label === undefined ? [f.item] : [f.item, f.label]))
  ))
    normalForms.push(intern(name), intern(normalizeName(name)));
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

/** A line's figures for one period it prints, as objects, latest filing first. */
export function decodePeriod(
  strings: readonly string[],
  line: EncodedLine,
  period: string
): Figure[] {
  return decodeRows(line[5][period]).map((row) => decodeFigure(strings, line, period, row));
}

function decodeFigure(
  strings: readonly string[],
  line: EncodedLine,
  period: string,
  row: EncodedRow
): Figure {
  const text = (at: number): string | undefined => (at === -1 ? undefined : strings[at]);
  return {
    report: strings[row[0]],
    statement: strings[line[0]] as Statement,
    item: strings[line[1]],
    label: text(row[1]),
    period,
    value: strings[row[2]],
    unit: strings[row[3]] as Unit,
    printed: text(row[4]),
    line: row[5] === -1 ? undefined : row[5],
    formula: text(row[6]),
    basis: strings[line[2]] as Basis,
    kind: LINE_KINDS[line[6]],
    closingItem: text(line[7] ?? -1),
    balanceOf: text(line[8] ?? -1),
    sameAs: text(row[7]),
    discrepancy: text(row[8]),
    table: strings[row[9]],
    source: strings[row[10]],
  };
}
