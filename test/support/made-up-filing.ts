/**
 * A later filing made up from a seed, to measure `iij draft` where the right answer is known:
 * every date one year on (32nd business term -> 33rd), the prior-year column printing what the
 * seed printed as current, a new current figure 2 x current - prior (so every sum the seed's
 * columns satisfy still holds), the lines moved down by a note inserted near the top, and a line
 * no filing printed before. The curated figures of the seed, moved the same way, are the answer.
 */
import Decimal from "decimal.js";
import type { Figure } from "../../src/data/types";
import { parsePrinted } from "../../src/data/unit";
import { readCell } from "../../scripts/dataset/draft/text";
import { shiftYears } from "../../scripts/dataset/draft/period-codes";

export interface MadeUpFiling {
  readonly text: string;
  /** The seed's curated figures as this filing prints them (period, value and line moved on). */
  readonly expected: Figure[];
  /** The line of the new row. */
  readonly newLine: number;
}

const INSERTED = ["", "(Made-up filing for testing the drafter: not published by IIJ.)", ""];

/** "1,234.5" style: commas and the decimals of the original, parentheses for a negative. */
function printLike(original: string, value: Decimal): string {
  if (/^[-_—–－‐]$/.test(original) && value.isZero()) return original;
  const decimals = /\.(\d+)\)?$/.exec(original)?.[1].length ?? 0;
  const [whole, fraction] = value.abs().toFixed(decimals).split(".");
  const digits = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${fraction ? `.${fraction}` : ""}`;
  return value.isNegative() ? `(${digits})` : digits;
}

function amountOf(printed: string): Decimal {
  return new Decimal(parsePrinted(printed.replace(/^\((\d[\d,.]*)$/, "($1)")));
}

/**
 * A row's [prior, current] cells become [current, 2 x current - prior], where the seed's curated
 * figures say they are one line's figures a year apart; other rows
 * (a figure beside its YoY %, segments across) keep their figures under the moved headers.
 */
function moveRow(
  line: string,
  figures: readonly Figure[]
): { line: string; moved: Map<string, string>[] } {
  const cells = line.split("\t");
  const moved: Map<string, string>[] = [new Map(), new Map()];
  // The cells of the first pair of the line's figures one year apart (a note column's "5,9" is not one).
  let at: [number, number] | undefined;
  for (const prior of figures)
    for (const current of figures) {
      if (at || prior.item !== current.item || prior.statement !== current.statement) continue;
      if (current.period !== shiftYears(prior.period, 1)) continue;
      const i = cells.findIndex((cell, k) => k > 0 && readCell(cell).figure === prior.printed);
      const j = cells.findIndex((cell, k) => k > i && readCell(cell).figure === current.printed);
      if (i > 0 && j > i) at = [i, j];
    }
  if (!at) return { line, moved };
  const [a, b] = at.map((i) => readCell(cells[i]));
  const next = (prior: string, current: string): string =>
    printLike(current, amountOf(current).times(2).minus(amountOf(prior)));
  const newA = `${b.figure}${b.parenthetical ? ` (${b.parenthetical})` : ""}`;
  let newB = next(a.figure!, b.figure!);
  moved[0].set(a.figure!, b.figure!);
  moved[1].set(b.figure!, newB);
  if (a.parenthetical && b.parenthetical) {
    const nextParenthetical = next(a.parenthetical, b.parenthetical);
    newB += ` (${nextParenthetical})`;
    moved[0].set(a.parenthetical, b.parenthetical);
    moved[1].set(b.parenthetical, nextParenthetical);
  }
  cells[at[0]] = newA;
  cells[at[1]] = newB;
  return { line: cells.join("\t"), moved };
}

function shiftYearsInText(line: string): string {
  return line
    .replace(/(?<![\d,.])(20[0-4]\d)(?![\d,])/g, (year) => String(Number(year) + 1))
    .replace(/\b(\d+)(st|nd|rd|th) (business term)/gi, (_, n: string, _s, words: string) => {
      const next = Number(n) + 1;
      const suffix =
        next % 10 === 1 && next !== 11
          ? "st"
          : next % 10 === 2 && next !== 12
            ? "nd"
            : next % 10 === 3 && next !== 13
              ? "rd"
              : "th";
      return `${next}${suffix} ${words}`;
    });
}

export function madeUpFiling(
  seed: string,
  curated: readonly Figure[],
  newRowAfter: string,
  newRow: string
): MadeUpFiling {
  const lines = seed.split("\n");
  const movedByLine = new Map<
    number,
    { prior: Map<string, string>; current: Map<string, string> }
  >();
  const out = lines.map((text, index) => {
    if (!text.includes("\t")) return shiftYearsInText(text);
    const { line, moved } = moveRow(
      text,
      curated.filter((figure) => figure.line === index + 1)
    );
    movedByLine.set(index + 1, { prior: moved[0], current: moved[1] });
    return shiftYearsInText(line);
  });
  const at = out.findIndex((line) => line.startsWith(newRowAfter));
  out.splice(at + 1, 0, newRow);
  const newLine = at + 2 + INSERTED.length;
  out.splice(5, 0, ...INSERTED);
  const lineOf = (line: number): number =>
    (line > 5 ? line + INSERTED.length : line) + (line > at + 1 ? 1 : 0);
  const printedFigures = curated.filter(
    (figure) => figure.printed !== undefined && figure.line !== undefined
  );
  const expected = printedFigures.map((figure): Figure => {
    const moved = movedByLine.get(figure.line!);
    // The same figure printed in both columns: the earlier period is the prior column.
    const twins = printedFigures
      .filter(
        (f) =>
          f.line === figure.line &&
          f.printed === figure.printed &&
          f.statement === figure.statement &&
          f.item === figure.item
      )
      .map((f) => f.period)
      .sort();
    const isCurrent = twins.length > 1 && twins.indexOf(figure.period) > 0;
    const printed =
      (isCurrent ? moved?.current.get(figure.printed!) : undefined) ??
      moved?.prior.get(figure.printed!) ??
      moved?.current.get(figure.printed!) ??
      figure.printed!;
    return {
      ...figure,
      period: shiftYears(figure.period, 1),
      printed,
      value: parsePrinted(printed.replace(/^\((\d[\d,.]*)$/, "($1)")),
      line: lineOf(figure.line!),
    };
  });
  return { text: out.join("\n"), expected, newLine };
}
