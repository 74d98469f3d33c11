/**
 * What each column of a block holds, read from its header lines: a period ("Six months ended
 * September 30, 2024" -> 1H24), a date ("March 31, 2024" -> 2024-03-31), the note references, or
 * nothing known; and the unit the header or a unit column prints ("Millions of yen").
 * IIJ's fiscal year ends 31 March: the year ended March 31, 2024 is FY23, its 33rd business term
 * is FY24 (the 1st term ended in March 1993... counted so that term N is FY(N - 9)).
 */
import type { Unit } from "../../../src/data/unit";
import type { Block, TextRow } from "./text";

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

export type ColumnRole =
  | { readonly role: "period"; readonly code: string }
  | { readonly role: "note" }
  | { readonly role: "unit"; readonly unit: Unit }
  | { readonly role: "unknown" };

export interface BlockColumns {
  /** Indexed like the cells of a row. */
  readonly columns: readonly ColumnRole[];
  /** The unit the header prints for the whole block, if it prints one. */
  readonly unit?: Unit;
}

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

/** "Millions of yen", "(thousands of yen)", "(yen)", "(%)" -> the unit; undefined otherwise. */
export function readUnit(text: string): Unit | undefined {
  const t = text.toLowerCase();
  if (/millions?\s+of\s+yen|yen\s+in\s+millions|\(?¥?\s*million/.test(t)) return "JPY mn";
  if (/thousands?\s+of\s+yen/.test(t)) return "JPY k";
  if (/^\(?%\)?$|\(%\)/.test(t.trim())) return "%";
  if (/^\(?yen\)?$/.test(t.trim())) return "yen";
  return undefined;
}

function readUnitInProse(line: string): Unit | undefined {
  if (/millions?\s+of\s+yen/i.test(line)) return "JPY mn";
  if (/thousands?\s+of\s+yen/i.test(line)) return "JPY k";
  return undefined;
}

/** The header: the rows above the block's first row with figures. */
export function headerRows(block: Block): TextRow[] {
  const first = block.rows.findIndex((row) => row.hasFigures);
  return block.rows.slice(0, Math.max(first, 0));
}

export function readColumns(block: Block): BlockColumns {
  const header = headerRows(block);
  const width = Math.max(0, ...block.rows.map((row) => row.cells.length));
  const texts: string[] = Array.from({ length: width }, (_, column) =>
    header
      .map((row) => row.cells[column]?.text ?? "")
      .filter(Boolean)
      .join(" ")
  );
  let unit: Unit | undefined;
  const columns = texts.map((text, column): ColumnRole => {
    if (column === 0) return { role: "unknown" };
    if (/^notes?$/i.test(text.trim())) return { role: "note" };
    const code = readPeriod(text);
    const printedUnit = readUnit(text);
    if (printedUnit) unit ??= printedUnit;
    if (code) return { role: "period", code };
    // A column whose every data cell names a unit: "(millions of yen)" in the selected data.
    const cells = block.rows
      .filter((row) => row.hasFigures)
      .map((row) => row.cells[column]?.text ?? "");
    if (cells.length > 0 && cells.every((cell) => readUnit(cell))) {
      return { role: "unit", unit: readUnit(cells[0])! };
    }
    return { role: "unknown" };
  });
  // "As of September 30, 2023" above a table with one figure column dates that column.
  const asOf = block.heading.map((line) => /as of (.*)$/i.exec(line)?.[1]).find(Boolean);
  if (asOf) {
    const code = readPeriod(asOf);
    const figureColumns = columns
      .map((role, index) => ({ role, index }))
      .filter(({ role, index }) => role.role === "unknown" && index > 0);
    if (code && figureColumns.length === 1)
      columns[figureColumns[0].index] = { role: "period", code };
  }
  // "(Millions of yen)" or "in millions of yen" in the prose just above the table.
  unit ??= block.heading.map((line) => readUnitInProse(line)).find(Boolean);
  return { columns, ...(unit ? { unit } : {}) };
}

/**
 * The columns that hold figures, in order: not the label, the note references or a unit column.
 * Tables are matched column by column in this order, since one filing prints a note column and
 * another does not.
 */
export function figureColumns(columns: BlockColumns): number[] {
  return columns.columns
    .map((role, index) => ({ role, index }))
    .filter(({ role, index }) => index > 0 && role.role !== "note" && role.role !== "unit")
    .map(({ index }) => index);
}
