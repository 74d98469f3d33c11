/**
 * What the pane says when it opens on a workbook calculated with another dataset than the
 * add-in's (dataset-status.ts): a message bar at the top of the pane naming both versions and the
 * newer filings, with "Review changes", which lists what a refresh changes. Silent when the
 * workbook is current, and when it records no version (a new workbook records none).
 */
import type { Dataset } from "../../data/dataset";
import { datasetNotice, datasetStatus, type DatasetStatus } from "../dataset-status";
import { t } from "../i18n";
import { recordedDataset } from "../workbook-settings";
import { h, unbroken } from "./dom";
import { button } from "./fluent-controls";

export interface DatasetNoticeView {
  readonly element: HTMLElement;
  /** Reads the version the workbook records (one sync) and shows what to say about it. */
  check(): Promise<void>;
  /** Shows the notice for a version the pane knows the workbook records now. */
  recorded(version: string | undefined): void;
}

export function datasetNoticeView(dataset: Dataset, review: () => void): DatasetNoticeView {
  const element = h("div", { class: "dataset-notice", id: "iij-dataset-notice", hidden: true });

  function show(status: DatasetStatus): void {
    const text = status.kind === "unrecorded" ? undefined : datasetNotice(status);
    element.hidden = text === undefined;
    if (text === undefined) return element.replaceChildren();
    const action =
      status.kind === "older" ? null : button("iij-notice-review", t("dataset.review"), "primary");
    action?.setAttribute("slot", "actions");
    action?.addEventListener("click", review);
    element.replaceChildren(
      h(
        "fluent-message-bar",
        { intent: "warning", layout: "multiline", role: "status" },
        h("span", { id: "iij-notice-text" }, ...unbroken(text)),
        action
      )
    );
  }

  return {
    element,
    async check() {
      try {
        show(datasetStatus(await recordedDataset(), dataset));
      } catch {
        // A workbook whose properties cannot be read: nothing to say; Refresh still lists changes.
        show(datasetStatus(dataset.version, dataset));
      }
    },
    recorded: (version) => show(datasetStatus(version, dataset)),
  };
}
