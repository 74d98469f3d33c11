/**
 * The function reference: every IIJ.* function from the built functions.json (functions-ja.json
 * in Japanese: the descriptions Excel in Japanese shows), its signature and arguments, and a
 * button that inserts its example (asked with Japanese periods and names in Japanese) at the
 * target cell in the format the pane's tables use (so "=IIJ.REVENUE(...)" shows 73,981, not 73981).
 */
import { loadFunctionCatalog } from "../../shared/function-catalog";
import { FUNCTION_EXAMPLES_JA } from "../../shared/function-examples-ja";
import {
  FUNCTION_EXAMPLES,
  referenceEntries,
  type ReferenceEntry,
} from "../../shared/function-reference";
import { currentLanguage, t } from "../i18n";
import { h, message } from "./dom";

export interface FunctionReference {
  readonly element: HTMLElement;
  load(): Promise<void>;
}

export function functionReference(insert: (formula: string) => Promise<void>): FunctionReference {
  const list = h(
    "ul",
    { class: "functions", id: "iij-functions" },
    h("li", { class: "hint" }, t("functions.loading"))
  );
  const element = h(
    "section",
    { class: "card", "aria-labelledby": "iij-functions-h" },
    h("h2", { id: "iij-functions-h" }, t("functions.heading")),
    h("p", { class: "hint" }, t("functions.hint")),
    list
  );

  function entry(fn: ReferenceEntry): HTMLElement {
    return h(
      "li",
      {},
      h(
        "fluent-compound-button",
        {
          class: "function",
          appearance: "subtle",
          "aria-label": t("functions.insertAria", { example: fn.example }),
          onclick: () => void insert(fn.example),
        },
        h("code", { class: "signature", translate: "no" }, fn.signature),
        h(
          "span",
          { slot: "description", class: "example" },
          t("functions.insert"),
          " ",
          h("code", { translate: "no" }, fn.example)
        )
      ),
      h(
        "details",
        {},
        h("summary", {}, t("functions.details")),
        h("p", { class: "description" }, fn.description),
        h(
          "dl",
          { class: "params" },
          ...fn.parameters.flatMap((p) => [
            h("dt", { translate: "no" }, p.optional ? `[${p.name}]` : p.name),
            h("dd", {}, p.description),
          ])
        )
      )
    );
  }

  return {
    element,
    async load() {
      try {
        const japanese = currentLanguage() === "ja";
        const functions = await loadFunctionCatalog(
          japanese ? "functions-ja.json" : "functions.json"
        );
        const examples = japanese ? FUNCTION_EXAMPLES_JA : FUNCTION_EXAMPLES;
        list.replaceChildren(...referenceEntries(functions, examples).map(entry));
      } catch (error) {
        list.replaceChildren(
          h("li", { class: "hint" }, t("functions.loadFailed", { error: message(error) }))
        );
      }
    },
  };
}
