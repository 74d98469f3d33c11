/** The review summary `iij draft` prints: what was found, what was drafted, what a person must check. */
import type { Draft, ReviewReason } from "./draft";

const REASON_TEXT: Record<ReviewReason, string> = {
  "new line": "a line no template prints (never mapped onto an old item)",
  "fuzzy label": "label only resembles the template's",
  "column placed by year": "column's period not confirmed by its header",
  "no figure": "no figure where the template has one",
  "column count": "the line prints another number of figures than the template's",
  "running text": "figure read from a sentence whose words changed",
  unit: "unit not printed in the header",
  identity: "an identity fails in the drafted figures",
  restated: "differs from an earlier filing's figure (restatement?)",
  formula: "a formula row carried over from the template",
  "lookalike table": "another table looks alike",
  exclusion: "an exclusion rule carried over from the template (lines moved)",
};

export function reviewSummary(draft: Draft): string {
  const rowsFlagged = new Set(draft.review.map((r) => `${r.table}|${r.item}`));
  const byReason = new Map<ReviewReason, number>();
  for (const entry of draft.review)
    byReason.set(entry.reason, (byReason.get(entry.reason) ?? 0) + 1);
  const lines = [
    `${draft.tables.length} tables found, ${draft.figures} figures drafted, ${rowsFlagged.size} rows flagged for review`,
    ...[...byReason.entries()].map(
      ([reason, count]) => `  ${String(count).padStart(4)}  ${REASON_TEXT[reason]}`
    ),
  ];
  if (draft.notFound.length > 0)
    lines.push(
      `template tables not drafted (${draft.notFound.length}): ${draft.notFound.join(", ")}`
    );
  if (draft.review.length > 0) lines.push("", "to review:");
  for (const entry of draft.review) {
    const where = entry.line ? `line ${entry.line}` : "file";
    lines.push(
      `  ${where} [${entry.table}] ${entry.item}: ${entry.why}${entry.printed ? `\n      printed: ${entry.printed}` : ""}`
    );
  }
  return lines.join("\n");
}
