/**
 * The task pane: its header, a notice when the workbook was calculated with another dataset, and
 * four cards (build a table, where a figure comes from, workbook, functions), each a component of
 * ./components, mounted into a root element in one language (Office's display language unless
 * told otherwise). taskpane.ts mounts it inside Excel; the preview host (src/preview) mounts the
 * very same code beside a HyperFormula worksheet with an Excel stand-in, and mounts it again to
 * switch language.
 */
import { displayLanguage, type Language } from "../shared/language";
import { onSelectionChange } from "./excel-actions";
import { setLanguage, t } from "./i18n";
import { query } from "../functions/iij";
import { datasetNoticeView } from "./components/dataset-notice";
import { h, message, say } from "./components/dom";
import { useFluentTheme } from "./components/fluent";
import { functionReference } from "./components/function-reference";
import { sourceCardView } from "./components/source-card-view";
import { tableBuilder } from "./components/table-builder";
import { workbookActions, type WorkbookActions } from "./components/workbook-actions";

export interface MountedPane {
  readonly root: HTMLElement;
  /** Reads the selection again (the preview host calls it after changing cells). */
  refreshSource(): Promise<void>;
  /** The workbook card, with the places issue 12 fills. */
  readonly workbook: WorkbookActions;
}

export function mountPane(root: HTMLElement, language: Language = displayLanguage()): MountedPane {
  setLanguage(language);
  root.lang = language;
  useFluentTheme();
  const builder = tableBuilder();
  const source = sourceCardView((cell) => builder.insert.follow(cell));
  const workbook = workbookActions();
  const notice = datasetNoticeView(query().dataset, () => {
    workbook.element.scrollIntoView({ block: "start" });
    void workbook.review();
  });
  workbook.onRefreshed((version) => notice.recorded(version));
  const functions = functionReference((formula) => builder.insert.insertFormula(formula));

  root.replaceChildren(
    h(
      "div",
      { class: "pane" },
      h(
        "header",
        { class: "pane-header" },
        h("img", { src: "assets/icon-32.png", width: 28, height: 28, alt: "" }),
        h("div", {}, h("h1", {}, t("app.title")), h("p", {}, t("app.subtitle")))
      ),
      notice.element,
      builder.element,
      source.element,
      workbook.element,
      functions.element
    )
  );

  void functions.load();
  const status = root.querySelector<HTMLElement>("#iij-status")!;
  // A pane mounted again (another language) leaves this one detached: it no longer follows.
  void onSelectionChange(() => {
    if (root.contains(source.element)) void source.refresh();
  }).catch((error) => say(status, t("status.noSelectionEvents", { error: message(error) }), true));
  void source.refresh();
  void notice.check();
  return { root, refreshSource: source.refresh, workbook };
}
