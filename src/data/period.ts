/**
 * Periods as IIJ reports them. IIJ's fiscal year ends on 31 March, so FY23 runs from April 2023 to
 * March 2024; 1H23 is April-September 2023 and 2Q23 is July-September 2023.
 */

import { fromJapanesePeriod } from "./japanese/periods";
import { errorText, quoted, type MessageId } from "./messages";

export type Span = "1Q" | "2Q" | "3Q" | "4Q" | "1H" | "2H" | "FY";

/** A figure for a stretch of time: revenue for 1H23. */
export interface FlowPeriod {
  readonly kind: "flow";
  /** The calendar year in which the fiscal year starts: FY23 -> 2023. */
  readonly fiscalYear: number;
  readonly span: Span;
}

/** A figure at a date: total assets at 2023-09-30. */
export interface InstantPeriod {
  readonly kind: "instant";
  /** ISO date, YYYY-MM-DD. */
  readonly date: string;
}

export type Period = FlowPeriod | InstantPeriod;

/** What a relative period steps through: fiscal years, halves or quarters. */
export type RelativeUnit = "FY" | "H" | "Q";

/** A period relative to the latest one for which a figure exists: FY0, H-1, Q-3. */
export interface RelativePeriod {
  readonly kind: "relative";
  readonly unit: RelativeUnit;
  /** 0 for the latest, -1 for the one before it, ... */
  readonly offset: number;
}

export const SPANS: readonly Span[] = ["1Q", "2Q", "3Q", "4Q", "1H", "2H", "FY"];

const SPAN_MONTHS: Record<Span, { firstMonth: number; months: number }> = {
  "1Q": { firstMonth: 4, months: 3 },
  "2Q": { firstMonth: 7, months: 3 },
  "3Q": { firstMonth: 10, months: 3 },
  "4Q": { firstMonth: 1, months: 3 },
  "1H": { firstMonth: 4, months: 6 },
  "2H": { firstMonth: 10, months: 6 },
  FY: { firstMonth: 4, months: 12 },
};

const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function lastDayOfMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : LAST_DAY[month - 1];
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The last day of a flow period, or the date of an instant: 1H23 -> 2023-09-30, FY22 -> 2023-03-31. */
export function endDate(period: Period): string {
  if (period.kind === "instant") return period.date;
  const { firstMonth, months } = SPAN_MONTHS[period.span];
  // Months from April of the fiscal year's first calendar year, so 4Q (January-March) lands in the next year.
  const startIndex = (firstMonth - 4 + 12) % 12;
  const endIndex = startIndex + months - 1;
  const year = period.fiscalYear + Math.floor((endIndex + 3) / 12);
  const month = ((endIndex + 3) % 12) + 1;
  return isoDate(year, month, lastDayOfMonth(year, month));
}

/** The canonical code: 1H23, FY22, 2023-09-30. */
export function periodCode(period: Period): string {
  if (period.kind === "instant") return period.date;
  const yy = String(period.fiscalYear % 100).padStart(2, "0");
  return period.span === "FY" ? `FY${yy}` : `${period.span}${yy}`;
}

export function flow(fiscalYear: number, span: Span): FlowPeriod {
  return { kind: "flow", fiscalYear, span };
}

export function instant(date: string): InstantPeriod {
  return { kind: "instant", date };
}

/**
 * The code of a flow period that reads back as the same period: periodCode, with the year in four
 * digits outside 2000-2099, where two digits would mean another century (FY1992, not FY92).
 */
export function periodText(period: FlowPeriod): string {
  if (period.fiscalYear >= 2000 && period.fiscalYear <= 2099) return periodCode(period);
  return period.span === "FY" ? `FY${period.fiscalYear}` : `${period.span}${period.fiscalYear}`;
}

/** Thrown by the parsers below; the message names what was wrong and what is accepted. */
export class PeriodSyntaxError extends Error {}

/** `problem` is a message ending with what a period may be (messages/en.ts: "periods"). */
function periodError(input: string | number, problem: MessageId): PeriodSyntaxError {
  return new PeriodSyntaxError(errorText(problem, { value: quoted(input) }));
}

function fullYear(digits: string): number {
  return digits.length === 4 ? Number(digits) : 2000 + Number(digits);
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/** Excel's serial date (1 = 1900-01-01, with Excel's phantom 1900-02-29) to an ISO date. */
export function excelSerialToIso(serial: number): string {
  if (!Number.isInteger(serial) || serial < 61 || serial > 2958465)
    throw periodError(serial, "period.serial");
  const millis = Date.UTC(1899, 11, 30) + serial * 86_400_000;
  return new Date(millis).toISOString().slice(0, 10);
}

/** An ISO date as Excel's serial date (2023-09-30 -> 45199): what a date cell holds. */
export function isoToExcelSerial(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Rewrites applied in order to a period as typed, before it is matched against the forms below:
 * each turns another way of writing a period into one of them. Another language's spellings are
 * one more entry.
 */
const PERIOD_SPELLINGS: readonly ((text: string) => string)[] = [
  (text) => fromJapanesePeriod(text, PeriodSyntaxError),
  (text) => text.toUpperCase(),
];

/** A quarter or half, either way round: 2Q or Q2, 1H or H1. */
const SPAN = "([1-4]Q|Q[1-4]|[12]H|H[12])";
/** A year of two or four digits: 23 or 2023 (so "FY23/24" is not the year 2324). */
const YEAR = "((?:19|20)\\d{2}|\\d{2})";
/** Fiscal-period forms, written without separators: 1H23, 1HFY2023, H1FY23, FY23H1, FY20231H. */
const FISCAL_YEAR = new RegExp(`^FY${YEAR}$`);
const SPAN_FIRST = new RegExp(`^${SPAN}(?:FY)?${YEAR}$`);
const YEAR_FIRST = new RegExp(`^FY${YEAR}${SPAN}$`);
/** What may separate the parts: "1H FY2023", "FY2023-1H", "FY23/Q2", "1H'23". */
const SEPARATORS = /[\s\-_/']+/g;

function span(part: string): Span {
  return (/^[QH]/.test(part) ? part[1] + part[0] : part) as Span;
}

/**
 * Reads what a user typed, or a cell value, into a fixed or relative period: 1H23, 2Q2023, FY23,
 * and the fiscal-period spellings analysts use, either way round, with or without a space or
 * hyphen (1H FY2023, H1 FY23, FY23 H1, FY2023-1H, 2QFY23, Q2 FY23); dates (2023-09-30, or a date
 * serial from a cell); relative periods (H0, FY-1, Q-2). Case is ignored.
 */
export function parsePeriod(input: string | number): Period | RelativePeriod {
  if (typeof input === "number") return instant(excelSerialToIso(input));
  const text = PERIOD_SPELLINGS.reduce((spelled, rewrite) => rewrite(spelled), input);
  const compact = text.replace(/\s+/g, "");
  if (compact === "") throw periodError(input, "period.empty");

  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(compact);
  if (iso) {
    const [year, month, day] = iso.slice(1).map(Number);
    if (!validDate(year, month, day)) throw periodError(input, "period.notDate");
    // IIJ.PERIOD gives a date as Excel's serial, which starts on 1 March 1900 (61).
    if (isoToExcelSerial(compact) < 61) throw periodError(input, "period.beforeExcel");
    return instant(compact);
  }
  const relative = /^(FY|H|Q)(0|-[1-9]\d?)$/.exec(compact);
  if (relative)
    return { kind: "relative", unit: relative[1] as RelativeUnit, offset: Number(relative[2]) };

  const bare = compact.replace(SEPARATORS, "");
  const fiscalYear = FISCAL_YEAR.exec(bare);
  if (fiscalYear) return flow(fullYear(fiscalYear[1]), "FY");
  const spanFirst = SPAN_FIRST.exec(bare);
  if (spanFirst) return flow(fullYear(spanFirst[2]), span(spanFirst[1]));
  const yearFirst = YEAR_FIRST.exec(bare);
  if (yearFirst) return flow(fullYear(yearFirst[1]), span(yearFirst[2]));
  throw periodError(input, "period.notPeriod");
}

/** Parses a period code as the dataset writes it; no relative periods. */
export function parsePeriodCode(code: string): Period {
  const period = parsePeriod(code);
  if (period.kind === "relative") throw periodError(code, "period.relative");
  return period;
}

/** The same period one year earlier: 1H23 -> 1H22, 2023-09-30 -> 2022-09-30. */
export function yearEarlier(period: Period): Period {
  if (period.kind === "flow") return flow(period.fiscalYear - 1, period.span);
  const [year, month, day] = period.date.split("-").map(Number);
  return instant(isoDate(year - 1, month, Math.min(day, lastDayOfMonth(year - 1, month))));
}

/**
 * Orders periods by end date, then shorter spans first: within a fiscal year 1Q 2Q 1H 3Q 4Q 2H FY,
 * the order of IIJ's own data sheets and of a broker's model, so tables read left to right in time.
 */
export function comparePeriods(a: Period, b: Period): number {
  const byEnd = endDate(a).localeCompare(endDate(b));
  if (byEnd !== 0) return byEnd;
  return spanMonths(a) - spanMonths(b);
}

function spanMonths(period: Period): number {
  return period.kind === "instant" ? 0 : SPAN_MONTHS[period.span].months;
}

/** The kind a relative period steps through: FY0 steps through fiscal years, H-1 through halves. */
export function relativeKind(period: Period): RelativeUnit | undefined {
  if (period.kind === "instant") return undefined;
  if (period.span === "FY") return "FY";
  return period.span.endsWith("H") ? "H" : "Q";
}

/** Steps a period back by whole periods of its own kind: 1H23 back 1 -> 2H22, 2Q23 back 2 -> 4Q22. */
export function stepBack(period: FlowPeriod, steps: number): FlowPeriod {
  const kind = relativeKind(period);
  const perYear = kind === "FY" ? 1 : kind === "H" ? 2 : 4;
  const order: Span[] =
    kind === "FY" ? ["FY"] : kind === "H" ? ["1H", "2H"] : ["1Q", "2Q", "3Q", "4Q"];
  const index = period.fiscalYear * perYear + order.indexOf(period.span) - steps;
  return flow(Math.floor(index / perYear), order[((index % perYear) + perYear) % perYear]);
}

/**
 * Whether a balance at this date closes a period of the kind: 31 March closes a fiscal year, a
 * half and a quarter; 30 September a half and a quarter; 30 June and 31 December a quarter.
 */
export function closesPeriodOf(period: InstantPeriod, unit: RelativeUnit): boolean {
  const monthDay = period.date.slice(5);
  if (unit === "FY") return monthDay === "03-31";
  if (unit === "H") return monthDay === "03-31" || monthDay === "09-30";
  return ["03-31", "06-30", "09-30", "12-31"].includes(monthDay);
}

/** A period-end date moved by whole periods of the kind (negative moves back): H-1 of 2023-09-30 is 2023-03-31. */
export function stepInstant(
  period: InstantPeriod,
  unit: RelativeUnit,
  steps: number
): InstantPeriod {
  const months = steps * (unit === "FY" ? 12 : unit === "H" ? 6 : 3);
  const [year, month] = period.date.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return instant(isoDate(y, m, lastDayOfMonth(y, m)));
}
