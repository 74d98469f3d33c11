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
 * A cell that already shows the new value while the dataset the workbook records gave another
 * (Excel recalculated it when the add-in loaded, or the cell was edited) is listed too, marked
 * `already`: the refresh does not change it, but the analyst should know it changed.
 *
 * The reasons compare the add-in's dataset with the dataset as it stood when the saved value was
 * calculated: the workbook's recorded version, else the latest earlier state of the filings that
 * reproduces the saved value.
 */
import type { Dataset } from "../data/dataset";
import { asFiledBy } from "../data/encode";
import type { Figure } from "../data/types";
import { excelSerialToIso, periodCode } from "../data/period";
import { Query, type Answer } from "../data/query";
import { DATASET_PROPERTY, filingDateOf } from "../shared/workbook-marks";
import { parseCell, quoteSheet, splitSheet } from "./a1";
import { callResult, type CallResult } from "./call-values";
import { datasetStatus, filingName, latestFiling, type DatasetStatus } from "./dataset-status";
import { evaluateFormula, Unsupported, type CellShown } from "./formula-value";
import { t } from "./i18n";
import { formatDay } from "./i18n/format";
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
  /** The cell shows `after` already; `before` is what the recorded dataset gave. */
  readonly already?: true;
}

export interface RefreshPreview {
  readonly status: DatasetStatus;
  /** IIJ.* cells looked at. */
  readonly cells: number;
  readonly changes: readonly CellChange[];
  /** Cells not listed whose new value only Excel can tell (a list, or a formula beyond + - * /). */
  readonly excelOnly: number;
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
  return report ? filingName(report) : id;
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
    const code = before.code;
    return [
      {
        kind: "new",
        text: source
          ? t("change.new", { fn, code, report: reportName(current, source.report) })
          : t("change.newUnsourced", { fn, code }),
      },
    ];
  }
  if (before.kind === "value" && after.kind === "error")
    return [
      {
        kind: "gone",
        text: t("change.gone", { fn, code: after.code, message: after.message }),
      },
    ];
  if (before.kind === "error" || after.kind === "error") return [];
  if (same(before.value, after.value)) return [];
  if (call.name === "PERIOD") {
    const period = (value: unknown) =>
      typeof value === "number" ? excelSerialToIso(value) : String(value);
    const asked = call.args[0];
    return [
      {
        kind: "period",
        text: `${fn}: ${period(asked)} now means ${period(after.value)} (was ${period(before.value)})`,
      },
    ];
  }
  const reasons: Reason[] = [];
  after.answers.forEach((now, i) => {
    const then: Answer | undefined = before.answers[i];
    if (!then) return;
    const [was, is] = [periodCode(then.period), periodCode(now.period)];
    if (was !== is && now.asked) {
      reasons.push({
        kind: "period",
        text: t("change.period", { fn, asked: now.asked, now: is, was }),
      });
      return;
    }
    for (const figure of now.figures) {
      const old = then.figures.find((f) => sameLine(f, figure));
      if (old && old.value !== figure.value)
        reasons.push({
          kind: "restated",
          text: t("change.restated", {
            fn,
            period: figure.period,
            line: figure.label ?? figure.item,
            report: reportName(current, figure.report),
            now: printed(figure),
            date: formatDay(current.report(old.report)?.filed ?? old.report),
            was: printed(old),
          }),
        });
    }
  });
  if (reasons.length === 0) reasons.push({ kind: "restated", text: t("change.computed", { fn }) });
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

  // What the recorded dataset gave, where it differs from the add-in's: a cell showing the new
  // value already is listed against it.
  const recordedState =
    recordedDate && recordedDate < latestFiling(current.dataset)
      ? stateAt(recordedDate)
      : undefined;

  const changes: CellChange[] = [];
  let excelOnly = 0;
  for (const cell of snapshot.cells) {
    const after = now.valueOf(cell);
    let then: Calculator | undefined;
    let before = cell.before;
    if (after !== undefined && same(cell.before, after)) {
      const recordedValue = recordedState?.valueOf(cell);
      if (recordedValue === undefined || same(recordedValue, after)) continue;
      [then, before] = [recordedState, recordedValue];
    } else {
      for (const date of dates) {
        const state = stateAt(date);
        if (state.query !== current && same(state.valueOf(cell), cell.before)) {
          then = state;
          break;
        }
      }
    }
    const already = before !== cell.before;
    const id = key(cell.sheet, cell.address);
    const reasons: Reason[] = [];
    if (then) {
      const earlier = then;
      const calls = now.calls.get(id) ?? [];
      (earlier.calls.get(id) ?? []).forEach((call, i) => {
        const made = calls[i];
        if (!made) return;
        reasons.push(
          ...callReasons(
            made,
            callResult(call.name, call.args.map(input), earlier.query),
            callResult(made.name, made.args.map(input), current),
            current.dataset
          )
        );
      });
    }
    if (reasons.length === 0)
      for (const other of now.refers.get(id) ?? []) {
        const otherBefore = already ? recordedState?.valueOf(other) : other.before;
        if (!same(now.valueOf(other), otherBefore))
          reasons.push({
            kind: "follows",
            text: t("change.follows", { cell: `${quoteSheet(other.sheet)}!${other.address}` }),
          });
      }
    if (after === undefined && reasons.length === 0) {
      excelOnly++;
      continue;
    }
    if (reasons.length === 0) reasons.push(unexplained(cell.before, recorded));
    changes.push({ ...cell, before, after, reasons, ...(already ? { already: true } : {}) });
  }
  return {
    status: datasetStatus(recorded, current.dataset),
    cells: snapshot.cells.length,
    changes,
    excelOnly,
  };
}

function unexplained(before: CellShown, recorded: string | undefined): Reason {
  if (typeof before === "object" && before.error === "#NAME?")
    return { kind: "recalculated", text: t("change.savedName") };
  return {
    kind: "recalculated",
    text: recorded ? t("change.notRecorded", { version: recorded }) : t("change.notAny"),
  };
}

function plain(value: CellShown | undefined): string | number | boolean {
  if (value === undefined) return t("audit.excel");
  return typeof value === "object" ? value.error : value;
}

/**
 * The change list as rows for a new sheet: the refresh's audit trail. `when` is when the list was
 * made; `applied`, when the refresh was applied, if it was.
 */
export function auditTrail(
  preview: RefreshPreview,
  when: string,
  applied?: string
): (string | number | boolean)[][] {
  const { status } = preview;
  const datasets =
    status.kind === "current"
      ? t("audit.datasetCurrent", { version: status.version })
      : status.kind === "unrecorded"
        ? t("audit.datasetUnrecorded", { to: status.to })
        : t("audit.datasets", { from: status.from, to: status.to });
  return [
    [t("audit.title", { when, datasets, property: DATASET_PROPERTY })],
    [t("audit.count", { changed: preview.changes.length, cells: preview.cells })],
    [applied ? t("audit.applied", { when: applied }) : t("audit.notApplied")],
    [],
    [t("audit.cell"), t("audit.formula"), t("audit.before"), t("audit.after"), t("audit.why")],
    ...preview.changes.map((c) => [
      `${quoteSheet(c.sheet)}!${c.address}`,
      // Kept as text: the trail records the formula, it does not run it.
      `'${c.formula}`,
      plain(c.before),
      plain(c.after),
      [...c.reasons.map((r) => r.text), ...(c.already ? [t("audit.already")] : [])].join("; "),
    ]),
  ];
}
