/**
 * The task pane's UI: builds its DOM into a root element and wires it to the view logic
 * (table-plan, period-picker, source-card) and the Office.js action layer (excel-actions).
 * taskpane.ts mounts it inside Excel; the preview host (src/preview) mounts the very same code
 * beside a HyperFormula grid with an Excel stand-in.
 */
import { query } from "../functions/iij";
import { loadFunctionCatalog } from "../shared/function-catalog";
import { cellRef, parseCell, splitSheet, type CellIndex } from "./a1";
import { columnChartSvg } from "./chart-svg";
import {
  insertChart,
  insertTable,
  keepValues,
  onSelectionChange,
  readSelection,
  refreshAll,
  type OccupiedPrompt,
  type OverwriteChoice,
} from "./excel-actions";
import { referenceEntries } from "../shared/function-reference";
import { PICKER_SPANS, PeriodPicker } from "./period-picker";
import { parseIIJCalls, referencedAddresses, sourceFor, type SourceCard } from "./source-card";
import {
  SHOW_KINDS,
  TABLE_UNITS,
  availableFor,
  evaluateRow,
  planTable,
  rowsFor,
  supportsMargin,
  supportsYoy,
  type Layout,
  type ShowKind,
  type TablePlan,
} from "./table-plan";
import type { MoneyUnit } from "../data/unit";

type Child = Node | string | null | undefined | false;

/** A tiny element builder: h("button", { class: "x", onclick }, "text"). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false || value === null) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (key === "class") {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** A pane button: Fluent's plain, primary or danger look. */
function button(id: string, label: string, look: "" | "primary" | "danger" = "", disabled = false) {
  return h(
    "button",
    { class: look ? `button ${look}` : "button", type: "button", id, disabled },
    label
  );
}

const SPAN_NAMES: Record<string, string> = {
  "1Q": "first quarter",
  "2Q": "second quarter",
  "3Q": "third quarter",
  "4Q": "fourth quarter",
  "1H": "first half",
  "2H": "second half",
  FY: "full year",
};

interface PaneState {
  kind: ShowKind;
  unit: MoneyUnit;
  layout: Layout;
  yoy: boolean;
  margin: boolean;
  items: string[];
  previewLine: number;
  lastTable?: { plan: TablePlan; sheet?: string };
}

export interface MountedPane {
  readonly root: HTMLElement;
  /** Reads the selection again (the preview host calls it after changing cells). */
  refreshSource(): Promise<void>;
}

export function mountPane(root: HTMLElement): MountedPane {
  const q = query();
  const state: PaneState = {
    kind: "revenue",
    unit: "JPY mn",
    layout: "across",
    yoy: false,
    margin: false,
    items: ["Total assets", "Total equity"],
    previewLine: 0,
  };
  const picker = new PeriodPicker(availableFor(state.kind));
  let focusCode: string | undefined;

  // ---- elements --------------------------------------------------------------------------
  const showSelect = h(
    "select",
    { id: "iij-show", class: "control" },
    ...SHOW_KINDS.map((k) => h("option", { value: k.id }, k.label))
  );
  const itemSearch = h("input", {
    id: "iij-item-search",
    class: "control",
    type: "search",
    placeholder: "Type to find, e.g. borrowings",
    "aria-describedby": "iij-items-picked",
    autocomplete: "off",
  });
  const itemResults = h("ul", { class: "item-results", "aria-label": "Matching items" });
  const itemsPicked = h("p", { id: "iij-items-picked", class: "hint" });
  const itemsBox = h(
    "div",
    { class: "field items-box", hidden: true },
    h("label", { for: "iij-item-search" }, "Find items"),
    itemSearch,
    itemResults,
    itemsPicked
  );
  const pickerTable = h("table", {
    class: "picker",
    role: "grid",
    "aria-labelledby": "iij-periods-legend",
  });
  const pickedText = h("p", { class: "hint", id: "iij-picked", "aria-live": "polite" });
  const unitSelect = h(
    "select",
    { id: "iij-unit", class: "control" },
    ...TABLE_UNITS.map((u) => h("option", { value: u }, u))
  );
  const layoutAcross = h("input", {
    type: "radio",
    name: "iij-layout",
    id: "iij-layout-across",
    value: "across",
    checked: true,
  });
  const layoutDown = h("input", {
    type: "radio",
    name: "iij-layout",
    id: "iij-layout-down",
    value: "down",
  });
  const yoyBox = h("input", { type: "checkbox", id: "iij-yoy" });
  const marginBox = h("input", { type: "checkbox", id: "iij-margin" });
  const previewSelect = h("select", { id: "iij-preview-line", class: "control compact" });
  const chartBox = h("div", { class: "chart-box", id: "iij-chart" });
  const anchorInput = h("input", {
    id: "iij-anchor",
    class: "control anchor",
    value: "B3",
    size: 6,
    spellcheck: "false",
    "aria-describedby": "iij-anchor-hint",
  });
  const insertButton = button("iij-insert", "Insert table", "primary");
  const chartButton = button("iij-insert-chart", "Insert chart next to table", "", true);
  const status = h("p", {
    class: "status",
    id: "iij-status",
    role: "status",
    "aria-live": "polite",
  });
  const promptTitle = h("h3", { id: "iij-prompt-title" }, "These cells are not empty");
  const promptText = h("p", { id: "iij-prompt-text" });
  const promptOverwrite = button("iij-prompt-overwrite", "Overwrite", "danger");
  const promptNext = button("iij-prompt-next", "Insert below", "primary");
  const promptCancel = button("iij-prompt-cancel", "Cancel");
  const prompt = h(
    "div",
    {
      class: "prompt",
      id: "iij-prompt",
      role: "alertdialog",
      "aria-modal": "false",
      "aria-labelledby": "iij-prompt-title",
      "aria-describedby": "iij-prompt-text",
      hidden: true,
    },
    promptTitle,
    promptText,
    h("div", { class: "actions" }, promptNext, promptOverwrite, promptCancel)
  );
  const sourceCard = h(
    "div",
    { class: "source-card", id: "iij-source", "aria-live": "polite" },
    h(
      "p",
      { class: "hint" },
      "Select a cell that holds an IIJ formula to see the report, statement and line its figure comes from."
    )
  );
  const refreshButton = button("iij-refresh", "Refresh all IIJ formulas");
  const keepButton = button("iij-keep-values", "Keep values (copy sheet)");
  const workbookStatus = h("p", {
    class: "status",
    role: "status",
    "aria-live": "polite",
    id: "iij-workbook-status",
  });
  const functionList = h(
    "ul",
    { class: "functions", id: "iij-functions" },
    h("li", { class: "hint" }, "Loading…")
  );

  const latestReport = [...q.dataset.reports].sort((a, b) => b.filed.localeCompare(a.filed))[0];

  root.replaceChildren(
    h(
      "div",
      { class: "pane" },
      h(
        "header",
        { class: "pane-header" },
        h("img", { src: "assets/icon-32.png", width: 28, height: 28, alt: "" }),
        h(
          "div",
          {},
          h("h1", {}, "IIJ Figures"),
          h("p", {}, "Internet Initiative Japan, as reported")
        )
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "iij-build-h" },
        h("h2", { id: "iij-build-h" }, "Build a table"),
        h("div", { class: "field" }, h("label", { for: "iij-show" }, "What to show"), showSelect),
        itemsBox,
        h(
          "fieldset",
          { class: "field periods" },
          h("legend", { id: "iij-periods-legend" }, "Periods"),
          h(
            "div",
            { class: "quick", role: "group", "aria-label": "Quick picks" },
            h(
              "button",
              { class: "chip", type: "button", onclick: () => quick("halves") },
              "All halves"
            ),
            h(
              "button",
              { class: "chip", type: "button", onclick: () => quick("last2") },
              "Last 2 years"
            ),
            h("button", { class: "chip", type: "button", onclick: () => quick("clear") }, "Clear")
          ),
          pickerTable,
          pickedText
        ),
        h(
          "div",
          { class: "field-row" },
          h("div", { class: "field" }, h("label", { for: "iij-unit" }, "Unit"), unitSelect),
          h(
            "fieldset",
            { class: "field layout" },
            h("legend", {}, "Periods run"),
            h("label", { class: "radio" }, layoutAcross, " across"),
            h("label", { class: "radio" }, layoutDown, " down")
          )
        ),
        h(
          "div",
          { class: "field checks" },
          h("label", { class: "check", id: "iij-yoy-label" }, yoyBox, " YoY growth rows"),
          h("label", { class: "check", id: "iij-margin-label" }, marginBox, " Margin rows")
        ),
        h(
          "div",
          { class: "preview" },
          h(
            "div",
            { class: "preview-head" },
            h("label", { for: "iij-preview-line" }, "Preview"),
            previewSelect
          ),
          chartBox
        ),
        h(
          "div",
          { class: "insert-row" },
          h("label", { for: "iij-anchor" }, "Insert at"),
          anchorInput,
          insertButton
        ),
        h(
          "p",
          { class: "hint", id: "iij-anchor-hint" },
          "The selected cell; the table's corner holds the unit."
        ),
        prompt,
        status,
        chartButton
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "iij-source-h" },
        h("h2", { id: "iij-source-h" }, "Where a figure comes from"),
        sourceCard
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "iij-workbook-h" },
        h("h2", { id: "iij-workbook-h" }, "Workbook"),
        h(
          "p",
          { class: "meta", id: "iij-dataset" },
          `Dataset ${q.dataset.version}. Figures as of the report filed ${latestReport?.filed ?? "?"} (${q.dataset.reports.length} reports).`
        ),
        h("div", { class: "button-row" }, refreshButton, keepButton),
        workbookStatus
      ),
      h(
        "section",
        { class: "card", "aria-labelledby": "iij-functions-h" },
        h("h2", { id: "iij-functions-h" }, "Functions"),
        h("p", { class: "hint" }, "Select a function to insert its example at the selected cell."),
        functionList
      )
    )
  );

  // ---- periods --------------------------------------------------------------------------
  function renderPicker(): void {
    const rows = picker.rows();
    const selection = picker.selection();
    if (!focusCode || !picker.isEnabled(focusCode))
      focusCode = selection[0] ?? rows.flatMap((r) => r.cells).find((c) => c.enabled)?.code;
    const head = h(
      "tr",
      {},
      h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Fiscal year")),
      ...PICKER_SPANS.map((s) => h("th", { scope: "col", title: SPAN_NAMES[s] }, s))
    );
    const body = rows.map((row) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, row.label),
        ...row.cells.map((cell) =>
          h(
            "td",
            { role: "gridcell" },
            h(
              "button",
              {
                type: "button",
                class: "period",
                "data-code": cell.code,
                "aria-pressed": cell.selected ? "true" : "false",
                "aria-label": `${cell.code}, ${SPAN_NAMES[cell.span]} of ${row.label}${cell.enabled ? "" : ", no figures"}`,
                title: cell.enabled ? cell.code : `${cell.code}: no figures`,
                disabled: !cell.enabled,
                tabindex: cell.code === focusCode ? "0" : "-1",
                onclick: (event: MouseEvent) => {
                  picker.click(cell.code, event.shiftKey);
                  focusCode = cell.code;
                  periodsChanged(true);
                },
                onkeydown: (event: KeyboardEvent) => moveFocus(event, cell.code),
              },
              cell.selected ? "✓" : cell.enabled ? "" : "·"
            )
          )
        )
      )
    );
    pickerTable.replaceChildren(h("thead", {}, head), h("tbody", {}, ...body));
    pickedText.textContent =
      selection.length === 0
        ? "No period picked: click a cell; shift-click picks a range."
        : `${selection.length} picked: ${selection.join(", ")}`;
  }

  /** Arrow keys move between enabled periods; Enter/Space toggles (with Shift: a range). */
  function moveFocus(event: KeyboardEvent, code: string): void {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
    };
    if ((event.key === "Enter" || event.key === " ") && event.shiftKey) {
      event.preventDefault();
      picker.click(code, true);
      focusCode = code;
      periodsChanged(true);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const grid = picker.rows().map((r) => r.cells);
    let r = grid.findIndex((row) => row.some((c) => c.code === code));
    let c = grid[r].findIndex((cell) => cell.code === code);
    for (;;) {
      r += move[0];
      c += move[1];
      if (r < 0 || r >= grid.length || c < 0 || c >= PICKER_SPANS.length) return;
      if (grid[r][c].enabled) break;
    }
    focusCode = grid[r][c].code;
    renderPicker();
    pickerTable.querySelector<HTMLButtonElement>(`button[data-code="${focusCode}"]`)?.focus();
  }

  function quick(which: "halves" | "last2" | "clear"): void {
    if (which === "halves") picker.allHalves();
    else if (which === "last2") picker.lastTwoYears();
    else picker.clear();
    periodsChanged(false);
  }

  function periodsChanged(keepFocus: boolean): void {
    renderPicker();
    if (keepFocus && focusCode)
      pickerTable.querySelector<HTMLButtonElement>(`button[data-code="${focusCode}"]`)?.focus();
    renderPreview();
  }

  // ---- what to show, options, preview ------------------------------------------------------
  function kindChanged(): void {
    state.kind = showSelect.value as ShowKind;
    itemsBox.hidden = state.kind !== "items";
    picker.setAvailable(availableFor(state.kind, state.items));
    state.previewLine = 0;
    const yoyOk = supportsYoy(state.kind);
    const marginOk = supportsMargin(state.kind);
    yoyBox.disabled = !yoyOk;
    marginBox.disabled = !marginOk;
    if (!yoyOk) yoyBox.checked = state.yoy = false;
    if (!marginOk) marginBox.checked = state.margin = false;
    renderItems();
    renderPicker();
    renderPreviewChoices();
    renderPreview();
  }

  function renderPreviewChoices(): void {
    const rows = rowsFor(state.kind, state.items);
    previewSelect.replaceChildren(
      ...rows.map((row, i) =>
        h(
          "option",
          { value: String(i) },
          state.kind === "cost-gross-profit"
            ? `${row.fn === "COST" ? "Cost" : "Gross profit"}: ${row.label}`
            : row.label
        )
      )
    );
    previewSelect.value = String(Math.min(state.previewLine, Math.max(0, rows.length - 1)));
  }

  function renderPreview(): void {
    const rows = rowsFor(state.kind, state.items);
    const row = rows[state.previewLine] ?? rows[0];
    const periods = picker.selection();
    if (!row || periods.length === 0) {
      chartBox.replaceChildren(h("p", { class: "hint" }, "Pick periods to see a preview."));
      return;
    }
    const points = periods.map((p) => ({ label: p, value: evaluateRow(row, p, state.unit) }));
    chartBox.innerHTML = columnChartSvg([{ name: row.label, points }], {
      title: `${row.label} across ${periods.join(", ")}`,
      width: 300,
      height: 140,
    });
  }

  function renderItems(): void {
    if (state.kind !== "items") return;
    const text = itemSearch.value.trim().toLowerCase();
    const all = q.items();
    const matches = (text === "" ? all : all.filter((n) => n.toLowerCase().includes(text))).slice(
      0,
      12
    );
    itemResults.replaceChildren(
      ...matches.map((name) => {
        const id = `iij-item-${all.indexOf(name)}`;
        const box = h("input", { type: "checkbox", id, checked: state.items.includes(name) });
        box.addEventListener("change", () => {
          state.items = box.checked
            ? [...state.items, name]
            : state.items.filter((n) => n !== name);
          picker.setAvailable(availableFor(state.kind, state.items));
          itemsPickedText();
          renderPicker();
          renderPreviewChoices();
          renderPreview();
        });
        return h("li", {}, h("label", { class: "check", for: id }, box, ` ${name}`));
      })
    );
    itemsPickedText();
  }

  function itemsPickedText(): void {
    itemsPicked.textContent =
      state.items.length === 0 ? "No item picked." : `Picked: ${state.items.join("; ")}`;
  }

  // ---- insert ----------------------------------------------------------------------------
  function askOverwrite(info: OccupiedPrompt): Promise<OverwriteChoice> {
    promptText.textContent = `${info.address} already holds data. Overwrite it, insert the table below everything on the sheet (at ${info.nextAddress}), or cancel?`;
    promptNext.textContent = `Insert at ${info.nextAddress.split(":")[0]}`;
    prompt.hidden = false;
    promptNext.focus();
    return new Promise((resolve) => {
      const done = (choice: OverwriteChoice) => {
        prompt.hidden = true;
        for (const [button, handler] of handlers) button.removeEventListener("click", handler);
        prompt.removeEventListener("keydown", onKey);
        insertButton.focus();
        resolve(choice);
      };
      const handlers: [HTMLButtonElement, () => void][] = [
        [promptOverwrite, () => done("overwrite")],
        [promptNext, () => done("next")],
        [promptCancel, () => done("cancel")],
      ];
      const onKey = (event: KeyboardEvent) => {
        if (event.key === "Escape") done("cancel");
      };
      for (const [button, handler] of handlers) button.addEventListener("click", handler);
      prompt.addEventListener("keydown", onKey);
    });
  }

  function anchorCell(): CellIndex | undefined {
    return parseCell(splitSheet(anchorInput.value).cells.split(":")[0]);
  }

  async function insert(): Promise<void> {
    const anchor = anchorCell();
    if (!anchor) {
      say(status, `"${anchorInput.value}" is not a cell address; type one such as B3.`, true);
      anchorInput.focus();
      return;
    }
    const periods = picker.selection();
    if (periods.length === 0) {
      say(status, "Pick at least one period first.", true);
      return;
    }
    insertButton.disabled = true;
    try {
      const request = {
        kind: state.kind,
        periods,
        unit: state.unit,
        layout: state.layout,
        yoy: state.yoy,
        margin: state.margin,
        items: state.items,
      };
      const result = await insertTable(
        (a) => planTable({ ...request, anchor: a }),
        anchor,
        askOverwrite
      );
      if (result.status === "cancelled" || !result.plan) {
        say(status, "Cancelled: nothing was written.");
        return;
      }
      state.lastTable = { plan: result.plan, sheet: result.sheet };
      chartButton.disabled = false;
      say(
        status,
        `Inserted ${result.plan.title} at ${result.plan.address}: edit a period header and the figures follow.`
      );
    } catch (error) {
      say(status, `Could not insert: ${message(error)}`, true);
    } finally {
      insertButton.disabled = false;
    }
  }

  async function chart(): Promise<void> {
    if (!state.lastTable) return;
    try {
      await insertChart(state.lastTable.plan, state.lastTable.sheet);
      say(status, `Chart inserted next to ${state.lastTable.plan.address}.`);
    } catch (error) {
      say(status, `Could not insert the chart: ${message(error)}`, true);
    }
  }

  // ---- source card -----------------------------------------------------------------------
  let sourceRun = 0;
  async function showSource(): Promise<void> {
    const run = ++sourceRun;
    try {
      const selection = await readSelection((formula) =>
        referencedAddresses(parseIIJCalls(formula))
      );
      if (run !== sourceRun) return;
      if (selection.cell && document.activeElement !== anchorInput)
        anchorInput.value = cellRef(selection.cell.row, selection.cell.column);
      const calls = parseIIJCalls(selection.formula);
      if (calls.length === 0) {
        sourceCard.replaceChildren(
          h(
            "p",
            { class: "hint" },
            `${splitSheet(selection.address).cells} holds no IIJ formula. Select a cell that does to see where its figure comes from.`
          )
        );
        return;
      }
      const cards = calls.slice(0, 3).map((call) => sourceFor(call, selection.refValues));
      sourceCard.replaceChildren(
        h("p", { class: "formula" }, h("code", {}, selection.formula)),
        ...cards.map(renderCard)
      );
    } catch (error) {
      sourceCard.replaceChildren(
        h("p", { class: "hint" }, `Could not read the selection: ${message(error)}`)
      );
    }
  }

  function renderCard(card: SourceCard): HTMLElement {
    const parts: HTMLElement[] = [h("h3", {}, card.call)];
    if (card.error) parts.push(h("p", { class: "error" }, card.error));
    if (card.note) parts.push(h("p", { class: "hint" }, card.note));
    for (const answer of card.answers) {
      parts.push(
        h(
          "div",
          { class: "answer" },
          h(
            "p",
            { class: "answer-head" },
            h("strong", {}, answer.heading),
            h("span", { class: "value" }, answer.value)
          ),
          h(
            "span",
            { class: answer.derived ? "badge derived" : "badge printed" },
            answer.derived ? "Derived" : "Printed figure"
          ),
          ...answer.figures.map((f) =>
            h(
              "dl",
              { class: "figure" },
              h("dt", {}, "Report"),
              h("dd", {}, `${f.report}${f.filed ? `, filed ${f.filed}` : ""}`),
              h("dt", {}, "Statement or note"),
              h("dd", {}, f.where),
              h("dt", {}, "Line as printed"),
              h(
                "dd",
                {},
                `“${f.label}”, ${f.period}${f.line !== undefined ? ` — report line ${f.line}` : ""}`
              ),
              h("dt", {}, f.printed !== undefined ? "Printed" : "Derived"),
              h(
                "dd",
                {},
                f.printed !== undefined
                  ? `${f.printed} ${f.unit}`
                  : `${f.formula ?? ""} (${f.unit})`
              )
            )
          ),
          answer.derivation ? h("p", { class: "hint" }, `Derived: ${answer.derivation}`) : null,
          h(
            "details",
            {},
            h("summary", {}, "Full description"),
            h("p", { class: "describe" }, answer.description)
          )
        )
      );
    }
    return h("div", { class: "source" }, ...parts);
  }

  // ---- workbook ----------------------------------------------------------------------------
  async function refresh(): Promise<void> {
    refreshButton.disabled = true;
    try {
      await refreshAll();
      say(
        workbookStatus,
        `Recalculated at ${new Date().toLocaleTimeString()} with dataset ${q.dataset.version}.`
      );
    } catch (error) {
      say(workbookStatus, `Could not recalculate: ${message(error)}`, true);
    } finally {
      refreshButton.disabled = false;
    }
  }

  async function keep(): Promise<void> {
    try {
      const copy = await keepValues();
      say(
        workbookStatus,
        `Copied to sheet “${copy.name}” with values only; the original sheet is unchanged.`
      );
    } catch (error) {
      say(workbookStatus, `Could not copy the sheet: ${message(error)}`, true);
    }
  }

  async function loadFunctions(): Promise<void> {
    try {
      const entries = referenceEntries(await loadFunctionCatalog());
      functionList.replaceChildren(
        ...entries.map((entry) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "function",
                "aria-label": `Insert ${entry.example} at the selected cell`,
                onclick: () => void insertFormula(entry.example),
              },
              h("code", { class: "signature" }, entry.signature),
              h("span", { class: "example" }, "Insert ", h("code", {}, entry.example))
            ),
            h(
              "details",
              {},
              h("summary", {}, "What it gives, arguments"),
              h("p", { class: "description" }, entry.description),
              h(
                "dl",
                { class: "params" },
                ...entry.parameters.flatMap((p) => [
                  h("dt", {}, p.optional ? `[${p.name}]` : p.name),
                  h("dd", {}, p.description),
                ])
              )
            )
          )
        )
      );
    } catch (error) {
      functionList.replaceChildren(
        h("li", { class: "hint" }, `Could not load the function list: ${message(error)}`)
      );
    }
  }

  async function insertFormula(formula: string): Promise<void> {
    const anchor = anchorCell();
    if (!anchor) return;
    try {
      const plan = (a: CellIndex): TablePlan => ({
        address: cellRef(a.row, a.column),
        range: { row: a.row, column: a.column, rowCount: 1, columnCount: 1 },
        formulas: [[formula]],
        numberFormats: [["General"]],
        chartRange: { row: a.row, column: a.column, rowCount: 1, columnCount: 1 },
        seriesBy: "rows",
        title: formula,
      });
      const result = await insertTable(plan, anchor, askOverwrite);
      say(
        status,
        result.status === "inserted"
          ? `Inserted ${formula} at ${result.plan?.address}.`
          : "Cancelled: nothing was written."
      );
    } catch (error) {
      say(status, `Could not insert: ${message(error)}`, true);
    }
  }

  // ---- wiring ----------------------------------------------------------------------------
  showSelect.addEventListener("change", kindChanged);
  unitSelect.addEventListener("change", () => {
    state.unit = unitSelect.value as MoneyUnit;
    renderPreview();
  });
  for (const radio of [layoutAcross, layoutDown])
    radio.addEventListener("change", () => {
      if (radio.checked) state.layout = radio.value as Layout;
    });
  yoyBox.addEventListener("change", () => (state.yoy = yoyBox.checked));
  marginBox.addEventListener("change", () => (state.margin = marginBox.checked));
  previewSelect.addEventListener("change", () => {
    state.previewLine = Number(previewSelect.value);
    renderPreview();
  });
  itemSearch.addEventListener("input", renderItems);
  anchorInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") void insert();
  });
  insertButton.addEventListener("click", () => void insert());
  chartButton.addEventListener("click", () => void chart());
  refreshButton.addEventListener("click", () => void refresh());
  keepButton.addEventListener("click", () => void keep());

  kindChanged();
  void loadFunctions();

  void onSelectionChange(() => void showSource()).catch((error) =>
    say(status, `Selection changes are not reported here: ${message(error)}`, true)
  );
  void showSource();

  return { root, refreshSource: showSource };
}

function say(target: HTMLElement, text: string, error = false): void {
  target.textContent = text;
  target.classList.toggle("error", error);
}

function message(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
