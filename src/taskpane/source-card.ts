/**
 * Where a figure comes from, for the source card: parses the IIJ.* calls out of a cell's formula,
 * and, once the cell references among their arguments have been read from the sheet, answers each
 * call as the refresh list does (call-values.ts) and asks the dataset (Query.describe) which
 * report, statement, line and printed figure stand behind the answers.
 */
import Decimal from "decimal.js";
import { periodBefore, startDate } from "../data/derivation";
import { adjustedBeside } from "../data/describe";
import type { Answer, ShareAnswer } from "../data/query";
import { isGap, type Restatement } from "../data/share-basis";
import type { Figure } from "../data/types";
import { convertMoney, isMoneyUnit, type Unit } from "../data/unit";
import { query } from "../functions/iij";
import type { CellInput } from "../functions/arguments";
import {
  YEAR_TO_DATE,
  endDate,
  excelSerialToIso,
  flow,
  ltmQuarter,
  periodCode,
  type LtmSpan,
} from "../data/period";
import { answerCall } from "./call-values";
import { t } from "./i18n";
import { formatDay, formatFigure, formatNumber, formatPeriod, formatUnit } from "./i18n/format";

export type ArgToken =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "ref"; address: string }
  | { kind: "empty" }
  | { kind: "expression"; text: string };

export interface IIJCall {
  /** "REVENUE" */
  readonly name: string;
  readonly args: readonly ArgToken[];
  /** The call as written. */
  readonly text: string;
}

const REF = /^(?:(?:'[^']+(?:''[^']*)*'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d{1,7}$/;

function token(text: string): ArgToken {
  const t = text.trim();
  if (t === "") return { kind: "empty" };
  if (/^"(?:[^"]|"")*"$/.test(t))
    return { kind: "string", value: t.slice(1, -1).replace(/""/g, '"') };
  if (/^-?\d+(\.\d+)?$/.test(t)) return { kind: "number", value: Number(t) };
  if (REF.test(t)) return { kind: "ref", address: t };
  return { kind: "expression", text: t };
}

/** Every IIJ.* call in a formula, in the order written: "=IIJ.GROSSPROFIT(...)/IIJ.REVENUE(...)" gives two. */
export function parseIIJCalls(formula: string): IIJCall[] {
  const calls: IIJCall[] = [];
  if (typeof formula !== "string" || !formula.startsWith("=")) return calls;
  const pattern = /IIJ\.([A-Z]+)\s*\(/gi;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(formula))) {
    const start = match.index;
    let i = pattern.lastIndex;
    let depth = 1;
    let inString = false;
    let current = "";
    const args: string[] = [];
    for (; i < formula.length && depth > 0; i++) {
      const ch = formula[i];
      if (inString) {
        current += ch;
        if (ch === '"') {
          if (formula[i + 1] === '"') current += formula[++i];
          else inString = false;
        }
        continue;
      }
      if (ch === '"') inString = true;
      if (ch === "(") depth++;
      if (ch === ")" && --depth === 0) break;
      if (ch === "," && depth === 1) {
        args.push(current);
        current = "";
        continue;
      }
      current += ch;
    }
    if (current.trim() !== "" || args.length > 0) args.push(current);
    calls.push({
      name: match[1].toUpperCase(),
      args: args.map(token),
      text: formula.slice(start, i + 1),
    });
  }
  return calls;
}

/** The references whose values the card needs. */
export function referencedAddresses(calls: readonly IIJCall[]): string[] {
  const set = new Set<string>();
  for (const call of calls)
    for (const arg of call.args) if (arg.kind === "ref") set.add(arg.address);
  return [...set];
}

export interface SourceFigure {
  readonly report: string;
  readonly filed: string;
  /** The statement or note as the report titles it. */
  readonly where: string;
  readonly statement: string;
  readonly period: string;
  /** The line as printed. */
  readonly label: string;
  readonly printed?: string;
  readonly unit: string;
  readonly line?: number;
  /** Not printed: how it follows from printed figures of the same table. */
  readonly formula?: string;
}

export interface SourceAnswer {
  readonly heading: string;
  readonly value: string;
  readonly figures: readonly SourceFigure[];
  /** How a rule derived it from figures printed for other periods, in the pane's words. */
  readonly derivation?: string;
  /** Otherwise how it was computed (a sum of lines, a total), as IIJ.SOURCE words it. */
  readonly formula?: string;
  readonly derived: boolean;
  /** Of a per-share figure or share count: its share basis and the split factor, in the pane's words. */
  readonly shares?: string;
  /** A filing also prints an adjusted figure for this period or the year before (the 2019 report's 1H18). */
  readonly adjusted?: string;
  /** Query.describe(): the whole story in one paragraph. */
  readonly description: string;
}

export interface SourceCard {
  readonly call: string;
  readonly answers: readonly SourceAnswer[];
  readonly error?: string;
  readonly note?: string;
}

/** A figure's value in `unit` (money converts exactly), as the pane shows figures. */
function valueIn(figure: Figure, unit: Unit): string {
  const value = new Decimal(figure.value);
  const converted =
    isMoneyUnit(figure.unit) && isMoneyUnit(unit) ? convertMoney(value, figure.unit, unit) : value;
  return formatFigure(converted.toNumber());
}

/**
 * How the rule that derived an answer got it (derivation.ts), in the pane's language; undefined
 * for an answer no rule derived, and for a sum of lines resting on one (a quarter's gross profit),
 * which IIJ.SOURCE's wording tells as the sum: only a rule's own answer starts with its period.
 */
function ruleDerivation(answer: Answer): string | undefined {
  const { rule, period } = answer;
  const code = periodCode(period);
  if (!rule || period.kind !== "flow" || !answer.derivation?.startsWith(`${code} `))
    return undefined;
  const [first, second] = answer.figures;
  const unit = formatUnit(answer.unit);
  const value = formatFigure(answer.value.toNumber());
  switch (rule) {
    case "flow-ltm": {
      if (period.span === "LTM4Q")
        return t("rule.flow-ltm-year", {
          period: code,
          year: periodCode(flow(period.fiscalYear, "FY")),
          value,
          unit,
        });
      const toDate = YEAR_TO_DATE[ltmQuarter(period.span as LtmSpan)];
      return t("rule.flow-ltm", {
        period: code,
        date: formatDay(endDate(period)),
        yearBefore: periodCode(flow(period.fiscalYear - 1, "FY")),
        toDateBefore: periodCode(flow(period.fiscalYear - 1, toDate)),
        toDate: periodCode(flow(period.fiscalYear, toDate)),
        value,
        unit,
      });
    }
    case "flow-first-quarter":
    case "flow-second-half":
    case "flow-third-quarter":
    case "flow-fourth-quarter":
      return t(`rule.${rule}`, {
        period: code,
        whole: first.period,
        part: second.period,
        wholeValue: valueIn(first, answer.unit),
        partValue: valueIn(second, answer.unit),
        unit,
      });
    case "closing-same-day":
    case "closing-next-opening":
      return t(`rule.${rule}`, {
        period: code,
        date: formatDay(endDate(period)),
        other: first.period,
        value,
        unit,
      });
    case "opening-same-day":
      return t(`rule.${rule}`, {
        period: code,
        date: formatDay(startDate(period)),
        other: first.period,
        value,
        unit,
      });
    case "opening-previous-closing":
      return t(`rule.${rule}`, {
        period: code,
        other: periodCode(periodBefore(period)),
        value,
        unit,
      });
  }
}

function toAnswer(answer: Answer): SourceAnswer {
  const q = query();
  const figures = answer.figures.map((f): SourceFigure => {
    const report = q.dataset.report(f.report);
    return {
      report: report?.title ?? f.report,
      filed: report ? formatDay(report.filed) : "",
      where: f.source,
      statement: f.statement,
      period: f.period,
      label: f.label ?? f.item,
      printed: f.printed,
      unit: formatUnit(f.unit),
      line: f.line,
      formula: f.formula,
    };
  });
  const derivation = ruleDerivation(answer);
  return {
    heading: `${answer.name}, ${answer.asked ? `${answer.asked} = ` : ""}${periodCode(answer.period)}`,
    value: `${formatFigure(answer.value.toNumber())} ${formatUnit(answer.unit)}`,
    figures,
    derivation,
    formula: derivation === undefined ? answer.derivation : undefined,
    derived: answer.derivation !== undefined || figures.some((f) => f.printed === undefined),
    ...(answer.shares ? { shares: sharesNote(answer.shares, formatUnit(answer.unit)) } : {}),
    ...adjustedNote(answer),
    description: q.describe(answer),
  };
}

/** "÷ 2 (2-for-1, effective 2022/10/01, line 1062)": the factor from one share basis to another. */
function splitFactor(r: Restatement, scales: ShareAnswer["scales"]): string {
  const splits = r.splits
    .map((s) =>
      t("card.split", { ratio: s.ratio, date: formatDay(s.effective), line: String(s.line) })
    )
    .join(", ");
  return `${scales === "per-share" ? "÷" : "×"} ${r.factor.toFixed()} (${splits})`;
}

function sharesNote(shares: ShareAnswer, unit: string): string {
  const basis = formatDay(shares.printedBasis);
  const { restated, toLatest } = shares;
  if (restated && shares.printedValue)
    return t("card.shareRestated", {
      basis,
      printed: `${formatFigure(shares.printedValue.toNumber())} ${unit}`,
      to: formatDay(restated.to),
      factor: splitFactor(restated, shares.scales),
    });
  if (isGap(toLatest)) return t("card.shareGap", { basis, from: toLatest.from, to: toLatest.to });
  if (toLatest.splits.length === 0) return t("card.shareLatest", { basis });
  return t("card.shareFactor", {
    basis,
    to: formatDay(toLatest.to),
    factor: splitFactor(toLatest, shares.scales),
  });
}

/** What the card says of a figure the filing also prints adjusted (the first such figure). */
function adjustedNote(answer: Answer): { adjusted?: string } {
  const q = query();
  for (const figure of answer.figures) {
    const found = adjustedBeside(q.dataset, figure);
    if (!found) continue;
    const { adjusted } = found;
    const params = {
      period: adjusted.period,
      value: `${adjusted.printed ?? ""} ${formatUnit(adjusted.unit)}`,
      line: String(adjusted.line ?? ""),
    };
    return {
      adjusted: t(found.yearEarlier ? "card.adjustedYearEarlier" : "card.adjustedSame", params),
    };
  }
  return {};
}

/** The value an argument stands for, with references looked up in `values` (address -> cell value). */
function argValue(arg: ArgToken | undefined, values: ReadonlyMap<string, unknown>): CellInput {
  if (!arg) return undefined;
  switch (arg.kind) {
    case "string":
    case "number":
      return arg.value;
    case "empty":
      return undefined;
    case "ref":
      return values.get(arg.address);
    case "expression":
      throw new Error(t("card.expression", { text: arg.text }));
  }
}

/** The source card for one IIJ.* call. */
export function sourceFor(call: IIJCall, values: ReadonlyMap<string, unknown>): SourceCard {
  const a = (i: number) => argValue(call.args[i], values);
  const text = `IIJ.${call.name}`;
  try {
    const answered = answerCall(call.name, a, query());
    if (!answered) return { call: text, answers: [], note: t("card.notAFigure", { fn: text }) };
    if (answered.period) {
      const { item, resolved } = answered.period;
      const asked = a(0);
      const params = {
        period: typeof asked === "number" ? formatPeriod(excelSerialToIso(asked)) : String(asked),
        resolved: formatPeriod(periodCode(resolved)),
        item,
      };
      return { call: text, answers: [], note: t(item ? "card.periodOf" : "card.period", params) };
    }
    const answers = answered.answers.map(toAnswer);
    if (call.name !== "YOY") return { call: text, answers };
    // The answers are this period's and the year before's; the value is the change between them.
    const change = formatNumber(Number(answered.value) * 100, 1);
    return { call: text, answers, note: t("card.yoyNote", { change }) };
  } catch (error) {
    return {
      call: text,
      answers: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
