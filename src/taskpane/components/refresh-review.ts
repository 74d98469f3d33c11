/**
 * Refresh, reviewed before it is applied: the pane reads the workbook and lists every IIJ.* cell a
 * refresh changes (counts by sheet and by reason, each entry going to its cell); the analyst then
 * applies it (recalculate and record the dataset version) or cancels, and may copy the list to a
 * new sheet before or after applying. Nothing is recalculated until Apply.
 */
import type { Query } from "../../data/query";
import { selectCell } from "../workbook-cells";
import { t } from "../i18n";
import { formatTime } from "../i18n/format";
import type { CellChange, ReasonKind } from "../refresh-changes";
import {
  applyRefresh,
  copyRefreshList,
  listRefresh,
  type RefreshListing,
} from "../refresh-workbook";
import { changeList, kindCounts, kindLabel, MAX_ENTRIES } from "./change-list";
import { h, message, unbroken } from "./dom";
import { button } from "./fluent-controls";

export interface RefreshReview {
  /** The panel (empty while there is nothing to review). */
  readonly element: HTMLElement;
  /** Reads the workbook and lists what a refresh changes. */
  open(): Promise<void>;
  /** Runs after the refresh is applied, with the dataset version now recorded. */
  onApplied(listener: (version: string) => void): void;
}

/** `say` is the workbook card's status line. */
export function refreshReview(
  q: Query,
  say: (text: string, error?: boolean) => void
): RefreshReview {
  const element = h("div", { class: "review", id: "iij-review" });
  const applied = new Set<(version: string) => void>();
  let listing: RefreshListing | undefined;
  let appliedAt: Date | undefined;
  let reading = 0;

  const apply = button("iij-review-apply", t("refresh.apply"), "primary");
  const cancel = button("iij-review-cancel", t("refresh.cancel"));
  const copy = button("iij-review-copy", t("refresh.copy"));

  function close(): void {
    element.replaceChildren();
    listing = undefined;
  }

  async function goTo(change: CellChange, entry: HTMLElement | null): Promise<void> {
    for (const current of element.querySelectorAll("[aria-current]"))
      current.removeAttribute("aria-current");
    entry?.setAttribute("aria-current", "true");
    try {
      await selectCell(change.sheet, change.address);
    } catch (error) {
      say(t("refresh.selectFailed", { cell: change.address, error: message(error) }), true);
    }
  }

  /** The headline: how many cells change (changed, once applied), or that nothing does. */
  function summary(list: RefreshListing): string {
    const { changes, cells } = list.preview;
    if (changes.length > 0)
      return t(appliedAt ? "refresh.countApplied" : "refresh.count", {
        changed: changes.length,
        cells,
      });
    return cells > 0
      ? t("refresh.nothing", { cells, version: list.version })
      : t("refresh.noFormulas", { version: list.version });
  }

  /** The entries, all or those of one kind of reason (a pressed count above the list). */
  function entries(changes: readonly CellChange[], only?: ReasonKind): HTMLElement {
    const shown = only ? changes.filter((c) => c.reasons.some((r) => r.kind === only)) : changes;
    return changeList(shown, (change) => {
      const entry = element.querySelector<HTMLElement>(
        `button.change[data-cell="${CSS.escape(`${change.sheet}!${change.address}`)}"]`
      );
      void goTo(change, entry);
    });
  }

  function draw(list: RefreshListing): void {
    const { preview } = list;
    const { status, changes } = preview;
    const datasets =
      status.kind === "current"
        ? undefined
        : status.kind === "unrecorded"
          ? t("refresh.datasetsUnrecorded", { to: status.to })
          : t("refresh.datasets", { from: status.from, to: status.to });
    const scroller = h("div", {
      class: "change-scroll",
      role: "region",
      tabindex: 0,
      "aria-label": t("refresh.listLabel"),
    });
    scroller.append(entries(changes));
    const kinds = kindCounts(changes).map(([kind, count]) => {
      const chip = h(
        "button",
        {
          type: "button",
          class: `kind kind-${kind}`,
          "aria-pressed": "false",
          title: t("refresh.filter"),
        },
        `${kindLabel(kind)} ${count}`
      );
      chip.addEventListener("click", () => {
        const on = chip.getAttribute("aria-pressed") !== "true";
        for (const other of element.querySelectorAll(".review-kinds .kind"))
          other.setAttribute("aria-pressed", "false");
        chip.setAttribute("aria-pressed", String(on));
        scroller.replaceChildren(entries(changes, on ? kind : undefined));
        scroller.scrollTop = 0;
      });
      return chip;
    });
    const parts: (HTMLElement | null)[] = [
      h(
        "h3",
        { id: "iij-review-h", tabindex: -1 },
        t(appliedAt ? "refresh.headingApplied" : "refresh.heading")
      ),
      datasets ? h("p", { class: "meta review-datasets" }, ...unbroken(datasets)) : null,
      h("p", { class: "review-count", id: "iij-review-count" }, ...unbroken(summary(list))),
      kinds.length > 0 ? h("p", { class: "review-kinds" }, ...kinds) : null,
      status.kind === "older"
        ? h("fluent-message-bar", { intent: "warning" }, t("refresh.olderWarning"))
        : null,
      changes.length > 0 ? scroller : null,
      changes.length > MAX_ENTRIES
        ? h("p", { class: "hint" }, t("refresh.more", { count: changes.length - MAX_ENTRIES }))
        : null,
      preview.excelOnly > 0
        ? h("p", { class: "hint" }, t("refresh.excelOnly", { count: preview.excelOnly }))
        : null,
      h(
        "div",
        { class: "button-row review-actions" },
        ...(appliedAt ? [copy, cancel] : [apply, cancel, copy])
      ),
    ];
    element.replaceChildren(...parts.filter((part) => part !== null));
    cancel.textContent = appliedAt ? t("refresh.close") : t("refresh.cancel");
    for (const b of [apply, cancel, copy]) b.disabled = false;
  }

  async function open(): Promise<void> {
    const mine = ++reading;
    appliedAt = undefined;
    element.replaceChildren(h("p", { class: "hint", role: "status" }, t("refresh.reading")));
    try {
      const list = await listRefresh(q);
      if (mine !== reading) return;
      listing = list;
      draw(list);
      element.querySelector<HTMLElement>("#iij-review-h")?.focus();
    } catch (error) {
      if (mine !== reading) return;
      close();
      say(t("refresh.readFailed", { error: message(error) }), true);
    }
  }

  apply.addEventListener("click", async () => {
    if (!listing) return;
    apply.disabled = true;
    try {
      appliedAt = await applyRefresh(listing);
      say(t("refresh.applied", { time: formatTime(appliedAt), version: listing.version }));
      draw(listing);
      for (const listener of applied) listener(listing.version);
    } catch (error) {
      apply.disabled = false;
      say(t("refresh.applyFailed", { error: message(error) }), true);
    }
  });

  cancel.addEventListener("click", () => {
    const wasApplied = appliedAt !== undefined;
    close();
    if (!wasApplied) say(t("refresh.cancelled"));
  });

  copy.addEventListener("click", async () => {
    if (!listing) return;
    copy.disabled = true;
    try {
      const name = await copyRefreshList(listing, appliedAt);
      say(t("refresh.copied", { name }));
    } catch (error) {
      say(t("refresh.copyFailed", { error: message(error) }), true);
    } finally {
      copy.disabled = false;
    }
  });

  return { element, open, onApplied: (listener) => applied.add(listener) };
}
