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

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      diagonal = above;
    }
  }
  return previous[b.length];
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
const normalizedChoices = new Map<string, string>();
function normalizedChoice(choice: string): string {
  let name = normalizedChoices.get(choice);
  if (name === undefined) normalizedChoices.set(choice, (name = normalizeName(choice)));
  return name;
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
  const scored = choices.map((choice) => {
    const name = normalizedChoice(choice);
    // The whole of what was typed in a name, or most of it a name ("cash" is not "cash dividend paid").
    const contains =
      wanted.length > 1 &&
      (name.includes(wanted) || (wanted.includes(name) && name.length * 2 >= wanted.length));
    const words = wordsOf(name);
    const shared = typedWords
      .filter((w) => words.some((c) => sameWord(w, c)))
      .reduce((letters, w) => letters + w.length, 0);
    const limit = Math.max(2, Math.floor(wanted.length * 0.4));
    const compared = name.slice(0, 80);
    // A name whose length alone puts it beyond the limit, sharing no word, is no suggestion: its
    // distance (the bulk of a failed look-up's cost) is not needed.
    if (shared === 0 && !contains && Math.abs(compared.length - wanted.length) > limit)
      return { choice, shared: 0, distance: Infinity, near: false };
    const distance = editDistance(wanted, compared);
    const near = distance <= limit;
    return { choice, shared: contains ? 1000 : shared, distance, near };
  });
  const useful = scored.filter((s) => s.shared > 0 || s.near);
  useful.sort(
    (a, b) => b.shared - a.shared || a.distance - b.distance || a.choice.length - b.choice.length
  );
  return [...new Set(useful.slice(0, count).map((s) => s.choice))];
}

export function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}
