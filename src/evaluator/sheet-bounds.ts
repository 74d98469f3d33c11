/**
 * Ranges a sheet's XML declares (merged cells, array formulas, its dimension, data validations,
 * conditional formats, selections) clipped to the cells the sheet holds, before the sheet is read:
 * a reader that expands `<mergeCell ref="B2:XFD1048576"/>` cell by cell would otherwise enumerate
 * 17 billion cells for a 1 KB file.
 */

/** Column letters -> 1-based number: A -> 1, XFD -> 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let out = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The rows and columns (1-based, inclusive) that hold a cell. */
export interface UsedBox {
  readonly rows: number;
  readonly cols: number;
}

const CELL_REF = /<c\b[^>]*?\br="\$?([A-Za-z]{1,3})\$?(\d{1,7})"/g;

export function usedBox(xml: string): UsedBox {
  let rows = 0;
  let cols = 0;
  for (const m of xml.matchAll(CELL_REF)) {
    rows = Math.max(rows, Number(m[2]));
    cols = Math.max(cols, columnNumber(m[1]));
  }
  return { rows, cols };
}

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

/** One range ("B2:XFD1048576") clipped to the box, or undefined when it holds no cell of it. */
export function clipRange(ref: string, box: UsedBox): string | undefined {
  const m = RANGE.exec(ref.trim());
  if (!m) return undefined;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = Math.min(m[4] ? Number(m[4]) : top, box.rows);
  const right = Math.min(m[3] ? columnNumber(m[3]) : left, box.cols);
  if (top > bottom || left > right) return undefined;
  const from = `${columnLetters(left)}${top}`;
  return top === bottom && left === right ? from : `${from}:${columnLetters(right)}${bottom}`;
}

function clipList(list: string, box: UsedBox): string {
  const kept = list
    .split(/\s+/)
    .map((ref) => clipRange(ref, box))
    .filter((ref): ref is string => ref !== undefined);
  // Some attribute must stay for the XML to stay valid; A1 holds nothing of the original range.
  return kept.length > 0 ? kept.join(" ") : "A1";
}

/** The sheet's XML with every declared range clipped to the cells it holds. */
export function clipSheetRanges(xml: string): string {
  const box = usedBox(xml);
  return (
    xml
      // A merge that clips to one cell (or none) merges nothing.
      .replace(/<mergeCell\b[^>]*?\bref="([^"]*)"[^>]*\/>/g, (whole, ref: string) => {
        const clipped = clipRange(ref, box);
        return clipped && clipped.includes(":") ? whole.replace(ref, clipped) : "";
      })
      .replace(/(<(?:f|dimension)\b[^>]*?\bref=")([^"]*)"/g, (_w, head: string, ref: string) => {
        return `${head}${clipRange(ref, box) ?? "A1"}"`;
      })
      .replace(
        /(\bsqref=")([^"]*)"/g,
        (_w, head: string, list: string) => `${head}${clipList(list, box)}"`
      )
  );
}
