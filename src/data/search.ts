/**
 * Finding lines by what an analyst types: the words the filings print ("borrowings"), and the
 * words analysts use for them ("net income", "capex"), each figure once, at its home statement
 * (a summary table's repeat of a statement line is the same figure). The task pane's search
 * shows the result; a word for a figure the filings never print (EBITDA) says so and offers the
 * printed figures it is built from.
 */
import { parseLineReference, refKey, type ItemRef } from "./dataset";
import { ANALYST_NAMES } from "./analyst-names";
import { normalizeName } from "./names";
import type { Query } from "./query";
import { STATEMENTS, type Statement } from "./types";

/** Where lines are looked for first: the statements, then notes and the management analysis. */
const STATEMENT_RANK: readonly Statement[] = [
  "profit-or-loss",
  "financial-position",
  "cash-flows",
  "comprehensive-income",
  "changes-in-equity",
  "segments",
  "revenue-by-service",
  "network-breakdown",
  "kpi",
  "si-orders",
  "employees",
  "eps",
  "dividends",
  "shares",
  "other-financial-liabilities",
  "other-financial-assets",
  "leases",
  "fair-value",
  "financial-instruments",
  "shareholders",
  "selected-data",
  "operating-summary",
  "adjusted",
];

export interface FoundLine {
  readonly ref: ItemRef;
  /** The name IIJ.VALUE knows it by. */
  readonly name: string;
  /** The line's own name, qualified only where its statement prints the label twice: "Borrowings (current)". */
  readonly label: string;
  /** The analyst's word that led here, when the line's own words did not. */
  readonly via?: string;
}

export interface LineSearch {
  readonly lines: readonly FoundLine[];
  /** The analyst's word for a figure the filings do not print; `lines` are what it is built from. */
  readonly notPrinted?: string;
}

/** Each line that repeats another, to the line it repeats (followed to the end of the chain). */
function homes(q: Query): Map<string, ItemRef> {
  const direct = new Map<string, ItemRef>();
  for (const { repeat, sameAs } of q.dataset.repeats()) {
    const home = parseLineReference(sameAs);
    if (home && refKey(home) !== refKey(repeat)) direct.set(refKey(repeat), home);
  }
  const resolved = new Map<string, ItemRef>();
  for (const [key, first] of direct) {
    let home = first;
    for (let hops = 0; hops < 8 && direct.has(refKey(home)); hops++)
      home = direct.get(refKey(home))!;
    resolved.set(key, home);
  }
  return resolved;
}

let homeCache: { query: Query; map: Map<string, ItemRef> } | undefined;

/** The line a figure is at home in: itself, unless it is a summary table's repeat of another. */
export function homeLine(q: Query, ref: ItemRef): ItemRef {
  if (homeCache?.query !== q) homeCache = { query: q, map: homes(q) };
  return homeCache.map.get(refKey(ref)) ?? ref;
}

function found(q: Query, ref: ItemRef, via?: string): FoundLine {
  const home = homeLine(q, ref);
  return {
    ref: home,
    name: q.catalogue.displayName(home),
    label: home.item,
    ...(via ? { via } : {}),
  };
}

const words = (text: string) =>
  normalizeName(text)
    .split(/[\s,:()/]+/)
    .filter(Boolean);

/** Lines matching `text`: analysts' words first, then every line whose name or label holds all the words typed. */
export function searchLines(q: Query, text: string): LineSearch {
  const typed = normalizeName(text);
  if (typed === "") return { lines: [] };
  const results: FoundLine[] = [];
  const seen = new Set<string>();
  const add = (line: FoundLine) => {
    if (seen.has(refKey(line.ref))) return;
    seen.add(refKey(line.ref));
    results.push(line);
  };
  let notPrinted: string | undefined;
  for (const analysts of ANALYST_NAMES) {
    if (!analysts.words.some((w) => normalizeName(w) === typed)) continue;
    if (analysts.combine) notPrinted ??= text.trim();
    const lines = analysts.combine?.lines ?? [analysts.line!, ...(analysts.related ?? [])];
    for (const name of lines) {
      try {
        const line = q.resolveItem(name);
        add(found(q, line.sources[0], text.trim()));
      } catch {
        // An analyst's name names lines of the shipped dataset; a test holds every one to it.
      }
    }
  }
  const wanted = words(text);
  const candidates: { ref: ItemRef; score: number }[] = [];
  for (const statement of STATEMENTS) {
    for (const item of q.dataset.items(statement)) {
      const ref = { statement, item };
      const names = [item, ...q.dataset.labels(ref)].map((n) => normalizeName(n));
      const haystack = names.join(" | ");
      const phrase = haystack.includes(typed);
      // After an analyst's word, only lines that hold the words as typed, not each word somewhere.
      if (!(phrase || (results.length === 0 && wanted.every((w) => haystack.includes(w)))))
        continue;
      const exact = names.some((n) => n === typed);
      const starts = names.some((n) => n.startsWith(typed));
      const rank = STATEMENT_RANK.indexOf(homeLine(q, ref).statement);
      candidates.push({ ref, score: (exact ? 0 : starts ? 100 : phrase ? 200 : 300) + rank });
    }
  }
  candidates.sort((a, b) => a.score - b.score);
  for (const { ref } of candidates) add(found(q, ref));
  return notPrinted ? { lines: results, notPrinted } : { lines: results };
}
