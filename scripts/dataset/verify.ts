/**
 * Checks the curated figures against the filings and against accounting identities.
 * Every check returns findings rather than throwing, so one run reports everything wrong at once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import { periodBefore } from "../../src/data/derivation";
import { endDate, parsePeriodCode, periodCode } from "../../src/data/period";
import { parseLineReference } from "../../src/data/dataset";
import type { Figure, Report } from "../../src/data/types";
import { convertMoney, isMoneyUnit } from "../../src/data/unit";
import { IDENTITIES, type Identity } from "./identities";
import { REPORT_DIR, type LoadedSources, type LoadedTable } from "./source";

export interface IdentityResult {
  readonly identity: string;
  readonly report: string;
  readonly period: string;
  readonly basis: string;
  readonly total: string;
  readonly sum: string;
  /** exact, or within the ±1 that rounding to millions can leave */
  readonly outcome: "exact" | "rounding" | "broken";
}

export interface VerificationReport {
  readonly problems: string[];
  readonly notes: string[];
  readonly identities: IdentityResult[];
  readonly sameAsChecked: number;
  readonly printedChecked: number;
}

/** The printed text must stand on its line as a whole figure, not as part of a longer one. */
function occursOnLine(printed: string, line: string): boolean {
  const escaped = printed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A figure ending in a digit must not run on into more digits; one ending in ")" may be followed
  // directly by the next column's figure, as on the squashed cash-flow line of the 2019 report.
  const after = /\d$/.test(printed) ? "(?![\\d,]|\\.\\d)" : "";
  return new RegExp(`(?<![\\d,.])${escaped}${after}`).test(line);
}

function checkPrinted(sources: LoadedSources, problems: string[]): number {
  const texts = new Map<string, string[]>();
  const reportById = new Map(sources.reports.map((r) => [r.id, r]));
  let checked = 0;
  for (const figure of sources.figures) {
    if (figure.printed === undefined) {
      if (!figure.formula) problems.push(`${describe(figure)}: neither printed nor derived`);
      continue;
    }
    const report = reportById.get(figure.report)!;
    let lines = texts.get(report.id);
    if (!lines) {
      lines = readFileSync(join(REPORT_DIR, report.file), "utf8").split("\n");
      texts.set(report.id, lines);
    }
    const line = lines[figure.line! - 1];
    checked++;
    if (line === undefined)
      problems.push(`${describe(figure)}: line ${figure.line} is past the end of ${report.file}`);
    else if (!occursOnLine(figure.printed, line)) {
      problems.push(
        `${describe(figure)}: "${figure.printed}" is not printed on line ${figure.line}: ${line.slice(0, 160)}`
      );
    }
  }
  return checked;
}

function describe(figure: Figure): string {
  return `${figure.report} ${figure.table} "${figure.item}" ${figure.period}`;
}

/**
 * Figures of one filing, by report|statement|item|period|basis. Repeats (same_as) are not homes,
 * but identities may use one where its statement prints the line only as a repeat.
 */
function homeIndex(figures: readonly Figure[], withRepeats = false): Map<string, Figure> {
  const index = new Map<string, Figure>();
  const key = (f: Figure) => `${f.report}|${f.statement}|${f.item}|${f.period}|${f.basis}`;
  for (const figure of figures) if (!figure.sameAs) index.set(key(figure), figure);
  if (withRepeats)
    for (const figure of figures)
      if (figure.sameAs && !index.has(key(figure))) index.set(key(figure), figure);
  return index;
}

function checkSameAs(sources: LoadedSources, problems: string[], notes: string[]): number {
  const homes = homeIndex(sources.figures);
  let checked = 0;
  for (const figure of sources.figures) {
    if (!figure.sameAs) continue;
    const { statement, item } = parseLineReference(figure.sameAs, figure.statement)!;
    const home = homes.get(
      `${figure.report}|${statement}|${item}|${figure.period}|${figure.basis}`
    );
    if (!home) {
      problems.push(
        `${describe(figure)}: same_as "${figure.sameAs}" has no figure for ${figure.period}`
      );
      continue;
    }
    checked++;
    const agreement = agree(home, figure);
    if (agreement === "agree") continue;
    const message = `${describe(figure)} = ${figure.printed} ${figure.unit}, but ${home.table} "${home.item}" = ${home.printed ?? home.value} ${home.unit}`;
    if (figure.discrepancy)
      notes.push(`discrepancy in the filing: ${message} (${figure.discrepancy})`);
    else problems.push(`${message}: ${agreement}`);
  }
  return checked;
}

/** A repeat agrees with its home if equal, or if it is the home rounded (or cut) to its coarser unit. */
function agree(home: Figure, repeat: Figure): "agree" | string {
  if (home.unit === repeat.unit)
    return new Decimal(home.value).equals(repeat.value) ? "agree" : "they differ";
  if (!isMoneyUnit(home.unit) || !isMoneyUnit(repeat.unit))
    return `units ${home.unit} and ${repeat.unit} cannot be compared`;
  const homeInRepeatUnit = convertMoney(new Decimal(home.value), home.unit, repeat.unit);
  const difference = homeInRepeatUnit.minus(repeat.value).abs();
  return difference.lessThan(1) ? "agree" : `they differ by ${difference} ${repeat.unit}`;
}

interface Scope {
  readonly report: Report;
  readonly period: string;
  readonly basis: string;
}

function runIdentity(
  identity: Identity,
  sources: LoadedSources,
  homes: Map<string, Figure>,
  problems: string[]
): IdentityResult[] {
  if (identity.kind === "balance") return balanceReconciliations(identity.name, sources, homes);
  const results: IdentityResult[] = [];
  const tablesWithTotal = (report: Report): LoadedTable[] =>
    sources.tables.filter((t) => t.report.id === report.id && t.statement === identity.statement);
  const { statement: totalStatement, item: totalItem } = parseLineReference(
    identity.total,
    identity.statement
  )!;

  for (const report of sources.reports) {
    const scopes = new Map<string, Scope>();
    for (const figure of sources.figures) {
      if (
        figure.report === report.id &&
        figure.statement === totalStatement &&
        figure.item === totalItem
      ) {
        scopes.set(`${figure.period}|${figure.basis}`, {
          report,
          period: figure.period,
          basis: figure.basis,
        });
      }
    }
    // A total kept in another statement is checked only where this statement has figures.
    const statementPeriods = new Set(
      sources.figures
        .filter((f) => f.report === report.id && f.statement === identity.statement)
        .map((f) => `${f.period}|${f.basis}`)
    );
    for (const [key, scope] of scopes) {
      if (!statementPeriods.has(key)) continue;
      const lookup = (reference: string): Figure | undefined => {
        const { statement, item } = parseLineReference(reference, identity.statement)!;
        return homes.get(`${report.id}|${statement}|${item}|${scope.period}|${scope.basis}`);
      };
      let parts: string[];
      if (identity.kind === "sum") parts = [...identity.parts];
      else {
        const table = tablesWithTotal(report).find((t) => t.items.includes(totalItem));
        if (!table) continue;
        const end = table.items.indexOf(totalItem);
        const afterAt = identity.after ? table.items.indexOf(identity.after) : -1;
        const start = afterAt < 0 ? 0 : identity.includeAfter ? afterAt : afterAt + 1;
        parts = table.items.slice(start, end).map((item) => `?${item}`);
      }
      const total = lookup(identity.total)!;
      const terms: Figure[] = [];
      const missing: string[] = [];
      for (const part of parts) {
        const optional = part.startsWith("?");
        const figure = lookup(optional ? part.slice(1) : part);
        if (figure) terms.push(figure);
        else if (!optional) missing.push(part);
      }
      if (missing.length > 0 && identity.kind === "sum" && identity.whereComplete) continue;
      if (missing.length > 0 || terms.length === 0) {
        problems.push(
          `${report.id} ${scope.period}: "${identity.name}" cannot be checked: no figure for ${missing.join(", ") || "any part"}`
        );
        continue;
      }
      results.push(compare(identity.name, scope, total, terms));
    }
  }
  return results;
}

function inCommonUnit(figures: readonly Figure[]): { values: Decimal[]; millionsOnly: boolean } {
  const units = new Set(figures.map((f) => f.unit));
  if (units.size === 1)
    return { values: figures.map((f) => new Decimal(f.value)), millionsOnly: units.has("JPY mn") };
  const values = figures.map((f) =>
    isMoneyUnit(f.unit) ? convertMoney(new Decimal(f.value), f.unit, "JPY") : new Decimal(f.value)
  );
  return { values, millionsOnly: false };
}

function compare(
  name: string,
  scope: Scope,
  total: Figure,
  terms: readonly Figure[]
): IdentityResult {
  const { values, millionsOnly } = inCommonUnit([total, ...terms]);
  const sum = values.slice(1).reduce((a, b) => a.plus(b), new Decimal(0));
  const difference = values[0].minus(sum).abs();
  const outcome = difference.isZero()
    ? "exact"
    : millionsOnly && difference.lessThanOrEqualTo(1)
      ? "rounding"
      : "broken";
  return {
    identity: name,
    report: scope.report.id,
    period: scope.period,
    basis: scope.basis,
    total: `${total.item} = ${values[0]}`,
    sum: `${terms.map((t) => t.item).join(" + ")} = ${sum}`,
    outcome,
  };
}

/**
 * An opening balance is the `balance_of` line's figure on the day before the period starts, a
 * closing balance its figure on the period's last day, in the same filing.
 */
function balanceReconciliations(
  name: string,
  sources: LoadedSources,
  homes: Map<string, Figure>
): IdentityResult[] {
  const results: IdentityResult[] = [];
  for (const figure of sources.figures) {
    if (!figure.balanceOf || figure.sameAs) continue;
    const period = parsePeriodCode(figure.period);
    if (period.kind !== "flow") continue;
    const date = figure.kind === "opening" ? endDate(periodBefore(period)) : endDate(period);
    const of = parseLineReference(figure.balanceOf, figure.statement)!;
    const balance = homes.get(
      `${figure.report}|${of.statement}|${of.item}|${date}|${figure.basis}`
    );
    if (!balance) continue;
    const scope = {
      report: sources.reports.find((r) => r.id === figure.report)!,
      period: periodCode(period),
      basis: figure.basis,
    };
    results.push(
      compare(`${name} (${figure.item} = ${of.item} at ${date})`, scope, figure, [balance])
    );
  }
  return results;
}

const RATIO_WORDS = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Each split recorded stands on its line as printed, and the words say what the record says: a
 * split, its ratio ("two-for-one") and its effective date ("October 1, 2022").
 */
function checkSplits(sources: LoadedSources, problems: string[]): number {
  let checked = 0;
  for (const report of sources.reports) {
    const splits = report.splits ?? [];
    if (splits.length === 0) continue;
    const lines = readFileSync(join(REPORT_DIR, report.file), "utf8").split("\n");
    for (const split of splits) {
      checked++;
      const where = `${report.id} split of ${split.effective}`;
      const line = lines[split.line - 1] ?? "";
      const [year, month, day] = split.effective.split("-").map(Number);
      const date = `${MONTHS[month - 1]} ${day}, ${year}`;
      const ratio = `${RATIO_WORDS[split.ratio] ?? split.ratio}-for-one`;
      if (!line.includes(split.printed))
        problems.push(`${where}: "${split.printed}" is not printed on line ${split.line}`);
      else if (
        !/\bsplit\b/i.test(split.printed) ||
        !split.printed.includes(date) ||
        !split.printed.toLowerCase().includes(ratio)
      )
        problems.push(`${where}: the words printed do not say a ${ratio} split effective ${date}`);
    }
  }
  return checked;
}

/** Every identity in every report and period of the sources; what cannot be checked goes to `problems`. */
export function verifyIdentities(sources: LoadedSources, problems: string[]): IdentityResult[] {
  const homes = homeIndex(sources.figures, true);
  return IDENTITIES.flatMap((identity) => runIdentity(identity, sources, homes, problems));
}

export function verify(sources: LoadedSources): VerificationReport {
  const problems: string[] = [];
  const notes: string[] = [];
  const printedChecked = checkPrinted(sources, problems) + checkSplits(sources, problems);
  const sameAsChecked = checkSameAs(sources, problems, notes);
  const identities = verifyIdentities(sources, problems);
  for (const result of identities) {
    if (result.outcome === "broken") {
      problems.push(
        `${result.report} ${result.period} ${result.basis}: "${result.identity}" broken: ${result.total}, but ${result.sum}`
      );
    }
  }
  return { problems, notes, identities, sameAsChecked, printedChecked };
}
