/**
 * Matching what people type against the names the filings print. The two filings word the same
 * line differently ("Profit (loss) for the year" / "for the period", "System integration" /
 * "Systems integration"), so names are compared in a normal form that irons that out.
 */
import { fromJapaneseName } from "./japanese/aliases";

/** The wording that differs between the filings, each mapped to one form. */
const WORDING: Record<string, string> = {
  "for the year": "for the period",
  "system integration": "systems integration",
  expense: "expenses",
  "using the equity method": "using equity method",
  "non controlling": "non-controlling",
};
const WORDING_PATTERN =
  /\b(?:for the year|system integration|expense|using the equity method|non controlling)\b/g;

/**
 * One pass per kind of difference rather than one per rule: the add-in normalizes every name
 * it knows when it loads, so this is on the cold-start path.
 */
export function normalizeName(name: string): string {
  return (
    // A Japanese caption reads as its English name, full-width text as ASCII.
    fromJapaneseName(name)
      .toLowerCase()
      .replace(/[\u2010-\u2015]/g, "-")
      .replace(/[’`]/g, "'")
      // Plain replacement strings, no callbacks: a callback per space is what made this slow cold.
      .replace(/\s+/g, " ")
      .replace(/ ?([(),:&/]) ?/g, "$1")
      .replace(WORDING_PATTERN, (words) => WORDING[words])
      .replace(/\binterest\b(?=[.\s]*$)/, "interests")
      .replace(/[.\s]+$/, "")
      // Then spaced as the filings print: "profit (loss), net: total", "network & si". The spacing
      // follows from the text without it, so this keeps the same names equal; it makes the normal
      // form of nearly every printed name its lower case, which the dataset then need not ship.
      .replace(/&/g, " & ")
      .replace(/([,:)])(?=[^\s),:])/g, "$1 ")
      .replace(/([^\s(])\(/g, "$1 (")
      .trim()
  );
}

/** One row of the distance table, reused: names are cut to 80 characters. */
const row = new Uint8Array(81);

/**
 * Levenshtein distance, or `limit + 1` as soon as it must exceed `limit` (a row's smallest cell
 * never shrinks further down), so a far name is given up on early.
 */
function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    let best = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      let cell = diagonal + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      if (above + 1 < cell) cell = above + 1;
      if (row[j - 1] + 1 < cell) cell = row[j - 1] + 1;
      row[j] = cell;
      if (cell < best) best = cell;
      diagonal = above;
    }
    if (best > limit) return limit + 1;
  }
  return row[b.length];
}

const wordsOf = (name: string) => name.split(/[^a-z0-9&]+/).filter((w) => w.length > 1);

/** Whether two words are one word, give or take an ending: "dividend", "dividends". */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

/**
 * Choices are the catalogue's names, a fixed set: normalised once, not on every misspelt look-up
 * (normalising each of them again cost 2-4 ms a failed look-up against ~1 µs a found one).
 */
interface Choice {
  readonly name: string;
  readonly words: readonly string[];
  /** What the distance is measured on: names past 80 characters are cut, as what was typed is. */
  readonly compared: string;
}
const normalizedChoices = new Map<string, Choice>();
function normalizedChoice(choice: string): Choice {
  let made = normalizedChoices.get(choice);
  if (made === undefined) {
    const name = normalizeName(choice);
    normalizedChoices.set(
      choice,
      (made = { name, words: wordsOf(name), compared: name.slice(0, 80) })
    );
  }
  return made;
}

/**
 * A list of choices made ready once (the catalogue passes the same list each time): each
 * normalised, and its words indexed by their first four letters (shorter words whole), which is
 * all sameWord needs to find a word's matches.
 */
interface Prepared {
  readonly made: readonly Choice[];
  readonly wordIndex: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
}
const preparedLists = new WeakMap<readonly string[], Prepared>();
function prepared(choices: readonly string[]): Prepared {
  let ready = preparedLists.get(choices);
  if (!ready) {
    const made = choices.map(normalizedChoice);
    const wordIndex = new Map<string, Map<string, number[]>>();
    made.forEach(({ words }, k) => {
      for (const word of words) {
        const key = word.length < 4 ? word : word.slice(0, 4);
        let byWord = wordIndex.get(key);
        if (!byWord) wordIndex.set(key, (byWord = new Map()));
        let at = byWord.get(word);
        if (!at) byWord.set(word, (at = []));
        if (at[at.length - 1] !== k) at.push(k);
      }
    });
    preparedLists.set(choices, (ready = { made, wordIndex }));
  }
  return ready;
}

/**
 * The choices closest to what was typed, for "did you mean" in error messages: first those
 * sharing the most of the words typed (by letters: "Depreciation expense" finds "Depreciation
 * and amortization" before "Finance expenses"), then the nearest spellings of the whole name;
 * a spelling that shares no word and is not near (EBITDA and MVNE) is no suggestion at all.
 */
export function closest(typed: string, choices: readonly string[], count = 3): string[] {
  const wanted = normalizeName(typed).slice(0, 80);
  const typedWords = wordsOf(wanted);
  const limit = Math.max(2, Math.floor(wanted.length * 0.4));
  // Word overlap is cheap and ranks first; the edit distance, the bulk of a failed look-up's
  // cost, is measured only where it can still change the answer: between the names sharing the
  // most words (it breaks their ties), and for the others only when those are too few.
  const { made, wordIndex } = prepared(choices);
  // Letters of the typed words each choice shares: through the index, not choice by choice.
  const sharedBy = new Map<number, number>();
  for (const w of typedWords) {
    const seen = new Set<number>();
    for (const [word, at] of wordIndex.get(w.length < 4 ? w : w.slice(0, 4)) ?? [])
      if (sameWord(w, word)) for (const k of at) seen.add(k);
    for (const k of seen) sharedBy.set(k, (sharedBy.get(k) ?? 0) + w.length);
  }
  const related: { choice: string; shared: number; compared: string }[] = [];
  const unrelated: number[] = [];
  made.forEach(({ name, compared }, k) => {
    // The whole of what was typed in a name, or most of it a name ("cash" is not "cash dividend paid").
    const contains =
      wanted.length > 1 &&
      (name.includes(wanted) || (wanted.includes(name) && name.length * 2 >= wanted.length));
    const shared = sharedBy.get(k) ?? 0;
    if (contains || shared > 0)
      related.push({ choice: choices[k], shared: contains ? 1000 : shared, compared });
    else unrelated.push(k);
  });
  related.sort((a, b) => b.shared - a.shared);
  const cutOff = related.length >= count ? related[count - 1].shared : 0;
  const ranked: { choice: string; shared: number; compared: string; distance: number }[] = [];
  // Names above the cut-off are all in; of those tied at it, only the nearest fill the places
  // left, so a tied name is measured only up to the farthest of the nearest found so far.
  const places = count - related.filter((r) => r.shared > cutOff).length;
  const tiedDistances: number[] = [];
  for (const r of related) {
    if (r.shared < cutOff) break;
    const tied = r.shared === cutOff && cutOff > 0;
    const bound = tied && tiedDistances.length >= places ? tiedDistances[places - 1] : Infinity;
    const distance = editDistance(wanted, r.compared, bound);
    if (distance > bound) continue;
    if (tied) {
      tiedDistances.push(distance);
      tiedDistances.sort((x, y) => x - y);
    }
    ranked.push({ ...r, distance });
  }
  if (ranked.length < count)
    for (const k of unrelated) {
      const distance = editDistance(wanted, made[k].compared, limit);
      if (distance <= limit)
        ranked.push({ choice: choices[k], shared: 0, compared: made[k].compared, distance });
    }
  ranked.sort(
    (a, b) => b.shared - a.shared || a.distance - b.distance || a.choice.length - b.choice.length
  );
  return [...new Set(ranked.slice(0, count).map((s) => s.choice))];
}

export function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}
