/**
 * The pane's words: every user-visible string lives in a table keyed by id, one per language
 * (strings-en.ts, strings-ja.ts), looked up with t("insert.done", { ... }). `{name}` in a string is
 * replaced by params.name; numbers are formatted for the language. The pane speaks Office's display
 * language (src/shared/language.ts), set once before it mounts; the functions' error messages the
 * pane shows follow the same setting.
 */
import { setMessageLanguage } from "../../data/messages";
import type { Language } from "../../shared/language";
import { EN, type StringKey } from "./strings-en";
import { JA } from "./strings-ja";

export type { Language, StringKey };
export type StringTable = Readonly<Record<StringKey, string>>;

const TABLES: Readonly<Record<Language, StringTable>> = { en: EN, ja: JA };
const LOCALES: Readonly<Record<Language, string>> = { en: "en-US", ja: "ja-JP" };

let language: Language = "en";

export function currentLanguage(): Language {
  return language;
}

/** The BCP 47 locale numbers and dates follow. */
export function currentLocale(): string {
  return LOCALES[language];
}

/** The pane's language, and with it the language of the functions' messages the pane shows. */
export function setLanguage(next: Language): void {
  language = next;
  setMessageLanguage(next);
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
