/**
 * How the dataset a workbook was last calculated with (its DATASET_PROPERTY) stands against the
 * add-in's, and what the pane says about it when it opens.
 */
import type { Dataset } from "../data/dataset";
import type { Report } from "../data/types";
import { filingDateOf } from "../shared/workbook-marks";

export type DatasetStatus =
  | { readonly kind: "current"; readonly version: string }
  | { readonly kind: "unrecorded"; readonly to: string }
  | {
      readonly kind: "newer";
      readonly from: string;
      readonly to: string;
      readonly filings: readonly Report[];
    }
  | { readonly kind: "older"; readonly from: string; readonly to: string }
  | { readonly kind: "corrected"; readonly from: string; readonly to: string };

/** The latest filing date of a dataset. */
export function latestFiling(dataset: Dataset): string {
  return dataset.reports.map((r) => r.filed).reduce((a, b) => (a > b ? a : b), "");
}

export function datasetStatus(recorded: string | undefined, current: Dataset): DatasetStatus {
  const to = current.version;
  if (recorded === undefined || recorded === "") return { kind: "unrecorded", to };
  if (recorded === to) return { kind: "current", version: to };
  const date = filingDateOf(recorded) ?? "";
  const latest = latestFiling(current);
  if (date < latest)
    return {
      kind: "newer",
      from: recorded,
      to,
      filings: current.reports.filter((r) => r.filed > date),
    };
  if (date > latest) return { kind: "older", from: recorded, to };
  return { kind: "corrected", from: recorded, to };
}

/** What the pane says when it opens on this workbook; undefined when there is nothing to say. */
export function datasetNotice(status: DatasetStatus): string | undefined {
  switch (status.kind) {
    case "current":
      return undefined;
    case "unrecorded":
      return `This workbook does not record which IIJ Figures dataset it was calculated with. Refresh lists what dataset ${status.to} would change before anything is recalculated.`;
    case "newer": {
      const filings = status.filings.map((f) => `${f.title} (filed ${f.filed})`).join("; ");
      return `This workbook was calculated with dataset ${status.from}. IIJ Figures now has ${status.to}, with ${status.filings.length === 1 ? "a newer filing" : `${status.filings.length} newer filings`}: ${filings}. Refresh lists what changes before anything is recalculated.`;
    }
    case "older":
      return `This workbook was calculated with dataset ${status.from}, newer than this add-in's ${status.to}: refreshing would go back to older figures. Update IIJ Figures first.`;
    case "corrected":
      return `This workbook was calculated with dataset ${status.from}; IIJ Figures now has ${status.to}, corrected since. Refresh lists what changes before anything is recalculated.`;
  }
}
