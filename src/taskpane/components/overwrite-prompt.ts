/**
 * The question asked before anything is written over: overwrite, insert below everything on the
 * sheet, or cancel. Inline in the pane (role alertdialog), Escape cancels.
 */
import { t } from "../i18n";
import { h } from "./dom";
import { button } from "./fluent-controls";
import type { OccupiedPrompt, OverwriteChoice } from "../excel-actions";

export interface OverwritePrompt {
  readonly element: HTMLElement;
  ask(info: OccupiedPrompt): Promise<OverwriteChoice>;
}

export function overwritePrompt(returnFocus: () => HTMLElement): OverwritePrompt {
  const text = h("p", { id: "iij-prompt-text" });
  const next = button("iij-prompt-next", "", "primary");
  const overwrite = button("iij-prompt-overwrite", t("prompt.overwrite"));
  overwrite.classList.add("danger");
  const cancel = button("iij-prompt-cancel", t("prompt.cancel"));
  const element = h(
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
    h("h3", { id: "iij-prompt-title" }, t("prompt.title")),
    text,
    h("div", { class: "actions" }, next, overwrite, cancel)
  );

  return {
    element,
    ask(info) {
      const nextCell = info.nextAddress.split(":")[0];
      text.textContent = t("prompt.text", { address: info.address, next: nextCell });
      next.textContent = t("prompt.next", { cell: nextCell });
      element.hidden = false;
      next.focus();
      return new Promise((resolve) => {
        const handlers: [HTMLElement, () => void][] = [
          [overwrite, () => done("overwrite")],
          [next, () => done("next")],
          [cancel, () => done("cancel")],
        ];
        const onKey = (event: KeyboardEvent) => {
          if (event.key === "Escape") done("cancel");
        };
        function done(choice: OverwriteChoice): void {
          element.hidden = true;
          for (const [b, handler] of handlers) b.removeEventListener("click", handler);
          element.removeEventListener("keydown", onKey);
          returnFocus().focus();
          resolve(choice);
        }
        for (const [b, handler] of handlers) b.addEventListener("click", handler);
        element.addEventListener("keydown", onKey);
      });
    },
  };
}
