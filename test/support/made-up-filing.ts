/**
 * A later filing made up from a seed, to measure `iij draft` where the right answer is known, laid
 * out as next year's report would be: every date one year on (32nd business term -> 33rd); each
 * figure the seed prints for a period P now printed for P + 1: where the seed has that line's
 * figure for P + 1 (the prior-year columns), that figure as the seed printed it, so the filing
 * agrees with the dataset as a real one does; else (the new current columns) twice the seed's
 * figure, so every sum, section and balance the seed's columns satisfy still holds. A line only
 * the seed's prior year printed (the 1H22 adoption of IAS 12) is left blank, as the next filing
 * prints no such line; the lines move down by a note inserted near the top, and one line no
 * filing printed before is added. The curated figures of the seed, moved the same way, are the answer.
 */
import Decimal from "decimal.js";
import type { Figure } from "../../src/data/types";
import { parsePrinted } from "../../src/data/unit";
import { figureKey } from "../../scripts/dataset/source";
import { shiftYears } from "../../scripts/dataset/draft/period-codes";

export interface MadeUpFiling {
  readonly text: string;
  /** The seed's curated figures as this filing prints them (period, value and line moved on). */
  readonly expected: Figure[];
  /** The line of the new row. */
  readonly newLine: number;
}

const INSERTED = ["", "(Made-up filing for testing the drafter: not published by IIJ.)", ""];
const NIL = /^[-_—–－‐]$/;

/** "1,234.5" style: commas and the decimals of the original, brackets for a negative, a dash for 0. */
function printLike(original: string, value: Decimal): string {
  if (value.isZero()) return NIL.test(original) ? original : "-";
  const decimals = /\.(\d+)\)?%?$/.exec(original)?.[1].length ?? 0;
  const [whole, fraction] = value.abs().toFixed(decimals).split(".");
  const grouped =
    /,/.test(original) || whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const digits = `${grouped}${fraction ? `.${fraction}` : ""}${original.endsWith("%") ? "%" : ""}`;
  return value.isNegative() ? `(${digits})` : digits;
}

function amountOf(printed: string): Decimal {
  return new Decimal(parsePrinted(printed.replace(/%$/, "").replace(/^\((\d[\d,.]*)$/, "($1)")));
}

/**
 * The first place `printed` stands on a line as a whole figure, not yet taken ("JPY30,440",
 * "(40)Intersegment" included); inside brackets ("121,962 (63,772)") only where it stands nowhere else.
 */
function findFigure(
  line: string,
  printed: string,
  taken: readonly { start: number; end: number }[]
): number {
  for (const inBrackets of [false, true]) {
    for (let at = line.indexOf(printed); at >= 0; at = line.indexOf(printed, at + 1)) {
      const before = line[at - 1] ?? " ";
      const after = line[at + printed.length] ?? " ";
      // A nil dash stands apart, not the hyphen of "short-term".
      if (!/\d/.test(printed) && (/[\w-]/.test(before) || /[\w-]/.test(after))) continue;
      if (!printed.startsWith("(") && /[\d.,]/.test(before)) continue;
      if (!printed.endsWith(")") && /\d/.test(after)) continue;
      if (
        !printed.endsWith(")") &&
        /[.,]/.test(after) &&
        /\d/.test(line[at + printed.length + 1] ?? "")
      )
        continue;
      const wrapped =
        (before === "(" && !printed.startsWith("(")) || (after === ")" && !printed.endsWith(")"));
      if (wrapped && !inBrackets) continue;
      if (taken.some((span) => at < span.end && at + printed.length > span.start)) continue;
      return at;
    }
  }
  return -1;
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
    })
    .replace(/\b([1-4]Q|[12]H|FY)(\d{2})\b/g, (code) => shiftYears(code, 1));
}

export function madeUpFiling(
  seed: string,
  curated: readonly Figure[],
  newRowAfter: string,
  newRow: string
): MadeUpFiling {
  const lines = seed.split("\n");
  const byKey = new Map<string, Figure[]>();
  for (const figure of curated)
    byKey.set(figureKey(figure), [...(byKey.get(figureKey(figure)) ?? []), figure]);
  const seedPeriods = new Set(curated.map((figure) => figure.period));
  const printed = curated.filter(
    (figure) => figure.printed !== undefined && figure.line !== undefined
  );
  /** What the made-up filing prints for a figure the seed printed, or undefined for a dropped line. */
  const nextPrinted = (figure: Figure): string | undefined => {
    const next = shiftYears(figure.period, 1);
    const same = (byKey.get(figureKey({ ...figure, period: next })) ?? []).filter(
      (f) => f.unit === figure.unit
    );
    const printedThen = same.find((f) => f.printed !== undefined);
    if (printedThen) return printedThen.printed!;
    if (same.length > 0) return printLike(figure.printed!, new Decimal(same[0].value));
    if (!seedPeriods.has(next))
      return printLike(figure.printed!, amountOf(figure.printed!).times(2));
    // The seed prints the line for P but not for P + 1, which it prints elsewhere: no such line now.
    return NIL.test(figure.printed!) ? figure.printed! : undefined;
  };
  const dropped = new Set(
    printed.filter((figure) => nextPrinted(figure) === undefined).map((figure) => figure.line!)
  );
  const spans = lines.map(() => [] as { start: number; end: number; next: string }[]);
  const moved: { figure: Figure; next: string }[] = [];
  for (const figure of printed) {
    if (dropped.has(figure.line!)) continue;
    const index = figure.line! - 1;
    const start = findFigure(lines[index], figure.printed!, spans[index]);
    if (start < 0)
      throw new Error(`seed line ${figure.line}: "${figure.printed}" is not printed there`);
    const next = nextPrinted(figure)!;
    spans[index].push({ start, end: start + figure.printed!.length, next });
    moved.push({ figure, next });
  }
  const out = lines.map((line, i) =>
    dropped.has(i + 1)
      ? ""
      : shiftYearsInText(
          [...spans[i]]
            .sort((a, b) => b.start - a.start)
            .reduce(
              (text, span) => text.slice(0, span.start) + span.next + text.slice(span.end),
              line
            )
        )
  );
  const at = out.findIndex((line) => line.startsWith(newRowAfter));
  out.splice(at + 1, 0, newRow);
  const newLine = at + 2 + INSERTED.length;
  out.splice(5, 0, ...INSERTED);
  const lineOf = (line: number): number =>
    (line > 5 ? line + INSERTED.length : line) + (line > at + 1 ? 1 : 0);
  const expected = moved.map(({ figure, next }): Figure => ({
    ...figure,
    period: shiftYears(figure.period, 1),
    printed: next,
    value: amountOf(next).toString(),
    line: lineOf(figure.line!),
  }));
  return { text: out.join("\n"), expected, newLine };
}
