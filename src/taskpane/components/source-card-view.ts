/**
 * "Where a figure comes from": for the selected cell's IIJ.* calls, the report, statement or note,
 * the line as printed with its report line number, the printed figure and unit, and whether it is
 * derived (source-card.ts works it out; this draws it).
 */
import { t } from "../i18n";
import { splitSheet } from "../a1";
import { readSelection } from "../excel-actions";
import { parseIIJCalls, referencedAddresses, sourceFor, type SourceCard } from "../source-card";
import { QUOTE, h, message, quoting } from "./dom";
import type { CellIndex } from "../a1";

export interface SourceCardView {
  readonly element: HTMLElement;
  /** Reads the selection again and shows its sources. */
  refresh(): Promise<void>;
}

export function sourceCardView(onSelection: (cell: CellIndex) => void): SourceCardView {
  const body = h(
    "div",
    { class: "source-card", id: "iij-source", "aria-live": "polite" },
    h("p", { class: "hint" }, t("card.hint"))
  );
  const element = h(
    "section",
    { class: "card", "aria-labelledby": "iij-source-h" },
    h("h2", { id: "iij-source-h" }, t("card.heading")),
    body
  );

  let run = 0;
  async function refresh(): Promise<void> {
    const mine = ++run;
    try {
      const selection = await readSelection((formula) =>
        referencedAddresses(parseIIJCalls(formula))
      );
      if (mine !== run) return;
      if (selection.cell) onSelection(selection.cell);
      const calls = parseIIJCalls(selection.formula);
      if (calls.length === 0) {
        body.replaceChildren(
          h(
            "p",
            { class: "hint" },
            t("card.noFormula", { cell: splitSheet(selection.address).cells })
          )
        );
        return;
      }
      body.replaceChildren(
        h("p", { class: "formula" }, h("code", { translate: "no" }, selection.formula)),
        ...calls.slice(0, 3).map((call) => card(sourceFor(call, selection.refValues)))
      );
    } catch (error) {
      body.replaceChildren(
        h("p", { class: "hint" }, t("card.readFailed", { error: message(error) }))
      );
    }
  }

  return { element, refresh };
}

function card(card: SourceCard): HTMLElement {
  // What the reports print (titles, statements, labels) and IIJ.SOURCE's text are quoted as they
  // are, in English: translate="no" says so to the browser and to the tests' language checks.
  const parts: HTMLElement[] = [h("h3", { translate: "no" }, card.call)];
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
          h("strong", { translate: "no" }, answer.heading),
          h("span", { class: "value" }, answer.value)
        ),
        h(
          "fluent-badge",
          {
            appearance: "tint",
            color: answer.derived ? "warning" : "success",
            class: answer.derived ? "badge derived" : "badge printed",
          },
          t(answer.derived ? "card.badgeDerived" : "card.badgePrinted")
        ),
        ...answer.figures.map((f) =>
          h(
            "dl",
            { class: "figure" },
            h("dt", {}, t("card.report")),
            h(
              "dd",
              {},
              ...quoting(
                f.filed ? t("card.reportFiled", { report: QUOTE, date: f.filed }) : QUOTE,
                f.report
              )
            ),
            h("dt", {}, t("card.where")),
            h("dd", { translate: "no" }, f.where),
            h("dt", {}, t("card.line")),
            h(
              "dd",
              {},
              ...quoting(
                f.line !== undefined
                  ? t("card.lineAt", { label: QUOTE, period: f.period, line: String(f.line) })
                  : t("card.lineText", { label: QUOTE, period: f.period }),
                f.label
              )
            ),
            h("dt", {}, t(f.printed !== undefined ? "card.printed" : "card.derived")),
            h(
              "dd",
              {},
              f.printed !== undefined
                ? t("card.printedValue", { value: f.printed, unit: f.unit })
                : t("card.derivedValue", { formula: f.formula ?? "", unit: f.unit })
            )
          )
        ),
        answer.derivation
          ? h("p", { class: "hint" }, t("card.derivation", { text: answer.derivation }))
          : null,
        answer.shares ? h("p", { class: "hint" }, answer.shares) : null,
        answer.adjusted ? h("p", { class: "hint" }, answer.adjusted) : null,
        answer.formula
          ? h(
              "p",
              { class: "hint" },
              t("card.formula"),
              " ",
              h("span", { translate: "no" }, answer.formula)
            )
          : null,
        h(
          "details",
          {},
          h("summary", {}, t("card.full")),
          h("p", { class: "describe", translate: "no" }, answer.description)
        )
      )
    );
  }
  return h("div", { class: "source" }, ...parts);
}
