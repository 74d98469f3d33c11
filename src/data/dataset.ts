/**
 * The figures the add-in ships, indexed for lookup. Built once per runtime from the generated
 * module; everything after that is a Map lookup.
 */
import { decodeFigures, type EncodedFigures } from "./encoding";
import type { Basis, Figure, Report, Statement } from "./types";
import type { Unit } from "./unit";

/** Identifies a line of a statement: what `IIJ.VALUE("Cash flows: Other (investing)")` names. */
export interface ItemRef {
  readonly statement: Statement;
  readonly item: string;
}

export function refKey(ref: ItemRef): string {
  return `${ref.statement}|${ref.item}`;
}

const NO_LABELS: ReadonlySet<string> = new Set();

export class Dataset {
  readonly figures: readonly Figure[];
  private readonly reportsById: Map<string, Report>;
  /** statement|item|basis -> period -> the figure of the latest filing. */
  private readonly latest = new Map<string, Map<string, Figure>>();
  /** statement|item|basis -> period -> every filing's figure, latest first. */
  private readonly all = new Map<string, Map<string, Figure[]>>();
  private readonly finestUnit = new Map<string, Unit>();
  /** statement|item -> the labels it is printed under. */
  private readonly lineLabels = new Map<string, Set<string>>();
  /** statement -> items in the order the filings print them. */
  private readonly itemOrder = new Map<Statement, string[]>();

  static fromEncoded(
    version: string,
    reports: readonly Report[],
    encoded: EncodedFigures
  ): Dataset {
    return new Dataset(version, reports, decodeFigures(encoded));
  }

  constructor(
    readonly version: string,
    readonly reports: readonly Report[],
    figures: readonly Figure[]
  ) {
    this.reportsById = new Map(reports.map((r) => [r.id, r]));
    this.figures = figures;
    // Later filings first, so the first figure kept for a key is the one queries use. Bucketing
    // by filing (a handful) rather than sorting the figures keeps the cold start short.
    const byFiling = new Map<string, Figure[]>();
    for (const figure of figures) {
      let bucket = byFiling.get(figure.report);
      if (!bucket) byFiling.set(figure.report, (bucket = []));
      bucket.push(figure);
    }
    const filings = [...reports].sort((a, b) =>
      a.filed < b.filed ? 1 : a.filed > b.filed ? -1 : 0
    );
    const scale: Partial<Record<Unit, number>> = { JPY: 1, "JPY k": 2, "JPY mn": 3, "JPY bn": 4 };
    // Item order follows the latest filing, with older filings' extra lines after.
    const ordered = new Set<string>();
    for (const filing of filings) {
      for (const figure of byFiling.get(filing.id) ?? []) this.index(figure, ordered, scale);
    }
  }

  private index(figure: Figure, ordered: Set<string>, scale: Partial<Record<Unit, number>>): void {
    const line = `${figure.statement}|${figure.item}`;
    const key = `${line}|${figure.basis}`;
    let periods = this.all.get(key);
    let latest = this.latest.get(key);
    if (!periods || !latest) {
      this.all.set(key, (periods = new Map()));
      this.latest.set(key, (latest = new Map()));
    }
    const list = periods.get(figure.period);
    if (list) list.push(figure);
    else periods.set(figure.period, [figure]);
    // A figure's home wins over a repeat of it in a summary table of the same filing.
    const current = latest.get(figure.period);
    if (!current || (current.sameAs && !figure.sameAs && current.report === figure.report))
      latest.set(figure.period, figure);

    const unit = this.finestUnit.get(figure.report);
    const rank = scale[figure.unit];
    if (rank !== undefined && (unit === undefined || rank < scale[unit]!))
      this.finestUnit.set(figure.report, figure.unit);

    if (!ordered.has(line)) {
      ordered.add(line);
      let items = this.itemOrder.get(figure.statement);
      if (!items) this.itemOrder.set(figure.statement, (items = []));
      items.push(figure.item);
    }
    if (figure.label !== undefined) {
      let labels = this.lineLabels.get(line);
      if (!labels) this.lineLabels.set(line, (labels = new Set()));
      labels.add(figure.label);
    }
  }

  /** The finest money unit a filing prints in: thousands for the 2019 statements, millions for 2023. */
  finestMoneyUnit(reportId: string): Unit | undefined {
    return this.finestUnit.get(reportId);
  }

  report(id: string): Report | undefined {
    return this.reportsById.get(id);
  }

  /**
   * The dataset as it stood once the filings up to `date` (ISO) were in: how a model looked
   * before a later filing restated a comparative.
   */
  asFiledBy(date: string): Dataset {
    const reports = this.reports.filter((r) => r.filed <= date);
    const ids = new Set(reports.map((r) => r.id));
    return new Dataset(
      `${this.version}@${date}`,
      reports,
      this.figures.filter((f) => ids.has(f.report))
    );
  }

  /**
   * The bases to look in, in order: the "adjusted" statement is the restated view, so its
   * adjusted figures come first; everywhere else the reported figures.
   */
  private bases(ref: ItemRef, basis?: Basis): Basis[] {
    if (basis) return [basis];
    return ref.statement === "adjusted" ? ["adjusted", "reported"] : ["reported"];
  }

  /** The figure printed for this line and period code, from the latest filing that prints it. */
  printed(ref: ItemRef, period: string, basis?: Basis): Figure | undefined {
    for (const b of this.bases(ref, basis)) {
      const figure = this.latest.get(`${ref.statement}|${ref.item}|${b}`)?.get(period);
      if (figure) return figure;
    }
    return undefined;
  }

  /** Every filing's figure for this line and period, latest first: restatements stay visible. */
  printedByAllFilings(ref: ItemRef, period: string, basis?: Basis): readonly Figure[] {
    return this.bases(ref, basis).flatMap(
      (b) => this.all.get(`${ref.statement}|${ref.item}|${b}`)?.get(period) ?? []
    );
  }

  /** Period codes with a printed figure for this line. */
  printedPeriods(ref: ItemRef, basis?: Basis): string[] {
    const codes = this.bases(ref, basis).flatMap((b) => [
      ...(this.latest.get(`${ref.statement}|${ref.item}|${b}`)?.keys() ?? []),
    ]);
    return [...new Set(codes)];
  }

  /** A figure of this line, any period, to learn its unit and whether it is a flow. */
  anyFigure(ref: ItemRef): Figure | undefined {
    for (const basis of ["reported", "adjusted"] as const) {
      const periods = this.latest.get(`${ref.statement}|${ref.item}|${basis}`);
      if (periods) return periods.values().next().value;
    }
    return undefined;
  }

  /** The labels a line is printed under, where they differ from its item name. */
  labels(ref: ItemRef): ReadonlySet<string> {
    return this.lineLabels.get(`${ref.statement}|${ref.item}`) ?? NO_LABELS;
  }

  items(statement: Statement): readonly string[] {
    return this.itemOrder.get(statement) ?? [];
  }

  statements(): Statement[] {
    return [...this.itemOrder.keys()];
  }
}
