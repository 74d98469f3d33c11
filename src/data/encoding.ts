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
 *
 * This module reads the form (functions.js carries it); src/data/encode.ts writes it.
 */
import { LINE_KINDS, type Basis, type Figure, type Statement } from "./types";
import type { Unit } from "./unit";

/**
 * A figure within its line and period, each field as text, empty where the figure has none:
 * base-36 indexes into the strings, except `label` and `sameAs` (indexes into the line's labels
 * and the lines it repeats), `line` (the filing's line number, base 36) and the figure itself,
 * `printed` and `value`: the print less its thousands separators (withSeparators puts them back)
 * and, only where valueOf does not read it from that, the value; each may instead be
 * STRING_REFERENCE and a string index.
 */
export type EncodedRow = readonly [
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
 * A period's rows are one text: fields joined by FIELD_SEPARATOR, rows by ROW_SEPARATOR. What the line is belongs to the line, not to each
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
export const STRING_SEPARATOR = "\u001f";
export const ROW_SEPARATOR = ";";
export const FIELD_SEPARATOR = ",";

/** Marks a `printed` or `value` field that is a string index rather than the text itself. */
export const STRING_REFERENCE = "@";
/** Text that can stand in a row as itself: not empty, no separator, not read as a reference. */
export const INLINE = /^[^,;@]+$/;

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
