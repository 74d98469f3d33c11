/**
 * The function reference of the pane and the help page: every IIJ.* function, its arguments (from functions.json,
 * which the build generates from the same JSDoc Excel registers) and an example to insert.
 */
import { formulaSignature, type FunctionMetadata } from "./function-catalog";

/** One worked example per function; a test checks every registered function has one. */
export const FUNCTION_EXAMPLES: Readonly<Record<string, string>> = {
  REVENUE: '=IIJ.REVENUE("1H23","Network")',
  COST: '=IIJ.COST("1H23","Network")',
  GROSSPROFIT: '=IIJ.GROSSPROFIT("1H23","SI")',
  OPERATINGPROFIT: '=IIJ.OPERATINGPROFIT("1H23","Network & SI")',
  VALUE: '=IIJ.VALUE("Total assets","2023-09-30")',
  KPI: '=IIJ.KPI("IIJ Mobile services","1H23")',
  YOY: '=IIJ.YOY("Network","1H23")',
  PERIODS: '=IIJ.PERIODS("Network")',
  ITEMS: '=IIJ.ITEMS("Cash flows")',
  TABLE: '=IIJ.TABLE("Profit or loss","1H22,1H23")',
  SOURCE: '=IIJ.SOURCE("Network","1H23")',
  PERIOD: '=IIJ.PERIOD("H0","Network")',
};

export interface ReferenceEntry {
  readonly name: string;
  readonly signature: string;
  readonly description: string;
  readonly parameters: readonly { name: string; description: string; optional: boolean }[];
  readonly example: string;
}

/** The reference entries, in the order functions.json lists them; `examples` by function name. */
export function referenceEntries(
  functions: readonly FunctionMetadata[],
  examples: Readonly<Record<string, string>> = FUNCTION_EXAMPLES
): ReferenceEntry[] {
  return functions.map((fn) => ({
    name: fn.name,
    signature: formulaSignature(fn),
    description: fn.description ?? "",
    parameters: (fn.parameters ?? []).map((p) => ({
      name: p.name,
      description: p.description ?? "",
      optional: p.optional === true,
    })),
    example: examples[fn.name.toUpperCase()] ?? `=IIJ.${fn.name}()`,
  }));
}
