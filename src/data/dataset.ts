/**
 * The figures the add-in ships, ready for lookup. The generated module already groups them by
 * line and period, latest filing first, so loading is one map entry per line; a period's figures
 * become objects only when that period is asked for.
 */
import {
  decodePeriod,
  indexLines,
  linePeriods,
  type Decoding,
  type EncodedFigures,
  type EncodedLine,
} from "./encoding";
import { normalizeName } from "./names";
import {
  LINE_KINDS,
  STATEMENTS,
  STATEMENT_TITLES,
  type Basis,
  type Figure,
  type LineKind,
  type Report,
  type Statement,
} from "./types";
import type { Unit } from "./unit";

/** Identifies a line of a statement: what `IIJ.VALUE("Cash flows: Other (investing)")` names. */
export interface ItemRef {
  readonly statement: Statement;
  readonly item: string;
}

export function refKey(ref: ItemRef): string {
  return `${ref.statement}|${ref.item}`;
}

let headings: Map<string, Statement> | undefined;

/** Statement id or title, lower case -> statement: a load reads a few hundred references. */
function statementsByHeading(): Map<string, Statement> {
  if (!headings) {
    headings = new Map();
    for (const statement of STATEMENTS) {
      headings.set(STATEMENT_TITLES[statement].toLowerCase(), statement);
      headings.set(statement, statement);
    }
  }
  return headings;
}

/**
 * Reads "statement: item" as `same_as` and the identities write it, the statement by its id or
 * its title; without a statement prefix, the line is in `fallback` (if given).
 */
export function parseLineReference(reference: string, fallback?: Statement): ItemRef | undefined {
  const colon = reference.indexOf(": ");
  if (colon > 0) {
    const statement = statementsByHeading().get(reference.slice(0, colon).toLowerCase());
    if (statement) return { statement, item: reference.slice(colon + 2) };
  }
  return fallback === undefined ? undefined : { statement: fallback, item: reference };
}

/** A line that repeats another (a summary table's copy of a statement line): `same_as` in the source. */
export interface RepeatLink {
  readonly repeat: ItemRef;
  /** "<statement>: <item>" of the line it repeats. */
  readonly sameAs: string;
  /** The line it repeats, as a reference: no reading `sameAs` back at load. */
  readonly home: ItemRef;
}

const NO_LABELS: ReadonlySet<string> = new Set();

/** One item of a statement: its line on each basis it is printed on, and the labels it is printed under. */
interface ItemEntry {
  /** Indexes into the module's lines. */
  readonly lines: Partial<Record<Basis, number>>;
  /** Made on first ask (labels()). */
  labels?: Set<string>;
}

const MONEY_RANK: Partial<Record<Unit, number>> = { JPY: 1, "JPY k": 2, "JPY mn": 3, "JPY bn": 4 };

export class Dataset {
  private readonly strings: readonly string[];
  private readonly lines: readonly EncodedLine[];
  private readonly decoding: Decoding;
  /** By line index, the lines each repeats, as "statement: item" (only lines that repeat others). */
  private readonly repeatsOf: (readonly string[] | undefined)[] = [];
  private readonly reportsById: Map<string, Report>;
  /** statement -> item -> its lines and labels, items in the order the filings print them. */
  private readonly entries = new Map<Statement, Map<string, ItemEntry>>();
  /** `items(statement)`, listed on first ask. */
  private readonly itemLists = new Map<Statement, readonly string[]>();
  private readonly repeatLinks: RepeatLink[] = [];
  /** name -> normalizeName(name) for the items and labels whose normal form is not their lower case. */
  private readonly normalForms = new Map<string, string>();
  /** Figures already made, by line index and period. */
  private readonly made: (Map<string, readonly Figure[]> | undefined)[] = [];
  private everyFigure: readonly Figure[] | undefined;
  /** `openingLines`, worked out on first ask. */
  private readonly openings = new Map<string, readonly ItemRef[]>();
  private finestUnits: Map<string, Unit> | undefined;

  static fromEncoded(
    version: string,
    reports: readonly Report[],
    encoded: EncodedFigures
  ): Dataset {
    return new Dataset(version, reports, encoded);
  }

  private constructor(
    readonly version: string,
    readonly reports: readonly Report[],
    encoded: EncodedFigures
  ) {
    const decoding = (this.decoding = indexLines(encoded));
    const { strings, lines, itemAts } = decoding;
    this.strings = strings;
    this.lines = lines;
    this.reportsById = new Map(reports.map((r) => [r.id, r]));
    const forms = encoded.normalForms;
    for (let at = 0; at < forms.length; at += 2)
      this.normalForms.set(strings[forms[at]], strings[forms[at + 1]]);
    lines.forEach((line, at) => {
      const statement = strings[line[0]] as Statement;
      const itemAt = itemAts[at];
      const item = strings[itemAt];
      let items = this.entries.get(statement);
      if (!items) this.entries.set(statement, (items = new Map()));
      let entry = items.get(item);
      // A line with figures on both bases (adjusted statement) is one item.
      if (!entry) items.set(item, (entry = { lines: {} }));
      entry.lines[strings[line[2]] as Basis] = at;
      if (line[4].length === 0) return;
      const homes = line[4].map((home) => ({
        statement: strings[lines[home][0]] as Statement,
        item: strings[itemAts[home]],
      }));
      const repeats = homes.map((home) => `${home.statement}: ${home.item}`);
      this.repeatsOf[at] = repeats;
      homes.forEach((home, k) =>
        this.repeatLinks.push({ repeat: { statement, item }, sameAs: repeats[k], home })
      );
    });
  }

  /** A line's figures for a period, latest filing first; none for a period it does not print. */
  private figuresOf(at: number | undefined, period: string): readonly Figure[] {
    // Only printed periods are remembered: what is asked for but absent is not worth keeping.
    if (at === undefined || !linePeriods(this.decoding, at).has(period)) return [];
    let byPeriod = this.made[at];
    if (!byPeriod) this.made[at] = byPeriod = new Map();
    let figures = byPeriod.get(period);
    if (!figures) {
      figures = decodePeriod(this.decoding, at, this.repeatsOf[at] ?? [], period);
      byPeriod.set(period, figures);
    }
    return figures;
  }

  /** Every figure (made on first use: only whole-dataset walks need it). */
  get figures(): readonly Figure[] {
    this.everyFigure ??= [...this.entries.values()]
      .flatMap((items) => [...items.values()].flatMap((entry) => Object.values(entry.lines)))
      .flatMap((at) =>
        [...linePeriods(this.decoding, at).keys()].flatMap((period) => this.figuresOf(at, period))
      );
    return this.everyFigure;
  }

  /** Lines that repeat other lines, once per line and line repeated. */
  repeats(): readonly RepeatLink[] {
    return this.repeatLinks;
  }

  /** The finest money unit a filing prints in: thousands for the 2019 statements, millions for 2023. */
  finestMoneyUnit(reportId: string): Unit | undefined {
    if (!this.finestUnits) {
      this.finestUnits = new Map();
      for (const figure of this.figures) {
        const rank = MONEY_RANK[figure.unit];
        const finest = this.finestUnits.get(figure.report);
        if (rank !== undefined && (finest === undefined || rank < MONEY_RANK[finest]!))
          this.finestUnits.set(figure.report, figure.unit);
      }
    }
    return this.finestUnits.get(reportId);
  }

  report(id: string): Report | undefined {
    return this.reportsById.get(id);
  }

  /**
   * The bases to look in, in order: the "adjusted" statement is the restated view, so its
   * adjusted figures come first; everywhere else the reported figures.
   */
  private bases(ref: ItemRef, basis?: Basis): Basis[] {
    if (basis) return [basis];
    return ref.statement === "adjusted" ? ["adjusted", "reported"] : ["reported"];
  }

  private line(ref: ItemRef, basis: Basis): number | undefined {
    return this.entries.get(ref.statement)?.get(ref.item)?.lines[basis];
  }

  /** The figure printed for this line and period code, from the latest filing that prints it. */
  printed(ref: ItemRef, period: string, basis?: Basis): Figure | undefined {
    for (const b of this.bases(ref, basis)) {
      const first = this.figuresOf(this.line(ref, b), period)[0];
      if (first) return first;
    }
    return undefined;
  }

  /** Every filing's figure for this line and period, latest first: restatements stay visible. */
  printedByAllFilings(ref: ItemRef, period: string, basis?: Basis): readonly Figure[] {
    return this.bases(ref, basis).flatMap((b) => this.figuresOf(this.line(ref, b), period));
  }

  /** Period codes with a printed figure for this line. */
  printedPeriods(ref: ItemRef, basis?: Basis): string[] {
    const codes = this.bases(ref, basis).flatMap((b) => {
      const at = this.line(ref, b);
      return at === undefined ? [] : [...linePeriods(this.decoding, at).keys()];
    });
    return [...new Set(codes)];
  }

  /** A figure of this line, any period, to learn its unit and whether it is a flow. */
  anyFigure(ref: ItemRef): Figure | undefined {
    for (const basis of ["reported", "adjusted"] as const) {
      const at = this.line(ref, basis);
      const period =
        at === undefined ? undefined : linePeriods(this.decoding, at).keys().next().value;
      if (period !== undefined) return this.figuresOf(at, period)[0];
    }
    return undefined;
  }

  /** What a line's figures are: flows, balances at dates, or opening or closing balances of periods. */
  kind(ref: ItemRef): LineKind | undefined {
    const line = this.anyLine(ref);
    return line && LINE_KINDS[line[5]];
  }

  /** Of an opening balance: the line whose closing balance the next period opens with. */
  closingLine(ref: ItemRef): ItemRef | undefined {
    const at = this.anyLine(ref)?.[7] ?? -1;
    return at === -1 ? undefined : { statement: ref.statement, item: this.strings[at] };
  }

  /** Of a closing balance: the opening balances that continue it (the next period opens with it). */
  openingLines(ref: ItemRef): readonly ItemRef[] {
    const key = refKey(ref);
    let lines = this.openings.get(key);
    if (!lines) {
      const items = [...(this.entries.get(ref.statement)?.keys() ?? [])];
      lines = items
        .map((item) => ({ statement: ref.statement, item }))
        .filter((other) => this.closingLine(other)?.item === ref.item);
      this.openings.set(key, lines);
    }
    return lines;
  }

  private anyLine(ref: ItemRef): EncodedLine | undefined {
    const lines = this.entries.get(ref.statement)?.get(ref.item)?.lines;
    const at = lines && (lines.reported ?? lines.adjusted);
    return at === undefined ? undefined : this.lines[at];
  }

  /**
   * The labels a line is printed under, where they differ from its item name: read from its
   * lines on first ask (the catalogue asks, when a first name is looked up), not at load.
   */
  labels(ref: ItemRef): ReadonlySet<string> {
    const entry = this.entries.get(ref.statement)?.get(ref.item);
    if (!entry) return NO_LABELS;
    if (!entry.labels) {
      entry.labels = new Set();
      for (const at of Object.values(entry.lines))
        for (const label of this.lines[at][3])
          entry.labels.add(this.strings[this.decoding.itemAts[at] + label]);
    }
    return entry.labels;
  }

  /**
   * normalizeName(name) of one of the dataset's own items and labels (only those): shipped where
   * it is not their lower case, so nothing is normalized at load.
   */
  ownNormalForm(name: string): string {
    return this.normalForms.get(name) ?? name.toLowerCase();
  }

  /** normalizeName(name), shipped for the dataset's names whose normal form is not their lower case. */
  normalForm(name: string): string {
    return this.normalForms.get(name) ?? normalizeName(name);
  }

  items(statement: Statement): readonly string[] {
    let items = this.itemLists.get(statement);
    if (!items)
      this.itemLists.set(statement, (items = [...(this.entries.get(statement)?.keys() ?? [])]));
    return items;
  }

  statements(): Statement[] {
    return [...this.entries.keys()];
  }
}
