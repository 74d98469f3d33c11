/**
 * The figures no filing prints but the query derives (a flow's 1Q and 2H, a balance's other
 * periods), every one of them: each line of the dataset in each period the query offers it for.
 * Each derived figure is checked
 *
 * - against every printed figure that states the same thing: for a balance, every figure printed
 *   for the same date (a closing balance of a period ending that day, an opening balance of the
 *   period starting the day after, the balance sheet's line at that date); for a flow, a repeat of
 *   the line printed for the same period;
 * - against the accounting identities (identities.ts) in the derived period: cash-flow sections
 *   sum to their totals, opening + net change = closing, segments + adjustments = consolidated,
 *   revenue - cost = gross profit, service lines sum to their totals, ...
 *
 * The balance families come from the source files (kinds, `closing_item`, `balance_of`, `same_as`),
 * not from the query, so a query that derived a balance by subtraction fails here.
 */
import Decimal from "decimal.js";
import { parseLineReference, refKey, type ItemRef } from "../../src/data/dataset";
import { datasetFromFigures } from "../../src/data/encode";
import { periodBefore } from "../../src/data/derivation";
import { isQueryError } from "../../src/data/errors";
import { endDate, parsePeriodCode, periodCode, type Period } from "../../src/data/period";
import { Query, type Answer } from "../../src/data/query";
import type { Figure, Statement } from "../../src/data/types";
import { convertMoney, isMoneyUnit, type MoneyUnit } from "../../src/data/unit";
import { IDENTITIES } from "./identities";
import type { LoadedSources, LoadedTable } from "./source";

export interface DerivedVerification {
  /** Derived figures checked, by the rule that gave them. */
  readonly derived: ReadonlyMap<string, number>;
  /** Printed figures of the same balance or flow a derived figure was compared with. */
  readonly repeatsChecked: number;
  readonly identitiesChecked: number;
  readonly identitiesHeld: number;
  /** Identities with a derived term that could not be checked: another term has no figure then. */
  readonly identitiesUncheckable: number;
  readonly problems: string[];
}

type Ask = (code: string) => Answer;

/** A derived figure: what it is called, for which period, and the answer the query gives. */
interface Derived {
  readonly name: string;
  readonly refs: readonly ItemRef[];
  readonly period: Period;
  readonly answer: Answer;
}

/** Powers of ten of yen per unit, so the coarser of two units ranks higher. */
const MONEY_RANK: Record<MoneyUnit, number> = {
  JPY: 0,
  "JPY k": 3,
  "JPY mn": 6,
  "JPY 100mn": 8,
  "JPY bn": 9,
};

/** An answer or nothing: "no figure" and "not for this period" both mean there is none to check. */
function attempt(ask: Ask, code: string): Answer | undefined {
  try {
    return ask(code);
  } catch (error) {
    if (isQueryError(error)) return undefined;
    throw error;
  }
}

/**
 * Whether a derived answer and a printed figure state the same amount: exactly, or where they are
 * printed in different units, to within one unit of the coarser (a figure printed in millions is
 * the thousands figure rounded).
 */
function sameAmount(answer: Answer, printed: Figure): boolean {
  if (!isMoneyUnit(printed.unit) || !isMoneyUnit(answer.unit))
    return printed.unit === answer.unit && answer.value.equals(printed.value);
  const printedValue = convertMoney(new Decimal(printed.value), printed.unit, answer.unit);
  const difference = answer.value.minus(printedValue).abs();
  const units = [printed.unit, ...answer.figures.map((f) => f.unit)].filter(isMoneyUnit);
  if (new Set(units).size === 1) return difference.isZero();
  const coarsest = units.reduce((a, b) => (MONEY_RANK[a] >= MONEY_RANK[b] ? a : b));
  return difference.lessThan(convertMoney(new Decimal(1), coarsest, answer.unit));
}

/** Lines that print the same figures, joined by `same_as` either way: a line and its repeats. */
function repeatGroups(figures: readonly Figure[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  const groupOf = (key: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Set([key])));
    return group;
  };
  for (const figure of figures) {
    const own = refKey(figure);
    groupOf(own);
    const home = figure.sameAs && parseLineReference(figure.sameAs, figure.statement);
    if (!home) continue;
    const merged = new Set([...groupOf(own), ...groupOf(refKey(home))]);
    for (const key of merged) groups.set(key, merged);
  }
  return groups;
}

/**
 * The printed figures that state a balance at each date, for one family of lines: the closing
 * lines, the opening lines that continue them, and the balance-sheet lines they are balances of.
 */
class BalanceFamilies {
  private readonly familyOf = new Map<string, Set<string>>();

  constructor(private readonly figures: readonly Figure[]) {
    const groups = repeatGroups(figures);
    const union = (a: string, b: string) => {
      const merged = new Set([
        ...(this.familyOf.get(a) ?? groups.get(a) ?? [a]),
        ...(this.familyOf.get(b) ?? groups.get(b) ?? [b]),
      ]);
      for (const key of merged) this.familyOf.set(key, merged);
    };
    for (const figure of figures) {
      if (figure.kind !== "opening" && figure.kind !== "closing") continue;
      const own = refKey(figure);
      union(own, own);
      if (figure.closingItem)
        union(own, refKey({ statement: figure.statement, item: figure.closingItem }));
      const balance = figure.balanceOf && parseLineReference(figure.balanceOf, figure.statement);
      if (balance) union(own, refKey(balance));
    }
  }

  /** Every figure printed for the balance at `date` in the family of this line. */
  printedAt(ref: ItemRef, date: string): Figure[] {
    const family = this.familyOf.get(refKey(ref));
    if (!family) return [];
    return this.figures.filter((figure) => {
      if (figure.basis !== "reported" || !family.has(refKey(figure))) return false;
      const period = parsePeriodCode(figure.period);
      if (figure.kind === "balance") return figure.period === date;
      if (period.kind !== "flow") return false;
      if (figure.kind === "closing") return endDate(period) === date;
      if (figure.kind === "opening") return endDate(periodBefore(period)) === date;
      return false;
    });
  }
}

/**
 * Every derived figure the query offers, line by line. The functions' short-named lines (REVENUE's
 * "Network", COST's "SI", ...) are these lines, or for GROSSPROFIT by line sums of two of them.
 */
function derivedFigures(query: Query): Derived[] {
  const found: Derived[] = [];
  for (const statement of query.dataset.statements()) {
    for (const item of query.dataset.items(statement)) {
      const ref = { statement, item };
      const name = query.catalogue.displayName(ref);
      for (const code of query.periods(name)) {
        const answer = attempt((c) => query.value(name, c), code);
        if (answer?.rule) found.push({ name, refs: [ref], period: answer.period, answer });
      }
    }
  }
  return found;
}

function show(answer: Answer): string {
  return `${answer.value.toFixed()} ${answer.unit}`;
}

/** Compares each derived figure with every printed figure of the same balance, or the same flow. */
function checkRepeats(
  derived: readonly Derived[],
  sources: LoadedSources,
  problems: string[]
): number {
  const families = new BalanceFamilies(sources.figures);
  const groups = repeatGroups(sources.figures);
  const kinds = new Map(sources.figures.map((f) => [refKey(f), f.kind]));
  let checked = 0;
  for (const { name, refs, period, answer } of derived) {
    if (period.kind !== "flow") continue;
    for (const ref of refs) {
      const kind = kinds.get(refKey(ref));
      let printed: Figure[];
      let what: string;
      if (kind === "closing" || kind === "opening") {
        const date = kind === "closing" ? endDate(period) : endDate(periodBefore(period));
        printed = families.printedAt(ref, date);
        what = `the balance at ${date}`;
      } else {
        const group = groups.get(refKey(ref)) ?? new Set([refKey(ref)]);
        printed = sources.figures.filter(
          (f) => f.basis === "reported" && f.period === periodCode(period) && group.has(refKey(f))
        );
        what = "the same figure";
      }
      for (const figure of printed) {
        checked++;
        if (!sameAmount(answer, figure)) {
          problems.push(
            `${name} ${periodCode(period)} is derived as ${show(answer)} (${answer.rule}), but ${what} is printed as ${figure.printed ?? figure.value} ${figure.unit} (${figure.report}, ${figure.table}, "${figure.item}" ${figure.period}, line ${figure.line ?? "-"})`
          );
        }
      }
    }
  }
  return checked;
}

/** The table of a filing that prints a total: the order its section identities sum in. */
function tableWith(
  sources: LoadedSources,
  report: string,
  statement: Statement,
  item: string
): LoadedTable | undefined {
  return sources.tables.find(
    (t) => t.report.id === report && t.statement === statement && t.items.includes(item)
  );
}

/**
 * Runs the identities in every period some figure was derived for. An identity is checked where
 * its total and every part it needs have a figure and at least one of them is derived (periods
 * of printed figures only are verify.ts's); it holds exactly, or within the 1 million that
 * rounding leaves where a term is printed in millions.
 */
function checkIdentities(
  query: Query,
  derived: readonly Derived[],
  sources: LoadedSources,
  problems: string[]
): { checked: number; held: number; uncheckable: number } {
  const codes = [...new Set(derived.map((d) => periodCode(d.period)))];
  const answers = new Map<string, Answer | undefined>();
  const valueOf = (ref: ItemRef, code: string): Answer | undefined => {
    const key = `${refKey(ref)}|${code}`;
    if (!answers.has(key)) {
      const name = query.catalogue.displayName(ref);
      answers.set(
        key,
        attempt((c) => query.value(name, c), code)
      );
    }
    return answers.get(key);
  };
  let checked = 0;
  let held = 0;
  let uncheckable = 0;
  for (const identity of IDENTITIES) {
    if (identity.kind === "balance") continue; // derived balances are checked against every printed one above
    if (identity.printedPeriodsOnly) continue;
    const totalRef = parseLineReference(identity.total, identity.statement)!;
    for (const code of codes) {
      const total = valueOf(totalRef, code);
      if (!total) continue;
      let parts: string[];
      if (identity.kind === "sum") parts = [...identity.parts];
      else {
        const table = tableWith(
          sources,
          total.figures[0].report,
          identity.statement,
          totalRef.item
        );
        if (!table) continue;
        const end = table.items.indexOf(totalRef.item);
        const afterAt = identity.after ? table.items.indexOf(identity.after) : -1;
        const start = afterAt < 0 ? 0 : identity.includeAfter ? afterAt : afterAt + 1;
        parts = table.items.slice(start, end);
      }
      const terms: Answer[] = [];
      let complete = true;
      for (const part of parts) {
        const optional = part.startsWith("?");
        const ref = parseLineReference(optional ? part.slice(1) : part, identity.statement)!;
        const answer = valueOf(ref, code);
        if (answer) terms.push(answer);
        else if (!optional) complete = false;
      }
      if (![total, ...terms].some((a) => a.rule)) continue;
      if (!complete || terms.length === 0) {
        uncheckable++;
        continue;
      }
      checked++;
      const sum = terms.reduce((acc, t) => acc.plus(t.value), new Decimal(0));
      const difference = total.value.minus(sum).abs();
      const inMillions = [total, ...terms].some((a) =>
        a.figures.some((f) => f.unit === "JPY mn" || f.unit === "JPY bn")
      );
      const tolerance = inMillions && total.unit === "JPY mn" ? 1 : 0;
      if (difference.lessThanOrEqualTo(tolerance)) held++;
      else {
        problems.push(
          `${code}: "${identity.name}" broken in a derived period: ${identity.total} = ${show(total)}, but the parts sum to ${sum.toFixed()} ${total.unit}`
        );
      }
    }
  }
  return { checked, held, uncheckable };
}

/**
 * Verifies every figure `query` derives. The query is built from the sources unless given (a
 * test gives one built another way, to show that a wrong rule fails here).
 */
export function verifyDerived(sources: LoadedSources, query?: Query): DerivedVerification {
  const q = query ?? new Query(datasetFromFigures("verify-data", sources.reports, sources.figures));
  const problems: string[] = [];
  const derived = derivedFigures(q);
  const byRule = new Map<string, number>();
  for (const { answer } of derived) byRule.set(answer.rule!, (byRule.get(answer.rule!) ?? 0) + 1);
  const repeatsChecked = checkRepeats(derived, sources, problems);
  const identities = checkIdentities(q, derived, sources, problems);
  return {
    derived: byRule,
    repeatsChecked,
    identitiesChecked: identities.checked,
    identitiesHeld: identities.held,
    identitiesUncheckable: identities.uncheckable,
    problems,
  };
}
