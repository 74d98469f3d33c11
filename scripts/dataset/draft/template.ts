/**
 * A curated source file as a template for drafting the next filing: for each of its tables, the
 * block of its report the figures stand in, which cell of a printed row each period column is read
 * from, and each row's printed label. Learned from the line numbers and printed values the curated
 * file records, so the template needs nothing beyond the source format.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { REPORT_DIR } from "../source";
import { figureColumns, readColumns } from "./columns";
import { normalizeLabel } from "./labels";
import { readBlocks, type Block, type TextRow } from "./text";

/** A source-file row as written (the fields the drafter carries over). */
export interface SourceRowText {
  line?: number;
  lines?: number[];
  item: string;
  label?: string;
  values?: (string | null)[];
  formula?: string;
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

/**
 * Where a period column of a table is read from: the n-th figure column of the printed row
 * (`figureColumns`: note and unit columns skipped), as its figure or its parenthetical.
 */
export interface ColumnSource {
  readonly period: string;
  readonly ordinal: number;
  readonly part: "figure" | "parenthetical";
}

export interface TemplateRow {
  readonly row: SourceRowText;
  /** The label as printed in the template's report (garbling included), and as curated. */
  readonly printedLabel: string;
  /** Which occurrence of its normalized label in its block (0 for the first). */
  readonly occurrence: number;
  /**
   * Where each of its period columns stands in its own printed line: a segment table reads
   * one line across (Network & SI, ATM, Adjustments), so rows of one table read different cells.
   * Undefined where the template's figure is not found once on its line.
   */
  readonly places: readonly (Omit<ColumnSource, "period"> | undefined)[];
}

export interface TemplateTable {
  readonly table: SourceTableText;
  /** The block most of its rows stand in (its header places the columns). */
  readonly block: Block;
  /** Every block its rows stand in: a statement printed over two pages is two blocks. */
  readonly blocks: readonly Block[];
  readonly columns: readonly ColumnSource[];
  readonly rows: readonly TemplateRow[];
}

export interface Template {
  readonly reportId: string;
  readonly file: string;
  readonly tables: readonly TemplateTable[];
  readonly blocks: readonly Block[];
  /** Tables the drafter leaves to a person: matrices (components across, one period). */
  readonly byHand: readonly string[];
}

function figureDigits(text: string | undefined): string | undefined {
  return text?.replace(/[()]/g, "");
}

/** The cell of a printed row holding a printed value: as a figure or as its parenthetical. */
function locate(row: TextRow, printed: string): { cell: number; part: ColumnSource["part"] }[] {
  const digits = figureDigits(printed);
  const found: { cell: number; part: ColumnSource["part"] }[] = [];
  row.cells.forEach((cell, index) => {
    if (index === 0) return;
    if (
      cell.figure !== undefined &&
      (cell.figure === printed || figureDigits(cell.figure) === digits)
    )
      found.push({ cell: index, part: "figure" });
    else if (cell.parenthetical === digits) found.push({ cell: index, part: "parenthetical" });
  });
  return found;
}

/** Which occurrence of its label a row is in its block: Borrowings (current) 0, (non-current) 1. */
export function occurrenceInBlock(block: Block, row: TextRow): number {
  const label = normalizeLabel(row.label);
  return block.rows.filter((r) => r.line < row.line && normalizeLabel(r.label) === label).length;
}

function mostCommon<T>(values: T[], key: (value: T) => string): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const k = key(value);
    const entry = counts.get(k) ?? { value, count: 0 };
    entry.count++;
    counts.set(k, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.value;
}

function learnTable(
  table: SourceTableText,
  rowsByLine: Map<number, { row: TextRow; block: Block }>
): TemplateTable | undefined {
  const printedRows = table.rows.filter((row) => row.values && (row.line || row.lines));
  const blocks = printedRows
    .map((row) => rowsByLine.get(row.line ?? row.lines![0])?.block)
    .filter((block): block is Block => block !== undefined);
  const block = mostCommon(blocks, (b) => String(b.firstLine));
  if (!block) return undefined;
  const columns: ColumnSource[] = [];
  const ordinals = figureColumns(readColumns(block));
  table.periods.forEach((period, column) => {
    const places = printedRows.flatMap((row) => {
      const printed = row.values![column];
      const line = row.lines?.[column] ?? row.line;
      const text = line === undefined ? undefined : rowsByLine.get(line)?.row;
      if (!printed || !text || /^[-_—–－‐]$/.test(printed)) return [];
      const found = locate(text, printed);
      return found.length === 1 ? found : [];
    });
    const place = mostCommon(places, (p) => `${p.cell}|${p.part}`);
    const ordinal = place ? ordinals.indexOf(place.cell) : -1;
    if (place && ordinal >= 0) columns.push({ period: String(period), ordinal, part: place.part });
  });
  const rows = table.rows.map((row): TemplateRow => {
    const text = row.line !== undefined ? rowsByLine.get(row.line) : undefined;
    const printedLabel = text?.row.label ?? row.label ?? row.item;
    const places = table.periods.map((_, column) => {
      const printed = row.values?.[column];
      const line = rowsByLine.get(row.lines?.[column] ?? row.line ?? -1);
      if (!printed || !line) return undefined;
      const found = locate(line.row, printed);
      const ordinal =
        found.length === 1 ? figureColumns(readColumns(line.block)).indexOf(found[0].cell) : -1;
      return ordinal >= 0 ? { ordinal, part: found[0].part } : undefined;
    });
    return {
      row,
      printedLabel,
      occurrence: text ? occurrenceInBlock(text.block, text.row) : 0,
      places,
    };
  });
  return { table, block, blocks: [...new Set(blocks)], columns, rows };
}

/** Reads a curated source file and its report into a template. */
export function loadTemplate(sourcePath: string, reportDir = REPORT_DIR): Template {
  const document = parse(readFileSync(sourcePath, "utf8")) as {
    report: { id: string; file: string };
    tables: SourceTableText[];
  };
  const text = readFileSync(join(reportDir, document.report.file), "utf8");
  const blocks = readBlocks(text);
  const rowsByLine = new Map<number, { row: TextRow; block: Block }>();
  for (const block of blocks)
    for (const row of block.rows) rowsByLine.set(row.line, { row, block });
  const byHand = document.tables.filter((table) => table.columns).map((table) => table.id);
  const tables = document.tables
    .filter((table) => !table.columns)
    .map((table) => learnTable(table, rowsByLine))
    .filter((table): table is TemplateTable => table !== undefined);
  return { reportId: document.report.id, file: document.report.file, tables, blocks, byHand };
}
