/**
 * "Build a table": what to show, the items searched for, the periods, the layout options, the
 * preview (the grid of values the table will write, then a chart of one line) and the insert
 * bar. Holds the request the pieces add up to and redraws the preview when any of them changes.
 */
import { t } from "../i18n";
import {
  TABLE_KINDS,
  keptPeriods,
  kindInfo,
  periodOptions,
  planTable,
  previewTable,
  type TableKind,
  type TableRequest,
  type TableTarget,
} from "../table";
import { h, message } from "./dom";
import { dropdown, field } from "./fluent-controls";
import { insertBar, type InsertBar } from "./insert-bar";
import { itemSearch } from "./item-search";
import { periodPickerView } from "./period-picker-view";
import { previewChart } from "./preview-chart";
import { previewGrid } from "./preview-grid";
import { tableOptions } from "./table-options";

export interface TableBuilder {
  readonly element: HTMLElement;
  readonly insert: InsertBar;
}

/** Where the preview's table is planned: any cell does, the values do not depend on it. */
const PREVIEW_ANCHOR: TableTarget = { row: 2, column: 1 };

export function tableBuilder(): TableBuilder {
  let kind: TableKind = "revenue";
  let items: readonly string[] = [];
  let keepEmpty = false;

  const kindField = dropdown(
    "iij-show",
    TABLE_KINDS.map((k) => [k.id, t(`kind.${k.id}`)] as const),
    kind,
    (value) => {
      kind = value as TableKind;
      kindChanged();
    }
  );
  const search = itemSearch(
    () => items,
    (next) => {
      items = next;
      picker.setChoices(periodOptions(kind, items).map((o) => o.code));
      changed();
    }
  );
  // "Last 2 years" picks of the periods the table will keep, by the table's own check.
  const picker = periodPickerView(
    () => changed(),
    (codes) => keptPeriods(request(PREVIEW_ANCHOR), codes)
  );
  const options = tableOptions(() => changed());
  const grid = previewGrid((keep) => {
    keepEmpty = keep;
    changed();
  });
  const chart = previewChart();

  function request(anchor: TableTarget): TableRequest {
    const o = options.values;
    return {
      kind,
      items,
      periods: picker.selection(),
      periodicity: picker.periodicity(),
      unit: o.unit,
      layout: o.layout,
      yoy: o.yoy,
      margin: o.margin,
      rolling: o.rolling,
      keepEmpty,
      anchor,
    };
  }

  /** Why nothing can be inserted yet, in the pane's words; undefined when a table can be. */
  function blocker(): string | undefined {
    if (kind === "search" && items.length === 0) return t("error.no-items");
    if (picker.selection().length === 0)
      return t(kindInfo(kind).columns === "dates" ? "error.no-dates" : "error.no-periods");
    return undefined;
  }

  const insert = insertBar({ blocker, plan: (anchor) => planTable(request(anchor)) });

  function changed(): void {
    const why = blocker();
    if (why) {
      grid.show(undefined, keepEmpty, why);
      chart.show(undefined);
      return;
    }
    try {
      const preview = previewTable(planTable(request(PREVIEW_ANCHOR)));
      grid.show(preview, keepEmpty);
      chart.show(preview, options.values.layout);
    } catch (error) {
      grid.show(undefined, keepEmpty, message(error));
      chart.show(undefined);
    }
  }

  function kindChanged(): void {
    search.show(kind === "search");
    options.forKind(kindInfo(kind));
    picker.setChoices(periodOptions(kind, items).map((o) => o.code));
    changed();
  }

  const element = h(
    "section",
    { class: "card", "aria-labelledby": "iij-build-h" },
    h("h2", { id: "iij-build-h" }, t("build.heading")),
    field(t("build.show"), kindField),
    search.element,
    picker.element,
    options.element,
    grid.element,
    chart.element,
    insert.element
  );
  kindChanged();
  return { element, insert };
}
