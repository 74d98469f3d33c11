/**
 * What a refresh will change, said before anything is recalculated: given every IIJ.* cell of a
 * workbook (formula and the value it shows now, read by workbook-cells.ts), the dataset version the
 * workbook was last calculated with (its DATASET_PROPERTY) and the add-in's dataset, lists each
 * cell whose value changes, with the value before and after and why:
 *
 * - restated: a later filing prints the figure differently;
 * - period moved: a relative period such as H0 now means a newer half;
 * - newly reported: a figure the cell showed as #N/A is now in a filing;
 * - follows: it refers to another IIJ.* cell that changes;
 * - no longer answered, or recalculated: the saved value was not the dataset's (saved where the
 *   add-in had not calculated it, typed over, or a dataset correction).
 *
 * The reasons compare the add-in's dataset with the dataset as it stood when the saved value was
 * calculated: the workbook's recorded version, else the latest earlier state of the filings that
 * reproduces the saved value.
 */
import type { Dataset } from "../data/dataset";
import { asFiledBy } from "../data/encode";
import type { Figure } from "../data/types";
import { periodCode } from "../data/period";
import { Query, type Answer } from "../data/query";
import { DATASET_PROPERTY, filingDateOf } from "../shared/workbook-marks";
import { parseCell, quoteSheet, splitSheet } from "./a1";
import { callResult, type CallResult } from "./call-values";
import { datasetStatus, latestFiling, type DatasetStatus } from "./dataset-status";
import { evaluateFormula, Unsupported, type CellShown } from "./formula-value";
import { key, type IijCell, type WorkbookSnapshot } from "./workbook-snapshot";

export type ReasonKind = "restated" | "period" | "new" | "follows" | "gone" | "recalculated";

export interface Reason {
  readonly kind: ReasonKind;
  readonly text: string;
}

export interface CellChange extends IijCell {
  /** What it will show; undefined where Excel alone can tell (a list, or a formula beyond + - * /). */
  readonly after: CellShown | undefined;
  readonly reasons: readonly Reason[];
}

export interface RefreshPreview {
  readonly status: DatasetStatus;
  /** IIJ.* cells looked at. */
  readonly cells: number;
  readonly changes: readonly CellChange[];
}

function same(a: CellShown | undefined, b: CellShown | undefined): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === "object" && typeof b === "object") return a.error === b.error;
  return a === b;
}

function fromResult(result: CallResult): CellShown {
  if (result.kind === "list") throw new Unsupported("a list");
  return result.kind === "value" ? result.value : { error: result.code };
}

/** One IIJ.* call as a cell makes it: name and argument values. */
interface MadeCall {
  readonly name: string;
  readonly args: readonly (CellShown | undefined)[];
}

function reportName(dataset: Dataset, id: string): string {
  const report = dataset.report(id);
  return report ? `${report.title} (filed ${report.filed})` : id;
}

function printed(f: Figure): string {
  return `${f.printed ?? f.value} ${f.unit}`;
}

function sameLine(a: Figure, b: Figure): boolean {
  return (
    a.statement === b.statement && a.item === b.item && a.period === b.period && a.basis === b.basis
  );
}

/** Why one call gives `after` now where it gave `before` under the earlier dataset. */
function callReasons(
  call: MadeCall,
  before: CallResult,
  after: CallResult,
  current: Dataset
): Reason[] {
  const fn = `IIJ.${call.name}`;
  if (before.kind === "list" || after.kind === "list") return [];
  if (before.kind === "error" && after.kind === "value") {
    const source = after.answers[0]?.figures[0];
    return [
      {
        kind: "new",
        text: `${fn}: newly reported${source ? ` in ${reportName(current, source.report)}` : ""}; the cell was ${before.code}`,
      },
    ];
  }
  if (before.kind === "value" && after.kind === "error")
    return [{ kind: "gone", text: `${fn}: no longer answered: ${after.code} ${after.message}` }];
  if (before.kind === "error" || after.kind === "error") return [];
  if (same(before.value, after.value)) return [];
  const reasons: Reason[] = [];
  after.answers.forEach((now, i) => {
    const then: Answer | undefined = before.answers[i];
    if (!then) return;
    const [was, is] = [periodCode(then.period), periodCode(now.period)];
    if (was !== is && now.asked) {
      reasons.push({ kind: "period", text: `${fn}: ${now.asked} now means ${is} (was ${was})` });
      return;
    }
    for (const figure of now.figures) {
      const old = then.figures.find((f) => sameLine(f, figure));
      if (old && old.value !== figure.value)
        reasons.push({
          kind: "restated",
          text: `${fn}: ${figure.period} ${figure.label ?? figure.item} restated in ${reportName(current, figure.report)}: ${printed(figure)}, where ${reportName(current, old.report)} printed ${printed(old)}`,
        });
    }
  });
  if (reasons.length === 0)
    reasons.push({
      kind: "restated",
      text: `${fn}: a figure it is computed from changed in the dataset`,
    });
  return reasons;
}

/** Works out what each IIJ.* cell gives under one dataset, following references between them. */
class Calculator {
  private readonly results = new Map<string, CellShown | undefined>();
  private readonly busy = new Set<string>();
  readonly calls = new Map<string, MadeCall[]>();
  /** The IIJ.* cells each cell refers to. */
  readonly refers = new Map<string, IijCell[]>();

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly formulas: ReadonlyMap<string, IijCell>,
    readonly query: Query
  ) {}

  valueOf(cell: IijCell): CellShown | undefined {
    const id = key(cell.sheet, cell.address);
    if (this.results.has(id)) return this.results.get(id);
    this.busy.add(id);
    const made: MadeCall[] = [];
    const refers: IijCell[] = [];
    const value = evaluateFormula(cell.formula, {
      ref: (address) => this.refValue(cell.sheet, address, refers),
      call: (name, args) => {
        made.push({ name, args });
        return fromResult(callResult(name, args.map(input), this.query));
      },
    });
    this.busy.delete(id);
    this.results.set(id, value);
    this.calls.set(id, made);
    this.refers.set(id, refers);
    return value;
  }

  private refValue(home: string, reference: string, refers: IijCell[]): CellShown {
    const { sheet = home, cells } = splitSheet(reference);
    if (!parseCell(cells)) throw new Unsupported(`not a cell: ${reference}`);
    const other = this.formulas.get(key(sheet, cells));
    if (other) refers.push(other);
    // A reference to another IIJ.* cell sees that cell's new value; a cycle keeps the saved one.
    if (other && !this.busy.has(key(sheet, cells))) {
      const value = this.valueOf(other);
      if (value !== undefined) return value;
    }
    return this.snapshot.value(sheet, cells);
  }
}

/** A value as a custom function receives it: an empty cell is no argument. */
function input(value: CellShown | undefined): unknown {
  return value === "" ? undefined : value;
}

/** The refresh change list for a workbook. */
export function previewRefresh(
  snapshot: WorkbookSnapshot,
  recorded: string | undefined,
  current: Query
): RefreshPreview {
  const formulas = new Map(snapshot.cells.map((c) => [key(c.sheet, c.address), c]));
  const now = new Calculator(snapshot, formulas, current);
  // The dataset states a saved value may come from: the recorded one first, then each earlier filing date.
  const dates = [...new Set(current.dataset.reports.map((r) => r.filed))].sort().reverse();
  const recordedDate = recorded ? filingDateOf(recorded) : undefined;
  if (recordedDate) dates.sort((a, b) => Number(b === recordedDate) - Number(a === recordedDate));
  const earlier = new Map<string, Calculator>();
  const stateAt = (date: string) => {
    let calculator = earlier.get(date);
    if (!calculator) {
      // An earlier state goes under the version the workbook recorded when that is the state
      // it names: IIJ.SOURCE quotes the version.
      const version = date === recordedDate ? recorded : undefined;
      const query =
        date >= latestFiling(current.dataset)
          ? current
          : new Query(asFiledBy(current.dataset, date, version));
      earlier.set(date, (calculator = new Calculator(snapshot, formulas, query)));
    }
    return calculator;
  };

  const changes: CellChange[] = [];
  for (const cell of snapshot.cells) {
    const after = now.valueOf(cell);
    if (after !== undefined && same(cell.before, after)) continue;
    const id = key(cell.sheet, cell.address);
    let then: Calculator | undefined;
    for (const date of dates) {
      const state = stateAt(date);
      if (state.query !== current && same(state.valueOf(cell), cell.before)) {
        then = state;
        break;
      }
    }
    const reasons: Reason[] = [];
    if (then) {
      const calls = now.calls.get(id) ?? [];
      (then.calls.get(id) ?? []).forEach((call, i) => {
        const made = calls[i];
        if (!made) return;
        reasons.push(
          ...callReasons(
            made,
            callResult(call.name, call.args.map(input), then.query),
            callResult(made.name, made.args.map(input), current),
            current.dataset
          )
        );
      });
    }
    if (reasons.length === 0)
      for (const other of now.refers.get(id) ?? [])
        if (!same(now.valueOf(other), other.before))
          reasons.push({
            kind: "follows",
            text: `follows ${quoteSheet(other.sheet)}!${other.address}, which changes`,
          });
    if (after === undefined && reasons.length === 0) continue;
    if (reasons.length === 0) reasons.push(unexplained(cell.before, recorded));
    changes.push({ ...cell, after, reasons });
  }
  return {
    status: datasetStatus(recorded, current.dataset),
    cells: snapshot.cells.length,
    changes,
  };
}

function unexplained(before: CellShown, recorded: string | undefined): Reason {
  if (typeof before === "object" && before.error === "#NAME?")
    return {
      kind: "recalculated",
      text: "saved as #NAME?: calculated where IIJ Figures was not loaded",
    };
  return {
    kind: "recalculated",
    text: recorded
      ? `the saved value is not what dataset ${recorded} gave either: saved without recalculating, or typed over`
      : "the saved value is not what any state of the dataset gives: saved without recalculating, or typed over",
  };
}

function plain(value: CellShown | undefined): string | number | boolean {
  if (value === undefined) return "(Excel recalculates)";
  return typeof value === "object" ? value.error : value;
}

/** The change list as rows for a new sheet: the refresh's audit trail. */
export function auditTrail(preview: RefreshPreview, when: string): (string | number | boolean)[][] {
  const { status } = preview;
  const datasets =
    status.kind === "current"
      ? `dataset ${status.version}`
      : status.kind === "unrecorded"
        ? `dataset not recorded -> ${status.to}`
        : `dataset ${status.from} -> ${status.to}`;
  return [
    [`IIJ Figures refresh, ${when}: ${datasets} (document property "${DATASET_PROPERTY}")`],
    [`${preview.changes.length} of ${preview.cells} IIJ.* cells change`],
    [],
    ["Cell", "Formula", "Before", "After", "Why"],
    ...preview.changes.map((c) => [
      `${quoteSheet(c.sheet)}!${c.address}`,
      // Kept as text: the trail records the formula, it does not run it.
      `'${c.formula}`,
      plain(c.before),
      plain(c.after),
      c.reasons.map((r) => r.text).join("; "),
    ]),
  ];
}
