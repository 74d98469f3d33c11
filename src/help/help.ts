/**
 * The help page's function reference: a section per IIJ.* function, whose id is the anchor the
 * function's help URL in functions.json points at (help.html#revenue). Rendered from the
 * functions.json the build generated, so it always describes the functions as built.
 */
import { loadFunctionCatalog } from "../shared/function-catalog";
import { referenceEntries, type ReferenceEntry } from "../shared/function-reference";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

function section(entry: ReferenceEntry): HTMLElement {
  const box = element("section");
  box.id = entry.name.toLowerCase();
  const title = element("h3");
  title.append(element("code", entry.signature));
  box.append(title, element("p", entry.description));
  if (entry.parameters.length > 0) {
    const list = element("dl");
    for (const parameter of entry.parameters) {
      list.append(
        element("dt", parameter.optional ? `${parameter.name} (optional)` : parameter.name),
        element("dd", parameter.description)
      );
    }
    box.append(list);
  }
  const example = element("p", "Example: ");
  example.append(element("code", entry.example));
  box.append(example);
  return box;
}

async function showReference(container: HTMLElement): Promise<void> {
  try {
    container.replaceChildren(...referenceEntries(await loadFunctionCatalog()).map(section));
    // The sections exist only now, so the browser could not scroll to the anchor on load.
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  } catch (error) {
    container.textContent = `Could not load the function list: ${String(error)}`;
  }
}

const container = document.getElementById("function-reference");
if (container) void showReference(container);
