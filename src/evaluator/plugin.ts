/**
 * The IIJ.* functions inside HyperFormula, an Excel-compatible engine, so formulas can be checked
 * without Excel: by `npx iij eval`, the preview host and the tests. Each function calls the very
 * implementation Excel calls (src/functions/iij); a QueryError becomes a CellError with its message.
 *
 * HyperFormula is GPL-3.0 (or commercial): this module is a development tool and is never bundled
 * into the add-in users load.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import { InvalidArgumentError, NotAvailableError } from "../data/errors";
import { errorText } from "../data/messages";
import * as iij from "../functions/iij";

type Implementation = (...args: unknown[]) => number | string | iij.Grid;

/** Excel's function name -> the implementation and how many arguments it takes (required, total). */
const FUNCTIONS: Record<
  string,
  { run: Implementation; required: number; total: number; spills?: boolean }
> = {
  "IIJ.REVENUE": { run: iij.revenue as Implementation, required: 1, total: 3 },
  "IIJ.COST": { run: iij.cost as Implementation, required: 1, total: 3 },
  "IIJ.GROSSPROFIT": { run: iij.grossProfit as Implementation, required: 1, total: 3 },
  "IIJ.OPERATINGPROFIT": { run: iij.operatingProfit as Implementation, required: 1, total: 3 },
  "IIJ.VALUE": { run: iij.value as Implementation, required: 2, total: 3 },
  "IIJ.KPI": { run: iij.kpi as Implementation, required: 2, total: 2 },
  "IIJ.YOY": { run: iij.yoy as Implementation, required: 2, total: 2 },
  "IIJ.PERIODS": { run: iij.periods as Implementation, required: 0, total: 1, spills: true },
  "IIJ.ITEMS": { run: iij.items as Implementation, required: 0, total: 1, spills: true },
  "IIJ.TABLE": { run: iij.table as Implementation, required: 2, total: 3, spills: true },
  "IIJ.SOURCE": { run: iij.source as Implementation, required: 2, total: 2 },
  "IIJ.PERIOD": { run: iij.period as Implementation, required: 1, total: 2 },
};

export const IIJ_FUNCTION_NAMES = Object.keys(FUNCTIONS);

/** A HyperFormula value as the plain value Excel would pass: numbers, text, booleans, ranges as 2-D arrays. */
function plain(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(plain));
  if (typeof value === "object" && value !== null && "val" in value)
    return (value as { val: unknown }).val;
  return value;
}

function toCellError(error: unknown): CellError {
  if (error instanceof NotAvailableError) return new CellError(ErrorType.NA, error.message);
  if (error instanceof InvalidArgumentError) return new CellError(ErrorType.VALUE, error.message);
  return new CellError(
    ErrorType.VALUE,
    errorText("unexpected", { detail: error instanceof Error ? error.message : String(error) })
  );
}

function call(name: string, args: unknown[]): number | string | CellError | SimpleRangeValue {
  try {
    const result = FUNCTIONS[name].run(...args.map(plain));
    return Array.isArray(result) ? SimpleRangeValue.onlyValues(result) : result;
  } catch (error) {
    return toCellError(error);
  }
}

/** Literal arguments of a formula, or undefined if any is a reference or expression. */
function literalArgs(ast: ProcedureAst): unknown[] | undefined {
  const values: unknown[] = [];
  for (const arg of ast.args) {
    const node = arg as { type: string; value?: unknown };
    if (node.type === "STRING" || node.type === "NUMBER") values.push(node.value);
    else if (node.type === "EMPTY") values.push(undefined);
    else return undefined;
  }
  return values;
}

export class IIJPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, spec]) => [
      name,
      {
        method: "evaluate",
        parameters: Array.from({ length: spec.total }, (_, i) => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: i >= spec.required,
        })),
        ...(spec.spills
          ? { sizeOfResultArrayMethod: "resultSize", vectorizationForbidden: true }
          : {}),
      },
    ])
  );

  evaluate(ast: ProcedureAst, state: InterpreterState) {
    const name = ast.procedureName.toUpperCase();
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) =>
      call(name, args)
    );
  }

  /**
   * HyperFormula sizes a spilled result when the formula is entered, before anything is computed,
   * so a spill's size can be known only from literal arguments.
   */
  resultSize(ast: ProcedureAst): ArraySize {
    const args = literalArgs(ast);
    if (!args) return ArraySize.error();
    const result = call(ast.procedureName.toUpperCase(), args);
    if (!(result instanceof SimpleRangeValue)) return ArraySize.error();
    return new ArraySize(result.width(), result.height());
  }
}

/** English names for the functions, as HyperFormula's translation packages want them. */
export const IIJ_TRANSLATIONS = {
  enGB: Object.fromEntries(IIJ_FUNCTION_NAMES.map((name) => [name, name])),
};
