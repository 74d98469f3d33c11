/**
 * Reads the curated source files (data/source/*.yaml) into figures, checking their shape.
 * Build-time only: the add-in ships the generated module, never this.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import Decimal from "decimal.js";
import { parsePeriodCode, periodCode } from "../../src/data/period";
import {
  STATEMENTS,
  type Basis,
  type Figure,
  type LineKind,
  type Report,
  type ShareSplit,
  type Statement,
} from "../../src/data/types";
import { UNITS, parsePrinted, type Unit } from "../../src/data/unit";
import { parseLineReference } from "../../src/data/dataset";
import type { Exclusion } from "./completeness";

export const ROOT = join(__dirname, "..", "..");
export const SOURCE_DIR = join(ROOT, "data", "source");
export const REPORT_DIR = join(ROOT, "data", "reports");

interface SourceRow {
  line?: number;
  lines?: number[];
  item: string;
  label?: string;
  values?: (string | null)[];
  /** One formula; in a table with `columns`, one per column (null: no figure in that column). */
  formula?: string | (string | null)[];
  periods?: string[];
  same_as?: string;
  discrepancy?: string;
  basis?: Basis;
  unit?: Unit;
  kind?: LineKind;
  closing_item?: string;
  balance_of?: string;
  /** Left by `iij draft` for a person; a file with one left is refused. */
  review?: string;
}

/** A table's columns are periods (`flow`) or dates (`balance`); a row of a flow table may be a balance. */
type TableKind = "flow" | "balance";

interface SourceTable {
  id: string;
  statement: Statement;
  source: string;
  kind: TableKind;
  unit: Unit;
  periods: string[];
  basis?: Basis;
  /** `record-date`: per-share figures per share of the period's last day (dividends), not restated. */
  share_basis?: "record-date" | "restated";
  review?: string;
  /**
   * A matrix (the statement of changes in equity): the value columns are these components, not
   * periods, and the table has one period. Each row becomes one line per component, named
   * "<component>: <row item>".
   */
  columns?: string[];
  rows: SourceRow[];
}

interface SourceSplit {
  effective: string;
  ratio: number;
  line: number;
  printed: string;
}

/** A table as curated, kept for checks that depend on row order (sections summing to totals). */
export interface LoadedTable {
  readonly report: Report;
  readonly id: string;
  readonly statement: Statement;
  readonly items: readonly string[];
}

export interface LoadedSources {
  readonly reports: Report[];
  readonly figures: Figure[];
  readonly tables: LoadedTable[];
  /** Each filing's numeric cells deliberately not recorded (`exclusions:`), by report id. */
  readonly exclusions: ReadonlyMap<string, readonly Exclusion[]>;
}

class SourceError extends Error {}

function fail(where: string, message: string): never {
  throw new SourceError(`${where}: ${message}`);
}

function requireString(value: unknown, where: string, field: string): string {
  if (typeof value !== "string" || value.trim() === "")
    fail(where, `\`${field}\` must be a non-empty string`);
  return value;
}

function termsOf(formula: string): string[] {
  return formula.split(/\s+[+-]\s+/).map((term) => term.trim());
}

/** Evaluates "A - B + C" over figures of the same table and period, exactly. */
function evaluateFormula(formula: string, values: Map<string, string>, where: string): string {
  const terms = formula.split(/\s+([+-])\s+/);
  let total = new Decimal(0);
  for (let i = 0; i < terms.length; i += 2) {
    const sign = i === 0 ? "+" : terms[i - 1];
    const value = values.get(terms[i].trim());
    if (value === undefined)
      fail(where, `formula "${formula}" names "${terms[i]}", which has no figure in this table`);
    total = sign === "+" ? total.plus(value) : total.minus(value);
  }
  return total.toString();
}

/**
 * A row's kind: its table's, or a balance under a flow table's period column, at the start
 * (`opening`, naming the line whose closing balance it continues) or the end (`closing`).
 */
function lineKind(
  row: SourceRow,
  table: TableKind,
  at: string
): Pick<Figure, "kind" | "closingItem" | "balanceOf"> {
  const kind = row.kind ?? table;
  if (kind !== table && (table !== "flow" || (kind !== "opening" && kind !== "closing")))
    fail(
      at,
      `\`kind: ${kind}\` is not allowed in a ${table} table (opening or closing, in a flow table)`
    );
  if (kind === "opening" && !row.closing_item)
    fail(
      at,
      "an opening balance names its `closing_item`: the line the previous period closes with"
    );
  if (kind !== "opening" && row.closing_item !== undefined)
    fail(at, "`closing_item` belongs to an opening balance");
  if (kind !== "opening" && kind !== "closing" && row.balance_of !== undefined)
    fail(at, "`balance_of` belongs to an opening or closing balance");
  return {
    kind,
    ...(row.closing_item ? { closingItem: row.closing_item } : {}),
    ...(row.balance_of ? { balanceOf: row.balance_of } : {}),
  };
}

/**
 * A matrix table's rows, one per component and printed row: values, `lines`, `closing_item` and
 * formula terms are taken per column and named with the component.
 */
function matrixRows(raw: SourceTable, where: string): SourceRow[] {
  const columns = raw.columns!;
  if (!Array.isArray(columns) || columns.length === 0)
    fail(where, "`columns` must list the components the value columns hold");
  if (raw.periods?.length !== 1) fail(where, "a table with `columns` has one period");
  if (!Array.isArray(raw.rows)) fail(where, "`rows` must be a list");
  const rows: SourceRow[] = [];
  columns.forEach((column, c) => {
    const name = (item: string) => `${requireString(column, where, "columns")}: ${item}`;
    for (const row of raw.rows) {
      const at = `${where} item "${row.item}"`;
      for (const field of ["values", "lines", "formula"] as const) {
        const list = row[field];
        if (list !== undefined && (!Array.isArray(list) || list.length !== columns.length))
          fail(at, `\`${field}\` must have one entry per column (${columns.length})`);
      }
      if (row.balance_of !== undefined)
        fail(at, "`balance_of` is not available in a table with `columns`");
      const { values, lines, formula, ...rest } = row;
      const columnFormula = (formula as (string | null)[] | undefined)?.[c];
      // A column with no formula has no figure, as a blank printed cell has none.
      if (formula !== undefined && !columnFormula) continue;
      rows.push({
        ...rest,
        item: name(row.item),
        ...(values !== undefined ? { values: [values[c]] } : {}),
        ...(lines !== undefined ? { line: lines[c] } : {}),
        ...(row.closing_item !== undefined ? { closing_item: name(row.closing_item) } : {}),
        ...(columnFormula
          ? {
              formula: columnFormula
                .split(/(\s+[+-]\s+)/)
                .map((part, i) => (i % 2 === 0 ? name(part.trim()) : part))
                .join(""),
            }
          : {}),
      });
    }
  });
  return rows;
}

function loadTable(
  report: Report,
  raw: SourceTable,
  where: string
): { figures: Figure[]; table: LoadedTable } {
  const id = requireString(raw.id, where, "id");
  where = `${where} table ${id}`;
  if (raw.columns !== undefined) raw = { ...raw, rows: matrixRows(raw, where) };
  if (!STATEMENTS.includes(raw.statement))
    fail(where, `statement "${raw.statement}" is not one of ${STATEMENTS.join(", ")}`);
  if (!UNITS.includes(raw.unit))
    fail(where, `unit "${raw.unit}" is not one of ${UNITS.join(", ")}`);
  if (!Array.isArray(raw.periods) || raw.periods.length === 0)
    fail(where, "`periods` must list the columns");
  const columns = raw.periods.map((code) => parsePeriodCode(String(code)));
  const periods = columns.map(periodCode);
  if (raw.kind !== "flow" && raw.kind !== "balance")
    fail(where, "`kind` must be flow (columns are periods) or balance (columns are dates)");
  const columnKind = raw.kind === "flow" ? "flow" : "instant";
  const misfit = columns.find((period) => period.kind !== columnKind);
  if (misfit)
    fail(
      where,
      `a ${raw.kind} table's columns are ${raw.kind === "flow" ? "periods" : "dates"}, not ${periodCode(misfit)}`
    );
  if (!Array.isArray(raw.rows)) fail(where, "`rows` must be a list");
  const unreviewed = raw.review ?? raw.rows.find((row) => row.review !== undefined)?.review;
  if (unreviewed !== undefined)
    fail(
      where,
      `a review mark is left ("${unreviewed}"): a drafted file enters the dataset only after a person resolves every mark and deletes it (docs/adding-a-filing.md)`
    );

  const figures: Figure[] = [];
  const byPeriod = new Map<string, Map<string, string>>(periods.map((p) => [p, new Map()]));
  const base = {
    report: report.id,
    statement: raw.statement,
    table: id,
    source: requireString(raw.source, where, "source"),
  };

  // Formulas may name lines printed further down, so they are worked out after every printed value.
  const formulaRows: { row: SourceRow; common: Omit<Figure, "period" | "value">; at: string }[] =
    [];
  for (const row of raw.rows) {
    const item = requireString(row.item, where, "item");
    const at = `${where} item "${item}"`;
    const unit = row.unit ?? raw.unit;
    if (!UNITS.includes(unit)) fail(at, `unit "${unit}" is not one of ${UNITS.join(", ")}`);
    const basis: Basis = row.basis ?? raw.basis ?? "reported";
    const common = {
      ...base,
      item,
      unit,
      basis,
      ...lineKind(row, raw.kind, at),
      ...(row.label && row.label !== item ? { label: row.label } : {}),
      ...(row.same_as ? { sameAs: row.same_as } : {}),
      ...(row.discrepancy ? { discrepancy: row.discrepancy } : {}),
    };

    if (row.formula !== undefined) {
      if (typeof row.formula !== "string")
        fail(at, "`formula` is one string (a list of them only in a table with `columns`)");
      formulaRows.push({ row, common, at });
      continue;
    }

    if (!Array.isArray(row.values) || row.values.length !== periods.length) {
      fail(at, `\`values\` must have one entry per period (${periods.length}), or use \`formula\``);
    }
    if (
      row.lines !== undefined &&
      (!Array.isArray(row.lines) || row.lines.length !== periods.length)
    ) {
      fail(at, "`lines` must have one line number per period");
    }
    row.values.forEach((printed, column) => {
      if (printed === null || printed === undefined) return;
      if (typeof printed !== "string")
        fail(at, `value ${JSON.stringify(printed)} must be quoted exactly as printed`);
      const line = row.lines?.[column] ?? row.line;
      if (!Number.isInteger(line))
        fail(at, "`line` (or `lines`) must give the line number where the value is printed");
      let value: string;
      try {
        value = parsePrinted(printed);
      } catch (error) {
        fail(at, (error as Error).message);
      }
      byPeriod.get(periods[column])!.set(item, value);
      figures.push({ ...common, period: periods[column], value, printed, line });
    });
  }
  // A formula may rest on another formula's result: evaluate in rounds until none is left.
  let pending = formulaRows;
  while (pending.length > 0) {
    const waiting: typeof pending = [];
    for (const entry of pending) {
      const rowPeriods = (entry.row.periods ?? periods).map((code) =>
        periodCode(parsePeriodCode(String(code)))
      );
      const ready = rowPeriods.every((period) => {
        const values =
          byPeriod.get(period) ?? fail(entry.at, `period ${period} is not a column of this table`);
        return termsOf(entry.row.formula as string).every((term) => values.has(term));
      });
      if (!ready) {
        waiting.push(entry);
        continue;
      }
      for (const period of rowPeriods) {
        const values = byPeriod.get(period)!;
        const value = evaluateFormula(entry.row.formula as string, values, entry.at);
        values.set(entry.row.item, value);
        figures.push({ ...entry.common, period, value, formula: entry.row.formula as string });
      }
    }
    if (waiting.length === pending.length) {
      // Nothing could be worked out this round: report the first formula's missing term.
      const entry = waiting[0];
      const period = (entry.row.periods ?? periods).map(String)[0];
      evaluateFormula(
        entry.row.formula as string,
        byPeriod.get(periodCode(parsePeriodCode(period)))!,
        entry.at
      );
    }
    pending = waiting;
  }
  return {
    figures,
    table: { report, id, statement: raw.statement, items: raw.rows.map((row) => row.item) },
  };
}

function loadFile(path: string): {
  report: Report;
  figures: Figure[];
  tables: LoadedTable[];
  exclusions: Exclusion[];
} {
  const document = parse(readFileSync(path, "utf8")) as {
    report: Report & { splits?: SourceSplit[] };
    tables: SourceTable[];
    exclusions?: Exclusion[];
  };
  const where = path.replace(ROOT + "/", "");
  const meta = document?.report ?? fail(where, "missing `report`");
  const splits = (meta.splits ?? []).map((split, i) =>
    shareSplit(split, `${where} report.splits[${i}]`)
  );
  const recordDateTables = (document.tables ?? [])
    .filter((table) => {
      if (
        table.share_basis !== undefined &&
        table.share_basis !== "record-date" &&
        table.share_basis !== "restated"
      )
        fail(`${where} table ${table.id}`, "`share_basis` is record-date or restated");
      return table.share_basis === "record-date";
    })
    .map((table) => table.id);
  const report: Report = {
    id: requireString(meta.id, where, "report.id"),
    file: requireString(meta.file, where, "report.file"),
    title: requireString(meta.title, where, "report.title"),
    filed: filedDate(meta.filed, where),
    ...(splits.length > 0 ? { splits } : {}),
    ...(recordDateTables.length > 0 ? { recordDateTables } : {}),
  };
  const figures: Figure[] = [];
  const tables: LoadedTable[] = [];
  const tableIds = new Set<string>();
  for (const raw of document.tables ?? []) {
    if (tableIds.has(raw.id)) fail(where, `table id "${raw.id}" is used twice`);
    tableIds.add(raw.id);
    const loaded = loadTable(report, raw, where);
    figures.push(...loaded.figures);
    tables.push(loaded.table);
  }
  if (document.exclusions !== undefined && !Array.isArray(document.exclusions))
    fail(where, "`exclusions` must be a list of rules");
  const unreviewed = document.exclusions?.find((rule) => rule.review !== undefined);
  if (unreviewed)
    fail(
      `${where} exclusion ${unreviewed.id}`,
      `a review mark is left ("${unreviewed.review}"): a drafted file enters the dataset only after a person resolves every mark and deletes it (docs/adding-a-filing.md)`
    );
  return { report, figures, tables, exclusions: document.exclusions ?? [] };
}

/** YAML reads an unquoted 2023-11-14 as a date; a draft leaves null where the text prints none. */
function filedDate(raw: unknown, where: string): string {
  const date = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    fail(where, "`report.filed` is the filing date, YYYY-MM-DD");
  return date;
}

/** A split as recorded: its effective date, a ratio above 1, the line and the words printed. */
function shareSplit(raw: SourceSplit, where: string): ShareSplit {
  const effective = raw.effective as unknown;
  // YAML reads an unquoted 2022-10-01 as a date.
  const date = effective instanceof Date ? effective.toISOString().slice(0, 10) : String(effective);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    fail(where, "`effective` is the ISO date the split takes effect");
  if (!Number.isInteger(raw.ratio) || raw.ratio < 2)
    fail(where, "`ratio` is the whole number of new shares per old share (2 for two-for-one)");
  if (!Number.isInteger(raw.line) || raw.line < 1)
    fail(where, "`line` is the 1-based line that prints it");
  return {
    effective: date,
    ratio: raw.ratio,
    line: raw.line,
    printed: requireString(raw.printed, where, "printed"),
  };
}

/** A figure's identity: at most one per filing, or queries could not say which one they mean. */
export function figureKey(figure: Pick<Figure, "statement" | "item" | "period" | "basis">): string {
  return `${figure.statement}|${figure.item}|${figure.period}|${figure.basis}`;
}

export function loadSources(dir = SOURCE_DIR): LoadedSources {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  const reports: Report[] = [];
  const figures: Figure[] = [];
  const tables: LoadedTable[] = [];
  const exclusions = new Map<string, readonly Exclusion[]>();
  for (const name of files) {
    const loaded = loadFile(join(dir, name));
    const seen = new Map<string, Figure>();
    for (const figure of loaded.figures) {
      const key = figureKey(figure);
      const twin = seen.get(key);
      // A repeat (same_as) may stand in several summary tables; a figure's home may not.
      if (twin && !figure.sameAs && !twin.sameAs) {
        fail(
          name,
          `${figure.statement} "${figure.item}" ${figure.period} is given twice (tables ${twin.table} and ${figure.table}); qualify one item or mark it same_as`
        );
      }
      if (!figure.sameAs) seen.set(key, figure);
    }
    reports.push(loaded.report);
    exclusions.set(loaded.report.id, loaded.exclusions);
    figures.push(...loaded.figures);
    tables.push(...loaded.tables);
  }
  checkLineKinds(figures);
  return { reports, figures, tables, exclusions };
}

/**
 * A line has one kind in every filing, the lines it names agree with it (an opening balance's
 * closing line is a closing balance, `balance_of` a balance at dates), and a repeat has its
 * home's kind: derivation follows the kind, so a line cannot be half flow, half balance.
 */
function checkLineKinds(figures: readonly Figure[]): void {
  const lines = new Map<string, Figure>();
  const lineKey = (statement: string, item: string) => `${statement}|${item}`;
  for (const figure of figures) {
    const key = lineKey(figure.statement, figure.item);
    const first = lines.get(key);
    if (!first) {
      lines.set(key, figure);
      continue;
    }
    for (const field of ["kind", "closingItem", "balanceOf"] as const) {
      if (first[field] !== figure[field])
        fail(
          `${figure.statement} "${figure.item}"`,
          `${field} is ${JSON.stringify(first[field])} in table ${first.table} (${first.report}) but ${JSON.stringify(figure[field])} in table ${figure.table} (${figure.report})`
        );
    }
  }
  const kindOf = (reference: string, statement: Statement): LineKind | undefined => {
    const ref = parseLineReference(reference, statement);
    return ref ? lines.get(lineKey(ref.statement, ref.item))?.kind : undefined;
  };
  for (const figure of lines.values()) {
    const where = `${figure.statement} "${figure.item}"`;
    if (figure.closingItem && kindOf(figure.closingItem, figure.statement) !== "closing")
      fail(
        where,
        `closing_item "${figure.closingItem}" is not a closing balance of ${figure.statement}`
      );
    if (figure.balanceOf && kindOf(figure.balanceOf, figure.statement) !== "balance")
      fail(where, `balance_of "${figure.balanceOf}" is not a line of balances at dates`);
  }
  for (const figure of figures) {
    const home = figure.sameAs ? kindOf(figure.sameAs, figure.statement) : undefined;
    if (home !== undefined && home !== figure.kind)
      fail(
        `${figure.statement} "${figure.item}"`,
        `is a ${figure.kind} line but repeats "${figure.sameAs}", a ${home} line`
      );
  }
}
