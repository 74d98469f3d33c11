/**
 * Which line of which statement a name means. Users type labels as printed ("Borrowings"), with
 * a qualifier where a statement prints a label twice ("Borrowings (current)"), or with a statement
 * prefix where a label stands in several statements ("Cash flows: Finance expenses").
 */
import { ANALYST_NAMES } from "./analyst-names";
import type { Dataset, ItemRef } from "./dataset";
import { InvalidArgumentError } from "./errors";
import { errorText, quoted } from "./messages";
import { closest, normalizeName, quoteList } from "./names";
import { STATEMENTS, STATEMENT_TITLES, type Statement } from "./types";

/** Where a bare name is looked for, in order: the first statement that prints it wins. */
export const BARE_NAME_ORDER: readonly Statement[] = STATEMENTS.filter(
  (s) => s !== "operating-summary" && s !== "adjusted"
);

/**
 * The management analysis's summary tables mostly repeat statement lines, so a bare name means the
 * statement's line; a line printed only there ("Research and development expenses") answers to
 * its bare name too. The adjusted 1H18 figures never do: they are asked for by their prefix.
 */
const PREFIX_ONLY_FALLBACK: readonly Statement[] = ["operating-summary"];

interface StatementNames {
  /** normalized item name -> item */
  readonly items: Map<string, string>;
  /** normalized printed label -> the items printed under it */
  readonly labels: Map<string, Set<string>>;
}

/** A statement's bit in Catalogue.keys: there are fewer than 32. */
const bit = (statement: Statement) => 1 << STATEMENTS.indexOf(statement);

type Match = { ref: ItemRef } | { ambiguous: string[] } | undefined;

/** Printable ASCII: text whose lower case normalizeName reads no differently from the text. */
const PLAIN_TEXT = /^[\x20-\x7e]*$/;

export class Catalogue {
  private readonly byStatement = new Map<Statement, StatementNames>();
  /** By scope (its statements joined): a few scopes, each made once. */
  private readonly suggestableByScope = new Map<
    string,
    { choices: readonly string[]; lineOf: ReadonlyMap<string, string> }
  >();
  /** Made on first use: only names with a statement prefix need it. */
  private statementByName: Map<string, Statement> | undefined;

  /**
   * Each key of the statements' items and labels -> the statements that have it, as bits (bit()):
   * a name is looked for only where it stands, not in each statement in turn (a name was 26
   * look-ups; a prefixed one, "Cash flows: Other", misses everywhere twice, bare and normalized,
   * before its prefix is read). Bits, not lists: nothing allocated per key.
   */
  private readonly keys = new Map<string, number>();

  private addKey(key: string, statement: Statement): void {
    this.keys.set(key, (this.keys.get(key) ?? 0) | bit(statement));
  }

  constructor(private readonly dataset: Dataset) {
    // The dataset ships its names normalized: doing it here was most of the time loading took.
    // Line by line (a few hundred), not figure by figure (a few thousand): this runs at load.
    for (const statement of dataset.statements()) {
      const names: StatementNames = { items: new Map(), labels: new Map() };
      this.byStatement.set(statement, names);
      for (const item of dataset.items(statement)) {
        const itemKey = dataset.ownNormalForm(item);
        names.items.set(itemKey, item);
        this.addKey(itemKey, statement);
        for (const label of dataset.labels({ statement, item })) {
          const key = dataset.ownNormalForm(label);
          this.addKey(key, statement);
          let items = names.labels.get(key);
          if (!items) names.labels.set(key, (items = new Set()));
          items.add(item);
        }
      }
    }
  }

  /** The statement a name such as "Cash flows" or "cash-flows" means, if any. */
  statement(name: string): Statement | undefined {
    if (!this.statementByName) {
      this.statementByName = new Map();
      for (const statement of STATEMENTS) {
        this.statementByName.set(normalizeName(statement), statement);
        this.statementByName.set(normalizeName(STATEMENT_TITLES[statement]), statement);
      }
    }
    return this.statementByName.get(normalizeName(name));
  }

  /** `key` is the name already normalized (normalizeName), so a search across statements does it once. */
  private matchIn(statement: Statement, key: string): Match {
    const names = this.byStatement.get(statement);
    if (!names) return undefined;
    const item = names.items.get(key);
    if (item) return { ref: { statement, item } };
    const labelled = names.labels.get(key);
    if (!labelled) return undefined;
    if (labelled.size === 1) return { ref: { statement, item: [...labelled][0] } };
    return { ambiguous: [...labelled].map((item) => this.displayName({ statement, item })) };
  }

  private matchBare(name: string, order: readonly Statement[]): Match {
    // A name typed as printed needs no normalizing: the lower case of nearly every printed name
    // is its normal form, and where it is a normal form it is the name's own (normalizeName
    // ignores case and gives the same for its own results). Other names are normalized.
    const lower = PLAIN_TEXT.test(name) ? name.toLowerCase() : undefined;
    return (
      (lower === undefined ? undefined : this.matchKey(lower, order)) ??
      this.matchKey(this.normalForm(name), order)
    );
  }

  /**
   * The dataset's normalForm, the last name's kept: a name not found bare is looked for again in
   * the summary tables (match), and normalizing is a dozen regular expressions.
   */
  private normalForm(name: string): string {
    if (this.lastNormalized?.[0] !== name)
      this.lastNormalized = [name, this.dataset.normalForm(name)];
    return this.lastNormalized[1];
  }

  private lastNormalized?: [name: string, form: string];

  private matchKey(key: string, order: readonly Statement[]): Match {
    const where = this.keys.get(key);
    if (where)
      for (const statement of order) {
        const match = where & bit(statement) ? this.matchIn(statement, key) : undefined;
        if (match) return match;
      }
    return undefined;
  }

  /**
   * Resolves an item name; `within` limits the search (KPI looks only at operating figures).
   * Throws #VALUE! naming the argument and the closest accepted names.
   */
  resolve(
    name: string,
    argument = "item",
    within: readonly Statement[] = BARE_NAME_ORDER
  ): ItemRef {
    const match = this.match(name, within);
    if (match && "ref" in match) return match.ref;
    if (match) {
      throw new InvalidArgumentError(
        argument,
        errorText("item.ambiguous", { value: quoted(name), names: quoteList(match.ambiguous) })
      );
    }
    const { choices, lineOf } = this.suggestable(within);
    const ranked = closest(name, choices, 12);
    const seen = new Set<string>();
    const suggestions = ranked
      .filter((choice) => {
        const line = this.lineKey(lineOf.get(choice) ?? choice);
        return !seen.has(line) && !!seen.add(line);
      })
      .slice(0, 3);
    throw new InvalidArgumentError(
      argument,
      suggestions.length > 0
        ? errorText("item.unknown", { value: quoted(name), names: quoteList(suggestions) })
        : errorText("item.unknownNoClose", { value: quoted(name) })
    );
  }

  /** What a name matches: bare, then (printed only there) in the summary tables, then with its prefix. */
  private match(name: string, within: readonly Statement[]): Match {
    // The whole name first: some items contain a colon themselves ("Orders received: Total").
    const match = this.matchBare(name, within);
    if (match) return match;
    if (within === BARE_NAME_ORDER) {
      const summary = this.matchBare(name, PREFIX_ONLY_FALLBACK);
      if (summary) return summary;
    }
    const colon = name.indexOf(":");
    if (colon <= 0) return undefined;
    const statement = this.statement(name.slice(0, colon));
    return statement && this.matchIn(statement, normalizeName(name.slice(colon + 1)));
  }

  /** The line a name means, as a key; the name itself where it means no one line. */
  private lineKey(name: string): string {
    const match = this.match(name, BARE_NAME_ORDER);
    return match && "ref" in match ? `${match.ref.statement}|${match.ref.item}` : name;
  }

  /** How to name a line so that `resolve` finds exactly it: bare where that suffices, else prefixed. */
  displayName(ref: ItemRef): string {
    const bare = this.matchBare(ref.item, BARE_NAME_ORDER);
    if (bare && "ref" in bare && bare.ref.statement === ref.statement && bare.ref.item === ref.item)
      return ref.item;
    return `${STATEMENT_TITLES[ref.statement]}: ${ref.item}`;
  }

  /**
   * What a misspelt name is compared with, made once per scope: listing every name again cost
   * more than the comparing (0.7 ms of a failed look-up). Analysts' names are items too (query.ts
   * looks them up after the printed ones); `lineOf` lets a line be suggested once, by whichever of
   * its names is closest ("depreciation", not also "D&A").
   */
  private suggestable(within: readonly Statement[]): {
    choices: readonly string[];
    lineOf: ReadonlyMap<string, string>;
  } {
    const scope = within.join();
    let made = this.suggestableByScope.get(scope);
    if (!made) {
      const lineOf = new Map<string, string>();
      if (within === BARE_NAME_ORDER)
        for (const analysts of ANALYST_NAMES)
          for (const word of analysts.words) lineOf.set(word, analysts.line ?? analysts.words[0]);
      made = { choices: [...this.names(within), ...lineOf.keys()], lineOf };
      this.suggestableByScope.set(scope, made);
    }
    return made;
  }

  /** Every accepted item name, statement by statement, in printed order. */
  names(statements: readonly Statement[] = STATEMENTS): string[] {
    return statements.flatMap((statement) =>
      this.dataset.items(statement).map((item) => this.displayName({ statement, item }))
    );
  }
}
