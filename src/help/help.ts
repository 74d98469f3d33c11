/**
 * The help page's function reference: a section per IIJ.* function, whose id is the anchor the
 * function's help URL in functions.json points at (help.html#revenue). Rendered from the
 * functions.json the build generated, so it always describes the functions as built.
 *
 * In Japanese (help.html?lang=ja, the help URL of functions-ja.json; or Office or the browser in
 * Japanese) the page shows its Japanese <main> instead, the reference from functions-ja.json and
 * the Japanese names the functions accept, from the one table the functions read them from.
 */
import { JAPANESE_NAMES } from "../data/japanese/aliases";
import { loadFunctionCatalog } from "../shared/function-catalog";
import { FUNCTION_EXAMPLES_JA } from "../shared/function-examples-ja";
import {
  FUNCTION_EXAMPLES,
  referenceEntries,
  type ReferenceEntry,
} from "../shared/function-reference";
import { pageLanguage, type Language } from "../shared/language";

const TEXT = {
  en: {
    metadata: "functions.json",
    examples: FUNCTION_EXAMPLES,
    optional: " (optional)",
    example: "Example: ",
    failed: "Could not load the function list: ",
  },
  ja: {
    metadata: "functions-ja.json",
    examples: FUNCTION_EXAMPLES_JA,
    optional: " (省略可)",
    example: "例: ",
    failed: "関数の一覧を読み込めませんでした: ",
  },
} as const;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

function section(entry: ReferenceEntry, language: Language): HTMLElement {
  const text = TEXT[language];
  const box = element("section");
  box.id = entry.name.toLowerCase();
  const title = element("h3");
  title.append(element("code", entry.signature));
  box.append(title, element("p", entry.description));
  if (entry.parameters.length > 0) {
    const list = element("dl");
    for (const parameter of entry.parameters) {
      list.append(
        element("dt", parameter.optional ? `${parameter.name}${text.optional}` : parameter.name),
        element("dd", parameter.description)
      );
    }
    box.append(list);
  }
  const example = element("p", text.example);
  example.append(element("code", entry.example));
  box.append(example);
  return box;
}

async function showReference(container: HTMLElement, language: Language): Promise<void> {
  const text = TEXT[language];
  try {
    const functions = await loadFunctionCatalog(text.metadata);
    container.replaceChildren(
      ...referenceEntries(functions, text.examples).map((entry) => section(entry, language))
    );
    // The sections exist only now, so the browser could not scroll to the anchor on load.
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  } catch (error) {
    container.textContent = `${text.failed}${String(error)}`;
  }
}

/** The Japanese page instead of the English one, with its table of Japanese names filled in. */
function showJapanese(page: HTMLElement): void {
  for (const main of document.querySelectorAll<HTMLElement>("main")) main.hidden = main !== page;
  document.documentElement.lang = "ja";
  const title = page.dataset.title;
  if (title) {
    document.title = title;
    const heading = document.querySelector(".banner h1");
    if (heading) heading.textContent = title;
  }
  const names = page.querySelector("#japanese-names tbody");
  names?.replaceChildren(
    ...JAPANESE_NAMES.map(([japanese, english]) => {
      const row = element("tr");
      const ja = element("td");
      ja.append(element("code", japanese));
      row.append(ja, element("td", english));
      return row;
    })
  );
}

const japanesePage = document.querySelector<HTMLElement>('main[lang="ja"]');
const language: Language = japanesePage ? pageLanguage(location.search) : "en";
if (language === "ja" && japanesePage) showJapanese(japanesePage);
const container = document.getElementById(
  language === "ja" ? "function-reference-ja" : "function-reference"
);
if (container) void showReference(container, language);
