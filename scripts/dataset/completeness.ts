/**
 * Every numeric cell of every table line of a filing is accounted for: recorded (a figure or a
 * `same_as` repeat printed on that line), or excluded by a rule the source file writes down with
 * its lines and its reason. A table line is a line of tab-separated cells; a numeric cell is one
 * that is a number as printed ("12,345", "(1,930)", "44.5", "3.46", "5.1%"); words, dates and
 * dashes are not.
 */
import type { Figure } from "../../src/data/types";

/** An exclusion as the source file writes it (`exclusions:`). */
export interface Exclusion {
  /** A short name, unique in the file: it is how the summary counts rules. */
  readonly id: string;
  /**
   * Lines and ranges, each optionally with its cells by position on the line (0 is the label):
   * [20, "174-189", "376-378:2,4"]. Without positions, `columns`; without either, every cell.
   */
  readonly lines: readonly (number | string)[];
  /** Cells by position for the entries of `lines` that name none. */
  readonly columns?: readonly number[];
  readonly reason: string;
  /** Left by `iij draft` for a person; a file with one left is refused. */
  readonly review?: string;
}

export interface Cell {
  readonly line: number;
  readonly column: number;
  readonly text: string;
}

export interface CellAccount {
  readonly cells: number;
  readonly recorded: number;
  readonly excluded: number;
  /** Rules that excluded at least one cell. */
  readonly rulesUsed: number;
  readonly unaccounted: Cell[];
  /** Rules that name no numeric cell: stale, the lines moved or the figure got recorded. */
  readonly idleRules: string[];
  readonly problems: string[];
}

const NUMERIC = /^\(?-?\d{1,3}(,\d{3})*(\.\d+)?\)?%?$|^\(?-?\d+(\.\d+)?\)?%?$/;

/** A cell as printed, without the underline tags of the text conversion and spacing. */
function cellText(raw: string): string {
  return raw
    .replace(/<\/?u>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function isNumericCell(text: string): boolean {
  return NUMERIC.test(text.replace(/\s/g, ""));
}

/** The numeric cells of a filing's table lines, by line and cell position. */
export function numericCells(text: string): Cell[] {
  const cells: Cell[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.includes("\t")) return;
    line.split("\t").forEach((raw, column) => {
      const text = cellText(raw);
      if (isNumericCell(text)) cells.push({ line: index + 1, column, text });
    });
  });
  return cells;
}

/** The cells a rule covers: line -> positions (undefined: every numeric cell of the line). */
function expandLines(
  rule: Exclusion,
  problems: string[]
): Map<number, readonly number[] | undefined> {
  const lines = new Map<number, readonly number[] | undefined>();
  for (const entry of rule.lines ?? []) {
    const match = /^(\d+)(?:-(\d+))?(?::(\d+(?:,\d+)*))?$/.exec(String(entry).replace(/\s/g, ""));
    if (!match) {
      problems.push(
        `exclusion ${rule.id}: "${entry}" is not a line, a range like 174-189, or either with cells like 376-378:2,4`
      );
      continue;
    }
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    if (to < from) problems.push(`exclusion ${rule.id}: range ${entry} runs backwards`);
    const columns = match[3] ? match[3].split(",").map(Number) : rule.columns;
    for (let line = from; line <= to; line++) lines.set(line, columns);
  }
  return lines;
}

function checkRule(rule: Exclusion, problems: string[]): boolean {
  const where = `exclusion ${rule.id ?? "(no id)"}`;
  if (typeof rule.id !== "string" || rule.id.trim() === "")
    problems.push(`${where}: \`id\` names the rule`);
  else if (typeof rule.reason !== "string" || rule.reason.trim().length < 10)
    problems.push(`${where}: \`reason\` says why these cells are not recorded`);
  else if (!Array.isArray(rule.lines) || rule.lines.length === 0)
    problems.push(`${where}: \`lines\` lists the lines it covers`);
  else if (
    rule.columns !== undefined &&
    (!Array.isArray(rule.columns) || rule.columns.some((c) => !Number.isInteger(c) || c < 0))
  )
    problems.push(`${where}: \`columns\` are cell positions on the line, 0 for the label`);
  else return true;
  return false;
}

/**
 * Accounts for every numeric cell of one filing's text: a figure printed on the cell's line with
 * the same text records it (each figure one cell), else the first rule covering it excludes it.
 */
export function accountCells(
  text: string,
  figures: readonly Figure[],
  exclusions: readonly Exclusion[]
): CellAccount {
  const problems: string[] = [];
  const ids = new Set<string>();
  const rules = exclusions
    .filter((rule) => {
      if (!checkRule(rule, problems)) return false;
      if (ids.has(rule.id)) problems.push(`exclusion ${rule.id}: the id is used twice`);
      ids.add(rule.id);
      return true;
    })
    .map((rule) => ({ rule, lines: expandLines(rule, problems) }));

  const printedOn = new Map<number, string[]>();
  for (const figure of figures) {
    if (figure.printed === undefined || figure.line === undefined) continue;
    const texts = printedOn.get(figure.line) ?? [];
    texts.push(figure.printed.replace(/\s/g, ""));
    printedOn.set(figure.line, texts);
  }

  let recorded = 0;
  let excluded = 0;
  const used = new Set<string>();
  const unaccounted: Cell[] = [];
  const cells = numericCells(text);
  for (const cell of cells) {
    const pool = printedOn.get(cell.line);
    const at = pool?.indexOf(cell.text.replace(/\s/g, "")) ?? -1;
    if (pool && at >= 0) {
      pool.splice(at, 1);
      recorded++;
      continue;
    }
    const rule = rules.find(({ lines }) => {
      if (!lines.has(cell.line)) return false;
      const columns = lines.get(cell.line);
      return columns === undefined || columns.includes(cell.column);
    });
    if (rule) {
      excluded++;
      used.add(rule.rule.id);
    } else unaccounted.push(cell);
  }
  return {
    cells: cells.length,
    recorded,
    excluded,
    rulesUsed: used.size,
    unaccounted,
    idleRules: rules.map(({ rule }) => rule.id).filter((id) => !used.has(id)),
    problems,
  };
}
