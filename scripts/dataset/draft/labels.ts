/**
 * Matching a printed label to a template's label, tolerating what PDF text does to labels:
 * a lost first letter ("ncome tax expense"), a misread one ("Pinance income"), case, spacing,
 * punctuation, a singular for a plural. Anything short of the same words is a fuzzy match, which
 * the draft flags for review.
 */

export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(yen\)|\(%\)|\(millions of yen\)|\(thousands of yen\)/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
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

export type LabelMatch = "exact" | "fuzzy" | "none";

/** How a printed label matches a template label (both as printed or as curated). */
export function matchLabel(printed: string, template: string): LabelMatch {
  const a = normalizeLabel(printed);
  const b = normalizeLabel(template);
  if (a === "" || b === "") return "none";
  if (a === b) return "exact";
  // Short labels ("Total", "Other") differ by one letter from other short labels: no fuzz there.
  if (Math.min(a.length, b.length) < 8) return "none";
  const allowed = a.length < 20 ? 1 : a.length < 40 ? 2 : 3;
  return editDistance(a, b) <= allowed ? "fuzzy" : "none";
}
