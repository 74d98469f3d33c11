/**
 * Turning what Excel passes (a number, text, a boolean, an empty cell, a range) into the typed
 * arguments the queries take, with an error that names the argument when it cannot be done.
 */
import { InvalidArgumentError } from "../data/errors";
import { errorText } from "../data/messages";

/** Anything Excel may hand a custom function parameter typed `any`. */
export type CellInput = unknown;

function isMatrix(input: CellInput): input is unknown[][] {
  return Array.isArray(input);
}

/**
 * The one value an argument holds: a 1x1 range is its cell; a missing argument, an empty cell and
 * blank text are all `undefined`. Every argument goes through here once per call.
 */
function cellValue(input: CellInput, argument: string): CellInput {
  let value = input;
  if (isMatrix(value)) {
    if (value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) {
      throw new InvalidArgumentError(argument, errorText("arg.range"));
    }
    value = value[0][0];
  }
  if (value === null || (typeof value === "string" && isBlank(value))) return undefined;
  return value;
}

/** Blank text; only text that starts with a space (ASCII or not) needs trimming to tell. */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  return (first <= 32 || first >= 128) && text.trim() === "";
}

function describeValue(value: CellInput): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object" && value !== null) return errorText("arg.object");
  return JSON.stringify(value)?.slice(0, 40) ?? String(value);
}

/** A required period: text such as "1H23", or a number, which Excel means as a date serial. */
export function periodArgument(input: CellInput, argument = "period"): string | number {
  const value = cellValue(input, argument);
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (value === undefined) throw new InvalidArgumentError(argument, errorText("arg.noPeriod"));
  throw new InvalidArgumentError(
    argument,
    errorText("arg.notPeriod", { value: describeValue(value) })
  );
}

/** A name as given, cut to a length no item name comes near (error messages quote it). */
function nameText(value: CellInput, argument: string): string {
  if (typeof value === "string") return value.length <= 300 ? value : value.slice(0, 300);
  throw new InvalidArgumentError(
    argument,
    errorText("arg.notName", { value: describeValue(value) })
  );
}

/** A required name (item, metric, statement). */
export function nameArgument(input: CellInput, argument: string): string {
  const value = cellValue(input, argument);
  if (value === undefined) throw new InvalidArgumentError(argument, errorText("arg.empty"));
  return nameText(value, argument);
}

/** An optional name: empty or missing means `fallback`. */
export function optionalNameArgument(input: CellInput, argument: string, fallback: string): string {
  const value = cellValue(input, argument);
  return value === undefined ? fallback : nameText(value, argument);
}

/** An optional unit: text or a scale number; empty means the default. */
export function unitArgument(input: CellInput): string | number | undefined {
  const value = cellValue(input, "unit");
  if (value === undefined || typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new InvalidArgumentError("unit", errorText("arg.notUnit", { value: describeValue(value) }));
}

/** Periods for a table: a range of period cells (row or column), or one text "1H22, 1H23". */
export function periodListArgument(input: CellInput): (string | number)[] {
  const cells = isMatrix(input) ? input.flat() : [input];
  const periods: (string | number)[] = [];
  for (const cell of cells) {
    if (cell === undefined || cell === null || (typeof cell === "string" && isBlank(cell)))
      continue;
    if (typeof cell === "string")
      periods.push(
        ...cell
          // Japanese text separates a list with 、 or full-width commas.
          .split(/[,;、，；]/)
          .map((p) => p.trim())
          .filter((p) => p !== "")
      );
    else periods.push(periodArgument(cell, "periods"));
  }
  if (periods.length === 0) throw new InvalidArgumentError("periods", errorText("arg.noPeriods"));
  if (periods.length > 200)
    throw new InvalidArgumentError(
      "periods",
      errorText("arg.tooManyPeriods", { count: periods.length })
    );
  return periods;
}
