/**
 * The pane's search: the data layer's answer (src/data/search.ts: analysts' words, each figure
 * once at its home statement) in the pane's shape, with the sentence to show when nothing matches
 * or when the word names a figure the filings do not print.
 */
import { STATEMENT_HEADINGS } from "../../data/layout";
import { searchLines } from "../../data/search";
import { query } from "../../functions/iij";
import { t } from "../i18n";
import type { SearchResult } from "./types";

export function searchItems(text: string): SearchResult {
  const q = query();
  const found = searchLines(q, text);
  const hits = found.lines.map((line) => ({
    name: line.name,
    label: line.label,
    statement: STATEMENT_HEADINGS[line.ref.statement] ?? line.ref.statement,
    ...(line.via ? { via: t("search.via", { word: line.via }) } : {}),
  }));
  if (found.notPrinted)
    return { hits, message: t("search.not-printed", { word: found.notPrinted }) };
  if (hits.length === 0 && text.trim() !== "")
    return { hits, message: t("search.nothing", { text: text.trim() }) };
  return { hits };
}
