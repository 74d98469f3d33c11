/**
 * The compact form in which the generated module stores figures: every distinct string once,
 * figures as rows of indexes into that table.
 */
import type { Basis, Figure, Statement } from "./types";
import type { Unit } from "./unit";

/** Row columns, in order; a string column holds an index into `strings`, -1 for "absent". */
const COLUMNS = [
  "report",
  "statement",
  "item",
  "label",
  "period",
  "value",
  "unit",
  "printed",
  "line",
  "formula",
  "basis",
  "sameAs",
  "discrepancy",
  "table",
  "source",
] as const;

type Column = (typeof COLUMNS)[number];

export interface EncodedFigures {
  readonly strings: readonly string[];
  readonly rows: readonly (readonly number[])[];
}

const NUMERIC: ReadonlySet<Column> = new Set(["line"]);

export function encodeFigures(figures: readonly Figure[]): EncodedFigures {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (text: string): number => {
    let at = index.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      index.set(text, at);
    }
    return at;
  };
  const rows = figures.map((figure) =>
    COLUMNS.map((column) => {
      const value = figure[column];
      if (value === undefined) return -1;
      return NUMERIC.has(column) ? (value as number) : intern(String(value));
    })
  );
  return { strings, rows };
}

export function decodeFigures(encoded: EncodedFigures): Figure[] {
  const { strings, rows } = encoded;
  const text = (index: number): string | undefined => (index === -1 ? undefined : strings[index]);
  // One object literal of one shape per figure: far quicker to build cold than keys set in a loop.
  return rows.map((row) => {
    const figure = {
      report: strings[row[0]],
      statement: strings[row[1]] as Statement,
      item: strings[row[2]],
      label: text(row[3]),
      period: strings[row[4]],
      value: strings[row[5]],
      unit: strings[row[6]] as Unit,
      printed: text(row[7]),
      line: row[8] === -1 ? undefined : row[8],
      formula: text(row[9]),
      basis: strings[row[10]] as Basis,
      sameAs: text(row[11]),
      discrepancy: text(row[12]),
      table: strings[row[13]],
      source: strings[row[14]],
    };
    return figure;
  });
}
