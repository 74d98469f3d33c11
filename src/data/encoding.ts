/**
 * The compact form in which the generated module stores figures: every distinct string once, and
 * figures grouped by line (statement, item, basis) and period, the latest filing's first. The
 * grouping is the lookup index itself, so loading builds one small map per line (a few hundred)
 * rather than indexing every figure (a few thousand).
 *
 * Loading cost is mostly the values the engine has to create, so the two big parts travel as
 * text: the strings as one string split on load, and each period's rows as one string read only
 * when that period is asked for. A JSON array of every string and number took twice as long.
 *
 * Size is the other cost (the module is most of functions.js), so nothing ships that follows from
 * what does: a figure travels as printed less its thousands separators, its value read from that;
 * a row names its label, and the line it repeats, by its place in the line's lists; and only the
 * names whose normal form is not simply their lower case ship it.
 */
import { normalizeName } from "./names";
import { LINE_KINDS, type Basis, type Figure, type Report, type Statement } from "./types";
import type { Unit } from "./unit";

/**
 * A figure within its line and period, each field as text, empty where the figure has none:
 * base-36 indexes into the strings, except `label` and `sameAs` (indexes into the line's labels
 * and the lines it repeats), `line` (the filing's line number, base 36) and the figure itself,
 * `printed` and `value` (see printedField).
 */
type EncodedRow = readonly [
  report: string,
  label: string,
  printed: string,
  value: string,
  unit: string,
  line: string,
  formula: string,
  sameAs: string,
  discrepancy: string,
  table: string,
  source: string,
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
   * The item names and printed labels whose normal form (normalizeName) is not their lower case,
   * beside it, as pairs of string indexes: normalizing every name at load was most of the time
   * loading took, and lower case is the normal form of half of them.
   */
  readonly normalForms: readonly number[];
}

/** A control character no printed label, value or source contains. */
const STRING_SEPARATOR = "\u001f";
const ROW_SEPARATOR = ";";
const FIELD_SEPARATOR = ",";

/** Marks a `printed` or `value` field that is a string index rather than the text itself. */
const STRING_REFERENCE = "@";
/** Text that can stand in a row as itself: not empty, no separator, not read as a reference. */
const INLINE = /^[^,;@]+$/;

function encodeRows(rows: readonly EncodedRow[]): string {
  return rows.map((row) => row.join(FIELD_SEPARATOR)).join(ROW_SEPARATOR);
}

function decodeRows(text: string): EncodedRow[] {
  return text
    .split(ROW_SEPARATOR)
    .map((row) => row.split(FIELD_SEPARATOR) as unknown as EncodedRow);
}

/** "(18386)" -> "(18,386)": the thousands separators of the first run of digits put back. */
function withSeparators(text: string): string {
  return text.replace(/\d+/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ","));
}

/** The value a printed figure stands for: "(18,386)" -> "-18386", "47.0" -> "47". */
function valueOf(printed: string): string {
  const negative = printed.startsWith("(") && printed.endsWith(")");
  let number = (negative ? printed.slice(1, -1) : printed).replace(/,/g, "");
  if (number.includes(".")) number = number.replace(/\.?0+$/, "");
  return negative ? `-${number}` : number;
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
  const text = (at: number | undefined): string | undefined =>
    at === undefined || at === -1 ? undefined : strings[at];
  // Most row fields: a base-36 string index, empty for none.
  const referenced = (field: string): string | undefined =>
    field === "" ? undefined : strings[parseInt(field, 36)];
  // `printed` and `value`: the text itself, or a reference to it.
  const inline = (field: string): string | undefined =>
    field.startsWith(STRING_REFERENCE) ? referenced(field.slice(1)) : field;
  const printed =
    row[2] === ""
      ? undefined
      : row[2].startsWith(STRING_REFERENCE)
        ? inline(row[2])
        : withSeparators(row[2]);
  return {
    report: referenced(row[0])!,
    statement: strings[line[0]] as Statement,
    item: strings[line[1]],
    label: row[1] === "" ? undefined : strings[line[3][parseInt(row[1], 36)]],
    period,
    value: row[3] === "" ? valueOf(printed!) : inline(row[3])!,
    unit: referenced(row[4]) as Unit,
    printed,
    line: row[5] === "" ? undefined : parseInt(row[5], 36),
    formula: referenced(row[6]),
    basis: strings[line[2]] as Basis,
    kind: LINE_KINDS[line[6]],
    closingItem: text(line[7]),
    balanceOf: text(line[8]),
    sameAs: row[7] === "" ? undefined : strings[line[4][parseInt(row[7], 36)]],
    discrepancy: referenced(row[8]),
    table: referenced(row[9])!,
    source: referenced(row[10])!,
  };
}
