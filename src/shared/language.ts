/**
 * Which language the add-in speaks: Japanese where Office (or, outside Office, the page's address
 * or the browser) says Japanese, English otherwise. The task pane, the help page and the custom
 * functions' runtime all ask here, so they agree.
 */

export type Language = "en" | "ja";

/** The language of a BCP 47 tag as Office gives it: "ja-JP" (or "ja") is Japanese, anything else English. */
export function languageOfTag(tag: string | null | undefined): Language {
  return typeof tag === "string" && /^ja(?:-|$)/i.test(tag.trim()) ? "ja" : "en";
}

/** Office's display language, when this code runs inside Office and office.js is ready; else undefined. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    // Office.context exists only once Office.onReady has run in an Office host.
    return undefined;
  }
}

/**
 * The language of a page such as help.html: ?lang=ja or ?lang=en in its address first (the help
 * links of Excel in Japanese carry ?lang=ja), then Office's display language, then the browser's.
 */
export function pageLanguage(
  search: string,
  officeLanguage: string | undefined = officeDisplayLanguage(),
  browserLanguage: string | undefined = typeof navigator !== "undefined"
    ? navigator.language
    : undefined
): Language {
  const asked = new URLSearchParams(search).get("lang");
  if (asked !== null && asked.trim() !== "") return languageOfTag(asked);
  return languageOfTag(officeLanguage ?? browserLanguage);
}

/** The custom functions' and the pane's language: Office's display language. */
export function displayLanguage(officeLanguage = officeDisplayLanguage()): Language {
  return languageOfTag(officeLanguage);
}
