/**
 * The one Dataset of a runtime. Custom functions and the task pane share a runtime, so the
 * figures are decoded once, on first use.
 */
import { Dataset } from "./dataset";
import { DATASET_VERSION, FIGURES, REPORTS } from "./generated/dataset";

let shared: Dataset | undefined;

export function loadDataset(): Dataset {
  shared ??= Dataset.fromEncoded(DATASET_VERSION, REPORTS, FIGURES);
  return shared;
}
