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
 * what does: a figure travels as printed less its thousands separators, its value read from that,
 * and a repeat printed as its home is printed not at all; what a table shares (filing, caption,
 * unit, first line) travels once per table; a row names its label, and the line it repeats, by
 * their place in the line's lists; items and labels are the first strings, in line order, so a
 * line names them by small steps; and only the names whose normal form is not simply their lower
 * case ship it.
 *
 * This module reads the form (functions.js carries it); src/data/encode.ts writes it.
 */
import { LINE_KINDS, type Basis, type Figure, type Statement } from "./types";
import type { Unit } from "./unit";

/**
 * Where figures are printed: one filing's table, under one caption, in one unit. Many figures
 * share one, so a row names it by number rather than carrying its four strings and a line number
 * of three base-36 digits: CONTEXT_FIELDS numbers each, the strings' indexes and the table's
 * first line, from which a row's line is counted.
 */
export const CONTEXT_FIELDS = 5;

/**
 * A figure within its line and period, each field as text, empty where the figure has none, and
 * the empty fields at the end left off: `context` (base 36, see CONTEXT_FIELDS), `line` (base 36,
 * lines after its context's first), `label` and `sameAs` (base-36 indexes into the line's labels
 * and the lines it repeats), the figure itself, `printed` and `value`: the print less its
 * thousands separators (withSeparators puts them back) and, only where valueOf does not read it
 * from that, the value, each of which may instead be STRING_REFERENCE and a string index; and
 * `formula` and `discrepancy`, base-36 string indexes. The order is the one that compresses best
 * (measured): the fields that vary least first, those most often empty last.
 */
export type EncodedRow = readonly [
  context: string,
  line?: string,
  printed?: string,
  label?: string,
  sameAs?: string,
  value?: string,
  formula?: string,
  discrepancy?: string,
];

/**
 * One line: its figures by period code, latest filing first, a figure's home before its repeats.
 * A period's rows are one text: fields joined by FIELD_SEPARATOR, rows by ROW_SEPARATOR. What the
 * line is belongs to the line, not to each figure: its item (the string index, less the previous
 * line's: the items are the first strings, in line order, so this is mostly 1), its labels
 * (string indexes less the item's: they follow it), its kind (an index into LINE_KINDS) and, for
 * opening and closing balances only, the lines they name (string indexes, absent or -1 where none).
 */
export type EncodedLine = readonly [
  statement: number,
  item: number,
  basis: number,
  labels: readonly number[],
  /** The lines it repeats, as indexes into EncodedFigures.lines. */
  repeatsOf: readonly number[],
  periods: Readonly<Record<string, string>>,
  kind: number,
  closingItem?: number,
  balanceOf?: number,
];

export interface EncodedFigures {
  /** Every distinct string, joined by STRING_SEPARATOR. */
  readonly strings: string;
  /** The contexts rows name, CONTEXT_FIELDS numbers each. */
  readonly contexts: readonly number[];
  /** Lines in the order the latest filing prints them, older filings' extra lines after. */
  readonly lines: readonly EncodedLine[];
  /**
   * The item names and printed labels whose normal form (normalizeName) is not their lower case,
   * beside it, as pairs of string indexes: normalizing every name at load was most of the time
   * loading took, and lower case is the normal form of all but a few dozen.
   */
  readonly normalForms: readonly number[];
}

/** A control character no printed label, value or source contains. */
export const STRING_SEPARATOR = "\u001f";
export const ROW_SEPARATOR = ";";
export const FIELD_SEPARATOR = ",";

/** Marks a `printed` or `value` field that is a string index rather than the text itself. */
export const STRING_REFERENCE = "@";
/** Text that can stand in a row as itself: not empty, no separator, not read as a reference. */
export const INLINE = /^[^,;@]+$/;
/**
 * A repeat's `printed` field when it is printed as its home is: the same filing's figure of the
 * same period in the line it repeats (the first row there of that filing that repeats nothing).
 */
export const AS_HOME = "=";

function decodeRows(text: string): EncodedRow[] {
  return text
    .split(ROW_SEPARATOR)
    .map((row) => row.split(FIELD_SEPARATOR) as unknown as EncodedRow);
}

/** "(18386)" -> "(18,386)": the thousands separators of the first run of digits put back. */
export function withSeparators(text: string): string {
  return text.replace(/\d+/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ","));
}

/** The value a printed figure stands for: "(18,386)" -> "-18386", "47.0" -> "47". */
export function valueOf(printed: string): string {
  const negative = printed.startsWith("(") && printed.endsWith(")");
  let number = (negative ? printed.slice(1, -1) : printed).replace(/,/g, "");
  if (number.includes(".")) number = number.replace(/\.?0+$/, "");
  return negative ? `-${number}` : number;
}

export function decodeStrings(encoded: EncodedFigures): string[] {
  return encoded.strings.split(STRING_SEPARATOR);
}

/** What decoding a figure reads besides its row: the module's strings, contexts and lines. */
export interface Decoding {
  readonly strings: readonly string[];
  readonly contexts: readonly number[];
  readonly lines: readonly EncodedLine[];
}

/**
 * A line's figures for one period it prints, as objects, latest filing first. `itemAt` is the
 * line's item as a string index, `repeats` the lines it repeats as "statement: item".
 */
export function decodePeriod(
  decoding: Decoding,
  line: EncodedLine,
  itemAt: number,
  repeats: readonly string[],
  period: string
): Figure[] {
  return decodeRows(line[5][period]).map((row) =>
    decodeFigure(decoding, line, itemAt, repeats, period, row)
  );
}

/** The `printed` field of the home figure of a repeat printed AS_HOME. */
function homePrinted(decoding: Decoding, home: EncodedLine, period: string, report: number) {
  for (const row of decodeRows(home[5][period])) {
    if (!row[4] && decoding.contexts[parseInt(row[0], 36) * CONTEXT_FIELDS] === report)
      return row[2];
  }
  return undefined;
}

function decodeFigure(
  decoding: Decoding,
  line: EncodedLine,
  itemAt: number,
  repeats: readonly string[],
  period: string,
  row: EncodedRow
): Figure {
  const { strings, contexts } = decoding;
  const text = (at: number | undefined): string | undefined =>
    at === undefined || at === -1 ? undefined : strings[at];
  // Most row fields: a base-36 string index, empty or left off for none.
  const referenced = (field: string | undefined): string | undefined =>
    field ? strings[parseInt(field, 36)] : undefined;
  // `printed` and `value`: the text itself, or a reference to it.
  const inline = (field: string): string | undefined =>
    field.startsWith(STRING_REFERENCE) ? referenced(field.slice(1)) : field;
  const context = parseInt(row[0], 36) * CONTEXT_FIELDS;
  const sameAs = row[4] ? parseInt(row[4], 36) : -1;
  const field =
    row[2] === AS_HOME
      ? homePrinted(decoding, decoding.lines[line[4][sameAs]], period, contexts[context])
      : row[2];
  const printed = !field
    ? undefined
    : field.startsWith(STRING_REFERENCE)
      ? inline(field)
      : withSeparators(field);
  return {
    report: strings[contexts[context]],
    statement: strings[line[0]] as Statement,
    item: strings[itemAt],
    label: row[3] ? strings[itemAt + line[3][parseInt(row[3], 36)]] : undefined,
    period,
    value: row[5] ? inline(row[5])! : valueOf(printed!),
    unit: strings[contexts[context + 3]] as Unit,
    printed,
    line: row[1] ? contexts[context + 4] + parseInt(row[1], 36) : undefined,
    formula: referenced(row[6]),
    basis: strings[line[2]] as Basis,
    kind: LINE_KINDS[line[6]],
    closingItem: text(line[7]),
    balanceOf: text(line[8]),
    sameAs: sameAs === -1 ? undefined : repeats[sameAs],
    discrepancy: referenced(row[7]),
    table: strings[contexts[context + 1]],
    source: strings[contexts[context + 2]],
  };
}
