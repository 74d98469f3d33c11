/**
 * The workbook card: which dataset the formulas answer from, "Refresh all IIJ formulas" and
 * "Keep values (copy sheet)". Two slots are kept for issue 12: the list of what changed on the
 * last refresh (`changes`) and the "Open IIJ Figures with this workbook" setting (`settings`).
 */
import { query } from "../../functions/iij";
import { t } from "../i18n";
import { formatDay, formatTime } from "../i18n/format";
import { keepValues, refreshAll } from "../excel-actions";
import { h, message, say } from "./dom";
import { button } from "./fluent-controls";

export interface WorkbookActions {
  readonly element: HTMLElement;
  /** Issue 12: where the list of figures that changed on refresh goes (empty until then). */
  readonly changes: HTMLElement;
  /** Issue 12: where the "Open IIJ Figures with this workbook" toggle goes (empty until then). */
  readonly settings: HTMLElement;
  /** Runs after every successful refresh (issue 12 lists what changed). */
  onRefreshed(listener: () => void): void;
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
  const changes = h("div", { class: "refresh-changes", id: "iij-refresh-changes" });
  const settings = h("div", { class: "workbook-settings", id: "iij-workbook-settings" });
  const refreshed = new Set<() => void>();
  const element = h(
    "section",
    { class: "card", "aria-labelledby": "iij-workbook-h" },
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

  refresh.addEventListener("click", async () => {
    refresh.disabled = true;
    try {
      await refreshAll();
      say(
        status,
        t("workbook.refreshed", { time: formatTime(new Date()), version: q.dataset.version })
      );
      for (const listener of refreshed) listener();
    } catch (error) {
      say(status, t("workbook.refreshFailed", { error: message(error) }), true);
    } finally {
      refresh.disabled = false;
    }
  });
  keep.addEventListener("click", async () => {
    try {
      const copy = await keepValues();
      say(status, t("workbook.kept", { name: copy.name }));
    } catch (error) {
      say(status, t("workbook.keepFailed", { error: message(error) }), true);
    }
  });

  return { element, changes, settings, onRefreshed: (listener) => refreshed.add(listener) };
}
