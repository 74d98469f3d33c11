/**
 * Where an answer comes from, in words: the report, the statement or note, the line as printed,
 * the printed figure and unit, and how it was derived, restated or rounded. IIJ.SOURCE returns it
 * and the task pane's source card shows it.
 */
import type Decimal from "decimal.js";
import type { Dataset } from "./dataset";
import { periodCode } from "./period";
import type { Answer } from "./query";

/** A figure the way the filings print it: 61,203.901, and (4,788,074) when negative. */
export function formatDecimal(value: Decimal): string {
  const [whole, fraction] = value.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = fraction ? `${grouped}.${fraction}` : grouped;
  return value.isNegative() ? `(${text})` : text;
}

export function describeAnswer(dataset: Dataset, answer: Answer): string {
  const parts: string[] = [];
  const periodText = answer.asked
    ? `${answer.asked} = ${periodCode(answer.period)}`
    : periodCode(answer.period);
  parts.push(`${answer.name}, ${periodText}: ${formatDecimal(answer.value)} ${answer.unit}.`);
  for (const figure of answer.figures) {
    const report = dataset.report(figure.report);
    const where = `${report?.title ?? figure.report} (filed ${report?.filed ?? "?"}), ${figure.source}`;
    if (figure.printed !== undefined) {
      parts.push(
        `Printed: ${figure.period} "${figure.label ?? figure.item}" ${figure.printed} ${figure.unit}, ${where}, line ${figure.line}.`
      );
    } else {
      parts.push(
        `Derived: ${figure.period} ${figure.item} = ${figure.formula}, from figures printed in ${where}.`
      );
    }
    const others = dataset.printedByAllFilings(
      { statement: figure.statement, item: figure.item },
      figure.period,
      figure.basis
    );
    const restated = others.find((o) => o.report !== figure.report && o.value !== figure.value);
    if (restated)
      parts.push(`Restated: ${restated.report} printed ${restated.printed} ${restated.unit}.`);
    if (figure.discrepancy) parts.push(`Note: ${figure.discrepancy}`);
  }
  if (answer.derivation) parts.push(`Derived: ${answer.derivation}.`);
  // The 2019 filing prints its statements in thousands but its management analysis in
  // millions: a figure found only there is a rounded one, and the user should know.
  const rounded = answer.figures.filter(
    (f) =>
      f.unit === "JPY mn" &&
      (answer.unit === "JPY" ||
        answer.unit === "JPY k" ||
        dataset.finestMoneyUnit(f.report) !== "JPY mn")
  );
  if (rounded.length > 0) parts.push("Printed only rounded to millions of yen.");
  parts.push(`Dataset ${dataset.version}.`);
  return parts.join(" ");
}
