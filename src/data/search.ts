/**
 * Finding lines by what an analyst types: the words the filings print ("borrowings"), and the
 * words analysts use for them ("net income", "capex"), each figure once, at its home statement
 * (a summary table's repeat of a statement line is the same figure). The task pane's search
 * shows the result; a word for a figure the filings never print (EBITDA) says so and offers the
 * printed figures it is built from.
 */
import { parseLineReference, refKey, type ItemRef } from "./dataset";
import { normalizeName } from "./names";
import type { Query } from "./query";
import { STATEMENTS, type Statement } from "./types";

/** An analyst's word and the printed lines it stands for (names as IIJ.VALUE takes them). */
interface Synonym {
  readonly words: readonly string[];
  readonly lines: readonly string[];
  /** The filings print no such figure: `lines` are what it is built from. */
  readonly notPrinted?: boolean;
}

const SYNONYMS: readonly Synonym[] = [
  {
    words: ["net income", "net profit", "net earnings", "earnings", "profit to owners"],
    lines: ["Profit or loss: Profit attributable to owners of the parent"],
  },
  {
    words: ["sales", "net sales", "revenue", "revenues", "turnover", "top line"],
    lines: ["Total revenues"],
  },
  {
    words: ["capex", "capital expenditure", "capital expenditures", "investment in equipment"],
    lines: ["Purchases of tangible assets", "Purchases of intangible assets"],
  },
  {
    words: ["ebitda", "oibda"],
    lines: ["Profit or loss: Operating profit", "Cash flows: Depreciation and amortization"],
    notPrinted: true,
  },
  { words: ["ebit", "op", "operating income"], lines: ["Profit or loss: Operating profit"] },
  {
    words: ["d&a", "da", "depreciation", "amortization", "amortisation"],
    lines: ["Cash flows: Depreciation and amortization"],
  },
  {
    words: ["eps", "earnings per share"],
    lines: [
      "Profit or loss: Basic earnings per share",
      "Profit or loss: Diluted earnings per share",
    ],
  },
  {
    words: ["sg&a", "sga", "opex", "operating expenses", "overheads"],
    lines: ["Selling, general and administrative expenses"],
  },
  { words: ["cogs", "cost of goods sold", "cost of revenue"], lines: ["Total cost of sales"] },
  {
    words: ["pbt", "pretax profit", "pre-tax profit", "profit before tax"],
    lines: ["Profit or loss: Profit (loss) before tax"],
  },
  { words: ["tax", "taxes"], lines: ["Income tax expense", "Income taxes paid"] },
  {
    words: ["fcf", "free cash flow"],
    lines: ["Cash flows from operating activities", "Cash flows from investing activities"],
    notPrinted: true,
  },
  {
    words: ["net debt", "net cash"],
    lines: [
      "Borrowings (current)",
      "Borrowings (non-current)",
      "Financial position: Cash and cash equivalents",
    ],
    notPrinted: true,
  },
  { words: ["debt", "loans"], lines: ["Borrowings (current)", "Borrowings (non-current)"] },
  {
    words: ["headcount", "staff", "employees"],
    lines: ["Employees (consolidated)", "Employees (non-consolidated)"],
  },
  {
    words: ["dps", "dividend per share", "dividends per share"],
    lines: ["Interim dividend per share", "Year-end dividend per share"],
  },
  { words: ["equity ratio"], lines: ["Ratio of owners' equity to gross assets"] },
  { words: ["backlog"], lines: ["Order backlog: Total"] },
  { words: ["orders", "order intake", "bookings"], lines: ["Orders received: Total"] },
  {
    words: ["subscribers", "subscriptions", "subs"],
    lines: ["KPI: IIJ Mobile services", "IIJmio Mobile services"],
  },
  { words: ["bandwidth", "traffic"], lines: ["Total contracted bandwidth"] },
  { words: ["buyback", "buybacks", "share repurchase"], lines: ["Purchase of treasury shares"] },
];

/** Where lines are looked for first: the statements, then notes and the management analysis. */
const STATEMENT_RANK: readonly Statement[] = [
  "profit-or-loss",
  "financial-position",
  "cash-flows",
  "comprehensive-income",
  "segments",
  "revenue-by-service",
  "network-breakdown",
  "kpi",
  "si-orders",
  "employees",
  "eps",
  "dividends",
  "shares",
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
  for (const synonym of SYNONYMS) {
    const word = synonym.words.find((w) => normalizeName(w) === typed);
    if (!word) continue;
    if (synonym.notPrinted) notPrinted ??= text.trim();
    for (const name of synonym.lines) {
      try {
        const line = q.resolveItem(name);
        add(found(q, line.sources[0], text.trim()));
      } catch {
        // A synonym names lines of the shipped dataset; a test holds every one to it.
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
