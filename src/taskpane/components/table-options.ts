/**
 * How the table is laid out: the unit written in its corner, periods across or down, and the
 * optional rows (YoY growth, margins) and rolling headers that follow new filings.
 */
import type { MoneyUnit } from "../../data/unit";
import { t } from "../i18n";
import { formatUnit } from "../i18n/format";
import { h } from "./dom";
import { checkbox, dropdown, field, radioGroup, type FluentCheckbox } from "./fluent-controls";
import { TABLE_UNITS, type KindInfo, type Layout } from "../table";

export interface OptionValues {
  unit: MoneyUnit;
  layout: Layout;
  yoy: boolean;
  margin: boolean;
  rolling: boolean;
}

export interface TableOptions {
  readonly element: HTMLElement;
  readonly values: Readonly<OptionValues>;
  /** Enables the rows that apply to a kind; clears those that do not. */
  forKind(kind: KindInfo): void;
}

export function tableOptions(onChange: () => void): TableOptions {
  const values: OptionValues = {
    unit: "JPY mn",
    layout: "across",
    yoy: false,
    margin: false,
    rolling: false,
  };
  const set = <K extends keyof OptionValues>(key: K, value: OptionValues[K]) => {
    values[key] = value;
    onChange();
  };
  const unit = dropdown(
    "iij-unit",
    TABLE_UNITS.map((u) => [u, formatUnit(u)] as const),
    values.unit,
    (u) => set("unit", u as MoneyUnit)
  );
  const layout = radioGroup(
    "iij-layout",
    t("options.layout"),
    [
      ["across", t("options.across")],
      ["down", t("options.down")],
    ],
    values.layout,
    (l) => set("layout", l as Layout),
    "vertical"
  );
  const yoy = checkbox("iij-yoy", t("options.yoy"), (on) => set("yoy", on));
  const margin = checkbox("iij-margin", t("options.margin"), (on) => set("margin", on));
  const rollingHint = h(
    "p",
    { class: "hint", id: "iij-rolling-hint", hidden: true },
    t("options.rollingHint")
  );
  const rolling = checkbox("iij-rolling", t("options.rolling"), (on) => {
    rollingHint.hidden = !on;
    set("rolling", on);
  });
  const element = h(
    "div",
    { class: "options" },
    h(
      "div",
      { class: "field-row" },
      field(t("options.unit"), unit),
      h(
        "div",
        { class: "field" },
        h("span", { class: "field-label", id: "iij-layout-label" }, t("options.layout")),
        layout
      )
    ),
    h("div", { class: "checks" }, yoy.row, margin.row, rolling.row),
    rollingHint
  );
  layout.setAttribute("aria-labelledby", "iij-layout-label");

  function enable(box: FluentCheckbox, key: "yoy" | "margin", ok: boolean): void {
    box.disabled = !ok;
    if (!ok && values[key]) {
      box.checked = false;
      values[key] = false;
    }
  }

  return {
    element,
    values,
    forKind(kind) {
      enable(yoy.box, "yoy", kind.yoy);
      enable(margin.box, "margin", kind.margin);
      // A matrix is laid out as the report prints it: no transposing, no rolling headers.
      layout.disabled = kind.matrix === true;
      rolling.box.disabled = kind.matrix === true;
    },
  };
}
