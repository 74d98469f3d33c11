/**
 * Reads a filing's text (from the PDF: one table row a line, cells separated by tabs) into blocks:
 * runs of tab-separated lines between blank lines, with the prose lines above them as their heading.
 * Line numbers are 1-based, as the source files cite them.
 */

/** A printed figure: digits with commas, a decimal part, parentheses for a negative; or a nil dash. */
const NUMBER = /^\(?[-−△▲]?\d[\d,]*(\.\d+)?\)?$/;
const NIL = /^[-_—–－‐]$/;
/** "121,962 (63,772)": a figure with a second one in parentheses (three months, part-time staff). */
const WITH_PARENTHETICAL = /^(\(?[-−]?\d[\d,]*(?:\.\d+)?\)?)\s*\(\s*(\d[\d,]*(?:\.\d+)?)\s*\)$/;

export interface Cell {
  readonly text: string;
  /** The figure as printed (parentheses kept for a negative), or a nil dash; undefined for words. */
  readonly figure?: string;
  /** The figure printed in parentheses after the first, without the parentheses. */
  readonly parenthetical?: string;
}

export interface TextRow {
  readonly line: number;
  readonly cells: readonly Cell[];
  /** The first cell: the row's label as printed (may be garbled or empty). */
  readonly label: string;
  readonly hasFigures: boolean;
}

export interface Block {
  /** Up to four prose lines above the block, nearest last: "(2) Condensed Consolidated Statements of ..." */
  readonly heading: readonly string[];
  readonly rows: readonly TextRow[];
  readonly firstLine: number;
  readonly lastLine: number;
}

export function readCell(raw: string): Cell {
  const text = raw.trim();
  if (NUMBER.test(text) || NIL.test(text)) return { text, figure: text };
  const pair = WITH_PARENTHETICAL.exec(text);
  if (pair) return { text, figure: pair[1], parenthetical: pair[2] };
  // "(1,896,788" lost its closing parenthesis in the PDF's text: still a negative as printed.
  if (/^\(\d[\d,]*(\.\d+)?$/.test(text)) return { text, figure: text };
  return { text };
}

function readRow(text: string, line: number): TextRow {
  const cells = text.split("\t").map(readCell);
  return {
    line,
    cells,
    label: cells[0]?.text ?? "",
    hasFigures: cells.slice(1).some((cell) => cell.figure !== undefined),
  };
}

export function readBlocks(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  let rows: TextRow[] = [];
  let prose: string[] = [];
  let heading: string[] = [];
  const close = (): void => {
    if (rows.length > 0)
      blocks.push({
        heading,
        rows,
        firstLine: rows[0].line,
        lastLine: rows[rows.length - 1].line,
      });
    rows = [];
  };
  lines.forEach((text, index) => {
    if (text.includes("\t")) {
      if (rows.length === 0) heading = prose.slice(-4);
      rows.push(readRow(text, index + 1));
      return;
    }
    if (text.trim() === "") {
      close();
      return;
    }
    close();
    prose.push(text.trim());
    if (prose.length > 8) prose = prose.slice(-8);
  });
  close();
  return blocks.filter((block) => block.rows.some((row) => row.hasFigures));
}
