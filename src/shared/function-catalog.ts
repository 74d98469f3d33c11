/**
 * Reads dist/functions.json (generated at build time from the @customfunction JSDoc) and
 * renders it as a list, so the placeholder task pane and the preview page always show the
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

export function renderFunctionCatalog(container: HTMLElement, functions: FunctionMetadata[]): void {
  container.replaceChildren();
  if (functions.length === 0) {
    container.textContent = "No functions were built.";
    return;
  }
  const list = document.createElement("dl");
  list.className = "function-catalog";
  for (const fn of functions) {
    const term = document.createElement("dt");
    const code = document.createElement("code");
    code.textContent = formulaSignature(fn);
    term.append(code);
    const detail = document.createElement("dd");
    detail.textContent = fn.description ?? "";
    list.append(term, detail);
  }
  container.append(list);
}

export async function showFunctionCatalog(container: HTMLElement): Promise<void> {
  try {
    renderFunctionCatalog(container, await loadFunctionCatalog());
  } catch (error) {
    container.textContent = `Could not load the function list: ${String(error)}`;
  }
}
