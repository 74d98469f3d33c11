/**
 * A curated source file as a template for drafting the next filing: its tables as curated (rows,
 * canonical items, labels, kinds, units) and its report's text, where each row's line numbers
 * and printed values show where on its line each figure stands. The template needs nothing
 * beyond the source format.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { REPORT_DIR } from "../source";
import { businessTerm } from "./columns";
import { readReport, type TextLine } from "./text";

/** A source-file row as written (the fields the drafter carries over). */
export interface SourceRowText {
  line?: number;
  lines?: number[];
  item: string;
  label?: string;
  values?: (string | null)[];
  formula?: string | (string | null)[];
  periods?: string[];
  same_as?: string;
  unit?: string;
  kind?: string;
  closing_item?: string;
  balance_of?: string;
  basis?: string;
  discrepancy?: string;
}

export interface SourceTableText {
  id: string;
  statement: string;
  kind: string;
  source: string;
  unit: string;
  periods: string[];
  basis?: string;
  share_basis?: string;
  /** A matrix (changes in equity): value columns are components of one period. */
  columns?: string[];
  rows: SourceRowText[];
}

/** A rule of the source file's `exclusions:` (numeric cells deliberately not recorded). */
export interface ExclusionText {
  id: string;
  lines: (number | string)[];
  columns?: number[];
  reason: string;
  review?: string;
}

export interface Template {
  readonly reportId: string;
  readonly file: string;
  readonly tables: readonly SourceTableText[];
  readonly exclusions: readonly ExclusionText[];
  /** Its report's text, line by line. */
  readonly lines: readonly TextLine[];
  /** The business term its report prints on the cover (the 32nd: FY2023). */
  readonly term?: number;
}

/**
 * The line and period a value column holds: the table's period of that column, or in a matrix
 * (`columns`: the statement of changes in equity) its one period and the line
 * "<component>: <row item>", as the loader names it.
 */
export function valueColumn(
  table: Pick<SourceTableText, "periods" | "columns">,
  item: string,
  column: number
): { item: string; period: string } {
  if (table.columns)
    return { item: `${table.columns[column]}: ${item}`, period: String(table.periods[0]) };
  return { item, period: String(table.periods[column]) };
}

/** Reads a curated source file and its report into a template. */
export function loadTemplate(sourcePath: string, reportDir = REPORT_DIR): Template {
  const document = parse(readFileSync(sourcePath, "utf8")) as {
    report: { id: string; file: string };
    tables: SourceTableText[];
    exclusions?: ExclusionText[];
  };
  const lines = readReport(readFileSync(join(reportDir, document.report.file), "utf8"));
  return {
    reportId: document.report.id,
    file: document.report.file,
    tables: document.tables,
    exclusions: document.exclusions ?? [],
    lines,
    term: businessTerm(lines),
  };
}
