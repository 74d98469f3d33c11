/**
 * The questions the custom functions and the task pane ask of the dataset. Everything here works
 * on exact decimals; numbers are made only at the very end, for Excel.
 */
import Decimal from "decimal.js";
import { analystName } from "./analyst-names";
import { Catalogue } from "./catalogue";
import type { Dataset, ItemRef } from "./dataset";
import { Derivation, type Found } from "./derivation";
import type { Answer, ShareAnswer } from "./answer";
import { describeAnswer } from "./describe";
import { formatDecimal } from "./format";
import { InvalidArgumentError, NotAvailableError } from "./errors";
import { errorText, messageLanguage, quoted } from "./messages";
import {
  COST_LINES,
  GROSS_PROFIT_LINES,
  KPI_ALIASES,
  KPI_STATEMENTS,
  REVENUE_LINES,
  SEGMENTS,
  type LineDefinition,
} from "./lines";
import { closest, normalizeName, quoteList } from "./names";
import {
  PeriodSyntaxError,
  comparePeriods,
  endDate,
  instant,
  isLtm,
  parsePeriod,
  parsePeriodCode,
  periodCode,
  closesPeriodOf,
  relativeKind,
  stepBack,
  stepInstant,
  yearEarlier,
  type Period,
  type RelativePeriod,
} from "./period";
import { ShareBasis, isGap } from "./share-basis";
import { STATEMENTS, type Figure, type Statement } from "./types";
import {
  DEFAULT_MONEY_UNIT,
  UnitSyntaxError,
  convertMoney,
  isMoneyUnit,
  isSplitAdjusted,
  moneyExponent,
  parseMoneyUnit,
  type MoneyUnit,
  type Unit,
} from "./unit";

export type { Answer, ShareAnswer } from "./answer";

/** The functions that name a line, as the task pane's tables call them. */
export type LineFunction = "REVENUE" | "COST" | "GROSSPROFIT" | "OPERATINGPROFIT" | "VALUE" | "KPI";

/** A period as a user gives it: text, or a date serial from a cell. */
export type PeriodInput = string | number;
/** A unit as a user gives it; empty means the default. */
export type UnitInput = string | number | undefined;

interface Line {
  readonly name: string;
  readonly sources: readonly ItemRef[];
  readonly sumOf?: readonly ItemRef[];
  readonly negate?: boolean;
}

/** The short-named lines of a function, the argument naming them and the name of their Line. */
const DEFINED_LINES: Record<
  Exclude<LineFunction, "VALUE" | "KPI">,
  [lines: readonly LineDefinition[], argument: string, suffix: string]
> = {
  REVENUE: [REVENUE_LINES, "line", "revenue"],
  COST: [COST_LINES, "line", "cost of sales"],
  GROSSPROFIT: [GROSS_PROFIT_LINES, "line", "gross profit"],
  OPERATINGPROFIT: [SEGMENTS, "segment", "operating profit"],
};

/** How many remembered names and answers a Query keeps before it starts afresh. */
const MEMO_LIMIT = 50_000;

/** Remembers a computed value; a full memo is emptied rather than grown without bound. */
function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export class Query {
  /** Finds a line's figure for a period, printed or derived by the line's kind. */
  readonly derivation: Derivation;
  /** Lines that repeat a line elsewhere (same_as): where the home has no figure for a period, a repeat may. */
  private readonly repeats = new Map<Statement, Map<string, ItemRef[]>>();
  /**
   * The dataset never changes, so a question asked again has the same answer: names resolved are
   * remembered here, numbers given by the functions that give them (src/functions/iij.ts), and a
   * recalculation of thousands of formulas is mostly Map lookups. Failures are not remembered;
   * they are computed again, message and all.
   */
  private readonly resolvedItems = new Map<string, Line>();
  /**
   * Names that failed to resolve, with their error (by message language, argument and name): a
   * misspelt name copied down a column then costs a look-up, as a found one does, instead of the
   * did-you-mean ranking each time (2-4 ms).
   */
  private readonly failedLookups = new Map<
    string,
    { language: string; error: InvalidArgumentError }
  >();
  /** Kind of line ("revenue", "kpi", ...) -> name as given -> line; no key string built per call. */
  private readonly definedLines = new Map<string, Map<string, Line>>();
  /**
   * What a question asked with other arguments for the same figure shares, so that a new unit
   * or spelling of the period costs a few lookups, not a search and decimal arithmetic: each
   * line's figure for a fixed period, before its unit (line -> period code -> figure).
   */
  private readonly figuresFound = new Map<Line, Map<string, LineFigure>>();

  /** Splits and the share basis of each figure, made on first use. */
  private shareBasisMade?: ShareBasis;

  get shareBasis(): ShareBasis {
    return (this.shareBasisMade ??= new ShareBasis(this.dataset));
  }

  /**
   * Which line a name means, made on first use: the first name looked up pays for it (0.7 ms),
   * not the load, nor the functions that name their lines themselves (IIJ.REVENUE, IIJ.COST).
   */
  get catalogue(): Catalogue {
    return (this.catalogueMade ??= new Catalogue(this.dataset));
  }

  private catalogueMade?: Catalogue;

  constructor(readonly dataset: Dataset) {
    this.derivation = new Derivation(dataset, (refs) => this.withRepeats(refs));
    for (const { repeat, home } of dataset.repeats()) {
      let items = this.repeats.get(home.statement);
      if (!items) this.repeats.set(home.statement, (items = new Map()));
      const list = items.get(home.item);
      if (!list) items.set(home.item, [repeat]);
      else if (!list.some((r) => sameRef(r, repeat))) list.push(repeat);
    }
  }

  /**
   * A line and the lines that repeat it: the fiscal-year revenue is printed only in the selected
   * data, which repeats the half-year revenue of the statement of profit or loss.
   */
  withRepeats(refs: readonly ItemRef[]): ItemRef[] {
    const all = [...refs];
    for (const ref of refs) {
      for (const repeat of this.repeats.get(ref.statement)?.get(ref.item) ?? []) {
        if (!all.some((r) => sameRef(r, repeat))) all.push(repeat);
      }
    }
    return all;
  }

  // ---- arguments -------------------------------------------------------------------------

  period(input: PeriodInput): Period | RelativePeriod {
    try {
      return parsePeriod(input);
    } catch (error) {
      if (error instanceof PeriodSyntaxError)
        throw new InvalidArgumentError("period", error.message);
      throw error;
    }
  }

  private unitFor(nativeUnit: Unit, input: UnitInput, name: string): Unit {
    const given = input !== undefined && input !== "";
    if (!isMoneyUnit(nativeUnit)) {
      if (given) {
        throw new InvalidArgumentError(
          "unit",
          errorText("unit.unscaled", { name, unit: nativeUnit })
        );
      }
      return nativeUnit;
    }
    if (!given) return DEFAULT_MONEY_UNIT;
    try {
      return parseMoneyUnit(input);
    } catch (error) {
      if (error instanceof UnitSyntaxError) throw new InvalidArgumentError("unit", error.message);
      throw error;
    }
  }

  private line(lines: readonly LineDefinition[], input: string, argument: string): LineDefinition {
    const found = lineNamed(lines, normalizeName(input === "" ? "Total" : input));
    if (found) return found;
    const names = lines.map((line) => line.name);
    const near = closest(input, names);
    throw new InvalidArgumentError(
      argument,
      errorText(near.length > 0 ? "name.unknown" : "name.unknownNoClose", {
        value: quoted(input),
        closest: quoteList(near),
        names: names.join(", "),
      })
    );
  }

  /** An item for VALUE, YOY, SOURCE, PERIODS and TABLE: statement lines first, then short line names, then KPIs. */
  resolveItem(name: string, argument = "item"): Line {
    const known = this.resolvedItems.get(name);
    if (known) return known;
    const resolved = this.unlessFailedBefore(`item\u0000${argument}\u0000${name}`, () =>
      this.resolveItemAnew(name, argument)
    );
    return remember(this.resolvedItems, name, resolved);
  }

  /**
   * `find()`, or the error it threw last time for the same key and message language. The
   * language is asked only of a key that failed before: asking it costs more than a found name.
   */
  private unlessFailedBefore<T>(key: string, find: () => T): T {
    const failed = this.failedLookups.get(key);
    if (failed && failed.language === messageLanguage()) throw failed.error;
    try {
      return find();
    } catch (error) {
      if (error instanceof InvalidArgumentError)
        remember(this.failedLookups, key, { language: messageLanguage(), error });
      throw error;
    }
  }

  private resolveItemAnew(name: string, argument: string): Line {
    const trimmed = name.trim();
    if (trimmed === "") throw new InvalidArgumentError(argument, errorText("item.empty"));
    try {
      const ref = this.catalogue.resolve(trimmed, argument);
      return { name: this.catalogue.displayName(ref), sources: this.withRepeats([ref]) };
    } catch (error) {
      const wanted = normalizeName(trimmed);
      const line = lineNamed(REVENUE_LINES, wanted);
      if (line)
        return { ...line, name: `${line.name} revenue`, sources: this.withRepeats(line.sources) };
      const kpi = kpiAlias(wanted);
      if (kpi) return this.kpiLine(kpi);
      const analysts = analystName(trimmed);
      if (analysts?.line) return this.resolveItem(analysts.line, argument);
      if (analysts?.combine)
        throw new NotAvailableError(
          errorText("item.combine", {
            value: quoted(trimmed),
            lines: quoteList([
              ...analysts.combine.lines,
              ...(analysts.combine.also ?? []).filter((line) => this.knows(line)),
            ]),
            how: analysts.combine.how,
          })
        );
      throw error;
    }
  }

  /** Whether a name resolves to a line. */
  private knows(name: string): boolean {
    try {
      this.resolveItem(name);
      return true;
    } catch {
      return false;
    }
  }

  private kpiLine(metric: string): Line {
    const alias = kpiAlias(normalizeName(metric));
    const ref = this.catalogue.resolve(alias ?? metric, "metric", KPI_STATEMENTS);
    return { name: ref.item, sources: [ref] };
  }

  // ---- periods ----------------------------------------------------------------------------

  /** Whether a line is reported for periods (flows, and opening and closing balances), not at dates. */
  isFlow(ref: ItemRef): boolean {
    const kind = this.dataset.kind(ref);
    return kind !== undefined && kind !== "balance";
  }

  /** Periods with a figure for this line: printed, or derived by its kind (derivation.ts). */
  availablePeriods(line: Line): Period[] {
    if (!line.sumOf) return this.derivation.periods(line.sources);
    const [first, ...rest] = line.sumOf.map((ref) => this.derivation.periods([ref]));
    const inAll = rest.map((periods) => new Set(periods.map(periodCode)));
    return first.filter((period) => inAll.every((codes) => codes.has(periodCode(period))));
  }

  /** Whether a line is a flow proper: not a balance, nor an opening or closing one (no LTM of those). */
  private isMoneyOrCountFlow(refs: readonly ItemRef[]): boolean {
    return refs.some((ref) => this.dataset.kind(ref) === "flow");
  }

  /** Turns a relative period into the fixed one it means for this line. */
  private fixPeriod(line: Line, period: Period | RelativePeriod): Period {
    const refs = line.sumOf ?? line.sources;
    const isFlow = refs.some((ref) => this.isFlow(ref));
    if (period.kind === "relative") {
      const available = this.availablePeriods(line);
      const ofKind = available.filter((p) =>
        p.kind === "instant" ? closesPeriodOf(p, period.unit) : relativeKind(p) === period.unit
      );
      const latest = ofKind.at(-1);
      if (!latest) {
        throw new NotAvailableError(
          errorText("figure.noRelative", {
            unit: period.unit,
            name: line.name,
            periods: codes(available),
          })
        );
      }
      if (latest.kind === "instant") return stepInstant(latest, period.unit, period.offset);
      return stepBack(latest, -period.offset);
    }
    if (period.kind === "flow" && isLtm(period.span) && !this.isMoneyOrCountFlow(refs))
      throw new InvalidArgumentError(
        "period",
        errorText("figure.ltmFlowOnly", { name: line.name })
      );
    if (period.kind === "flow" && !isFlow) return instant(endDate(period));
    if (period.kind === "instant" && isFlow) {
      throw new InvalidArgumentError("period", errorText("figure.atDate", { name: line.name }));
    }
    return period;
  }

  /** Every flow period some money or count flow has a figure for, printed or derived (made once). */
  private flowPeriodsOfDataset?: Period[];

  /**
   * The fixed period a period means, as IIJ.PERIOD answers: for an item, the period
   * IIJ.VALUE(item, period) answers for (a relative period counted from the item's latest, a
   * period end for a balance); without one, a relative period counted from the latest period of
   * its kind that any flow of the dataset has a figure for.
   */
  resolvePeriod(input: PeriodInput, item?: string): Period {
    const period = this.period(input);
    if (item !== undefined && item.trim() !== "") {
      const given = this.resolveItem(item);
      return this.fixPeriod(this.withRepeatsOf(given), period);
    }
    if (period.kind !== "relative") return period;
    const latest = this.datasetFlowPeriods()
      .filter((p) => relativeKind(p) === period.unit)
      .at(-1);
    if (!latest || latest.kind !== "flow")
      throw new NotAvailableError(errorText("figure.noRelativeAny", { unit: period.unit }));
    return stepBack(latest, -period.offset);
  }

  private datasetFlowPeriods(): Period[] {
    if (this.flowPeriodsOfDataset) return this.flowPeriodsOfDataset;
    const codes = new Map<string, Period>();
    for (const statement of this.dataset.statements())
      for (const item of this.dataset.items(statement)) {
        const ref = { statement, item };
        if (this.dataset.kind(ref) !== "flow") continue;
        for (const period of this.derivation.periods([ref])) codes.set(periodCode(period), period);
      }
    return (this.flowPeriodsOfDataset = [...codes.values()].sort(comparePeriods));
  }

  // ---- figures ----------------------------------------------------------------------------

  /**
   * A line's answer. Not remembered itself: Excel's numbers are, by the functions (numberOf), and
   * what an answer rests on (the line's figure for the period, the period and unit read) is.
   */
  answerLine(given: Line, periodInput: PeriodInput, unitInput: UnitInput): Answer {
    const line = this.withRepeatsOf(given);
    const requested = this.period(periodInput);
    const period = this.fixPeriod(line, requested);
    const found = this.lineFigure(given, line, period);
    const adjusted = isSplitAdjusted(unitInput);
    if (adjusted && !found.scales)
      throw new InvalidArgumentError("unit", errorText("unit.adjustedOnly", { name: line.name }));
    const unit = this.unitFor(found.result.unit, adjusted ? undefined : unitInput, line.name);
    const from = found.result.unit as MoneyUnit;
    const to = isMoneyUnit(from) && isMoneyUnit(unit) && from !== unit ? unit : undefined;
    // The value in another money unit is made only if read (the pane, IIJ.YOY, IIJ.SOURCE):
    // Excel gets `number`, worked out without decimal arithmetic (numberIn). Every field in one
    // literal, none spread in, so that reading `number` later stays a plain property load.
    let converted: Decimal | undefined;
    const answer: Answer = {
      get value() {
        return to ? (converted ??= convertMoney(found.value, from, to)) : found.value;
      },
      number: to
        ? (numberIn(found.value.toString(), false, from, to) ??
          convertMoney(found.value, from, to).toNumber())
        : found.number,
      unit,
      period,
      asked: requested.kind === "relative" ? String(periodInput).trim().toUpperCase() : undefined,
      name: line.name,
      figures: found.result.figures,
      derivation: found.result.derivation,
      rule: found.result.rule,
      shares: found.shares,
    };
    return adjusted ? this.restated(answer, this.shareBasis.latest) : answer;
  }

  /**
   * The number Excel gets: an answer's `number`; a printed figure's read from its text
   * (printedNumber), no Answer made. src/functions/iij.ts remembers it.
   */
  numberOf(given: Line, periodInput: PeriodInput, unitInput: UnitInput): number {
    return (
      this.printedNumber(given, periodInput, unitInput) ??
      this.answerLine(given, periodInput, unitInput).number
    );
  }

  /**
   * A printed figure's number, as answerLine would give it, without decimal arithmetic or an
   * Answer: the latest filing's figure for the period (Derivation.find's first try), its text
   * read by Number (exact for an integer, else the double nearest the decimal, as
   * Decimal.toNumber gives) or scaled to another money unit (numberIn). Undefined for anything
   * else (a relative period, a derived or summed figure, "adjusted", an argument in error):
   * answerLine answers that, errors and all.
   */
  private printedNumber(
    given: Line,
    periodInput: PeriodInput,
    unitInput: UnitInput
  ): number | undefined {
    try {
      const period = this.period(periodInput);
      if (given.sumOf || period.kind === "relative") return undefined;
      const line = this.withRepeatsOf(given);
      const figure = this.derivation.printed(line.sources, this.fixPeriod(line, period));
      return (
        figure &&
        numberIn(
          figure.value,
          given.negate,
          figure.unit,
          this.unitFor(figure.unit, unitInput, line.name)
        )
      );
    } catch {
      return undefined;
    }
  }

  /** The line with the lines repeating it (withRepeats), made once per line. */
  private withRepeatsOf(given: Line): Line {
    let line = this.widened.get(given);
    if (!line)
      this.widened.set(given, (line = { ...given, sources: this.withRepeats(given.sources) }));
    return line;
  }

  /** withRepeatsOf's lines: every first answer of a line's figure asks for it. */
  private readonly widened = new WeakMap<Line, Line>();

  /** The line's figure for a fixed period, in its own unit: found once, then remembered. */
  private lineFigure(given: Line, line: Line, period: Period): LineFigure {
    const code = periodCode(period);
    let byPeriod = this.figuresFound.get(given);
    if (!byPeriod) this.figuresFound.set(given, (byPeriod = new Map()));
    const known = byPeriod.get(code);
    if (known) return known;
    const result = this.findFigure(line, period);
    const value = line.negate ? result.value.negated() : result.value;
    const scales = this.scalesOf(line);
    return remember(byPeriod, code, {
      result,
      value,
      number: value.toNumber(),
      scales,
      shares: scales ? this.shareAnswer(scales, result.figures) : undefined,
    });
  }

  /** The line's figure for a fixed period, printed, derived or summed; #N/A saying why not. */
  private findFigure(line: Line, period: Period): Found {
    let result: Found | undefined;
    if (line.sumOf) {
      const parts = line.sumOf.map((ref) => this.derivation.find([ref], period));
      if (parts.every((p) => p !== undefined)) {
        const unit = parts[0]!.unit;
        const value = parts.reduce(
          (sum, p) =>
            sum.plus(
              isMoneyUnit(p!.unit) && isMoneyUnit(unit)
                ? convertMoney(p!.value, p!.unit, unit)
                : p!.value
            ),
          new Decimal(0)
        );
        const figures = parts.flatMap((p) => p!.figures);
        const terms = line.sumOf
          .map((ref, i) => `${ref.item} ${formatDecimal(parts[i]!.value)}`)
          .join(" + ");
        result = {
          value,
          unit,
          figures,
          derivation: `${line.name} = ${terms} ${unit} (signs as printed)`,
          // A sum of derived parts (a quarter's gross profit) rests on their rule.
          rule: parts.find((p) => p!.rule)?.rule,
        };
      }
    } else result = this.derivation.find(line.sources, period);
    if (result) return result;
    const available = this.availablePeriods(line);
    const why = this.derivation.missing(line.sources, period);
    throw new NotAvailableError(
      errorText(why ? "figure.noneBecause" : "figure.none", {
        name: line.name,
        period: periodCode(period),
        why: why ?? "",
        periods: available.length === 0 ? errorText("figure.noPeriod") : codes(available),
      })
    );
  }

  /** Whether a line's figures are per share or numbers of shares, which splits change. */
  /** Whether a line's figures are per share or numbers of shares, which stock splits change. */
  scalesOf(line: Line): "per-share" | "count" | undefined {
    // The first source is the line's home; the rest repeat it (or print it elsewhere).
    return line.sumOf || line.sources.length === 0
      ? undefined
      : this.shareBasis.scales(line.sources[0]);
  }

  private shareAnswer(scales: "per-share" | "count", figures: readonly Figure[]): ShareAnswer {
    const basis = this.shareBasis;
    const printedBasis = basis.basisOfAll(figures);
    return { scales, printedBasis, toLatest: basis.restate(printedBasis, basis.latest) };
  }

  /**
   * A per-share figure or share count on the basis of day `to`, each split in between applied;
   * #N/A naming the gap where the share counts imply a split no filing in the dataset prints.
   */
  private restated(answer: Answer, to: string): Answer {
    const shares = answer.shares!;
    if (shares.printedBasis >= to) return answer;
    const found = this.shareBasis.restate(shares.printedBasis, to);
    if (isGap(found))
      throw new NotAvailableError(
        errorText("share.gap", {
          name: answer.name,
          period: periodCode(answer.period),
          basis: to,
          from: found.from,
          to: found.to,
        })
      );
    if (found.factor.equals(1)) return answer;
    const value =
      shares.scales === "per-share"
        ? answer.value.dividedBy(found.factor)
        : answer.value.times(found.factor);
    return {
      ...answer,
      value,
      number: value.toNumber(),
      shares: { ...shares, restated: found, printedValue: answer.value },
    };
  }

  private linesOfKind(kind: string): Map<string, Line> {
    let lines = this.definedLines.get(kind);
    if (!lines) this.definedLines.set(kind, (lines = new Map()));
    return lines;
  }

  /** A short-named line (REVENUE, COST, GROSSPROFIT, OPERATINGPROFIT) as the Line it answers for. */
  private definedLine(
    input: string,
    lines: readonly LineDefinition[],
    argument: string,
    suffix: string
  ): Line {
    const ofKind = this.linesOfKind(suffix);
    const known = ofKind.get(input);
    if (known) return known;
    const definition = this.unlessFailedBefore(`${suffix}\u0000${argument}\u0000${input}`, () =>
      this.line(lines, input, argument)
    );
    return remember(ofKind, input, { ...definition, name: `${definition.name} ${suffix}` });
  }

  revenue(period: PeriodInput, line: string, unit?: UnitInput): Answer {
    return this.answerLine(this.namedLine("REVENUE", line), period, unit);
  }

  cost(period: PeriodInput, line: string, unit?: UnitInput): Answer {
    return this.answerLine(this.namedLine("COST", line), period, unit);
  }

  grossProfit(period: PeriodInput, line: string, unit?: UnitInput): Answer {
    return this.answerLine(this.namedLine("GROSSPROFIT", line), period, unit);
  }

  operatingProfit(period: PeriodInput, segment: string, unit?: UnitInput): Answer {
    return this.answerLine(this.namedLine("OPERATINGPROFIT", segment), period, unit);
  }

  value(item: string, period: PeriodInput, unit?: UnitInput): Answer {
    return this.answerLine(this.resolveItem(item), period, unit);
  }

  kpi(metric: string, period: PeriodInput): Answer {
    if (metric.trim() === "") {
      throw new InvalidArgumentError(
        "metric",
        errorText("metric.empty", {
          names: quoteList(this.catalogue.names(KPI_STATEMENTS).slice(0, 6)),
        })
      );
    }
    const ofKind = this.linesOfKind("kpi");
    const line = ofKind.get(metric) ?? remember(ofKind, metric, this.kpiLine(metric));
    return this.answerLine(line, period, undefined);
  }

  /** Change against the same period a year earlier, as a fraction of the earlier figure's size. */
  yoy(
    item: string,
    periodInput: PeriodInput
  ): { change: Decimal; current: Answer; previous: Answer } {
    const line = this.resolveItem(item);
    let current = this.answerLine(line, periodInput, undefined);
    const previousPeriod = yearEarlier(current.period);
    let previous = this.answerLine(line, periodCode(previousPeriod), undefined);
    // Per share and share counts compare on one basis: the later of the two, splits applied.
    if (current.shares && previous.shares) {
      const [a, b] = [current.shares.printedBasis, previous.shares.printedBasis];
      if (a > b) previous = this.restated(previous, a);
      else if (b > a) current = this.restated(current, b);
    }
    if (previous.value.isZero())
      throw new NotAvailableError(
        errorText("figure.zeroBase", { name: line.name, period: periodCode(previousPeriod) })
      );
    return {
      change: current.value.minus(previous.value).dividedBy(previous.value.abs()),
      current,
      previous,
    };
  }

  /** Periods for which the item has a figure, or every period the dataset knows. */
  periods(item?: string): string[] {
    if (item !== undefined && item.trim() !== "")
      return this.availablePeriods(this.resolveItem(item)).map(periodCode);
    const all = new Set(
      this.dataset.figures.filter((f) => f.basis === "reported").map((f) => f.period)
    );
    return [...all].map(parsePeriodCode).sort(comparePeriods).map(periodCode);
  }

  /** A line as a function names it ("REVENUE", "Network"); the pane asks about it (line-facts.ts). */
  namedLine(fn: LineFunction, name: string): Line {
    return fn === "VALUE"
      ? this.resolveItem(name)
      : fn === "KPI"
        ? this.kpiLine(name)
        : this.definedLine(name, ...DEFINED_LINES[fn]);
  }

  /** Item names VALUE accepts, for one statement or all. */
  items(statement?: string): string[] {
    if (statement === undefined || statement.trim() === "") return this.catalogue.names();
    const found = this.catalogue.statement(statement);
    if (!found) {
      throw new InvalidArgumentError(
        "statement",
        errorText("statement.unknown", { value: quoted(statement), names: quoteList(STATEMENTS) })
      );
    }
    return this.catalogue.names([found]);
  }

  /** The lines of a statement, or one item: what a TABLE spills down its first column. */
  tableLines(itemOrStatement: string): Line[] {
    const statement = this.catalogue.statement(itemOrStatement);
    if (statement) {
      return this.dataset.items(statement).map((item) => {
        const ref = { statement, item };
        return { name: this.catalogue.displayName(ref), sources: [ref] };
      });
    }
    return [this.resolveItem(itemOrStatement, "item_or_statement")];
  }

  /** A value for a table cell: the figure, or undefined where the period has none. */
  tableCell(line: Line, period: PeriodInput, unit: UnitInput): Decimal | undefined {
    // A money table in billions still shows its per-share and count lines, unscaled.
    const native = this.dataset.anyFigure((line.sumOf ?? line.sources)[0])?.unit;
    // "adjusted" restates per-share and share-count lines; the money lines keep their default unit.
    const adjusted = isSplitAdjusted(unit) && this.scalesOf(line) !== undefined;
    const cellUnit = adjusted
      ? unit
      : native !== undefined && !isMoneyUnit(native)
        ? undefined
        : isSplitAdjusted(unit)
          ? undefined
          : unit;
    try {
      return this.answerLine(line, period, cellUnit).value;
    } catch (error) {
      if (error instanceof NotAvailableError) return undefined;
      throw error;
    }
  }

  /** Where an answer comes from, in words, for IIJ.SOURCE and the task pane's source card. */
  describe(answer: Answer): string {
    return describeAnswer(this.dataset, answer);
  }

  source(item: string, period: PeriodInput): string {
    return this.describe(this.answerLine(this.resolveItem(item), period, undefined));
  }
}

/** A line's figure for a fixed period, before its unit: what answers in any unit share. */
interface LineFigure {
  readonly result: Found;
  /** The figure, its sign as the line gives it (cost of sales is positive). */
  readonly value: Decimal;
  readonly number: number;
  readonly scales?: "per-share" | "count";
  readonly shares?: ShareAnswer;
}

/**
 * A decimal's number in a unit, without decimal arithmetic: `text` ("-61203.901"), negated if
 * asked, read by Number in its own unit; in another money unit it is an integer (exact as a
 * double below 2^53) times a power of ten, and one multiplication or division by an exact power
 * of ten rounds once, to the double nearest the exact decimal: the number Decimal.toNumber gives
 * for the converted value (it reads the decimal text, which rounds the same way). Undefined
 * where that does not hold: decimal.js then.
 */
function numberIn(
  text: string,
  negate: boolean | undefined,
  from: Unit,
  to: Unit
): number | undefined {
  if (to === from || !isMoneyUnit(from) || !isMoneyUnit(to))
    return negate ? -Number(text) : Number(text);
  const point = text.indexOf(".");
  const m = Number(point === -1 ? text : text.slice(0, point) + text.slice(point + 1));
  const shift =
    moneyExponent(from) - moneyExponent(to) - (point === -1 ? 0 : text.length - point - 1);
  if (!Number.isSafeInteger(m) || Math.abs(shift) > 22) return undefined;
  // 0 - m and 0 + m: a zero is +0 whatever its sign, as Decimal's text of it is "0".
  const n = negate ? 0 - m : 0 + m;
  // 1e0 ... 1e22 are exact doubles.
  return shift >= 0 ? n * Number(`1e${shift}`) : n / Number(`1e${-shift}`);
}

/** The line of these one of whose names normalizes to `wanted`. */
function lineNamed(lines: readonly LineDefinition[], wanted: string): LineDefinition | undefined {
  return lines.find((line) =>
    [line.name, ...line.aliases].some((name) => normalizeName(name) === wanted)
  );
}

function sameRef(a: ItemRef, b: ItemRef): boolean {
  return a.statement === b.statement && a.item === b.item;
}

/** The KPI a short name stands for; own keys only, so "constructor" or "__proto__" is no alias. */
function kpiAlias(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(KPI_ALIASES, name) ? KPI_ALIASES[name] : undefined;
}

function codes(periods: readonly Period[]): string {
  const list = periods.map(periodCode);
  return list.length > 12 ? `${list.slice(0, 12).join(", ")}, ...` : list.join(", ");
}
