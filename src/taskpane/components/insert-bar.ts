/**
 * Where and how the table goes in: the target ("B3", or "Sheet2!C5" for another sheet; it follows
 * the selection), the Insert button, the overwrite question, the status line and "Insert chart
 * next to table". The function reference inserts through the same target, question and status.
 */
import { t } from "../i18n";
import { cellRef, parseCell, splitSheet, type CellIndex } from "../a1";
import {
  insertChart,
  insertFormula,
  insertTable,
  type InsertResult,
  type SheetWrite,
} from "../excel-actions";
import { formulaNumberFormat, type TablePlan, type TableTarget } from "../table";
import { h, message, say } from "./dom";
import { button, field, textInput } from "./fluent-controls";
import { overwritePrompt } from "./overwrite-prompt";

export interface InsertBar {
  readonly element: HTMLElement;
  /** The selection moved: the target follows it (on the active sheet) unless the analyst is typing one. */
  follow(cell: CellIndex): void;
  insertFormula(formula: string): Promise<void>;
}

export interface InsertSource {
  /** Why nothing can be inserted yet ("Pick at least one period."), or undefined. */
  blocker(): string | undefined;
  plan(target: TableTarget): TablePlan;
}

/** What the analyst typed as a target: "C5", "$C$5", "Sheet2!C5", "'My sheet'!C5". */
export function parseTarget(text: string): TableTarget | undefined {
  const { sheet, cells } = splitSheet(text.trim());
  const cell = parseCell(cells.split(":")[0]);
  if (!cell || sheet === "") return undefined;
  return sheet === undefined ? cell : { ...cell, sheet };
}

export function insertBar(source: InsertSource): InsertBar {
  const target = textInput("iij-anchor", "B3", {
    spellcheck: "false",
    "aria-describedby": "iij-anchor-hint",
  });
  const insert = button("iij-insert", t("insert.button"), "primary");
  const chart = button("iij-insert-chart", t("insert.chart"));
  chart.disabled = true;
  const status = h("p", {
    class: "status",
    id: "iij-status",
    role: "status",
    "aria-live": "polite",
  });
  const prompt = overwritePrompt(() => insert);
  let lastTable: { plan: TablePlan; sheet?: string } | undefined;

  const element = h(
    "div",
    { class: "insert" },
    h("div", { class: "insert-row" }, field(t("insert.target"), target), insert),
    h("p", { class: "hint", id: "iij-anchor-hint" }, t("insert.targetHint")),
    prompt.element,
    status,
    chart
  );

  function readTarget(): TableTarget | undefined {
    const parsed = parseTarget(target.value ?? "");
    if (!parsed) {
      say(status, t("insert.badTarget", { text: target.value ?? "" }), true);
      target.focus();
    }
    return parsed;
  }

  /** "C5", or "Sheet2!C5" when the analyst named a sheet. */
  const where = (address: string, wanted: TableTarget, sheet?: string) =>
    wanted.sheet !== undefined ? `${sheet ?? wanted.sheet}!${address}` : address;

  /** Writes through `run` at the target typed, and says what happened. */
  async function write<P extends SheetWrite>(
    run: (target: TableTarget) => Promise<InsertResult<P>>,
    done: (plan: P, address: string) => string
  ): Promise<InsertResult<P> | undefined> {
    const wanted = readTarget();
    if (!wanted) return undefined;
    say(status, ""); // the last insert's line would read as the answer to the question asked now
    try {
      const result = await run(wanted);
      if (result.status === "cancelled" || !result.plan) say(status, t("insert.cancelled"));
      else say(status, done(result.plan, where(result.plan.address, wanted, result.sheet)));
      return result;
    } catch (error) {
      say(status, t("insert.failed", { error: message(error) }), true);
      return undefined;
    }
  }

  async function insertTableNow(): Promise<void> {
    const blocker = source.blocker();
    if (blocker) {
      say(status, blocker, true);
      return;
    }
    insert.disabled = true;
    try {
      const result = await write(
        (at) => insertTable(source.plan, at, prompt.ask),
        // The kind in the pane's words: the sheet's title is English in every language.
        (p, address) => t("insert.done", { title: t(`kind.${p.request.kind}`), address })
      );
      if (result?.plan) {
        lastTable = { plan: result.plan, sheet: result.sheet };
        // No chart of a table with no line to chart.
        chart.disabled = result.plan.chart.series.length === 0;
      }
    } finally {
      insert.disabled = false;
    }
  }

  async function insertChartNow(): Promise<void> {
    if (!lastTable) return;
    try {
      const result = await insertChart(lastTable.plan, lastTable.sheet, prompt.ask);
      if (result.status === "cancelled") say(status, t("insert.cancelled"));
      else
        say(
          status,
          result.plan
            ? t("insert.chartDoneWithData", {
                address: lastTable.plan.address,
                data: result.plan.address,
              })
            : t("insert.chartDone", { address: lastTable.plan.address })
        );
    } catch (error) {
      say(status, t("insert.chartFailed", { error: message(error) }), true);
    }
  }

  insert.addEventListener("click", () => void insertTableNow());
  chart.addEventListener("click", () => void insertChartNow());
  target.addEventListener("keydown", (event) => {
    if (event.key === "Enter") void insertTableNow();
  });

  return {
    element,
    follow(cell) {
      if (!target.matches(":focus-within")) target.value = cellRef(cell.row, cell.column);
    },
    async insertFormula(formula) {
      await write(
        (at) => insertFormula(formula, formulaNumberFormat(formula), at, prompt.ask),
        (_plan, address) => t("insert.formulaDone", { formula, address })
      );
    },
  };
}
