/**
 * Drafts a source file for a new filing from its text, with earlier curated source files as the
 * template: each of the filing's table blocks is matched to the template block with the same
 * printed lines, each printed row to the template row with the same label, each column to the
 * period its header prints. Whatever is not certain is marked `review: <why>` for a person:
 * nothing the drafter writes enters the dataset until a person has resolved every mark and moved
 * the file to data/source/ (the loader refuses a file with marks left).
 */
import Decimal from "decimal.js";
import { parseLineReference } from "../../../src/data/dataset";
import type { Figure } from "../../../src/data/types";
import { convertMoney, isMoneyUnit, type Unit } from "../../../src/data/unit";
import { IDENTITIES } from "../identities";
import { figureKey } from "../source";
import { figureColumns, readColumns, readUnit, type BlockColumns } from "./columns";
import { matchLabel, normalizeLabel } from "./labels";
import {
  occurrenceInBlock,
  type SourceRowText,
  type SourceTableText,
  type Template,
  type TemplateTable,
} from "./template";
import { readBlocks, type Block, type TextRow } from "./text";
import { checkDraftIdentities } from "./identity-check";
import { shiftYears, yearOf, threeMonthsEnding } from "./period-codes";

export type ReviewReason =
  | "new line"
  | "fuzzy label"
  | "repeated label"
  | "column placed by year"
  | "no figure"
  | "unit"
  | "identity"
  | "restated"
  | "formula"
  | "lookalike table";

export interface DraftRow extends SourceRowText {
  review?: string;
}

export interface DraftTable extends Omit<SourceTableText, "rows"> {
  review?: string;
  rows: DraftRow[];
}

export interface ReviewEntry {
  readonly reason: ReviewReason;
  readonly table: string;
  readonly item: string;
  readonly line?: number;
  readonly printed?: string;
  readonly why: string;
}

export interface Draft {
  readonly report: { id: string; file: string; title: string; filed: string | null };
  readonly tables: DraftTable[];
  readonly review: ReviewEntry[];
  /** Template tables with no block in this filing, and those the drafter leaves to a person. */
  readonly notFound: string[];
  readonly figures: number;
}

export class NotAFilingError extends Error {}

/** The filing's printed row for each template line, and whether the labels matched exactly. */
type PairedRows = Map<number, { row: TextRow; block: Block; match: "exact" | "fuzzy" }>;

interface BlockPair {
  readonly template: Block;
  readonly filing: Block;
  /** Another block scores nearly as well: the rows may belong to a different table. */
  readonly lookalike: boolean;
}

/**
 * Whether a row prints a figure in a figure column: "Non-current liabilities  -" prints a dash in
 * the note column only, and is a heading.
 */
function printsFigures(block: Block, row: TextRow): boolean {
  return figureColumns(readColumns(block)).some((index) => row.cells[index]?.figure !== undefined);
}

const figureRows = (block: Block): TextRow[] =>
  block.rows.filter((row) => printsFigures(block, row));

/** Pairs each printed row of the filing's block with the template block's row of the same label. */
function pairRows(
  template: Block,
  filing: Block
): { byTemplateLine: PairedRows; unpaired: TextRow[] } {
  const byTemplateLine: PairedRows = new Map();
  const used = new Set<number>();
  const templateRows = template.rows.filter((row) => row.label.trim() !== "");
  for (const match of ["exact", "fuzzy"] as const) {
    for (const row of figureRows(filing)) {
      if (used.has(row.line)) continue;
      const occurrence = occurrenceInBlock(filing, row);
      const candidates = templateRows.filter(
        (t) => !byTemplateLine.has(t.line) && matchLabel(row.label, t.label) === match
      );
      // The n-th "Borrowings" of the filing is the n-th of the template (current, then non-current).
      const pick = candidates.find((t) => occurrenceInBlock(template, t) === occurrence);
      if (pick) {
        byTemplateLine.set(pick.line, { row, block: filing, match });
        used.add(row.line);
      }
    }
  }
  return { byTemplateLine, unpaired: figureRows(filing).filter((row) => !used.has(row.line)) };
}

/** What a drafted row takes from its template row: all but the figures and where they stand. */
function carriedFields(row: SourceRowText): DraftRow {
  const carried: DraftRow = { ...row };
  delete carried.values;
  delete carried.line;
  delete carried.lines;
  return carried;
}

/** The heading row a row stands under in its block ("Current liabilities", "Equity securities"). */
function sectionOf(block: Block, row: TextRow): string {
  const above = block.rows.filter(
    (r) =>
      r.line < row.line &&
      !printsFigures(block, r) &&
      r.label.trim() !== "" &&
      !/^notes?$/i.test(r.label.trim())
  );
  return above[above.length - 1]?.label.trim() ?? "";
}

/** "Level 3 equity securities" of the item "Level 3 equity securities: Purchase" printed "Purchase". */
function contextOf(item: string, label: string): string | undefined {
  const at = item.indexOf(": ");
  if (at < 0) return undefined;
  const context = item.slice(0, at);
  return normalizeLabel(label).includes(normalizeLabel(context)) ? undefined : context;
}

/** Whether a block's heading or header prints every word of a context ("equity securities"). */
function mentions(block: Block, context: string): boolean {
  const text = normalizeLabel(
    [
      ...block.heading,
      ...block.rows.filter((r) => !r.hasFigures).map((r) => r.cells.map((c) => c.text).join(" ")),
    ].join(" ")
  );
  return normalizeLabel(context)
    .split(" ")
    .filter((word) => word.length > 3)
    .every((word) => text.includes(word));
}

/** A column's header and the prose above its table, without years or figures: what it says it holds. */
function headerWords(block: Block, ordinal: number): string {
  const column = figureColumns(readColumns(block))[ordinal];
  const header = block.rows
    .filter((row) => !printsFigures(block, row))
    .slice(0, 4)
    .map((row) => row.cells[column]?.text ?? "");
  return normalizeLabel([...block.heading.slice(-2), ...header].join(" ").replace(/\d+/g, "#"));
}

/** 1H23 -> 1H, 2023-09-30 -> 09-30: a period without its year. */
function spanOf(code: string): string {
  return code.replace(/\d{2}$/, "").replace(/^\d{4}-/, "");
}

function spansOf(columns: BlockColumns): string {
  return columns.columns
    .map((c) => (c.role === "period" ? c.code.replace(/\d{2}$/, "").replace(/^\d{4}-/, "") : "-"))
    .join("|");
}

function blockScore(template: Block, filing: Block): number {
  const tLabels = figureRows(template).map((r) => r.label);
  const fLabels = figureRows(filing).map((r) => r.label);
  if (tLabels.length === 0 || fLabels.length === 0) return 0;
  const matched = fLabels.filter((f) => tLabels.some((t) => matchLabel(f, t) !== "none")).length;
  let score = matched / Math.max(tLabels.length, fLabels.length);
  if (spansOf(readColumns(template)) === spansOf(readColumns(filing))) score += 0.3;
  const heading = (b: Block): Set<string> =>
    new Set(
      normalizeLabel(b.heading.join(" "))
        .split(" ")
        .filter((w) => w.length > 3)
    );
  const th = heading(template);
  const fh = heading(filing);
  const common = [...th].filter((w) => fh.has(w)).length;
  if (th.size + fh.size > 0) score += (0.2 * 2 * common) / (th.size + fh.size);
  return score;
}

/** Each template block to at most one of the filing's, best match first; weak matches are dropped. */
function pairBlocks(templateBlocks: Block[], filingBlocks: Block[]): BlockPair[] {
  const scored: { t: Block; f: Block; score: number }[] = [];
  for (const t of templateBlocks)
    for (const f of filingBlocks) {
      const score = blockScore(t, f);
      if (score >= 0.6) scored.push({ t, f, score });
    }
  scored.sort((a, b) => b.score - a.score);
  const usedT = new Set<Block>();
  const usedF = new Set<Block>();
  const pairs: BlockPair[] = [];
  for (const { t, f, score } of scored) {
    if (usedT.has(t) || usedF.has(f)) continue;
    usedT.add(t);
    usedF.add(f);
    const lookalike = scored.some(
      (other) => (other.t === t) !== (other.f === f) && other.score >= score - 0.1
    );
    pairs.push({ template: t, filing: f, lookalike });
  }
  return pairs;
}

/** The years between the template's filing and this one, from columns both headers date. */
function yearShift(pairs: BlockPair[]): number {
  const counts = new Map<number, number>();
  for (const { template, filing } of pairs) {
    const t = readColumns(template).columns;
    const f = readColumns(filing).columns;
    t.forEach((role, i) => {
      const other = f[i];
      if (role.role !== "period" || other?.role !== "period") return;
      const a = yearOf(role.code);
      const b = yearOf(other.code);
      if (a !== undefined && b !== undefined) counts.set(b - a, (counts.get(b - a) ?? 0) + 1);
    });
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function rowUnit(row: TextRow, columns: BlockColumns): Unit | undefined {
  const index = columns.columns.findIndex((c) => c.role === "unit");
  if (index < 0) return undefined;
  const unit = columns.columns[index];
  const text = row.cells[index]?.text ?? "";
  return unit.role === "unit"
    ? /\(yen\)/i.test(text)
      ? "yen"
      : /%/.test(text)
        ? "%"
        : /thousands/i.test(text)
          ? "JPY k"
          : /millions/i.test(text)
            ? "JPY mn"
            : unit.unit
    : undefined;
}

function draftTable(
  tt: TemplateTable,
  pair: BlockPair,
  paired: PairedRows,
  templateRowsByLine: Map<number, { row: TextRow; block: Block }>,
  shift: number,
  review: ReviewEntry[]
): DraftTable {
  const { table } = tt;
  const filingColumns = readColumns(pair.filing);
  const templateColumns = readColumns(pair.template);
  const flagsByItem = new Map<string, string[]>();
  const flag = (
    item: string,
    reason: ReviewReason,
    why: string,
    line?: number,
    printed?: string
  ): void => {
    review.push({ reason, table: table.id, item, why, line, printed });
    flagsByItem.set(item, [...(flagsByItem.get(item) ?? []), why]);
  };

  // Each period column of the template table, placed in the filing by its header.
  let columnNote: string | undefined;
  const spanNotes: string[] = [];
  const periods = table.periods.map((period, index) => {
    const source = tt.columns.find((c) => c.period === String(period)) ?? tt.columns[index];
    const shifted = shiftYears(String(period), shift);
    if (!source) return { period: shifted, source, read: false };
    const readAt = (columns: BlockColumns): string | undefined => {
      const role = columns.columns[figureColumns(columns)[source.ordinal]];
      if (role?.role !== "period") return undefined;
      return source.part === "parenthetical" ? threeMonthsEnding(role.code) : role.code;
    };
    const templateRead = readAt(templateColumns);
    const filingRead = readAt(filingColumns);
    if (templateRead === String(period) && filingRead) {
      // A header that reads "three months" where the template's column is six is a different
      // column, or a misprint (the 2019 report heads its six-month production "Three months").
      if (spanOf(filingRead) !== spanOf(String(period)))
        spanNotes.push(`the header reads ${filingRead} where the template has ${period}`);
      return { period: filingRead, source, read: true };
    }
    // The same header words, only the years moved on: the column means what the template's did.
    const sameWords =
      headerWords(pair.template, source.ordinal) === headerWords(pair.filing, source.ordinal);
    return { period: shifted, source, read: sameWords };
  });
  const filingCells = figureColumns(filingColumns);
  if (spanNotes.length > 0) columnNote = spanNotes.join("; ");
  if (new Set(periods.map((p) => p.period)).size < periods.length)
    columnNote = `two columns read as the same period (${periods.map((p) => p.period).join(", ")}): place each column by hand`;
  else if (periods.some((p) => !p.read)) {
    columnNote = `columns ${periods
      .filter((p) => !p.read)
      .map((p) => p.period)
      .join(
        ", "
      )} placed by the filing's year (${shift >= 0 ? "+" : ""}${shift}), not read from the header`;
  }

  // The unit: as the filing's header prints it; the template's where it prints none.
  let unit = table.unit;
  if (filingColumns.unit && isMoneyUnit(table.unit as Unit) && isMoneyUnit(filingColumns.unit))
    unit = filingColumns.unit;

  const drafted: DraftRow[] = [];
  for (const { row: templateRow, printedLabel, places } of tt.rows) {
    const carried = carriedFields(templateRow);
    if (templateRow.formula !== undefined) {
      drafted.push({ ...carried });
      flag(
        templateRow.item,
        "formula",
        "carried over from the template as a formula: check whether this filing prints the figure"
      );
      continue;
    }
    const values: (string | null)[] = [];
    const lines: number[] = [];
    let match: "exact" | "fuzzy" | undefined;
    let printedRow: TextRow | undefined;
    let printedBlock: Block = pair.filing;
    let unplaced = false;
    periods.forEach((p, column) => {
      const templateLine = templateRow.lines?.[column] ?? templateRow.line;
      const printed = templateLine === undefined ? undefined : paired.get(templateLine);
      if (!printed || !p.source) {
        values.push(null);
        return;
      }
      printedRow = printed.row;
      printedBlock = printed.block;
      match = match === "fuzzy" ? "fuzzy" : printed.match;
      // The row's own place in its line where the template shows one; else the table's column.
      const place = places[column] ?? p.source;
      if (!places[column] && templateRow.values?.[column]) unplaced = true;
      const cells =
        printed.block === pair.filing ? filingCells : figureColumns(readColumns(printed.block));
      const cell = printed.row.cells[cells[place.ordinal] ?? -1];
      values.push((place.part === "parenthetical" ? cell?.parenthetical : cell?.figure) ?? null);
      lines.push(printed.row.line);
    });
    if (!printedRow) continue; // not printed in this filing: listed by the summary as missing
    const row: DraftRow = { line: lines[0], ...carried, values };
    if (new Set(lines).size > 1) row.lines = periods.map((_, i) => lines[i] ?? lines[0]);
    if (
      printedRow.label !== (templateRow.label ?? templateRow.item) &&
      printedRow.label !== templateRow.item
    )
      row.label = printedRow.label;
    // A money row takes the unit this filing prints (row, label or header), never the template's
    // silently: 2019 printed thousands of yen where 2023 prints millions.
    const templateUnit = (templateRow.unit ?? table.unit) as Unit;
    const printedUnit =
      rowUnit(printedRow, filingColumns) ??
      readUnit(printedRow.label) ??
      (isMoneyUnit(templateUnit) ? filingColumns.unit : undefined);
    const rowUnitDrafted = printedUnit ?? templateUnit;
    if (rowUnitDrafted === unit) delete row.unit;
    else row.unit = rowUnitDrafted;
    if (!printedUnit && isMoneyUnit(templateUnit))
      flag(
        templateRow.item,
        "unit",
        `the filing prints no unit for this line: ${templateUnit} kept from the template`,
        printedRow.line,
        printedRow.cells.map((c) => c.text).join(" | ")
      );
    const rowText = printedRow.cells.map((c) => c.text).join(" | ");
    if (match === "fuzzy")
      flag(
        templateRow.item,
        "fuzzy label",
        `label "${printedRow.label}" only resembles the template's "${printedLabel}"`,
        printedRow.line,
        rowText
      );
    if (values.some((v) => v === null))
      flag(
        templateRow.item,
        "no figure",
        "no figure printed where the template has one",
        printedRow.line,
        rowText
      );
    if (columnNote)
      flag(templateRow.item, "column placed by year", columnNote, printedRow.line, rowText);
    const templateText =
      templateRow.line === undefined ? undefined : templateRowsByLine.get(templateRow.line);
    const printedSection = sectionOf(printedBlock, printedRow);
    const templateSection = templateText
      ? sectionOf(templateText.block, templateText.row)
      : undefined;
    if (
      templateText &&
      matchLabel(printedSection, templateSection ?? "") === "none" &&
      (printedSection || templateSection)
    )
      flag(
        templateRow.item,
        "lookalike table",
        `printed under "${printedSection || "(no heading)"}", the template's line under "${templateSection || "(no heading)"}": check it is the same line`,
        printedRow.line,
        rowText
      );
    if (unplaced)
      flag(
        templateRow.item,
        "lookalike table",
        "the template's figure for this line is not found once on its line: place the figures by hand",
        printedRow.line,
        rowText
      );
    const context = contextOf(templateRow.item, printedRow.label);
    if (context && !mentions(pair.filing, context))
      flag(
        templateRow.item,
        "lookalike table",
        `the template names this line by its table ("${context}"), which this table's heading does not print: check it is the same table`,
        printedRow.line,
        rowText
      );
    if (pair.lookalike)
      flag(
        templateRow.item,
        "lookalike table",
        "another table of the filing or the template looks alike: check this row belongs to this table and item",
        printedRow.line,
        rowText
      );
    drafted.push(row);
  }
  for (const row of drafted) {
    const why = flagsByItem.get(row.item);
    if (why) row.review = why.join("; ");
  }
  return {
    id: table.id,
    statement: table.statement,
    kind: table.kind,
    source: table.source,
    unit,
    periods: periods.map((p) => p.period),
    ...(table.basis ? { basis: table.basis } : {}),
    ...(table.share_basis ? { share_basis: table.share_basis } : {}),
    rows: drafted,
  };
}

/** A line the template never printed goes into the table of its block, flagged, under its own label. */
function draftNewLines(
  unpaired: TextRow[],
  table: DraftTable,
  tt: TemplateTable,
  filing: Block,
  review: ReviewEntry[]
): void {
  const cells = figureColumns(readColumns(filing));
  for (const row of unpaired) {
    const values = tt.columns.map((c) => {
      const cell = row.cells[cells[c.ordinal] ?? -1];
      return (c.part === "parenthetical" ? cell?.parenthetical : cell?.figure) ?? null;
    });
    if (values.every((v) => v === null)) continue;
    const printedLabel = row.label.trim() || `(unlabelled line ${row.line})`;
    // A label printed twice (current and non-current) gets its line, until a person names both.
    const label = table.rows.some((r) => r.item === printedLabel)
      ? `${printedLabel} (line ${row.line})`
      : printedLabel;
    const why =
      "new line: no template prints this label; check the item name, its place and its kind";
    review.push({
      reason: "new line",
      table: table.id,
      item: label,
      line: row.line,
      printed: row.cells.map((c) => c.text).join(" | "),
      why,
    });
    table.rows.push({ line: row.line, item: label, values, review: why });
  }
}

function reportMeta(text: string, file: string): Draft["report"] {
  const head = text.slice(0, 3000);
  const term = /(\d+)\s*(?:st|nd|rd|th)\s+Business\s+Term/i.exec(head);
  const fiscalYear = term ? 2000 + Number(term[1]) - 9 : undefined;
  const quarter = /The\s+(First|Second|Third)\s+Quarter/i.exec(head)?.[1].toLowerCase();
  const kind = /Semi-?Annual\s+Securities\s+Report/i.test(head)
    ? "1h"
    : /Annual\s+Securities\s+Report/i.test(head)
      ? "fy"
      : quarter
        ? { first: "1q", second: "2q", third: "3q" }[quarter as "first" | "second" | "third"]
        : "filing";
  const id = `iij-${kind}${fiscalYear ? `-fy${fiscalYear}` : ""}`;
  const titleLine =
    head
      .split("\n")
      .map((l) => l.trim())
      .find((l) => /Securities Report|Financial Results/i.test(l)) ?? "IIJ filing";
  const filedMatch =
    /(?:Filing Date|Date of Filing|Filed on)[:\s\t]*([A-Z][a-z]+ \d{1,2}, \d{4})/i.exec(text);
  const filed = filedMatch ? new Date(`${filedMatch[1]} UTC`).toISOString().slice(0, 10) : null;
  return { id, file, title: `${titleLine}${term ? ` (${term[0]})` : ""}`, filed };
}

function toJpy(value: string, unit: Unit): Decimal | undefined {
  return isMoneyUnit(unit) ? convertMoney(new Decimal(value), unit, "JPY") : undefined;
}

/** A figure differing from what an earlier filing printed for the same line and period. */
function restatement(figure: Figure, earlier: Map<string, Figure>): Figure | undefined {
  const home = figure.sameAs ? parseLineReference(figure.sameAs, figure.statement) : undefined;
  const key = figureKey({ ...figure, ...(home ?? {}) });
  const before = earlier.get(key);
  if (!before) return undefined;
  const a = toJpy(figure.value, figure.unit);
  const b = toJpy(before.value, before.unit);
  if (a && b) {
    // Rounding to the coarser unit of the two is not a restatement.
    const coarser = Decimal.max(
      convertMoney(new Decimal(1), figure.unit as never, "JPY"),
      convertMoney(new Decimal(1), before.unit as never, "JPY")
    );
    return a.minus(b).abs().lt(coarser) ? undefined : before;
  }
  if (figure.unit !== before.unit) return undefined;
  return new Decimal(figure.value).eq(before.value) ? undefined : before;
}

export interface DraftOptions {
  readonly templates: readonly Template[];
  /** Figures of the filings already in the dataset, to catch restatements. */
  readonly earlier: readonly Figure[];
}

export function draftFiling(text: string, file: string, options: DraftOptions): Draft {
  if (text.trim() === "") throw new NotAFilingError("the file is empty");
  if (text.includes("\u0000"))
    throw new NotAFilingError(
      "the file is not text (a PDF or other binary?): give the text of the filing"
    );
  const blocks = readBlocks(text);
  // The newest template's version of a table wins; older ones add only tables it lacks.
  const seen = new Set<string>();
  const templateTables = options.templates
    .flatMap((t) => t.tables)
    .filter((t) => !seen.has(t.table.id) && seen.add(t.table.id));
  const templateBlocks = [...new Set(templateTables.flatMap((t) => t.blocks))];
  const pairs = pairBlocks(templateBlocks, blocks);
  if (pairs.length === 0)
    throw new NotAFilingError(
      "no table of an IIJ filing was found in it (no block of tab-separated rows matches a template's)"
    );
  const shift = yearShift(pairs);
  const review: ReviewEntry[] = [];
  const tables: DraftTable[] = [];
  const notFound: string[] = [];
  const templateRowsByLine = new Map<number, { row: TextRow; block: Block }>();
  for (const block of templateBlocks)
    for (const row of block.rows) templateRowsByLine.set(row.line, { row, block });
  const paired: PairedRows = new Map();
  const unpaired = new Map<BlockPair, TextRow[]>();
  for (const pair of pairs) {
    const rows = pairRows(pair.template, pair.filing);
    for (const [line, row] of rows.byTemplateLine) paired.set(line, row);
    unpaired.set(pair, rows.unpaired);
  }
  const drafted: { tt: TemplateTable; table: DraftTable }[] = [];
  for (const id of new Set(options.templates.flatMap((t) => t.byHand)))
    notFound.push(`${id} (a matrix: draft it by hand)`);
  for (const tt of templateTables) {
    const pair = pairs.find((p) => p.template === tt.block);
    if (!pair) notFound.push(tt.table.id);
    else
      drafted.push({ tt, table: draftTable(tt, pair, paired, templateRowsByLine, shift, review) });
  }
  for (const pair of pairs) {
    // New lines join the table that draws most rows from the block (the statement, not a summary).
    const home = drafted
      .filter((d) => d.tt.blocks.includes(pair.template))
      .sort((a, b) => b.tt.rows.length - a.tt.rows.length)[0];
    if (home) draftNewLines(unpaired.get(pair)!, home.table, home.tt, pair.filing, review);
  }
  tables.push(...drafted.map((d) => d.table).filter((t) => t.rows.length > 0));
  tables.sort((a, b) => (a.rows[0]?.line ?? 0) - (b.rows[0]?.line ?? 0));
  const report = reportMeta(text, file);
  const draft: Draft = { report, tables, review, notFound, figures: 0 };
  const { figures, problems, broken } = checkDraftIdentities(draft);
  for (const problem of problems)
    review.push({ reason: "identity", table: "(file)", item: "(file)", why: problem });
  const earlier = new Map<string, Figure>();
  for (const figure of options.earlier) if (!figure.sameAs) earlier.set(figureKey(figure), figure);
  const flagRow = (tableId: string, item: string, reason: ReviewReason, why: string): void => {
    const table = tables.find((t) => t.id === tableId);
    const row = table?.rows.find((r) => r.item === item);
    if (!row) return;
    review.push({ reason, table: tableId, item, line: row.line, why });
    row.review = row.review ? `${row.review}; ${why}` : why;
  };
  for (const figure of figures) {
    const before = restatement(figure, earlier);
    if (before)
      flagRow(
        figure.table,
        figure.item,
        "restated",
        `restated? ${figure.period}: ${figure.printed ?? figure.value} ${figure.unit} here, ${before.printed ?? before.value} ${before.unit} in ${before.report} (line ${before.line}): draft what is printed, confirm the restatement`
      );
  }
  for (const result of broken) {
    const identity = IDENTITIES.find((i) => i.name === result.identity);
    const reference =
      identity && identity.kind !== "balance"
        ? parseLineReference(identity.total, identity.statement)
        : undefined;
    const table =
      reference &&
      figures.find(
        (f) =>
          f.statement === reference.statement &&
          f.item === reference.item &&
          f.period === result.period
      );
    if (table)
      flagRow(
        table.table,
        table.item,
        "identity",
        `identity "${result.identity}" fails in ${result.period}: ${result.total}, but ${result.sum}`
      );
    else
      review.push({
        reason: "identity",
        table: "(file)",
        item: result.identity,
        why: `identity "${result.identity}" fails in ${result.period}`,
      });
  }
  return { ...draft, figures: figures.filter((f) => f.printed !== undefined).length };
}
