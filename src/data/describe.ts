/**
 * Where an answer comes from, in words: the report, the statement or note, the line as printed,
 * the printed figure and unit, and how it was derived, restated or rounded. IIJ.SOURCE returns it
 * and the task pane's source card shows it.
 */
import type { Answer, ShareAnswer } from "./answer";
import { parseLineReference, type Dataset } from "./dataset";
import { formatDecimal } from "./format";
import { parsePeriodCode, periodCode, yearEarlier } from "./period";
import { isGap, type Restatement } from "./share-basis";
import type { Figure } from "./types";

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
    if (figure.discrepancy) {
      const said = figure.discrepancy.replace(/[.;\s]*$/, ".");
      parts.push(`Note: ${said} This answer is the figure printed here, line ${figure.line}.`);
    }
    const disagreeing = describeDisagreeingRepeats(dataset, figure);
    if (disagreeing) parts.push(disagreeing);
    const adjusted = describeAdjusted(dataset, figure);
    if (adjusted) parts.push(adjusted);
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
  if (answer.shares) parts.push(describeShares(answer.shares, answer.unit));
  parts.push(`Dataset ${dataset.version}.`);
  return parts.join(" ");
}

/**
 * The same filing printing this figure again elsewhere with another value (a printed
 * discrepancy, recorded on the repeat): the card says which one the answer is.
 */
function describeDisagreeingRepeats(dataset: Dataset, figure: Figure): string | undefined {
  if (figure.printed === undefined) return undefined;
  const others = dataset
    .repeats()
    .filter((link) => {
      const home = parseLineReference(link.sameAs, link.repeat.statement);
      return home?.statement === figure.statement && home.item === figure.item;
    })
    .flatMap((link) => dataset.printedByAllFilings(link.repeat, figure.period, figure.basis))
    .filter((repeat) => repeat.report === figure.report && repeat.discrepancy);
  if (others.length === 0) return undefined;
  const where = others
    .map((o) => `${o.printed} ${o.unit} in ${o.source}, line ${o.line}`)
    .join("; ");
  return `Printed differently in the same filing: ${where}. This answer is the figure printed in ${figure.source}, line ${figure.line}.`;
}

/**
 * A reported figure for which a filing also prints an adjusted one (the 2019 report's adjusted
 * 1H18 results, restated for the mobile interconnectivity cost true-up): the growth an analyst
 * reads depends on which is the base, so the card says there are two. Also said of the figure
 * a year later, whose YoY the filing gives on both.
 */
export function adjustedBeside(
  dataset: Dataset,
  figure: Figure
): { readonly adjusted: Figure; readonly yearEarlier: boolean } | undefined {
  if (figure.basis !== "reported" || figure.statement === "adjusted") return undefined;
  const ref = { statement: "adjusted" as const, item: figure.item };
  const same = dataset.printed(ref, figure.period, "adjusted");
  if (same) return { adjusted: same, yearEarlier: false };
  const period = parsePeriodCode(figure.period);
  if (period.kind !== "flow") return undefined;
  const base = dataset.printed(ref, periodCode(yearEarlier(period)), "adjusted");
  return base && { adjusted: base, yearEarlier: true };
}

function describeAdjusted(dataset: Dataset, figure: Figure): string | undefined {
  const found = adjustedBeside(dataset, figure);
  if (!found) return undefined;
  const { adjusted: a } = found;
  return found.yearEarlier
    ? `Adjusted: the year-earlier ${a.period} figure is also printed adjusted, ${a.printed} ${a.unit} (${a.source}, line ${a.line}); IIJ.YOY compares with the reported one.`
    : `Adjusted: the filing also prints an adjusted ${a.period} figure, ${a.printed} ${a.unit} (${a.source}, line ${a.line}; IIJ.VALUE("Adjusted: ${a.item}","${a.period}")).`;
}

/** "÷ 2 (2-for-1 split effective 2022-10-01, iij-2q-fy2023 line 1062)". */
function splitFactor(restatement: Restatement, scales: ShareAnswer["scales"]): string {
  const splits = restatement.splits
    .map((s) => `${s.ratio}-for-1 split effective ${s.effective}, ${s.report} line ${s.line}`)
    .join("; ");
  return `${scales === "per-share" ? "÷" : "×"} ${restatement.factor.toFixed()} (${splits})`;
}

/** The share basis of a per-share figure or share count, and how it stands to the latest one. */
function describeShares(shares: ShareAnswer, unit: string): string {
  const what = shares.scales === "per-share" ? "per share" : "shares";
  const basis = `Share basis: ${what} as of ${shares.printedBasis}`;
  if (shares.restated && shares.printedValue) {
    const r = shares.restated;
    return `${basis} as printed (${formatDecimal(shares.printedValue)} ${unit}), restated to the basis of ${r.to}: ${splitFactor(r, shares.scales)}.`;
  }
  const latest = shares.toLatest;
  if (isGap(latest))
    return `${basis}; no figure on the latest basis: share counts imply a split between ${latest.from} and ${latest.to} that no filing in the dataset prints.`;
  if (latest.splits.length === 0) return `${basis}, the latest basis.`;
  return `${basis}; on the latest basis (${latest.to}, unit "adjusted"): ${splitFactor(latest, shares.scales)}.`;
}
