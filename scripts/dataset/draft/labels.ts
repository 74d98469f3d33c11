/**
 * Compares printed labels the way a reader would, tolerating what PDF text does to them: a lost
 * first letter ("ncome tax expense"), a misread one ("Pinance income"), a cell split mid-word,
 * case, spacing, footnote marks. The letters decide, not the layout. Anything short of the same
 * letters is a fuzzy match, which the draft flags for review.
 */

/** Letters only, lower case: digits, footnote marks, punctuation and spacing tell no lines apart. */
export function labelKey(label: string): string {
  return label.toLowerCase().replace(/[^a-z]/g, "");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** 1 for the same letters, falling towards 0 with every letter added, dropped or changed. */
export function labelSimilarity(a: string, b: string): number {
  const x = labelKey(a);
  const y = labelKey(b);
  if (x === "" || y === "") return 0;
  if (x === y) return 1;
  return 1 - editDistance(x, y) / Math.max(x.length, y.length);
}

/** Close enough to put before a person as "probably this line", never to accept unasked. */
export const FUZZY_THRESHOLD = 0.8;
