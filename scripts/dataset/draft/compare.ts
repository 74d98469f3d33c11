/**
 * A draft against the curated file of the same filing, figure by figure (statement, item, period,
 * basis, value): right, flagged for review, silently wrong, or missing. How the drafter is measured
 * (test/dataset/draft.test.ts, bench/RESULTS.md): silently wrong must be 0.
 */
import Decimal from "decimal.js";
import type { Figure } from "../../../src/data/types";
import { convertMoney, isMoneyUnit, parsePrinted, type Unit } from "../../../src/data/unit";
import type { Draft } from "./draft";
import { valueColumn } from "./template";

export interface DraftScore {
  /** Curated figures drafted right (unflagged and equal), and drafted only with a flag. */
  readonly right: number;
  readonly flagged: number;
  readonly wrong: number;
  readonly missing: number;
  /** Each silently wrong figure, to show what went wrong. */
  readonly wrongFigures: string[];
  /** statement|item|period|basis of each curated figure the draft does not have. */
  readonly missingKeys: string[];
  /** right / printed figures (keys) of the curated file */
  readonly shareRight: number;
}

const keyOf = (statement: string, item: string, period: string, basis: string): string =>
  `${statement}|${item}|${period}|${basis}`;

function amount(value: string, unit: Unit): string {
  return isMoneyUnit(unit)
    ? convertMoney(new Decimal(value), unit, "JPY").toString()
    : new Decimal(value).toString();
}

/** Equal, or equal after rounding to the coarser unit of the two (thousands of yen to millions). */
function sameAmount(value: string, unit: Unit, want: Figure): boolean {
  const a = amount(value, unit);
  const b = amount(want.value, want.unit);
  if (a === b) return true;
  if (!isMoneyUnit(unit) || !isMoneyUnit(want.unit)) return false;
  const coarser = Decimal.max(
    convertMoney(new Decimal(1), unit, "JPY"),
    convertMoney(new Decimal(1), want.unit, "JPY")
  );
  return new Decimal(a).minus(b).abs().lte(coarser.div(2));
}

export function scoreDraft(draft: Draft, curated: readonly Figure[]): DraftScore {
  // A repeat may stand in several summary tables under one key: any of them is the answer.
  const expected = new Map<string, Figure[]>();
  for (const figure of curated) {
    if (figure.printed === undefined) continue;
    const key = keyOf(figure.statement, figure.item, figure.period, figure.basis);
    expected.set(key, [...(expected.get(key) ?? []), figure]);
  }
  // Counted per curated figure (its key): a figure printed in two tables is drafted twice and
  // is right once, when a drafted copy is unflagged and equal (an unflagged copy that is not
  // equal is silently wrong, counted per drafted figure).
  const drafted = new Set<string>();
  const rightKeys = new Set<string>();
  const flaggedKeys = new Set<string>();
  const wrongFigures: string[] = [];
  for (const table of draft.tables) {
    for (const row of table.rows) {
      row.values?.forEach((printed, column) => {
        if (printed === null || printed === undefined) return;
        const { item, period } = valueColumn(table, row.item, column);
        const key = keyOf(table.statement, item, period, row.basis ?? table.basis ?? "reported");
        drafted.add(key);
        if (row.review || table.review) {
          if (expected.has(key)) flaggedKeys.add(key);
          return;
        }
        const wants = expected.get(key) ?? [];
        const unit = (row.unit ?? table.unit) as Unit;
        let value: string | undefined;
        try {
          value = parsePrinted(printed);
        } catch {
          value = undefined;
        }
        if (value !== undefined && wants.some((want) => sameAmount(value!, unit, want)))
          rightKeys.add(key);
        else
          wrongFigures.push(
            `${key}: drafted ${printed} ${unit}, curated ${wants.map((w) => `${w.printed} ${w.unit}`).join(" or ") || "nothing"}`
          );
      });
    }
  }
  const missingKeys = [...expected.keys()].filter((key) => !drafted.has(key));
  const flagged = [...flaggedKeys].filter((key) => !rightKeys.has(key)).length;
  return {
    right: rightKeys.size,
    flagged,
    wrong: wrongFigures.length,
    missing: missingKeys.length,
    missingKeys,
    wrongFigures,
    shareRight: rightKeys.size / expected.size,
  };
}
