/**
 * What a query answers: a figure with everything needed to say where it came from. Its own module
 * so that describe.ts, which words an answer, and query.ts, which makes one, import it and not
 * each other.
 */
import type Decimal from "decimal.js";
import type { DerivationRule } from "./derivation";
import type { Period } from "./period";
import type { Restatement, SplitGap } from "./share-basis";
import type { Figure } from "./types";
import type { Unit } from "./unit";

/** A figure answered, with everything needed to say where it came from. */
export interface Answer {
  readonly value: Decimal;
  /** `value` as the number Excel gets, made once: answers are remembered, so repeat calls reuse it. */
  readonly number: number;
  readonly unit: Unit;
  /** The fixed period answered for (a relative period resolved, a flow period's end date for a balance). */
  readonly period: Period;
  /** What was asked for, when it differs: "H0". */
  readonly asked?: string;
  readonly name: string;
  /** The printed figures it rests on. */
  readonly figures: readonly Figure[];
  /** How it was computed, when it is not a single printed figure. */
  readonly derivation?: string;
  /** The rule that derived it from figures printed for other periods (derivation.ts). */
  readonly rule?: DerivationRule;
  /** Of a per-share figure or a share count: the share basis (share-basis.ts). */
  readonly shares?: ShareAnswer;
}

/** A per-share figure's or share count's basis, and how it stands to the latest one. */
export interface ShareAnswer {
  readonly scales: "per-share" | "count";
  /** The day whose shares the answer is per (or counts), as printed. */
  readonly printedBasis: string;
  /** How the answer was restated from the printed basis (an adjusted answer, or YOY's base). */
  readonly restated?: Restatement;
  /** How the printed figure stands to the latest basis: the factor, or the gap that stops it. */
  readonly toLatest: Restatement | SplitGap;
  /** The figure as printed, when the answer is restated. */
  readonly printedValue?: Decimal;
}
