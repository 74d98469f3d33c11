/**
 * Reads the functions' metadata as built (functions.json, generated from the @customfunction
 * JSDoc, or functions-ja.json), so the pane's function reference and the help page show the
 * functions that were actually built rather than a hand-kept copy.
 */

export interface FunctionParameter {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: FunctionParameter[];
}

export const FUNCTION_NAMESPACE = "IIJ";

export async function loadFunctionCatalog(url = "functions.json"): Promise<FunctionMetadata[]> {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const body = (await response.json()) as { functions?: FunctionMetadata[] };
  return body.functions ?? [];
}

/** "=IIJ.REVENUE(period, [segment])": optional parameters in brackets, as Excel shows them. */
export function formulaSignature(fn: FunctionMetadata): string {
  const params = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${FUNCTION_NAMESPACE}.${fn.name}(${params.join(", ")})`;
}
