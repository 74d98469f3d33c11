/**
 * Reading expected figures from the report text itself: the tab-separated cells of a cited line,
 * and the number each prints. Tests compare the dataset's answers with these, never with itself.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateFormula } from "../../src/evaluator/cli";
import { createEngine } from "../../src/evaluator/engine";

const REPORTS = join(__dirname, "..", "..", "data", "reports");
export const REPORT_2019 = "iij-2q-fy2019-quarterly-securities-report.txt";
export const REPORT_2023 = "iij-2q-fy2023-quarterly-securities-report.txt";

const cache = new Map<string, string[]>();

/** The cells of line `line` (1-based) of a report, label first. */
export function cellsOf(file: string, line: number): string[] {
  let lines = cache.get(file);
  if (!lines) cache.set(file, (lines = readFileSync(join(REPORTS, file), "utf8").split("\n")));
  return lines[line - 1].split("\t");
}

/** "(2,258)" -> "-2258", a dash -> "0", blank -> undefined: the number a cell prints. */
export function printedNumber(cell: string): string | undefined {
  const text = cell.replace(/<\/?u>/g, "").trim();
  if (text === "") return undefined;
  if (/^[-_—]$/.test(text)) return "0";
  const negative = text.startsWith("(");
  const digits = text.replace(/[(),]/g, "");
  return negative ? `-${digits}` : digits;
}

let engine: ReturnType<typeof createEngine> | undefined;

/** A formula's result as `npx iij eval` prints it. */
export function evaluate(formula: string): string {
  engine ??= createEngine();
  return evaluateFormula(engine, formula);
}
