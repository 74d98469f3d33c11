/**
 * The columns of a table: which periods or balance dates, in time order, and what each header
 * holds. Flows read left to right by end date, the shorter span first at the same end (1Q 2Q 1H
 * 3Q 4Q 2H FY, IIJ's own data sheets); balances get one column per date, headed by a real Excel
 * date. A periodicity keeps one kind of period per table; rolling headers hold relative codes.
 */
import {
  closesPeriodOf,
  comparePeriods,
  endDate,
  flow,
  isLtm,
  ltmQuarter,
  parsePeriodCode,
  periodCode,
  relativeKind,
  STEP_MONTHS,
  YEAR_TO_DATE,
  type Period,
  type RelativeUnit,
} from "../../data/period";
import { isoToSerial } from "../../shared/number-format";
import { query } from "../../functions/iij";
import { lineKind, linePeriods as periodsOfNamedLine } from "../../data/line-facts";
import { sheetText } from "./sheet-text";
import { formatDate } from "../i18n/format";
import { kindInfo } from "./kinds";
import { tableRows } from "./rows";
import type {
  LineSpec,
  PeriodOption,
  Periodicity,
  PlanColumn,
  TableKind,
  TableRequest,
} from "./types";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(code: string): Period {
  return parsePeriodCode(code);
}

/** Period codes and balance dates in time order: 1Q23 2Q23 1H23 3Q23 4Q23 2H23 FY23; a date before a period ending on it. */
export function chronological(codes: Iterable<string>): string[] {
  return [...new Set(codes)]
    .map((code) => ({ code, period: parse(code) }))
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((entry) => entry.code);
}

export function lines(kind: TableKind, items: readonly string[] = []): LineSpec[] {
  return tableRows(kind, items).flatMap((row) => (row.type === "line" ? [row.line] : []));
}

/** Whether a table's columns are balance dates: balance kinds, and searches of balances only. */
export function columnsAreDates(kind: TableKind, items: readonly string[] = []): boolean {
  if (kind !== "search") return kindInfo(kind).columns === "dates";
  const found = lines(kind, items);
  return found.length > 0 && found.every((line) => line.timing === "balance");
}

const periodsOfLine = new Map<string, readonly { period: string; derived: boolean }[]>();

/** A line's periods, asked of the query once per line (the dataset never changes). */
function periodsOf(line: LineSpec): readonly { period: string; derived: boolean }[] {
  const key = `${line.fn}\u0000${line.name}`;
  let periods = periodsOfLine.get(key);
  if (!periods) periodsOfLine.set(key, (periods = periodsOfNamedLine(query(), line.fn, line.name)));
  return periods;
}

const flowLines = new Map<string, boolean>();

/** Whether the dataset reports a line as a flow (not a balance, nor the opening or closing balance of a cash-flow statement). */
function isFlow(line: LineSpec): boolean {
  const key = `${line.fn}\u0000${line.name}`;
  let flow = flowLines.get(key);
  if (flow === undefined)
    flowLines.set(key, (flow = lineKind(query(), line.fn, line.name) === "flow"));
  return flow;
}

/**
 * The lines whose periods a table of periods offers: its flows, when it has any. A cash-flow
 * statement has a period where some cash flow has a figure, not where only the closing cash is
 * known (3Q22 closes on 31 December, which no filing prints cash flows for).
 */
function offering(all: readonly LineSpec[]): readonly LineSpec[] {
  const flows = all.filter(isFlow);
  return flows.length > 0 ? flows : all;
}

/** Every period with a figure for some line of the table, and whether it is derived for all of them. */
function linePeriods(all: readonly LineSpec[]): Map<string, boolean> {
  const periods = new Map<string, boolean>();
  for (const line of all) {
    for (const { period, derived } of periodsOf(line))
      periods.set(period, (periods.get(period) ?? true) && derived);
  }
  return periods;
}

/** What the picker offers for a kind: periods ("1H23") or balance dates ("2023-09-30"), in time order. */
export function periodOptions(kind: TableKind, items: readonly string[] = []): PeriodOption[] {
  const dates = columnsAreDates(kind, items);
  const periods = linePeriods(offering(lines(kind, items)));
  const codes = [...periods.keys()].filter((code) => ISO_DATE.test(code) === dates);
  return chronological(codes).map((code) => ({
    code,
    label: dates ? formatDate(code) : code,
    type: dates ? "date" : "period",
    derived: periods.get(code) ?? false,
  }));
}

const MONTH_DAYS: Record<Exclude<Periodicity, "as-picked">, readonly string[]> = {
  quarters: ["06-30", "09-30", "12-31", "03-31"],
  halves: ["09-30", "03-31"],
  years: ["03-31"],
  ltm: ["06-30", "09-30", "12-31", "03-31"],
};

const RELATIVE: Record<Exclude<Periodicity, "as-picked">, RelativeUnit> = {
  quarters: "Q",
  halves: "H",
  years: "FY",
  ltm: "LTM",
};

function keeps(periodicity: Periodicity, period: Period): boolean {
  if (periodicity === "as-picked") return true;
  if (period.kind === "instant") return MONTH_DAYS[periodicity].includes(period.date.slice(5));
  return relativeKind(period) === RELATIVE[periodicity];
}

/** How a derived period follows from printed ones, for its header note. */
function derivedNote(period: Period): string | undefined {
  if (period.kind !== "flow") return undefined;
  if (period.span === "1Q") return unbroken(sheetText("note.derived", { whole: "1H", part: "2Q" }));
  if (period.span === "2H") return unbroken(sheetText("note.derived", { whole: "FY", part: "1H" }));
  if (isLtm(period.span)) {
    // LTM2Q23 = FY22 − 1H22 + 1H23, as IIJ.SOURCE derives it; to a year's end, the year itself.
    const toDate = YEAR_TO_DATE[ltmQuarter(period.span)];
    if (toDate === "FY") return `= ${periodCode(flow(period.fiscalYear, "FY"))}`;
    return unbroken(
      sheetText("note.ltm", {
        year: periodCode(flow(period.fiscalYear - 1, "FY")),
        before: periodCode(flow(period.fiscalYear - 1, toDate)),
        now: periodCode(flow(period.fiscalYear, toDate)),
      })
    );
  }
  return undefined;
}

/** No line break inside "1H − 2Q": the note wraps in its column as "derived:" over "1H − 2Q". */
function unbroken(note: string): string {
  return note.replace(/ ([−+-]) /g, "\u00a0$1\u00a0");
}

/** The relative unit a set of balance dates steps by: years if all are 31 March, halves if all close a half. */
function dateStep(dates: readonly string[]): RelativeUnit {
  if (dates.every((d) => d.endsWith("-03-31"))) return "FY";
  if (dates.every((d) => d.endsWith("-03-31") || d.endsWith("-09-30"))) return "H";
  return "Q";
}

function monthIndex(iso: string): number {
  const [year, month] = iso.split("-").map(Number);
  return year * 12 + month - 1;
}

/**
 * The relative code of a fixed period, counted back from the latest period of its kind that the
 * table's key line has a figure for: with 1H23 the latest half, 1H22 is H-2.
 */
function relativeCode(period: Period, latest: readonly Period[], unit: RelativeUnit): string {
  const ofKind = latest.filter((p) =>
    p.kind === "instant" ? closesPeriodOf(p, unit) : relativeKind(p) === unit
  );
  const newest = ofKind.sort(comparePeriods).at(-1);
  if (!newest) return `${unit}0`;
  const steps = Math.round(
    (monthIndex(endDate(newest)) - monthIndex(endDate(period))) / STEP_MONTHS[unit]
  );
  return `${unit}${steps === 0 ? "0" : -steps}`;
}

/**
 * The columns a request gets, oldest first: the picked periods of the periodicity chosen, a
 * period picked for a balance table meaning its end date, each date once.
 */
export function orderColumns(request: TableRequest): PlanColumn[] {
  const dates = columnsAreDates(request.kind, request.items);
  const periodicity = request.periodicity ?? "as-picked";
  const all = lines(request.kind, request.items);
  const known = linePeriods(offering(all));
  const picked = request.periods.map((code) => parse(code));
  const fixed = dates
    ? picked.map((p) => endDate(p))
    : picked.filter((p) => p.kind === "flow").map((p) => request.periods[picked.indexOf(p)]);
  const codes = chronological(fixed.map((code) => (dates ? code : code.toUpperCase()))).filter(
    (code) => keeps(periodicity, parse(code))
  );
  const key = keyLine(all);
  const keyPeriods = key
    ? periodsOfNamedLine(query(), key.fn, key.name).map((p) => parse(p.period))
    : [];
  const step = dates ? dateStep(codes) : undefined;
  return codes.map((code): PlanColumn => {
    const period = parse(code);
    const derived = known.get(code) ?? false;
    if (request.rolling) {
      const unit = step ?? relativeKind(period) ?? "FY";
      return {
        period: code,
        header: relativeCode(period, keyPeriods, unit),
        derived,
        note: undefined,
      };
    }
    return {
      period: code,
      header: dates ? isoToSerial(code) : code,
      derived,
      ...(derived ? { note: derivedNote(period) } : {}),
    };
  });
}

/** The fiscal year a period or balance date falls in (IIJ's year runs April to March). */
function fiscalYearOf(period: Period): number {
  if (period.kind === "flow") return period.fiscalYear;
  const [year, month] = period.date.split("-").map(Number);
  return month >= 4 ? year : year - 1;
}

/**
 * For each period or balance date, the whole fiscal years missing between it and the one before
 * ("FY20–FY21", "FY20"), or undefined where the years run on: 1H19 then 1H22 lack FY20 and FY21.
 */
export function yearsMissing(codes: readonly string[]): (string | undefined)[] {
  const name = (year: number) => `FY${String(year % 100).padStart(2, "0")}`;
  return codes.map((code, i) => {
    if (i === 0) return undefined;
    const before = fiscalYearOf(parse(codes[i - 1]));
    const after = fiscalYearOf(parse(code));
    if (after - before < 2) return undefined;
    return after - before === 2 ? name(before + 1) : `${name(before + 1)}–${name(after - 1)}`;
  });
}

/**
 * The columns with a note on each that follows whole fiscal years the table lacks ("gap: no
 * FY20–FY21"), so 1H19 and 1H22 side by side are not read as consecutive. Applied to the columns
 * a table keeps, after those with no figures are left out.
 */
export function markGaps(columns: readonly PlanColumn[]): PlanColumn[] {
  const missing = yearsMissing(columns.map((column) => column.period));
  return columns.map((column, i) => {
    const years = missing[i];
    if (years === undefined) return column;
    const gap = unbroken(sheetText("note.gap", { years }));
    return { ...column, note: column.note ? `${gap}; ${column.note}` : gap };
  });
}

/**
 * The line whose periods a table's rolling headers count from: of the lines that offer its periods,
 * the one with the most, a total before others.
 */
export function keyLine(all: readonly LineSpec[]): LineSpec | undefined {
  let best: LineSpec | undefined;
  let most = -1;
  for (const line of offering(all)) {
    const count = periodsOf(line).length + (line.role === "total" ? 0.5 : 0);
    if (count > most) {
      most = count;
      best = line;
    }
  }
  return best;
}
