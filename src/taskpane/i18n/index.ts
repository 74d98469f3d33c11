/**
 * The pane's words: every user-visible string lives in a table keyed by id (English in
 * strings-en.ts; issue 14 adds Japanese beside it), looked up with t("insert.done", { ... }).
 * `{name}` in a string is replaced by params.name; numbers are formatted for the language.
 */
import { EN, type StringKey } from "./strings-en";

export type { StringKey };
export type StringTable = Readonly<Record<StringKey, string>>;
export type Language = "en";

const TABLES: Readonly<Record<Language, StringTable>> = { en: EN };

let language: Language = "en";

export function currentLanguage(): Language {
  return language;
}

/** The BCP 47 locale numbers and dates follow. */
export function currentLocale(): string {
  return language === "en" ? "en-US" : language;
}

export function setLanguage(next: Language): void {
  language = next;
}

export function stringTables(): Readonly<Record<Language, StringTable>> {
  return TABLES;
}

export type Params = Readonly<Record<string, string | number>>;

/** The string `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key: StringKey, params: Params = {}): string {
  const text = TABLES[language][key] ?? EN[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? value.toLocaleString(currentLocale()) : value;
  });
}
