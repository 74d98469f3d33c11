/**
 * Refresh as the pane runs it, in three steps the analyst takes one at a time: list what a
 * refresh changes (read every sheet, work the changes out; nothing is recalculated), apply it
 * (recalculate, record the dataset version) or not, and copy the list to a new sheet. Each step
 * is one Excel.run.
 */
import type { Query } from "../data/query";
import { formatDate, formatTime } from "./i18n/format";
import { t } from "./i18n";
import { auditTrail, previewRefresh, type RefreshPreview } from "./refresh-changes";
import { readWorkbookCells, writeAuditTrail } from "./workbook-cells";
import { refreshWithDataset } from "./workbook-settings";
import { WorkbookSnapshot } from "./workbook-snapshot";

export interface RefreshListing {
  readonly preview: RefreshPreview;
  /** The dataset version a refresh records. */
  readonly version: string;
  readonly listedAt: Date;
  /** context.sync() calls the listing took (2). */
  readonly syncs: number;
  /** Milliseconds reading the workbook, and working the changes out. */
  readonly readMs: number;
  readonly workMs: number;
}

/** What a refresh with `q`'s dataset would change in the open workbook. One Excel.run, 2 syncs. */
export async function listRefresh(q: Query): Promise<RefreshListing> {
  const started = performance.now();
  const read = await readWorkbookCells();
  const worked = performance.now();
  const preview = previewRefresh(new WorkbookSnapshot(read.sheets), read.recorded, q);
  return {
    preview,
    version: q.dataset.version,
    listedAt: new Date(),
    syncs: read.syncs,
    readMs: worked - started,
    workMs: performance.now() - worked,
  };
}

/** Applies the listed refresh: recalculates every formula and records the version. One sync. */
export async function applyRefresh(listing: RefreshListing): Promise<Date> {
  await refreshWithDataset(listing.version);
  return new Date();
}

/** A moment as the audit trail states it: "15-Nov-24 14:05:09". */
export function stamp(date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, "0"))
    .join("-");
  return `${formatDate(day)} ${formatTime(date)}`;
}

/**
 * Copies the list to a new sheet ("IIJ refresh", or "IIJ refresh (2)" when that exists), never
 * over an existing one. One Excel.run, 2 syncs. Returns the new sheet's name.
 */
export async function copyRefreshList(listing: RefreshListing, applied?: Date): Promise<string> {
  const rows = auditTrail(
    listing.preview,
    stamp(listing.listedAt),
    applied ? stamp(applied) : undefined
  );
  return writeAuditTrail(t("audit.sheet"), rows);
}
