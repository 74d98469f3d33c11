/**
 * The period picker on screen: a periodicity choice (quarters / halves / years / as picked), quick
 * picks, the fiscal-year grid (spans for flows, quarter-end dates for balances) and the summary
 * "N picked: ..." in time order. The grid is a native table of small toggle buttons with a roving
 * tab stop and arrow keys: Fluent has no grid picker, and its toggle buttons are too wide for eight
 * columns at 320 px. State lives in PeriodPicker (../period-picker.ts).
 */
import { t, type StringKey } from "../i18n";
import { formatDate, formatList, formatMonthYear, formatPeriod } from "../i18n/format";
import { PeriodPicker, type PickerCell, type Periodicity } from "../period-picker";
import { PERIODICITIES } from "../table";
import { h } from "./dom";
import { button, radioGroup } from "./fluent-controls";

export interface PeriodPickerView {
  readonly element: HTMLElement;
  /** New choices for another kind: flow codes or balance dates. */
  setChoices(codes: Iterable<string>): void;
  selection(): string[];
  periodicity(): Periodicity;
}

const SPAN_NAME: Record<string, StringKey> = {
  "1Q": "span.1Q",
  "2Q": "span.2Q",
  "3Q": "span.3Q",
  "4Q": "span.4Q",
  "1H": "span.1H",
  "2H": "span.2H",
  "9M": "span.9M",
  FY: "span.FY",
  LTM1Q: "span.LTM1Q",
  LTM2Q: "span.LTM2Q",
  LTM3Q: "span.LTM3Q",
  LTM4Q: "span.LTM4Q",
};

/** Balance columns are headed by the quarter-end's day and month. */
const QUARTER_END: Record<string, StringKey> = {
  "1Q": "dates.jun",
  "2Q": "dates.sep",
  "3Q": "dates.dec",
  "4Q": "dates.mar",
};

/**
 * `kept`: of some period codes, those the table being built would keep (its check for columns
 * with only totals), for "Last 2 years".
 */
export function periodPickerView(
  onChange: () => void,
  kept?: (codes: readonly string[]) => readonly string[]
): PeriodPickerView {
  const picker = new PeriodPicker();
  let focusCode: string | undefined;

  const legend = h("legend", { id: "iij-periods-legend" });
  const periodicity = radioGroup(
    "iij-periodicity",
    t("periods.periodicity"),
    PERIODICITIES.map((p) => [p, t(`periodicity.${p}`)] as const),
    picker.periodicity,
    (value) => {
      picker.setPeriodicity(value as Periodicity);
      changed(false);
    }
  );
  const quick = (id: string, label: StringKey, act: () => void) => {
    const b = button(id, t(label), "secondary", "small");
    b.addEventListener("click", () => {
      act();
      changed(false);
    });
    return b;
  };
  const table = h("table", {
    class: "picker",
    role: "grid",
    "aria-labelledby": "iij-periods-legend",
  });
  const summary = h("p", { class: "hint", id: "iij-picked", "aria-live": "polite" });
  const element = h(
    "fieldset",
    { class: "periods" },
    legend,
    h("div", { class: "periodicity" }, periodicity),
    h(
      "div",
      { class: "quick", role: "group", "aria-label": t("periods.quick") },
      quick("iij-quick-last2", "periods.last2", () => picker.lastTwoYears(kept)),
      quick("iij-quick-all", "periods.all", () => picker.all()),
      quick("iij-quick-clear", "periods.clear", () => picker.clear())
    ),
    table,
    summary
  );

  function cellButton(cell: PickerCell, year: string): HTMLElement {
    const balance = picker.mode === "balance";
    const label = balance ? formatDate(cell.code) : cell.code;
    const aria = balance
      ? t("periods.dateCell", { date: label })
      : t("periods.cell", { code: cell.code, span: t(SPAN_NAME[cell.span]), year });
    return h(
      "button",
      {
        type: "button",
        class: balance ? "period date" : "period",
        "data-code": cell.code,
        "aria-pressed": cell.selected ? "true" : "false",
        "aria-label": cell.enabled ? aria : t("periods.noFigures", { code: label }),
        title: cell.enabled ? label : t("periods.noFigures", { code: label }),
        disabled: !cell.enabled,
        tabindex: cell.code === focusCode ? "0" : "-1",
        onclick: (event: MouseEvent) => {
          picker.click(cell.code, event.shiftKey);
          focusCode = cell.code;
          changed(true);
        },
        onkeydown: (event: KeyboardEvent) => moveFocus(event, cell.code),
      },
      !cell.enabled ? "·" : balance ? formatMonthYear(cell.code) : cell.selected ? "✓" : ""
    );
  }

  function render(): void {
    const rows = picker.rows();
    const selection = picker.selection();
    const balance = picker.mode === "balance";
    if (!focusCode || !picker.isEnabled(focusCode))
      focusCode = selection[0] ?? rows.flatMap((r) => r.cells).find((c) => c.enabled)?.code;
    legend.textContent = t(balance ? "periods.legendDates" : "periods.legend");
    const head = h(
      "tr",
      {},
      h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("periods.fiscalYear"))),
      ...picker
        .columns()
        .map((span) =>
          h(
            "th",
            { scope: "col", title: t(balance ? QUARTER_END[span] : SPAN_NAME[span]) },
            balance ? t(QUARTER_END[span]) : span
          )
        )
    );
    const body = rows.map((row) =>
      h(
        "tr",
        {},
        h(
          "th",
          {
            scope: "row",
            title: t("periods.yearTitle", {
              start: String(row.fiscalYear),
              end: String(row.fiscalYear + 1),
            }),
          },
          row.label
        ),
        ...row.cells.map((cell) => h("td", { role: "gridcell" }, cellButton(cell, row.label)))
      )
    );
    table.classList.toggle("dates", balance);
    table.replaceChildren(
      ...(rows.length > 0 ? [h("thead", {}, head), h("tbody", {}, ...body)] : [])
    );
    summary.textContent =
      rows.length === 0
        ? t("periods.nothing")
        : selection.length === 0
          ? t(balance ? "periods.noneDates" : "periods.none")
          : t("periods.summary", {
              count: selection.length,
              list: formatList(selection.map(formatPeriod)),
            });
  }

  /** Arrow keys move between enabled periods; Enter/Space toggles (with Shift: a range). */
  function moveFocus(event: KeyboardEvent, code: string): void {
    if ((event.key === "Enter" || event.key === " ") && event.shiftKey) {
      event.preventDefault();
      picker.click(code, true);
      focusCode = code;
      changed(true);
      return;
    }
    const move = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] }[
      event.key
    ];
    if (!move) return;
    event.preventDefault();
    const grid = picker.rows().map((r) => r.cells);
    let r = grid.findIndex((row) => row.some((c) => c.code === code));
    let c = grid[r].findIndex((cell) => cell.code === code);
    for (;;) {
      r += move[0];
      c += move[1];
      if (r < 0 || r >= grid.length || c < 0 || c >= grid[r].length) return;
      if (grid[r][c].enabled) break;
    }
    focusCode = grid[r][c].code;
    render();
    table.querySelector<HTMLButtonElement>(`button[data-code="${focusCode}"]`)?.focus();
  }

  function changed(keepFocus: boolean): void {
    render();
    if (keepFocus && focusCode)
      table.querySelector<HTMLButtonElement>(`button[data-code="${focusCode}"]`)?.focus();
    onChange();
  }

  render();
  return {
    element,
    setChoices(codes) {
      picker.setAvailable(codes);
      render();
    },
    selection: () => picker.selection(),
    periodicity: () => picker.periodicity,
  };
}
