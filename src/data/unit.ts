import Decimal from "decimal.js";
import { fromJapaneseMoneyUnit } from "./japanese/units";
import { errorText, quoted, type MessageId } from "./messages";

/**
 * Units as the reports print them. Money comes in yen multiples; the rest is never scaled.
 */
export type MoneyUnit = "JPY" | "JPY k" | "JPY mn" | "JPY bn" | "JPY 100mn";
export type Unit = MoneyUnit | "yen" | "%" | "count" | "Gbps";

// "JPY 100mn" (億円, 10^8 yen) is never printed; Japanese analysts ask for it (./japanese/units).
export const MONEY_UNITS: readonly MoneyUnit[] = ["JPY", "JPY k", "JPY mn", "JPY bn", "JPY 100mn"];
export const UNITS: readonly Unit[] = [...MONEY_UNITS, "yen", "%", "count", "Gbps"];

const YEN_PER: Record<MoneyUnit, Decimal> = {
  JPY: new Decimal(1),
  "JPY k": new Decimal(1_000),
  "JPY mn": new Decimal(1_000_000),
  "JPY bn": new Decimal(1_000_000_000),
  "JPY 100mn": new Decimal(100_000_000),
};

/** Money is returned in millions unless asked otherwise: the unit analysts model IIJ in. */
export const DEFAULT_MONEY_UNIT: MoneyUnit = "JPY mn";

export function isMoneyUnit(unit: Unit): unit is MoneyUnit {
  return (MONEY_UNITS as readonly string[]).includes(unit);
}

/** The power of ten of yen a money unit stands for: 6 for JPY mn. */
export function moneyExponent(unit: MoneyUnit): number {
  return YEN_EXPONENT[unit];
}

const YEN_EXPONENT: Record<MoneyUnit, number> = {
  JPY: 0,
  "JPY k": 3,
  "JPY mn": 6,
  "JPY bn": 9,
  "JPY 100mn": 8,
};

/** Converts an amount between money units exactly: 61,203,901 JPY k is 61203.901 JPY mn. */
export function convertMoney(amount: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  return from === to ? amount : amount.times(YEN_PER[from]).dividedBy(YEN_PER[to]);
}

/** Thrown when a unit argument is not one we know; the message lists what is accepted. */
export class UnitSyntaxError extends Error {}

/** `problem` is a message ending with the units accepted (messages/en.ts: "units"). */
function unitError(input: string | number, problem: MessageId): UnitSyntaxError {
  return new UnitSyntaxError(errorText(problem, { value: quoted(input) }));
}

/** Yen per unit, for the scales a unit may be given as: 1, 1000, 1000000, 1000000000. */
const SCALES = new Map<number, MoneyUnit>([
  [1, "JPY"],
  [1_000, "JPY k"],
  [1_000_000, "JPY mn"],
  [1_000_000_000, "JPY bn"],
]);

const UNIT_WORDS: Record<string, MoneyUnit> = {
  JPY: "JPY",
  YEN: "JPY",
  JPYK: "JPY k",
  JPYTHOUSAND: "JPY k",
  JPYTHOUSANDS: "JPY k",
  THOUSAND: "JPY k",
  THOUSANDS: "JPY k",
  JPYMN: "JPY mn",
  JPYM: "JPY mn",
  JPYMILLION: "JPY mn",
  JPYMILLIONS: "JPY mn",
  MILLION: "JPY mn",
  MILLIONS: "JPY mn",
  // Bare scale words, as research notes head their columns: "mn", "bn", "k".
  K: "JPY k",
  MN: "JPY mn",
  BN: "JPY bn",
  JPYBN: "JPY bn",
  JPYBILLION: "JPY bn",
  JPYBILLIONS: "JPY bn",
  BILLION: "JPY bn",
  BILLIONS: "JPY bn",
  JPY100MN: "JPY 100mn",
};

/**
 * Rewrites applied in order to a unit as typed, before it is matched: each turns another way of
 * writing a unit into one of the words above or a number. Another language's words are one more
 * entry.
 */
const UNIT_SPELLINGS: readonly ((text: string) => string)[] = [(text) => text.trim().toUpperCase()];

/**
 * The unit word that asks for a per-share figure or share count on the latest share basis
 * (split-adjusted) rather than as printed: "adjusted", "split-adjusted", 調整後.
 */
const SPLIT_ADJUSTED = new Set(["ADJUSTED", "SPLITADJUSTED", "調整後", "株式分割調整後"]);

export function isSplitAdjusted(input: string | number | undefined): boolean {
  return (
    typeof input === "string" &&
    SPLIT_ADJUSTED.has(
      input
        .trim()
        .toUpperCase()
        .replace(/[\s_.-]+/g, "")
    )
  );
}

/** A scale given as a number: yen per unit, one of 1, 1000, 1000000, 1000000000. */
function scaleUnit(scale: number, input: string | number): MoneyUnit {
  if (Number.isNaN(scale) || !Number.isFinite(scale)) throw unitError(input, "unit.nan");
  if (scale < 0) throw unitError(input, "unit.negative");
  if (scale === 0) throw unitError(input, "unit.zero");
  const unit = SCALES.get(scale);
  if (!unit) throw unitError(input, "unit.scale");
  return unit;
}

/**
 * Units already read, by the input as given: a few spellings stand in thousands of cells, and
 * reading one runs the Japanese and the spelling rewrites. Failures are not kept (their message
 * follows the display language).
 */
const unitsRead = new Map<string | number, MoneyUnit>();

/** Reads a unit argument: "JPY mn", "millions", 1000000, "1,000,000" ... */
export function parseMoneyUnit(input: string | number): MoneyUnit {
  let unit = unitsRead.get(input);
  if (!unit) {
    if (unitsRead.size >= 1_000) unitsRead.clear();
    unitsRead.set(input, (unit = readMoneyUnit(input)));
  }
  return unit;
}

function readMoneyUnit(input: string | number): MoneyUnit {
  const japanese = fromJapaneseMoneyUnit(input, UnitSyntaxError);
  if (japanese) return japanese;
  if (typeof input === "number") return scaleUnit(input, input);
  const text = UNIT_SPELLINGS.reduce((spelled, rewrite) => rewrite(spelled), input);
  // A number typed as text: "1000", "1,000,000", "1e6", "-1000".
  if (/^[+-]?(\d[\d,]*)?\.?\d*(E[+-]?\d+)?$/.test(text) && /\d/.test(text))
    return scaleUnit(Number(text.replace(/,/g, "")), input);
  // Separators between words are optional: "JPY mn", "JPY-mn", "JPYmn"; a leading sign is not.
  const key = text.replace(/(?<=\w)[\s_.-]+(?=\w)/g, "");
  const unit = Object.prototype.hasOwnProperty.call(UNIT_WORDS, key) ? UNIT_WORDS[key] : undefined;
  if (!unit) throw unitError(input, "unit.unknown");
  return unit;
}

/** Turns a printed figure into a decimal string: "(4,788,074)" -> "-4788074"; a printed dash is 0. */
export function parsePrinted(printed: string): string {
  const text = printed.trim();
  if (/^[-_—–‐]$/.test(text)) return "0";
  // The PDF text sometimes lost a closing parenthesis: "(1,896,788" is still a negative figure.
  const negative = text.startsWith("(") || text.startsWith("△") || text.startsWith("▲");
  // Thousands separators, and the stray spaces the PDF put after some of them: "(261, 831)".
  const digits = text
    .replace(/^[(△▲]/, "")
    .replace(/\)$/, "")
    .replace(/,\s*/g, "");
  if (!/^-?\d+(\.\d+)?$/.test(digits)) throw new Error(`"${printed}" is not a printed figure`);
  const value = new Decimal(digits);
  return (negative ? value.negated() : value).toString();
}
