/**
 * Finds where a template table is printed in a new filing: by the order of its row labels, not by
 * line number, so a table that moved, grew or lost a row is still found.
 */
import { FUZZY_THRESHOLD, labelKey, labelSimilarity } from "./labels";
import type { TextLine } from "./text";

/** How many lines above a table's first row its sub-heading may stand. */
const HEADING_REACH = 2;

/** A short line of words alone: a heading or sub-heading, not a sentence of running text. */
function isHeading(line: TextLine): boolean {
  const words = line.label.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  // Column headers (units, periods) change with every filing and are read elsewhere.
  const header = /\b(yen|months?|years?|ended|notes?|as of|business term|fiscal|quarter)\b/i;
  return (
    words.length > 0 &&
    words.length <= 8 &&
    !/[.:]$/.test(line.label.trim()) &&
    !/\d/.test(line.label) &&
    !header.test(line.label)
  );
}

/** Rows found in order that place a table even where most of its rows are printed otherwise. */
const PARTIAL = 8;

/** How far past the template's spacing a row may have moved before it is not the same table. */
const SLACK = 6;

export interface Placement {
  /** Template line number -> new line number. */
  readonly lines: Map<number, number>;
  /** Template lines placed by a fuzzy label match only: a person checks each. */
  readonly fuzzy: Set<number>;
  /** New lines inside the table that no template line matches, with figures: new lines. */
  readonly unmatched: number[];
  /**
   * Headings printed in or just above the table that the template's table does not have
   * ("Equity securities"): the rows may now belong to another breakdown.
   */
  readonly headings: string[];
  /** Why the table's place is uncertain, if it is. */
  readonly doubt?: string;
}

interface Occurrence {
  readonly lines: Map<number, number>;
}

function keyOf(line: TextLine): string {
  return labelKey(line.label);
}

/** Every place the labels of `template` (line numbers of `from`) are printed in order in `to`. */
function occurrences(
  template: readonly number[],
  from: readonly TextLine[],
  to: readonly TextLine[]
): Occurrence[] {
  const keys = template.map((n) => keyOf(from[n - 1]));
  const counted = keys.filter((key) => key !== "").length;
  if (counted === 0) return [];
  const needed = counted <= 2 ? counted : Math.ceil(counted * 0.6);
  const found: Occurrence[] = [];
  const startKeys = new Map<string, number>();
  // A table whose first rows the filing prints otherwise (squashed onto one line, reworded) is
  // still found from a later row, when enough of its rows follow in order.
  keys.forEach((key, i) => key !== "" && !startKeys.has(key) && startKeys.set(key, i));
  for (const candidate of to) {
    const first = startKeys.get(keyOf(candidate));
    if (first === undefined) continue;
    const lines = new Map<number, number>([[template[first], candidate.number]]);
    let lastTemplate = template[first];
    let lastNew = candidate.number;
    for (let i = first + 1; i < template.length; i++) {
      if (keys[i] === "") continue;
      const reach = template[i] - lastTemplate + SLACK;
      for (let n = lastNew + 1; n <= Math.min(to.length, lastNew + reach); n++) {
        if (keyOf(to[n - 1]) === keys[i]) {
          lines.set(template[i], n);
          lastTemplate = template[i];
          lastNew = n;
          break;
        }
      }
    }
    if (lines.size >= needed || (lines.size >= PARTIAL && lines.size >= counted * 0.35))
      found.push({ lines });
  }
  // Starting on the first or the second row finds the same table twice: keep the fuller one, and
  // of two as full the one spaced as the template is (a heading can share a row's words).
  const strain = (o: Occurrence) => {
    const pairs = [...o.lines].sort((a, b) => a[0] - b[0]);
    return pairs
      .slice(1)
      .reduce((sum, [t, n], i) => sum + Math.abs(n - pairs[i][1] - (t - pairs[i][0])), 0);
  };
  found.sort((a, b) => b.lines.size - a.lines.size || strain(a) - strain(b));
  const kept: Occurrence[] = [];
  for (const occurrence of found) {
    const taken = new Set(kept.flatMap((k) => [...k.lines.values()]));
    if (![...occurrence.lines.values()].some((n) => taken.has(n))) kept.push(occurrence);
  }
  return kept.sort((a, b) => Math.min(...a.lines.values()) - Math.min(...b.lines.values()));
}

/**
 * Places a template table in the new filing. Where the same labels are printed several times (six
 * and three months; segments by period) the template's own table is the k-th of its filing, and
 * the new one is taken as the k-th of the new filing when both print the same number.
 */
export function placeTable(
  template: readonly number[],
  from: readonly TextLine[],
  to: readonly TextLine[]
): Placement | undefined {
  const inNew = occurrences(template, from, to);
  if (inNew.length === 0) return undefined;
  const inTemplate = occurrences(template, from, from);
  const own = inTemplate.findIndex((o) => template.some((n) => o.lines.get(n) === n));
  let chosen: Occurrence;
  let doubt: string | undefined;
  if (inNew.length === 1 && inTemplate.length <= 1) chosen = inNew[0];
  else if (own >= 0 && inTemplate.length === inNew.length) chosen = inNew[own];
  else {
    // Nearest by relative position in the document: a guess a person must confirm.
    const where = template[0] / from.length;
    chosen = [...inNew].sort(
      (a, b) =>
        Math.abs(Math.min(...a.lines.values()) / to.length - where) -
        Math.abs(Math.min(...b.lines.values()) / to.length - where)
    )[0];
    doubt = `table printed ${inNew.length} times here but ${inTemplate.length} in the template: placed by position`;
  }
  return { ...refine(chosen, template, from, to), ...(doubt ? { doubt } : {}) };
}

/**
 * A line that prints figures and no label (a label drifted to another line, "12,552" alone under
 * a squashed segment table) keeps its place between the placed lines around it: placed where the
 * filing prints, at the same distance from both, an unlabelled line with as many figures.
 */
function placeUnlabelled(
  lines: Map<number, number>,
  template: readonly number[],
  from: readonly TextLine[],
  to: readonly TextLine[]
): void {
  const taken = new Set(lines.values());
  template.forEach((t, i) => {
    if (lines.has(t) || keyOf(from[t - 1]) !== "") return;
    const before = template
      .slice(0, i)
      .reverse()
      .find((n) => lines.has(n));
    const after = template.slice(i + 1).find((n) => lines.has(n));
    if (before === undefined && after === undefined) return;
    const n =
      before !== undefined ? lines.get(before)! + (t - before) : lines.get(after!)! - (after! - t);
    if (after !== undefined && lines.get(after)! - n !== after - t) return;
    const line = to[n - 1];
    if (!line || taken.has(n) || keyOf(line) !== "") return;
    if (line.cells.length === 0 || line.cells.length !== from[t - 1].cells.length) return;
    lines.set(t, n);
    taken.add(n);
  });
}

/** Fills rows the exact pass missed with fuzzy matches between placed neighbours; lists new lines. */
function refine(
  occurrence: Occurrence,
  template: readonly number[],
  from: readonly TextLine[],
  to: readonly TextLine[]
): Omit<Placement, "doubt"> {
  const lines = new Map(occurrence.lines);
  const fuzzy = new Set<number>();
  const used = () => new Set(lines.values());
  for (let i = 0; i < template.length; i++) {
    if (lines.has(template[i])) continue;
    const before = template
      .slice(0, i)
      .reverse()
      .find((n) => lines.has(n));
    const after = template.slice(i + 1).find((n) => lines.has(n));
    const low = before ? lines.get(before)! + 1 : Math.max(1, lines.get(after!)! - SLACK);
    const high = after ? lines.get(after)! - 1 : Math.min(to.length, lines.get(before!)! + SLACK);
    const taken = used();
    let best: { n: number; score: number } | undefined;
    for (let n = low; n <= high; n++) {
      if (taken.has(n)) continue;
      const score = labelSimilarity(from[template[i] - 1].label, to[n - 1].label);
      if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { n, score };
    }
    if (best) {
      lines.set(template[i], best.n);
      fuzzy.add(template[i]);
    }
  }
  placeUnlabelled(lines, template, from, to);
  // Lines of the template's own table region that were not curated (headings, skipped lines)
  // are known: only a label printed in none of them is new.
  const known = new Set<string>();
  for (let n = template[0]; n <= template[template.length - 1]; n++) known.add(keyOf(from[n - 1]));
  for (let n = Math.max(1, template[0] - HEADING_REACH); n < template[0]; n++)
    known.add(keyOf(from[n - 1]));
  const placed = [...lines.values()];
  const unmatched: number[] = [];
  const headings: string[] = [];
  const taken = used();
  for (let n = Math.max(1, Math.min(...placed) - HEADING_REACH); n <= Math.max(...placed); n++) {
    const line = to[n - 1];
    if (taken.has(n) || known.has(keyOf(line))) continue;
    if (line.cells.length > 0) {
      if (n >= Math.min(...placed)) unmatched.push(n);
    } else if (isHeading(line)) headings.push(line.label);
  }
  return { lines, fuzzy, unmatched, headings };
}
