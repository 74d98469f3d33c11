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
  return rows.map((row) => {
    const figure: Record<string, unknown> = {};
    COLUMNS.forEach((column, i) => {
      const cell = row[i];
      if (cell === -1) return;
      figure[column] = NUMERIC.has(column) ? cell : strings[cell];
    });
    return figure as unknown as Figure & { statement: Statement; unit: Unit; basis: Basis };
  });
}
