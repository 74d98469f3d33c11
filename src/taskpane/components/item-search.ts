/**
 * "Items found by search": a search box over every printed line; the plan's search knows the
 * analyst's words ("net income" finds profit attributable to owners of the parent) and lists each
 * figure once under its home statement. Its message (nothing matches; EBITDA is not printed, with
 * what to use instead among the hits) shows above the results.
 */
import { t } from "../i18n";
import { formatList } from "../i18n/format";
import { QUOTE, h, quoting } from "./dom";
import { checkbox, field, textInput } from "./fluent-controls";
import { searchItems, type SearchHit } from "../table";

/** Results listed at once; typing more narrows them. */
const SHOWN = 12;

export interface ItemSearch {
  readonly element: HTMLElement;
  show(visible: boolean): void;
}

export function itemSearch(
  picked: () => readonly string[],
  setPicked: (items: readonly string[]) => void
): ItemSearch {
  const input = textInput("iij-item-search", "", {
    type: "search",
    placeholder: t("search.placeholder"),
    autocomplete: "off",
    "aria-describedby": "iij-items-picked",
  });
  const results = h("ul", {
    class: "item-results",
    id: "iij-item-results",
    "aria-label": t("search.results"),
  });
  const notice = h("div", {
    class: "search-notice",
    id: "iij-search-notice",
    "aria-live": "polite",
  });
  const pickedLine = h("p", { class: "hint", id: "iij-items-picked" });
  const element = h(
    "div",
    { class: "items-box", hidden: true },
    field(t("search.label"), input),
    notice,
    results,
    pickedLine
  );

  function toggle(item: string, on: boolean): void {
    const now = picked().filter((n) => n !== item);
    setPicked(on ? [...now, item] : now);
    render();
  }

  function hitRow(hit: SearchHit, index: number): HTMLElement {
    const words = h(
      "span",
      { class: "hit" },
      // Line names as the reports print them, and their statements: English in every language.
      h("span", { class: "hit-label", translate: "no" }, hit.label),
      hit.via ? h("span", { class: "hit-via" }, ` ${hit.via}`) : null,
      hit.statement ? h("span", { class: "hit-where", translate: "no" }, hit.statement) : null
    );
    const { row, box } = checkbox(`iij-item-${index}`, words, (on) => toggle(hit.name, on));
    box.checked = picked().includes(hit.name);
    return h("li", {}, row);
  }

  function render(): void {
    const outcome = searchItems(input.value ?? "");
    notice.replaceChildren(
      outcome.message
        ? h(
            "fluent-message-bar",
            {
              intent: outcome.hits.length === 0 ? "warning" : "info",
              layout: "multiline",
              id: "iij-search-message",
            },
            outcome.message
          )
        : ""
    );
    const shown = outcome.hits.slice(0, SHOWN);
    results.replaceChildren(
      ...shown.map(hitRow),
      ...(outcome.hits.length > SHOWN
        ? [h("li", { class: "hint" }, t("search.more", { count: outcome.hits.length - SHOWN }))]
        : [])
    );
    const items = picked();
    pickedLine.replaceChildren(
      ...(items.length === 0
        ? [t("search.none")]
        : quoting(t("search.picked", { items: QUOTE }), formatList(items)))
    );
  }

  input.addEventListener("input", render);
  render();
  return {
    element,
    show(visible) {
      element.hidden = !visible;
      if (visible) render();
    },
  };
}
