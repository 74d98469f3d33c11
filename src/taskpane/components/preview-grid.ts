/**
 * The preview grid: the cells the table will write, as the sheet will show them (number formats,
 * bold totals, rules, indents, #N/A where a figure does not exist), in a box that scrolls both
 * ways at 320 px with the labels and headers held in view. Above it, one line saying which
 * columns or YoY rows were left out because they would be entirely #N/A, with a box to keep them.
 */
import { t } from "../i18n";
import { formatCell } from "../i18n/format";
import { h } from "./dom";
import { checkbox } from "./fluent-controls";
import type { PreviewCell, PreviewGrid as PreviewValues } from "../table";

export interface PreviewGrid {
  readonly element: HTMLElement;
  /** Shows the table's values, or (`preview` undefined) why there is nothing to show yet. */
  show(preview: PreviewValues | undefined, keepEmpty: boolean, why?: string): void;
}

export function previewGrid(onKeepEmpty: (keep: boolean) => void): PreviewGrid {
  const note = h("div", { class: "omitted", id: "iij-omitted", "aria-live": "polite" });
  const keep = checkbox("iij-keep-empty", t("preview.keepEmpty"), onKeepEmpty);
  // What the sheet will show: sheet content, English in every language (labels as printed).
  const table = h("table", {
    class: "preview-grid",
    id: "iij-preview-grid",
    translate: "no",
    "aria-label": t("preview.gridLabel"),
  });
  const scroller = h(
    "div",
    {
      class: "preview-scroll",
      tabindex: "0",
      role: "region",
      "aria-label": t("preview.gridLabel"),
    },
    table
  );
  const empty = h("p", { class: "hint", id: "iij-preview-empty" }, t("preview.empty"));
  const more = h("p", { class: "hint", id: "iij-preview-more" });
  const element = h(
    "div",
    { class: "preview" },
    h("h3", { id: "iij-preview-h" }, t("preview.heading")),
    note,
    empty,
    scroller,
    more
  );

  function cell(
    c: PreviewCell,
    header: "col" | "row" | undefined,
    next?: PreviewCell
  ): HTMLElement {
    // As the sheet will show it (i18n/format formatCell); the plan's text otherwise.
    const shown = c.value !== undefined ? formatCell(c.value, c.numberFormat) : undefined;
    const error = c.error !== undefined || shown?.error === true;
    const classes = [
      `align-${error ? "center" : c.align}`,
      c.bold ? "bold" : "",
      c.italic ? "italic" : "",
      c.borderTop ? "rule" : "",
      error ? "error" : "",
      c.indent ? `indent-${Math.min(c.indent, 3)}` : "",
    ].filter(Boolean);
    const text = shown?.text ?? c.text;
    // As in Excel, text runs on over empty cells to its right (titles, the source line).
    const spills = typeof c.value === "string" && !error && !c.wrap && next?.role === "empty";
    return h(
      header ? "th" : "td",
      {
        class: classes.join(" ") || undefined,
        scope: header,
        title: c.error?.message || (header === "row" && !spills ? text : undefined),
      },
      spills
        ? h("span", { class: "spill" }, text)
        : c.wrap
          ? h("span", { class: "wrap-text" }, text)
          : text
    );
  }

  return {
    element,
    show(preview, keepEmpty, why) {
      empty.hidden = preview !== undefined;
      empty.textContent = why ?? t("preview.empty");
      scroller.hidden = preview === undefined;
      more.hidden = !preview || preview.moreRows === 0;
      if (!preview) {
        note.replaceChildren();
        table.replaceChildren();
        return;
      }
      // The row with the unit corner heads the columns and stays in view; the title scrolls away.
      const headRow = preview.rows.findIndex((line) => line.some((c) => c.role === "corner"));
      table.replaceChildren(
        h(
          "tbody",
          {},
          ...preview.rows.map((line, r) =>
            h(
              "tr",
              { class: r === headRow ? "head" : r < headRow ? "above" : undefined },
              ...line.map((c, i) =>
                cell(c, r === headRow ? "col" : i === 0 ? "row" : undefined, line[i + 1])
              )
            )
          )
        )
      );
      more.textContent = t("preview.more", { count: preview.moreRows });
      keep.box.checked = keepEmpty;
      const text = preview.omittedMessage || (keepEmpty ? t("preview.keptEmpty") : "");
      note.replaceChildren(
        text
          ? h(
              "fluent-message-bar",
              { intent: "info", layout: "multiline" },
              h("span", { class: "omitted-text" }, text),
              keep.row
            )
          : ""
      );
    },
  };
}
