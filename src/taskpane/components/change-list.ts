/**
 * The list of cells a refresh changes, as the pane draws it: grouped by sheet (each heading with
 * its count, kept in view while its cells scroll), one button per cell with its address, the value
 * before and after as the sheet shows them, and why. A click goes to the cell.
 */
import type { CellShown } from "../formula-value";
import { t } from "../i18n";
import { formatCell } from "../i18n/format";
import type { CellChange, ReasonKind } from "../refresh-changes";
import { QUOTE, h, quoting, unbroken } from "./dom";

/** Entries drawn at most; the rest are counted, and all go to the audit sheet. */
export const MAX_ENTRIES = 1000;

const KIND_KEYS = {
  restated: "changeKind.restated",
  period: "changeKind.period",
  new: "changeKind.new",
  follows: "changeKind.follows",
  gone: "changeKind.gone",
  recalculated: "changeKind.recalculated",
} as const satisfies Record<ReasonKind, string>;

export function kindLabel(kind: ReasonKind): string {
  return t(KIND_KEYS[kind]);
}

/** A value as its cell shows it; `undefined` is a value only Excel can work out. */
function text(value: CellShown | undefined, numberFormat: string): string {
  if (value === undefined) return t("refresh.excelWorksOut");
  if (typeof value === "object") return value.error;
  return formatCell(value, numberFormat).text;
}

/** `digits` decimals in the kind of format the cell has: a percentage stays one. */
function finer(value: number, numberFormat: string, digits: number): string {
  const decimals = "0".repeat(digits);
  return formatCell(value, numberFormat.includes("%") ? `0.${decimals}%` : `#,##0.${decimals}`)
    .text;
}

/**
 * Before and after as the cell shows them; where the format rounds both to the same text (a
 * growth rate of 9.27% and 9.28% in 0.0%), as many more decimals as tell them apart.
 */
export function beforeAfter(change: CellChange): [string, string] {
  const before = text(change.before, change.numberFormat);
  const after = text(change.after, change.numberFormat);
  if (before !== after || typeof change.before !== "number" || typeof change.after !== "number")
    return [before, after];
  for (let digits = 1; digits <= 12; digits++) {
    const pair: [string, string] = [
      finer(change.before, change.numberFormat, digits),
      finer(change.after, change.numberFormat, digits),
    ];
    if (pair[0] !== pair[1]) return pair;
  }
  return [String(change.before), String(change.after)];
}

function entry(change: CellChange, onSelect: (change: CellChange) => void): HTMLElement {
  const [before, after] = beforeAfter(change);
  const kinds = [...new Set(change.reasons.map((r) => r.kind))].map(kindLabel).join(", ");
  const why = change.reasons.map((r) => r.text).join("; ");
  return h(
    "li",
    {},
    h(
      "button",
      {
        type: "button",
        class: "change",
        "data-cell": `${change.sheet}!${change.address}`,
        onclick: () => onSelect(change),
      },
      h(
        "span",
        { class: "change-head" },
        h("span", { class: "change-cell" }, change.address),
        h("span", { class: "change-kind" }, kinds),
        h(
          "span",
          { class: "change-values" },
          h("span", { class: "before" }, before),
          " → ",
          h("span", { class: "after" }, after)
        )
      ),
      h(
        "span",
        { class: "change-why" },
        change.already ? h("em", {}, `${t("refresh.already")}. `) : null,
        ...unbroken(why)
      )
    )
  );
}

/** The entries, sheet by sheet in the order given; at most MAX_ENTRIES drawn. */
export function changeList(
  changes: readonly CellChange[],
  onSelect: (change: CellChange) => void
): HTMLElement {
  const groups = new Map<string, CellChange[]>();
  for (const c of changes) {
    const group = groups.get(c.sheet);
    if (group) group.push(c);
    else groups.set(c.sheet, [c]);
  }
  let room = MAX_ENTRIES;
  const items: HTMLElement[] = [];
  for (const [sheet, cells] of groups) {
    if (room <= 0) break;
    const drawn = cells.slice(0, room);
    room -= drawn.length;
    items.push(
      h(
        "li",
        { class: "change-group" },
        h(
          "h4",
          { class: "change-sheet" },
          // The sheet's name as the workbook has it, in any language.
          ...quoting(t("refresh.sheet", { sheet: QUOTE, count: cells.length }), sheet)
        ),
        h("ul", {}, ...drawn.map((change) => entry(change, onSelect)))
      )
    );
  }
  return h("ul", { class: "change-list", id: "iij-change-list" }, ...items);
}

/** "Restated 3 · Newer period 1 · …": how many listed cells have each kind of reason. */
export function kindCounts(changes: readonly CellChange[]): [ReasonKind, number][] {
  const counts = new Map<ReasonKind, number>();
  for (const c of changes)
    for (const kind of new Set(c.reasons.map((r) => r.kind)))
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return (Object.keys(KIND_KEYS) as ReasonKind[])
    .filter((k) => counts.has(k))
    .map((k) => [k, counts.get(k)!]);
}
