/**
 * Drafts a source file for a new filing from its text, with earlier curated source files as the
 * template: each template table is found in the new text by the order of its row labels (not by
 * line number), each row's figures are read from the same place on its line, counted from the
 * right (a note column or a label split over cells on the left varies between filings), and each
 * column's period is the template's moved on by the business terms between the filings, checked
 * against what the headers print. Whatever is not certain is marked `review: <why>` for a person:
 * nothing the drafter writes enters the dataset until a person has resolved every mark and moved
 * the file to data/source/ (the loader refuses a file with marks left). A label no template has
 * becomes a new item, never an old one.
 */
import Decimal from "decimal.js";
import { parseLineReference } from "../../../src/data/dataset";
import type { Figure } from "../../../src/data/types";
import { convertMoney, isMoneyUnit, type Unit } from "../../../src/data/unit";
import { IDENTITIES } from "../identities";
import { figureKey } from "../source";
import { businessTerm, headerFacts, headerMismatch, mainMoneyUnit } from "./columns";
import { checkDraftIdentities } from "./identity-check";
import { labelKey } from "./labels";
import { shiftYears } from "./period-codes";
import { placeTable } from "./table-finder";
import {
  valueColumn,
  type ExclusionText,
  type SourceRowText,
  type SourceTableText,
  type Template,
} from "./template";
import { readReport, type TextLine } from "./text";

export type ReviewReason =
  | "new line"
  | "fuzzy label"
  | "column placed by year"
  | "no figure"
  | "column count"
  | "running text"
  | "unit"
  | "identity"
  | "restated"
  | "formula"
  | "lookalike table"
  | "exclusion";

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
  /** Template tables not found in this filing. */
  readonly notFound: string[];
  /** The newest template's exclusion rules, their lines moved onto this filing, each to review. */
  readonly exclusions: ExclusionText[];
  readonly figures: number;
}

export class NotAFilingError extends Error {}

interface Doubt {
  readonly reason: ReviewReason;
  readonly why: string;
}

/** Where in a line's figures a template value stands: counted from the right, as columns end there. */
interface Position {
  readonly fromRight: number;
  /** Read from running text: the line's figures wherever they stand. */
  readonly inText: boolean;
  /** Printed in brackets that are no minus sign: "121,962 (63,772)", the three months. */
  readonly bracketed: boolean;
}

/** A note reference ("5,9", "11") or a dash left of the figures: printed in one filing, not another. */
const NOTE_LIKE = /^(\d{1,2}(,\d{1,2})*|[-_—–])$/;

/** Where each of a template row's values stands on its template line; undefined where not found once. */
function positionsOf(row: SourceRowText, template: readonly TextLine[]): (Position | undefined)[] {
  // Prose prints a row's figures in any order ("28.3% (26.4% for 1H22)"): a figure may stand
  // anywhere on its line, but two of the row's values never on the same spot.
  const taken = new Set<string>();
  return (row.values ?? []).map((printed, column) => {
    if (printed === null || printed === undefined) return undefined;
    const lineNumber = row.lines?.[column] ?? row.line;
    const line = lineNumber === undefined ? undefined : template[lineNumber - 1];
    if (!line) return undefined;
    for (const inText of [false, true]) {
      for (const bracketed of [false, true]) {
        const wanted = bracketed ? `(${printed})` : printed;
        const figures = inText ? line.inText : line.cells;
        const at = figures.findIndex(
          (figure, i) => figure === wanted && !taken.has(`${lineNumber}|${inText}|${i}`)
        );
        if (at >= 0) {
          taken.add(`${lineNumber}|${inText}|${at}`);
          return { fromRight: figures.length - 1 - at, inText, bracketed };
        }
      }
    }
    return undefined;
  });
}

/**
 * The figure at a template position in the filing's line, and why it is doubtful if it is.
 * Columns are counted from the right; a note reference printed or dropped left of the figures
 * does not move them.
 */
function readFigure(
  position: Position,
  templateLine: TextLine,
  line: TextLine
): { value?: string; doubt?: Doubt } {
  const from = position.inText ? templateLine.inText : templateLine.cells;
  const to = position.inText ? line.inText : line.cells;
  if (position.fromRight >= to.length)
    return {
      doubt: {
        reason: "no figure",
        why: `the line prints ${to.length} figures, the template's ${from.length}: no figure in this column`,
      },
    };
  let value = to[to.length - 1 - position.fromRight];
  if (position.bracketed) {
    if (!/^\(.*\)$/.test(value))
      return {
        value,
        doubt: {
          reason: "column count",
          why: `the template printed this figure in brackets, this line prints "${value}": check the column`,
        },
      };
    value = value.slice(1, -1);
  }
  if (from.length === to.length) return { value };
  const extra =
    to.length > from.length
      ? to.slice(0, to.length - from.length)
      : from.slice(0, from.length - to.length);
  const leftOfValue = from.length - 1 - position.fromRight >= from.length - to.length;
  if (extra.every((cell) => NOTE_LIKE.test(cell)) && leftOfValue) return { value };
  return {
    value,
    doubt: {
      reason: "column count",
      why: `the line prints ${to.length} figures where the template's printed ${from.length}: check the column`,
    },
  };
}

/** The fields a row keeps from its template: what the line is, not what this filing prints. */
function carriedFields(row: SourceRowText): DraftRow {
  const carried: DraftRow = { ...row };
  delete carried.values;
  delete carried.line;
  delete carried.lines;
  delete carried.label;
  return carried;
}

/** The printed label where it differs from the item: the curated one when printed alike, else as printed now. */
function labelFor(
  row: SourceRowText,
  line: TextLine,
  templateLine: TextLine | undefined
): string | undefined {
  // Printed as the template printed it: the curated label. The same words with other dates
  // ("Balance, April 1, 2023" for "Balance, April 1, 2022"): as printed now.
  if (templateLine && line.label.trim() === templateLine.label.trim()) return row.label;
  if (row.label && templateLine && labelKey(line.label) === labelKey(templateLine.label))
    return /\d/.test(row.label) ? line.label.trim() : row.label;
  const printed = line.label.trim();
  return printed && labelKey(printed) !== labelKey(row.item) ? printed : row.label;
}

/**
 * A money table's unit: the one its header prints; else the template's, unless the two filings
 * print different units on the whole (IIJ reported in thousands of yen until 2020).
 */
function tableUnit(
  templateUnit: Unit,
  templateHeader: ReadonlySet<Unit>,
  header: ReadonlySet<Unit>,
  documents: { template?: Unit; drafted?: Unit }
): { unit: Unit; doubt?: string } {
  if (!isMoneyUnit(templateUnit)) return { unit: templateUnit };
  if (header.size === 1) return { unit: [...header][0] };
  if (header.size > 1)
    return {
      unit: templateUnit,
      doubt: `the header prints ${[...header].join(" and ")}: which is this table's?`,
    };
  if (templateHeader.size > 0 || documents.template !== documents.drafted)
    return {
      unit: templateUnit,
      doubt: `no unit printed above the table; the template's was ${templateUnit}, this filing mostly prints ${documents.drafted ?? "none"}`,
    };
  return { unit: templateUnit };
}

/** A clean item name for a label no template has: the words as printed, tidied. */
function newItemName(label: string): string {
  return (
    label
      .replace(/\s+/g, " ")
      .replace(/^[*※X]\d*\s*/, "")
      .trim() || "Unnamed line"
  );
}

/**
 * The first row of a table whose first template row is not found ("Balance, March 31, 2018" is
 * "Balance, April 1, 2022" now): up from its first placed row over rows of figures and the
 * sub-headings between them, to the line under its column headers.
 */
function tableTop(lines: readonly TextLine[], firstPlaced: number): number {
  let top = firstPlaced;
  for (let n = firstPlaced - 1; n >= Math.max(1, firstPlaced - 8); n--) {
    const line = lines[n - 1];
    const above = lines[n - 2];
    if (line.cells.length > 0) top = n;
    else if (line.label === "" || !above || above.cells.length === 0) break;
  }
  return top;
}

/**
 * Where a template line stands in the filing: where a placed table put it, else at the same
 * distance from the nearest placed line (within 12), if the filing prints the same label there
 * with as many cells.
 */
function mapLine(
  line: number,
  lineMap: ReadonlyMap<number, number>,
  template: readonly TextLine[],
  lines: readonly TextLine[]
): number | undefined {
  const placed = lineMap.get(line);
  if (placed !== undefined) return placed;
  for (let distance = 1; distance <= 12; distance++)
    for (const near of [line - distance, line + distance]) {
      const at = lineMap.get(near);
      if (at === undefined) continue;
      const n = at + (line - near);
      const was = template[line - 1];
      const now = lines[n - 1];
      if (!was || !now) return undefined;
      const same =
        labelKey(was.label) === labelKey(now.label) &&
        was.text.split("\t").length === now.text.split("\t").length;
      return same ? n : undefined;
    }
  return undefined;
}

/**
 * The newest template's exclusion rules with their lines moved onto this filing, each marked for
 * review: a rule placed wrong would hide a figure, so a person confirms every one.
 */
function draftExclusions(
  template: Template,
  lines: readonly TextLine[],
  lineMap: ReadonlyMap<number, number>,
  review: ReviewEntry[]
): ExclusionText[] {
  const drafted: ExclusionText[] = [];
  for (const rule of template.exclusions) {
    const moved: string[] = [];
    const lost: string[] = [];
    for (const entry of rule.lines) {
      const [range, cells] = String(entry).split(":");
      const [first, last] = range.split("-").map(Number);
      const mapped: number[] = [];
      for (let n = first; n <= (last ?? first); n++) {
        const to = mapLine(n, lineMap, template.lines, lines);
        if (to === undefined) lost.push(String(n));
        else mapped.push(to);
      }
      // Consecutive lines back into ranges, the cell positions as the template's rule gives them.
      let start = 0;
      mapped.forEach((n, i) => {
        if (i + 1 < mapped.length && mapped[i + 1] === n + 1) return;
        const text = i === start ? `${mapped[start]}` : `${mapped[start]}-${n}`;
        moved.push(cells === undefined ? text : `${text}:${cells}`);
        start = i + 1;
      });
    }
    const why =
      `carried over from the template's rule, lines moved: check each line's cells are still not figures` +
      (lost.length > 0 ? `; the template's lines ${lost.join(", ")} were not found here` : "");
    if (moved.length === 0) {
      review.push({
        reason: "exclusion",
        table: "(exclusions)",
        item: rule.id,
        why: `the template's rule "${rule.id}" finds none of its lines here: left out`,
      });
      continue;
    }
    review.push({ reason: "exclusion", table: "(exclusions)", item: rule.id, why });
    drafted.push({
      id: rule.id,
      lines: moved,
      ...(rule.columns ? { columns: rule.columns } : {}),
      reason: rule.reason,
      review: why,
    });
  }
  return drafted;
}

/** A table's `source` text with its years moved on ("six months ended September 30, 2024"). */
function yearsMovedOn(text: string, years: number): string {
  return text
    .replace(/\b(19|20)\d{2}\b/g, (year) => String(Number(year) + years))
    .replace(/\b(?:[1-4]Q|[12]H|9M|FY)\d{2}\b/g, (code) => shiftYears(code, years))
    .replace(/\b(\d+)(?:st|nd|rd|th)(\s+business\s+term)/gi, (_, n: string, rest: string) => {
      const term = Number(n) + years;
      const suffix =
        Math.floor(term / 10) % 10 === 1
          ? "th"
          : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[term % 10] ?? "th");
      return `${term}${suffix}${rest}`;
    });
}

interface TableContext {
  readonly template: Template;
  readonly lines: readonly TextLine[];
  /** Business terms between the template's filing and this one. */
  readonly years: number;
  readonly documentUnits: { template?: Unit; drafted?: Unit };
  readonly review: ReviewEntry[];
  /** Template line -> filing line, of every table placed. */
  readonly lineMap: Map<number, number>;
}

function draftTable(source: SourceTableText, context: TableContext): DraftTable | undefined {
  const { template, lines, years } = context;
  const printedRows = source.rows.filter((row) => row.values !== undefined);
  const templateLines = [
    ...new Set(printedRows.flatMap((row) => row.lines ?? (row.line ? [row.line] : []))),
  ].sort((a, b) => a - b);
  if (templateLines.length === 0) return undefined;
  const placement = placeTable(templateLines, template.lines, lines);
  if (!placement) return undefined;
  for (const [from, to] of placement.lines) context.lineMap.set(from, to);
  const periods = source.periods.map((code) => shiftYears(String(code), years));
  const tableDoubts: Doubt[] = [];
  if (placement.doubt) tableDoubts.push({ reason: "lookalike table", why: placement.doubt });
  if (placement.headings.length > 0)
    tableDoubts.push({
      reason: "lookalike table",
      why: `headings the template's table has not: ${placement.headings.map((h) => `"${h}"`).join(", ")}; are these still the same lines?`,
    });
  const firstTemplate = templateLines[0];
  const placedLines = [...placement.lines.values()];
  const firstNew = placement.lines.get(firstTemplate) ?? tableTop(lines, Math.min(...placedLines));
  const region = (from: number, to: number): number[] =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const templateHeader = headerFacts(
    template.lines,
    firstTemplate,
    region(firstTemplate, templateLines[templateLines.length - 1])
  );
  const header = headerFacts(lines, firstNew, region(firstNew, Math.max(...placedLines)));
  const periodDoubt = headerMismatch(
    templateHeader,
    header,
    years,
    source.periods.map(String),
    periods
  );
  if (periodDoubt) tableDoubts.push({ reason: "column placed by year", why: periodDoubt });
  const unit = tableUnit(
    source.unit as Unit,
    templateHeader.units,
    header.units,
    context.documentUnits
  );
  if (unit.doubt) tableDoubts.push({ reason: "unit", why: unit.doubt });

  const rows: { row: DraftRow; doubts: Doubt[]; printed?: TextLine }[] = [];
  for (const templateRow of source.rows) {
    const carried = carriedFields(templateRow);
    if (templateRow.formula !== undefined) {
      rows.push({
        row: {
          ...carried,
          ...(templateRow.periods
            ? { periods: templateRow.periods.map((p) => shiftYears(String(p), years)) }
            : {}),
        },
        doubts: [
          ...tableDoubts,
          {
            reason: "formula",
            why: `carried over from the template as a formula: check whether this filing prints the figure, or "${String(templateRow.formula)}" still gives it`,
          },
        ],
      });
      continue;
    }
    const positions = positionsOf(templateRow, template.lines);
    const doubts: Doubt[] = [...tableDoubts];
    const values: (string | null)[] = [];
    const newLines: (number | undefined)[] = [];
    let found = 0;
    (templateRow.values ?? []).forEach((printed, column) => {
      const templateLine = templateRow.lines?.[column] ?? templateRow.line;
      const at = templateLine === undefined ? undefined : placement.lines.get(templateLine);
      const position = positions[column];
      newLines.push(at);
      if (printed === null || at === undefined || position === undefined) {
        values.push(null);
        if (printed !== null) {
          const { period } = valueColumn({ ...source, periods }, templateRow.item, column);
          doubts.push({
            reason: "no figure",
            why: `no figure found for ${period}${source.columns ? ` (${source.columns[column]})` : ""} where the template has one`,
          });
        }
        return;
      }
      const from = template.lines[templateLine! - 1];
      const line = lines[at - 1];
      const read = readFigure(position, from, line);
      values.push(read.value ?? null);
      if (read.value !== undefined) found++;
      if (read.doubt) doubts.push(read.doubt);
      if (placement.fuzzy.has(templateLine!))
        doubts.push({
          reason: "fuzzy label",
          why: `label "${line.label}" only resembles the template's "${from.label}": is it the same line?`,
        });
      if (position.inText && labelKey(from.label) !== labelKey(line.label))
        doubts.push({
          reason: "running text",
          why: "figure read from a sentence whose words changed: check which figure it is",
        });
    });
    if (found === 0) continue; // not printed in this filing: the summary counts it missing
    const placed = newLines.filter((n): n is number => n !== undefined);
    const first = placed[0];
    const printedLine = lines[first - 1];
    const templateLine = template.lines[(templateRow.lines?.[0] ?? templateRow.line ?? 0) - 1];
    const label = labelFor(templateRow, printedLine, templateLine);
    const row: DraftRow = {
      line: first,
      ...(new Set(placed).size > 1 ? { lines: newLines.map((n) => n ?? first) } : {}),
      ...carried,
      ...(label ? { label } : {}),
      values,
    };
    rows.push({ row, doubts, printed: printedLine });
  }
  const count = source.columns?.length ?? periods.length;
  for (const n of placement.unmatched) {
    const line = lines[n - 1];
    const values = Array.from(
      { length: count },
      (_, i) => line.cells[line.cells.length - count + i] ?? null
    );
    const printedLabel = newItemName(line.label);
    // A label printed twice (current and non-current) gets its line, until a person names both.
    const item = rows.some((r) => r.row.item === printedLabel)
      ? `${printedLabel} (line ${n})`
      : printedLabel;
    rows.push({
      row: { line: n, item, values },
      doubts: [
        ...tableDoubts,
        {
          reason: "new line",
          why: `new line: "${line.label}" is in no earlier filing: name the item (a new one, or an existing one if it is the same line renamed), its kind, and check its columns`,
        },
      ],
      printed: line,
    });
  }
  // Rows in printed order, as a person reads them against the report.
  rows.sort((a, b) => (a.row.line ?? Infinity) - (b.row.line ?? Infinity));
  for (const { row, doubts, printed } of rows) {
    const seen = new Set<string>();
    const unique = doubts.filter((d) => !seen.has(d.why) && seen.add(d.why));
    for (const doubt of unique)
      context.review.push({
        reason: doubt.reason,
        table: source.id,
        item: row.item,
        why: doubt.why,
        ...(printed ? { line: printed.number, printed: printed.text.replace(/\t/g, " | ") } : {}),
      });
    if (unique.length > 0) row.review = unique.map((d) => d.why).join("; ");
  }
  const table: DraftTable = {
    ...source,
    source: yearsMovedOn(source.source, years),
    unit: unit.unit,
    periods,
    rows: rows.map((r) => r.row),
  };
  return table;
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
  // The cover's "[Filing Date] November 14, 2023"; running text names other filings' dates
  // ("our Annual Securities Report ... filed on June 30, 2023").
  const filedMatch =
    /(?:Filing Date|Date of Filing)\]?[:\s]*([A-Z][a-z]+ \d{1,2}, \d{4})/i.exec(text) ??
    /Filed on[:\s]*([A-Z][a-z]+ \d{1,2}, \d{4})/i.exec(text);
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

/** The drafted row a figure of the loaded draft comes from (in a matrix, "<component>: <item>"). */
function rowOf(table: DraftTable | undefined, item: string): DraftRow | undefined {
  return table?.rows.find(
    (row) =>
      row.item === item || (table.columns ?? []).some((column) => `${column}: ${row.item}` === item)
  );
}

export function draftFiling(text: string, file: string, options: DraftOptions): Draft {
  if (text.trim() === "") throw new NotAFilingError("the file is empty");
  if (text.includes("\u0000"))
    throw new NotAFilingError(
      "the file is not text (a PDF or other binary?): give the text of the filing"
    );
  const lines = readReport(text);
  const term = businessTerm(lines);
  if (term === undefined)
    throw new NotAFilingError(
      'no table of an IIJ filing was found in it: no "Nth business term" on its cover (the text of an English quarterly, semi-annual or annual securities report is expected)'
    );
  const review: ReviewEntry[] = [];
  const tables: DraftTable[] = [];
  const notFound: string[] = [];
  // The newest template's tables come first; an older template adds only tables printed on lines
  // none of them reads (a table the newest lacks), not the same statement again under its own id.
  const claimed = new Set<number>();
  const exclusions: ExclusionText[] = [];
  options.templates.forEach((template, index) => {
    const context: TableContext = {
      template,
      lines,
      years: term - (template.term ?? term),
      documentUnits: { template: mainMoneyUnit(template.lines), drafted: mainMoneyUnit(lines) },
      review: [],
      lineMap: new Map(),
    };
    const added: DraftTable[] = [];
    for (const source of template.tables) {
      if (tables.some((t) => t.id === source.id)) continue;
      const entries = context.review.length;
      const drafted = draftTable(source, context);
      const lines = drafted?.rows.flatMap((r) => r.lines ?? (r.line ? [r.line] : [])) ?? [];
      if (drafted && lines.length > 0 && !(index > 0 && lines.some((n) => claimed.has(n))))
        added.push(drafted);
      else {
        context.review.splice(entries);
        if (index === 0) notFound.push(source.id);
      }
    }
    for (const table of added) {
      tables.push(table);
      for (const row of table.rows) for (const n of row.lines ?? [row.line ?? 0]) claimed.add(n);
    }
    review.push(...context.review);
    if (index === 0) exclusions.push(...draftExclusions(template, lines, context.lineMap, review));
  });
  if (tables.length === 0)
    throw new NotAFilingError(
      "no table of an IIJ filing was found in it (none of the template's tables is printed)"
    );
  tables.sort((a, b) => (a.rows[0]?.line ?? 0) - (b.rows[0]?.line ?? 0));
  const report = reportMeta(text, file);
  const draft: Draft = { report, tables, review, notFound, exclusions, figures: 0 };
  const { figures, problems, broken } = checkDraftIdentities(draft);
  for (const problem of problems)
    review.push({ reason: "identity", table: "(file)", item: "(file)", why: problem });
  const earlier = new Map<string, Figure>();
  for (const figure of options.earlier) if (!figure.sameAs) earlier.set(figureKey(figure), figure);
  const flagRow = (tableId: string, item: string, reason: ReviewReason, why: string): void => {
    const row = rowOf(
      tables.find((t) => t.id === tableId),
      item
    );
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
