/**
 * Writes a draft in the source-file format (data/README.md), one row a line as the curated files
 * are written, so a reviewer reads it beside the report and a diff against a curated file is short.
 */
import type { Draft, DraftRow, DraftTable } from "./draft";
import type { ExclusionText } from "./template";

const ROW_KEYS: (keyof DraftRow)[] = [
  "line",
  "lines",
  "item",
  "label",
  "unit",
  "kind",
  "closing_item",
  "balance_of",
  "basis",
  "values",
  "formula",
  "periods",
  "same_as",
  "discrepancy",
  "review",
];

function scalar(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(scalar).join(", ")}]`;
  return JSON.stringify(value);
}

function rowText(row: DraftRow): string {
  const fields = ROW_KEYS.filter((key) => row[key] !== undefined).map(
    (key) => `${key}: ${scalar(row[key])}`
  );
  return `      - {${fields.join(", ")}}`;
}

function tableText(table: DraftTable): string {
  const head = [
    `  - id: ${table.id}`,
    `    statement: ${table.statement}`,
    `    kind: ${table.kind}`,
    `    source: ${scalar(table.source)}`,
    `    unit: ${scalar(table.unit)}`,
    `    periods: [${table.periods.join(", ")}]`,
    ...(table.basis ? [`    basis: ${table.basis}`] : []),
    ...(table.share_basis ? [`    share_basis: ${table.share_basis}`] : []),
    ...(table.columns ? [`    columns: [${table.columns.join(", ")}]`] : []),
    ...(table.review ? [`    review: ${scalar(table.review)}`] : []),
    table.rows.length > 0 ? "    rows:" : "    rows: []",
  ];
  return [...head, ...table.rows.map(rowText)].join("\n");
}

function exclusionText(rule: ExclusionText): string {
  return [
    `  - id: ${rule.id}`,
    `    lines: ${scalar(rule.lines)}`,
    ...(rule.columns ? [`    columns: ${scalar(rule.columns)}`] : []),
    `    reason: ${scalar(rule.reason)}`,
    ...(rule.review ? [`    review: ${scalar(rule.review)}`] : []),
  ].join("\n");
}

export function draftYaml(draft: Draft): string {
  const { report } = draft;
  return [
    `# DRAFT by \`iij draft\` from ${report.file}: every row marked \`review:\` needs a person.`,
    "# Resolve each mark (fix the row, then delete its review field), check the report fields, then",
    "# move this file to data/source/ and run `npm run build:data` and `npm run verify-data`.",
    "# The build refuses a file with a review mark left. Procedure: docs/adding-a-filing.md",
    "report:",
    `  id: ${report.id}`,
    `  file: ${report.file}`,
    `  title: ${scalar(report.title)}`,
    report.filed
      ? `  filed: ${report.filed}`
      : `  filed: null  # review: the filing date is not printed in the text; give it (YYYY-MM-DD)`,
    "",
    "tables:",
    ...draft.tables.map(tableText),
    ...(draft.exclusions.length > 0
      ? ["", "exclusions:", ...draft.exclusions.map(exclusionText)]
      : []),
    "",
  ].join("\n");
}
