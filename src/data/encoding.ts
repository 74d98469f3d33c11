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
 * unit) travels once per table, and a figure's place (its table and line) once per line; a row
 * names its place, its label and the line it repeats by their place in the line's lists; items and
 * labels are the first strings, in line order, so a line names them by small steps; and only the
 * names whose normal form is not simply their lower case ship it. Small steps are what gzip
 * compresses well, and reading them back is one pass over the lines at load (indexLines).
 *
 * This module reads the form (functions.js carries it); src/data/encode.ts writes it.
 */
import { LINE_KINDS, type Basis, type Figure, type Statement } from "./types";
import type { Unit } from "./unit";

/**
 * A table of one filing, under one caption, in one unit: CONTEXT_FIELDS numbers each, the
 * strings' indexes of the filing, the table, the caption and the unit, and the table's first line.
 */
export const CONTEXT_FIELDS = 5;

/**
 * A figure within its line and period, each field as text, empty where the figure has none, and
 * the empty fields at the end left off: `place`, `label` and `sameAs` (base-36 indexes into the
 * line's places, labels and the lines it repeats; an empty place is the first), the figure
 * itself, `printed` and `value`: the print less its thousands separators (withSeparators puts
 * them back; AS_HOME for a repeat printed as its home) and, only where valueOf does not read it
 * from that, the value, each of which may instead be STRING_REFERENCE and a string index; and
 * `formula` and `discrepancy`, base-36 string indexes. The order is the one that compresses best
 * (measured): the fields that vary least first, those most often empty last.
 */
export type EncodedRow = readonly [
  place: string,
  printed?: string,
  label?: string,
  sameAs?: string,
  value?: string,
  formula?: string,
  discrepancy?: string,
];

/**
 * One line (its figures are in EncodedFigures.periods). What the
 * line is belongs to the line, not to each figure: its item (the string index, less the previous
 * line's: the items are the first strings, in line order, so this is mostly 1), its labels
 * (string indexes less the item's: they follow it), its kind (an index into LINE_KINDS), the
 * number of places its figures are printed at (the next ones in EncodedFigures.places), and, for
 * opening and closing balances only, the lines they name (string indexes, absent or -1 where none).
 */
export type EncodedLine = readonly [
  statement: number,
  item: number,
  basis: number,
  labels: readonly number[],
  /** The lines it repeats, as indexes into EncodedFigures.lines. */
  repeatsOf: readonly number[],
  kind: number,
  places: number,
  closingItem?: number,
  balanceOf?: number,
];

export interface EncodedFigures {
  /** Every distinct string, joined by STRING_SEPARATOR. */
  readonly strings: string;
  /** The contexts places name, CONTEXT_FIELDS numbers each. */
  readonly contexts: readonly number[];
  /** Lines in the order the latest filing prints them, older filings' extra lines after. */
  readonly lines: readonly EncodedLine[];
  /**
   * Every line's figures by period code, latest filing first, a figure's home before its repeats,
   * as text: a period's rows are fields joined by FIELD_SEPARATOR, rows by ROW_SEPARATOR; a line's
   * periods are each code then its rows, joined by PERIOD_SEPARATOR; the lines' texts are joined
   * by LINE_SEPARATOR, in line order. Read on first use (linePeriods): as an object per line,
   * keyed by its codes, inside the lines' JSON, they were most of the dataset's load.
   */
  readonly periods: string;
  /**
   * Every line's places, line after line (one array rather than one per line: less to load). A
   * place is a context and a line of the filing: the context, then how many lines after the
   * previous place of that context (the first counts from the context's first line): mostly 1,
   * as a table prints its lines one after the other. A place with no line (a figure worked out by
   * a formula) is the context as -1 - context, alone.
   */
  readonly places: readonly number[];
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
/** Between a line's period codes and their rows' texts, and between lines (EncodedFigures.periods). */
export const PERIOD_SEPARATOR = "|";
export const LINE_SEPARATOR = "~";

/** Marks a `printed` or `value` field that is a string index rather than the text itself. */
export const STRING_REFERENCE = "@";
/** Text that can stand in a row as itself: not empty, no separator, not read as a reference. */
export const INLINE = /^[^,;@|~]+$/;
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

/**
 * What decoding a figure reads besides its row: the module's strings, contexts and lines, and
 * what the lines' steps add up to: each line's item (a string index) and its places, from
 * placeStarts[line] on, as a context and a line number (-1 for none).
 */
export interface Decoding {
  readonly strings: readonly string[];
  readonly contexts: readonly number[];
  readonly lines: readonly EncodedLine[];
  readonly itemAts: Int32Array;
  readonly placeStarts: Int32Array;
  readonly placeContexts: Int32Array;
  readonly placeLines: Int32Array;
  readonly periods: string;
  /** By line, its periods' text, then its period code -> rows text: read on first use (linePeriods). */
  lineTexts?: readonly string[];
  readonly periodTexts: (ReadonlyMap<string, string> | undefined)[];
}

/** The strings split, and the lines' items and places added up: one pass, at load. */
export function indexLines(encoded: EncodedFigures): Decoding {
  const { contexts, lines, places } = encoded;
  // Typed arrays of the size they need at most (a place is one or two numbers): grown one push
  // at a time, the places' two arrays were most of what loading allocated.
  const itemAts = new Int32Array(lines.length);
  const placeStarts = new Int32Array(lines.length);
  const placeContexts = new Int32Array(places.length);
  const placeLines = new Int32Array(places.length);
  let count = 0;
  // Each context's previous line, its first line to start with.
  const previous: number[] = [];
  for (let at = 4; at < contexts.length; at += CONTEXT_FIELDS) previous.push(contexts[at]);
  let itemAt = 0;
  let next = 0;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at];
    itemAts[at] = itemAt += line[1];
    placeStarts[at] = count;
    for (let place = 0; place < line[6]; place++, count++) {
      const context = places[next++];
      if (context < 0) {
        placeContexts[count] = -1 - context;
        placeLines[count] = -1;
      } else {
        placeContexts[count] = context;
        placeLines[count] = previous[context] += places[next++];
      }
    }
  }
  return {
    strings: encoded.strings.split(STRING_SEPARATOR),
    contexts,
    lines,
    itemAts,
    placeStarts,
    placeContexts,
    placeLines,
    periods: encoded.periods,
    periodTexts: [],
  };
}

/** The line at `at`'s period codes -> rows texts, in the order it ships them. */
export function linePeriods(decoding: Decoding, at: number): ReadonlyMap<string, string> {
  let periods = decoding.periodTexts[at];
  if (!periods) {
    decoding.lineTexts ??= decoding.periods.split(LINE_SEPARATOR);
    const parts = decoding.lineTexts[at].split(PERIOD_SEPARATOR);
    const made = new Map<string, string>();
    for (let k = 0; k < parts.length; k += 2) made.set(parts[k], parts[k + 1]);
    decoding.periodTexts[at] = periods = made;
  }
  return periods;
}

/**
 * A line's figures (the line at `at` in the lines) for one period it prints, as objects, latest
 * filing first; `repeats` are the lines it repeats as "statement: item".
 */
export function decodePeriod(
  decoding: Decoding,
  at: number,
  repeats: readonly string[],
  period: string
): Figure[] {
  return decodeRows(linePeriods(decoding, at).get(period)!).map((row) =>
    decodeFigure(decoding, at, repeats, period, row)
  );
}

/** The context of a row's place in the line at `at`. */
function contextOf(decoding: Decoding, at: number, row: EncodedRow): number {
  return decoding.placeContexts[decoding.placeStarts[at] + (row[0] ? parseInt(row[0], 36) : 0)];
}

/** The `printed` field of the home figure of a repeat printed AS_HOME. */
function homePrinted(decoding: Decoding, home: number, period: string, report: number) {
  for (const row of decodeRows(linePeriods(decoding, home).get(period)!)) {
    const context = contextOf(decoding, home, row);
    if (!row[3] && decoding.contexts[context * CONTEXT_FIELDS] === report) return row[1];
  }
  return undefined;
}

function decodeFigure(
  decoding: Decoding,
  at: number,
  repeats: readonly string[],
  period: string,
  row: EncodedRow
): Figure {
  const { strings, contexts } = decoding;
  const line = decoding.lines[at];
  const itemAt = decoding.itemAts[at];
  const text = (at: number | undefined): string | undefined =>
    at === undefined || at === -1 ? undefined : strings[at];
  // Most row fields: a base-36 string index, empty or left off for none.
  const referenced = (field: string | undefined): string | undefined =>
    field ? strings[parseInt(field, 36)] : undefined;
  // `printed` and `value`: the text itself, or a reference to it.
  const inline = (field: string): string | undefined =>
    field.startsWith(STRING_REFERENCE) ? referenced(field.slice(1)) : field;
  const place = decoding.placeStarts[at] + (row[0] ? parseInt(row[0], 36) : 0);
  const context = decoding.placeContexts[place] * CONTEXT_FIELDS;
  const printedAt = decoding.placeLines[place];
  const sameAs = row[3] ? parseInt(row[3], 36) : -1;
  const field =
    row[1] === AS_HOME ? homePrinted(decoding, line[4][sameAs], period, contexts[context]) : row[1];
  const printed = !field
    ? undefined
    : field.startsWith(STRING_REFERENCE)
      ? inline(field)
      : withSeparators(field);
  return {
    report: strings[contexts[context]],
    statement: strings[line[0]] as Statement,
    item: strings[itemAt],
    label: row[2] ? strings[itemAt + line[3][parseInt(row[2], 36)]] : undefined,
    period,
    value: row[4] ? inline(row[4])! : valueOf(printed!),
    unit: strings[contexts[context + 3]] as Unit,
    printed,
    line: printedAt === -1 ? undefined : printedAt,
    formula: referenced(row[5]),
    basis: strings[line[2]] as Basis,
    kind: LINE_KINDS[line[5]],
    closingItem: text(line[7]),
    balanceOf: text(line[8]),
    sameAs: sameAs === -1 ? undefined : repeats[sameAs],
    discrepancy: referenced(row[6]),
    table: strings[contexts[context + 1]],
    source: strings[contexts[context + 2]],
  };
}
