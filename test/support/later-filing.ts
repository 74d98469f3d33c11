/**
 * A hypothetical filing later than the two we have (filed 2024-11-14), staged on the shipped
 * dataset with the preview host's staging code (src/preview/staged-dataset.ts), for tests of
 * restatements and of refresh.
 */
import type { Dataset } from "../../src/data/dataset";
import { loadDataset } from "../../src/data/load";
import type { Report } from "../../src/data/types";
import { withLaterFiling, type LaterFigure } from "../../src/preview/staged-dataset";

export const LATER_FILING: Report = {
  id: "later-filing",
  file: "none.txt",
  title: "A later filing",
  filed: "2024-11-14",
};

/** The shipped dataset plus LATER_FILING printing `figures`; its version 2024-11-14.5eeded01. */
export function stageLaterFiling(figures: readonly LaterFigure[]): Dataset {
  return withLaterFiling(loadDataset(), LATER_FILING, figures);
}
