/**
 * How the dataset a workbook was last calculated with (its DATASET_PROPERTY) stands against the
 * add-in's, and what the pane says about it when it opens.
 */
import type { Dataset } from "../data/dataset";
import type { Report } from "../data/types";
import { filingDateOf } from "../shared/workbook-marks";
import { t } from "./i18n";
import { formatDay } from "./i18n/format";

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

/** A filing as the pane names it: "Quarterly Securities Report, ... (filed 2023-11-14)". */
export function filingName(report: Report): string {
  return t("dataset.filing", { title: report.title, date: formatDay(report.filed) });
}

/** What the pane says when it opens on this workbook; undefined when there is nothing to say. */
export function datasetNotice(status: DatasetStatus): string | undefined {
  switch (status.kind) {
    case "current":
      return undefined;
    case "unrecorded":
      return t("dataset.unrecorded", { to: status.to });
    case "newer": {
      const filings = status.filings.map(filingName).join("; ");
      const { from, to } = status;
      return status.filings.length === 1
        ? t("dataset.newerOne", { from, to, filings })
        : t("dataset.newerMany", { from, to, filings, count: status.filings.length });
    }
    case "older":
      return t("dataset.older", { from: status.from, to: status.to });
    case "corrected":
      return t("dataset.corrected", { from: status.from, to: status.to });
  }
}
