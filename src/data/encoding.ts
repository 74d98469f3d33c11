/**
 * The compact form in which the generated module stores figures: every distinct string once, and
 * figures grouped by line (statement, item, basis) and period, the latest filing's first. The
 * grouping is the lookup index itself, so loading builds one small map per line (a few hundred)
 * rather than indexing every figure (a few thousand).
 */
import type { Basis, Figure, Report, Statement } from "./types";
import type { Unit } from "./unit";

/** A figure within its line and period: indexes into `strings` (-1 for absent), `line` a number. */
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

/** One line: its figures by period code, latest filing first, a figure's home before its repeats. */
export type EncodedLine = readonly [
  statement: number,
  item: number,
  basis: number,
  labels: readonly number[],
  repeatsOf: readonly number[],
  periods: Readonly<Record<string, readonly EncodedRow[]>>,
];

export interface EncodedFigures {
  readonly strings: readonly string[];
  /** Lines in the order the latest filing prints them, older filings' extra lines after. */
  readonly lines: readonly EncodedLine[];
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
    [number, number, number, number[], number[], Record<string, EncodedRow[]>]
  >();
  for (const at of order) {
    const f = figures[at];
    const key = `${f.statement}|${f.item}|${f.basis}`;
    let line = lines.get(key);
    if (!line) {
      line = [intern(f.statement), intern(f.item), intern(f.basis), [], [], {}];
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
  return { strings, lines: [...lines.values()] };
}

/** One figure as an object, from its line, period and row. */
export function decodeFigure(
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
    sameAs: text(row[7]),
    discrepancy: text(row[8]),
    table: strings[row[9]],
    source: strings[row[10]],
  };
}
