/**
 * The workbook card: which dataset the formulas answer from, "Refresh all IIJ formulas" (which
 * first lists what changes: refresh-review.ts), "Keep values (copy sheet)", and the "Open IIJ
 * Figures with this workbook" switch.
 */
import { query } from "../../functions/iij";
import { t } from "../i18n";
import { formatDay } from "../i18n/format";
import { keepValues } from "../excel-actions";
import { h, message, say } from "./dom";
import { button } from "./fluent-controls";
import { openWithWorkbook } from "./open-with-workbook";
import { refreshReview } from "./refresh-review";

export interface WorkbookActions {
  readonly element: HTMLElement;
  /** The list of what a refresh changes, shown before it is applied. */
  readonly changes: HTMLElement;
  /** The "Open IIJ Figures with this workbook" switch. */
  readonly settings: HTMLElement;
  /** Lists what a refresh changes (the Refresh button; the dataset notice's "Review changes"). */
  review(): Promise<void>;
  /** Runs after every refresh applied, with the dataset version the workbook now records. */
  onRefreshed(listener: (version: string) => void): void;
}

export function workbookActions(): WorkbookActions {
  const q = query();
  const latest = [...q.dataset.reports].sort((a, b) => b.filed.localeCompare(a.filed))[0];
  const refresh = button("iij-refresh", t("workbook.refresh"));
  const keep = button("iij-keep-values", t("workbook.keep"));
  const status = h("p", {
    class: "status",
    id: "iij-workbook-status",
    role: "status",
    "aria-live": "polite",
  });
  const review = refreshReview(q, (text, error) => say(status, text, error));
  const changes = h("div", { class: "refresh-changes", id: "iij-refresh-changes" }, review.element);
  const settings = h(
    "div",
    { class: "workbook-settings", id: "iij-workbook-settings" },
    openWithWorkbook()
  );
  const element = h(
    "section",
    { class: "card", id: "iij-workbook", "aria-labelledby": "iij-workbook-h" },
    h("h2", { id: "iij-workbook-h" }, t("workbook.heading")),
    h(
      "p",
      { class: "meta", id: "iij-dataset" },
      t("workbook.dataset", {
        version: q.dataset.version,
        date: latest ? formatDay(latest.filed) : "?",
        count: q.dataset.reports.length,
      })
    ),
    h("div", { class: "button-row" }, refresh, keep),
    status,
    changes,
    settings
  );

  async function open(): Promise<void> {
    say(status, "");
    refresh.disabled = true;
    try {
      await review.open();
    } finally {
      refresh.disabled = false;
    }
  }

  refresh.addEventListener("click", () => void open());
  keep.addEventListener("click", async () => {
    try {
      const copy = await keepValues();
      say(status, t("workbook.kept", { name: copy.name }));
    } catch (error) {
      say(status, t("workbook.keepFailed", { error: message(error) }), true);
    }
  });

  return {
    element,
    changes,
    settings,
    review: open,
    onRefreshed: (listener) => review.onApplied(listener),
  };
}
