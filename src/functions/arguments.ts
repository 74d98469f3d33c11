/**
 * Turning what Excel passes (a number, text, a boolean, an empty cell, a range) into the typed
 * arguments the queries take, with an error that names the argument when it cannot be done.
 */
import { InvalidArgumentError } from "../data/errors";

/** Anything Excel may hand a custom function parameter typed `any`. */
export type CellInput = unknown;

function isMatrix(input: CellInput): input is unknown[][] {
  return Array.isArray(input);
}

/** A single cell's value: a 1x1 range is accepted as its one value. */
function single(input: CellInput, argument: string): CellInput {
  if (!isMatrix(input)) return input;
  if (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) return input[0][0];
  throw new InvalidArgumentError(argument, "expects a single value, not a range");
}

function isEmpty(value: CellInput): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

function describeValue(value: CellInput): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && value !== null) return "an error or object";
  return JSON.stringify(value)?.slice(0, 40) ?? String(value);
}

/** A required period: text such as "1H23", or a number, which Excel means as a date serial. */
export function periodArgument(input: CellInput, argument = "period"): string | number {
  const value = single(input, argument);
  if (isEmpty(value))
    throw new InvalidArgumentError(
      argument,
      'is empty; give a period such as "1H23", "FY22" or a date'
    );
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new InvalidArgumentError(
    argument,
    `${describeValue(value)} is not a period; give text such as "1H23" or a date`
  );
}

/** A required name (item, metric, statement). */
export function nameArgument(input: CellInput, argument: string): string {
  const value = single(input, argument);
  if (isEmpty(value)) throw new InvalidArgumentError(argument, "is empty");
  if (typeof value === "string") return value.slice(0, 300);
  throw new InvalidArgumentError(argument, `${describeValue(value)} is not a name; give text`);
}

/** An optional name: empty or missing means `fallback`. */
export function optionalNameArgument(input: CellInput, argument: string, fallback: string): string {
  const value = single(input, argument);
  return isEmpty(value) ? fallback : nameArgument(value, argument);
}

/** An optional unit: text or a scale number; empty means the default. */
export function unitArgument(input: CellInput): string | number | undefined {
  const value = single(input, "unit");
  if (isEmpty(value)) return undefined;
  if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value)))
    return value;
  throw new InvalidArgumentError(
    "unit",
    `${describeValue(value)} is not a unit; give "JPY mn", "JPY k", "JPY bn", "JPY" or 1000000`
  );
}

/** Periods for a table: a range of period cells (row or column), or one text "1H22, 1H23". */
export function periodListArgument(input: CellInput): (string | number)[] {
  const cells = isMatrix(input) ? input.flat() : [input];
  const periods: (string | number)[] = [];
  for (const cell of cells) {
    if (isEmpty(cell)) continue;
    if (typeof cell === "string")
      periods.push(
        ...cell
          .split(/[,;]/)
          .map((p) => p.trim())
          .filter((p) => p !== "")
      );
    else periods.push(periodArgument(cell, "periods"));
  }
  if (periods.length === 0)
    throw new InvalidArgumentError(
      "periods",
      'is empty; give a range of periods or text such as "1H22,1H23"'
    );
  if (periods.length > 200)
    throw new InvalidArgumentError(
      "periods",
      `${periods.length} periods is more than a table takes (200)`
    );
  return periods;
}
