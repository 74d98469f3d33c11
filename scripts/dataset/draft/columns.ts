/**
 * What a table's column headers say: the period of a header ("Six months ended September 30,
 * 2024" -> 1H24, "March 31, 2024" -> 2024-03-31), the unit ("Millions of yen"), and whether the
 * header above a drafted table confirms the periods its columns were given.
 * IIJ's fiscal year ends 31 March: the year ended March 31, 2024 is FY23, its 33rd business term
 * is FY24 (counted so that term N is FY(N - 9)).
 */
import { endDate, parsePeriodCode } from "../../../src/data/period";
import type { Unit } from "../../../src/data/unit";
import type { TextLine } from "./text";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const DATE = new RegExp(`(${MONTHS.join("|")})\\s*(\\d{1,2})\\s*,?\\s*(\\d{4})`, "i");

function twoDigits(year: number): string {
  return String(year % 100).padStart(2, "0");
}

function isoDate(match: RegExpExecArray): string {
  const month = MONTHS.indexOf(match[1].toLowerCase()) + 1;
  return `${match[3]}-${String(month).padStart(2, "0")}-${match[2].padStart(2, "0")}`;
}

/** The fiscal year (calendar year it starts in) of a period ending in the given month and year. */
function fiscalYearEnding(month: number, year: number): number {
  return month <= 3 ? year - 1 : year;
}

/** "Six months ended September 30, 2024" -> 1H24; undefined when the words do not say. */
export function readPeriod(header: string): string | undefined {
  const text = header.replace(/\s+/g, " ").trim();
  // The MD&A heads its columns with the codes themselves: "1H22", "2Q23", "FY22".
  if (/^(?:[1-4]Q|[12]H|9M|FY)\d{2}$/i.test(text)) return text.toUpperCase();
  const term = /(\d+)\s*(?:st|nd|rd|th)\s+business\s+term/i.exec(text);
  if (term) return `FY${twoDigits(Number(term[1]) - 9 + 2000)}`;
  const date = DATE.exec(text);
  if (!date) return undefined;
  const month = MONTHS.indexOf(date[1].toLowerCase()) + 1;
  const fiscalYear = fiscalYearEnding(month, Number(date[3]));
  const months = /\b(three|six|nine|twelve)\s+months\b/i.exec(text)?.[1].toLowerCase();
  const yearEnded = /\b(?:fiscal\s+)?year\s+ended\b/i.test(text);
  const yy = twoDigits(fiscalYear);
  if (yearEnded || months === "twelve") return month === 3 ? `FY${yy}` : undefined;
  if (months === "six") return month === 9 ? `1H${yy}` : month === 3 ? `2H${yy}` : undefined;
  if (months === "nine") return month === 12 ? `9M${yy}` : undefined;
  if (months === "three") {
    const quarter = { 6: "1Q", 9: "2Q", 12: "3Q", 3: "4Q" }[month];
    return quarter ? `${quarter}${yy}` : undefined;
  }
  if (/\bmonths?\b|\bquarter\b|\bperiod\b/i.test(text)) return undefined;
  return isoDate(date);
}

const ORDINAL_TERM = /(\d+)(?:st|nd|rd|th)\s+business\s+term/i;

/** IIJ's business term of the filing (the 32nd ended March 2024), read from its cover. */
export function businessTerm(lines: readonly TextLine[]): number | undefined {
  for (const line of lines.slice(0, 80)) {
    const match = ORDINAL_TERM.exec(line.text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

const MONEY_UNITS: [RegExp, Unit][] = [
  [/millions\s+of\s+yen|JPY\s+millions\b/i, "JPY mn"],
  [/thousands\s+of\s+yen|JPY\s+thousands\b/i, "JPY k"],
];

/** The money unit a whole filing prints most: IIJ moved from thousands to millions of yen. */
export function mainMoneyUnit(lines: readonly TextLine[]): Unit | undefined {
  const counts = new Map<Unit, number>();
  for (const line of lines)
    for (const [pattern, unit] of MONEY_UNITS)
      if (pattern.test(line.text)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const SPAN_WORDS: [RegExp, string][] = [
  [/three\s+months/i, "3M"],
  [/six\s+months/i, "6M"],
  [/nine\s+months/i, "9M"],
  [/year\s+ended|fiscal\s+year\s+ended|business\s+term/i, "12M"],
];

/** What the header lines above a table print: years, spans, money units and readable periods. */
export interface HeaderFacts {
  readonly years: ReadonlySet<number>;
  readonly spans: ReadonlySet<string>;
  readonly units: ReadonlySet<Unit>;
  /** Periods read from a header cell or line ("Six months ended September 30, 2023" -> 1H23). */
  readonly periods: ReadonlySet<string>;
  /** Dates the table's own row labels print ("Balance, April 1, 2022"): they bound its period. */
  readonly labelDates: ReadonlySet<string>;
}

/**
 * Reads the header: the lines above a table's first row, back to the previous row of figures; and
 * the dates the labels of the table's rows print (`rows`), which the changes in equity print
 * instead of a period header.
 */
export function headerFacts(
  lines: readonly TextLine[],
  firstRow: number,
  rows: readonly number[] = [],
  reach = 8
): HeaderFacts {
  const years = new Set<number>();
  const spans = new Set<string>();
  const units = new Set<Unit>();
  const periods = new Set<string>();
  const header: TextLine[] = [];
  for (let n = firstRow - 1; n >= Math.max(1, firstRow - reach); n--) {
    const line = lines[n - 1];
    if (line.cells.length > 0 && n !== firstRow - 1) break;
    for (const [pattern, unit] of MONEY_UNITS) if (pattern.test(line.text)) units.add(unit);
    // A sentence above the table ("... for the first six months of the 28th business term.") is
    // running text, not a column header.
    if (!line.text.includes("\t") && /\.\s*$/.test(line.text)) continue;
    header.unshift(line);
    for (const match of line.text.matchAll(/\b(19|20)\d{2}\b/g)) years.add(Number(match[0]));
    for (const [pattern, span] of SPAN_WORDS) if (pattern.test(line.text)) spans.add(span);
    for (const cell of [line.text, ...line.text.split("\t")]) {
      const period = readPeriod(cell);
      if (period) periods.add(period);
    }
  }
  // A header over two lines, column by column: "Three Months Ended" above "September 30, 2018".
  const columns = header.map((line) => line.text.split("\t"));
  const width = Math.max(0, ...columns.map((cells) => cells.length));
  for (let column = 0; column < width; column++) {
    const period = readPeriod(columns.map((cells) => cells[column] ?? "").join(" "));
    if (period) periods.add(period);
  }
  const labelDates = new Set<string>();
  for (const n of rows) {
    const date = readPeriod(lines[n - 1].label);
    if (date && /^\d{4}-/.test(date)) labelDates.add(date);
  }
  return { years, spans, units, periods, labelDates };
}

const SPAN_START_MONTH: Record<string, number> = {
  "1Q": 4,
  "2Q": 7,
  "3Q": 10,
  "4Q": 1,
  "1H": 4,
  "2H": 10,
  "9M": 4,
  FY: 4,
};

/**
 * Whether a flow period is bounded by dates the labels print: its last day, and its first day or
 * the day before it ("Balance, March 31, 2018" opens 1H18 in the 2019 report, "Balance, April 1,
 * 2022" 1H22 in the 2023 report).
 */
function boundedBy(dates: ReadonlySet<string>, code: string): boolean {
  const flow = /^([1-4]Q|[12]H|FY|9M)(\d{2})$/.exec(code);
  if (!flow) return false;
  const month = SPAN_START_MONTH[flow[1]];
  const year = 2000 + Number(flow[2]) + (month < 4 ? 1 : 0);
  const start = new Date(Date.UTC(year, month - 1, 1));
  const iso = (date: Date): string => date.toISOString().slice(0, 10);
  const dayBefore = new Date(start.getTime() - 86_400_000);
  return (
    dates.has(endDate(parsePeriodCode(code))) &&
    (dates.has(iso(start)) || dates.has(iso(dayBefore)))
  );
}

function printsPeriod(facts: HeaderFacts, code: string): boolean {
  return facts.periods.has(code) || boundedBy(facts.labelDates, code);
}

/** The span words a header prints for a period code, and the calendar year its column ends in. */
function columnFacts(code: string): { span?: string; year: number } {
  const date = /^(\d{4})-\d{2}-\d{2}$/.exec(code);
  if (date) return { year: Number(date[1]) };
  const flow = /^([1-4]Q|[12]H|FY|9M)(\d{2})$/.exec(code);
  if (!flow) return { year: NaN };
  const span = { "1H": "6M", "2H": "6M", "9M": "9M", FY: "12M" }[flow[1]] ?? "3M";
  // IIJ's fiscal year starts in April: 1Q-3Q, 1H and 9M end in the year it starts, the rest in the next.
  const nextYear = ["4Q", "2H", "FY"].includes(flow[1]);
  return { span, year: 2000 + Number(flow[2]) + (nextYear ? 1 : 0) };
}

/**
 * Why the filing's header does not confirm the drafted columns, or undefined when it does: every
 * period the template's header printed is printed again a year (or `years`) on; the header prints
 * the spans of the columns or of the template's header, every year the template's header printed
 * (moved on), and no year that ends none of the columns.
 */
export function headerMismatch(
  template: HeaderFacts,
  drafted: HeaderFacts,
  years: number,
  templatePeriods: readonly string[],
  periods: readonly string[]
): string | undefined {
  const unprinted = templatePeriods
    .map((code, i) => ({ was: code, now: periods[i] }))
    .filter(({ was, now }) => printsPeriod(template, was) && !printsPeriod(drafted, now))
    .map(({ now }) => now);
  if (unprinted.length > 0)
    return `column headers do not print ${unprinted.join(", ")} as the template's printed its period: check each column's period`;
  const columns = periods.map(columnFacts);
  const spans = new Set(columns.map((c) => c.span).filter((s) => s !== undefined));
  // A header may span more columns than one drafted table holds (selected data): a span is
  // foreign only if neither the drafted columns nor the template's header have it.
  const foreign = [...drafted.spans].filter(
    (span) => !spans.has(span) && !template.spans.has(span)
  );
  if (foreign.length > 0)
    return `column headers print ${foreign.join("/")} periods, the drafted columns are ${periods.join(", ")}: check each column's period`;
  const lost =
    drafted.spans.size > 0 ? [...template.spans].filter((span) => !drafted.spans.has(span)) : [];
  if (lost.length > 0)
    return `column headers no longer print ${lost.join("/")} periods as the template's did: check each column's period`;
  const expected = new Set([...template.years].map((y) => y + years));
  const labelYears = new Set([...drafted.labelDates].map((date) => Number(date.slice(0, 4))));
  const missing = [...expected].filter((year) => !drafted.years.has(year) && !labelYears.has(year));
  if (missing.length > 0)
    return `column headers do not print ${missing.join(", ")}: check each column's period`;
  const ends = new Set(columns.map((c) => c.year));
  const stray = [...drafted.years].filter((year) => !ends.has(year) && !expected.has(year));
  if (stray.length > 0)
    return `column headers print ${stray.join(", ")}, which ends none of ${periods.join(", ")}: check each column's period`;
  if (
    drafted.years.size === 0 &&
    drafted.periods.size === 0 &&
    labelYears.size === 0 &&
    drafted.spans.size === 0 &&
    (template.years.size > 0 || template.spans.size > 0)
  )
    return "no column header found: check each column's period";
  return undefined;
}
