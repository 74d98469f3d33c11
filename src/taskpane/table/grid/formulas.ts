/**
 * The formulas a table writes. Every figure names its line and reads its period from the header
 * cell and its unit from the corner cell, so editing either makes the row follow; YoY and margin
 * rows compute from the table's own cells.
 */
import { ADJUSTED, isPercentLine, takesUnit } from "../values";
import type { LineSpec } from "../types";

/** Text as an Excel string literal. */
export const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A figure: =IIJ.VALUE("Total assets",D$5,$B$4), =IIJ.REVENUE(D$5,"Network",$B$4); a per-share
 * figure on the latest share basis =IIJ.VALUE("Interim dividend per share",D$5,"adjusted").
 */
export function figureFormula(
  line: LineSpec,
  period: string,
  unit: string,
  adjusted = false
): string {
  const name = quote(line.name);
  const args = line.fn === "VALUE" || line.fn === "KPI" ? [name, period] : [period, name];
  if (takesUnit(line)) args.push(unit);
  else if (adjusted) args.push(quote(ADJUSTED));
  const formula = `IIJ.${line.fn}(${args.join(",")})`;
  return `=${isPercentLine(line) ? `${formula}/100` : formula}`;
}

/** Growth on the year-earlier cell; n.m. where the sign changes or the base is 0. */
export function yoyFormula(current: string, previous: string): string {
  return `=IF(OR(${previous}=0,SIGN(${previous})<>SIGN(${current})),"n.m.",${current}/${previous}-1)`;
}

/**
 * Growth of a per-share figure or share count: IIJ.YOY, which puts both on one share basis (a
 * dividend before a split against one after it is no cut), where the table's cells are as printed.
 */
export function shareYoyFormula(line: LineSpec, period: string): string {
  return `=IIJ.YOY(${quote(line.item)},${period})`;
}

export function marginFormula(numerator: string, denominator: string): string {
  return `=IF(${denominator}=0,"n.m.",${numerator}/${denominator})`;
}

/** The title: text, or a formula ending with the corner's unit in brackets, so it follows the corner. */
export function titleFormula(title: string, cornerRef?: string, prefix = ""): string {
  return cornerRef === undefined ? title : `=${quote(`${title} (${prefix}`)}&${cornerRef}&")"`;
}

/** The period a relative header stands for today, counted as the table's key line counts it. */
export function rollingNoteFormula(key: LineSpec, headerRef: string): string {
  return `=IIJ.PERIOD(${headerRef},${quote(key.item)})`;
}
