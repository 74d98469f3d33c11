/**
 * Reads a filing's text as the seeds print it (from the PDF: one table row a line, cells separated
 * by tabs, the label first, then the figures). Only the shape of a line is read here, never its
 * meaning. Line numbers are 1-based, as the source files cite them.
 */

/** A printed figure: digits with commas, decimals, parentheses for a negative; or a nil dash. */
const FIGURE = /^\(?[-−△▲]?\d[\d,]*(?:\.\d+)?\)?%?$/;
const NIL = /^[-_—–－‐]$/;

export interface TextLine {
  readonly number: number;
  readonly text: string;
  /** The words before the first cell of figures (the whole line when it has none). */
  readonly label: string;
  /**
   * The figures in the cells after the label, in printed order; "121,962 (63,772)" (a figure
   * with its three months in brackets) is two, the second with its brackets.
   */
  readonly cells: readonly string[];
  /** Every figure the line prints anywhere, running text included ("28.3% (26.4% for 1H22)"). */
  readonly inText: readonly string[];
}

function isPrintedFigure(text: string): boolean {
  return FIGURE.test(text) || NIL.test(text);
}

function isFigureCell(cell: string): boolean {
  const pieces = cell.trim().split(/\s+/);
  return pieces.length > 0 && pieces.every(isPrintedFigure);
}

export function readLine(text: string, number: number): TextLine {
  const labelCells: string[] = [];
  const cells: string[] = [];
  let inFigures = false;
  // The PDF's text marks underlined cells "<u>-</u>", "<u> </u>": a dash and a blank.
  for (const raw of text.replace(/<\/?u>/g, "").split("\t")) {
    const cell = raw.trim();
    if (cell === "") continue;
    if (isFigureCell(cell)) {
      inFigures = true;
      cells.push(...cell.split(/\s+/));
    } else if (!inFigures) labelCells.push(cell);
    // Words after the figures (a trailing note) belong to neither the label nor the figures.
  }
  const inText = (text.match(/\(?\d[\d,]*(?:\.\d+)?\)?/g) ?? []).map((token) =>
    // A parenthesis of running text is no minus sign unless it closes around the figure.
    token.startsWith("(") && !token.endsWith(")")
      ? token.slice(1)
      : token.endsWith(")") && !token.startsWith("(")
        ? token.slice(0, -1)
        : token
  );
  return { number, text, label: labelCells.join(" "), cells, inText };
}

export function readReport(text: string): TextLine[] {
  return text.split(/\r?\n/).map((line, index) => readLine(line, index + 1));
}
