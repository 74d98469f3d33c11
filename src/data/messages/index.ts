/**
 * The functions' error messages, one catalogue per language keyed by id (./en.ts, ./ja.ts), in the
 * language the runtime sets: Excel's display language in Excel (src/functions/functions.ts), the
 * pane's in the task pane, `--lang` in `npx iij eval`. A message is built only when a call fails,
 * so asking the language and filling the template never slows a call that succeeds.
 */
import { MESSAGES_EN, type MessageId } from "./en";
import { MESSAGES_JA } from "./ja";

export type { MessageId };
export type MessageLanguage = "en" | "ja";
export type MessageParams = Readonly<Record<string, string | number>>;

const CATALOGUES: Readonly<Record<MessageLanguage, Readonly<Record<MessageId, string>>>> = {
  en: MESSAGES_EN,
  ja: MESSAGES_JA,
};

let language: () => MessageLanguage = () => "en";

/** The language messages are built in: fixed, or asked each time one is built (Office's display language). */
export function setMessageLanguage(source: MessageLanguage | (() => MessageLanguage)): void {
  language = typeof source === "function" ? source : () => source;
}

export function messageLanguage(): MessageLanguage {
  return language();
}

export function messageCatalogues(): typeof CATALOGUES {
  return CATALOGUES;
}

/** Message `id` in the current language: `{name}` from `params`, `{@id}` another message. */
export function errorText(id: MessageId, params: MessageParams = {}): string {
  const catalogue = CATALOGUES[language()] ?? MESSAGES_EN;
  return catalogue[id].replace(/\{(@?)([\w.]+)\}/g, (whole, reference: string, name: string) =>
    reference ? (catalogue[name as MessageId] ?? whole) : String(params[name] ?? whole)
  );
}

/** Longest text a message echoes whole; longer arguments are cut, so a message stays one readable line. */
export const QUOTED_MAX = 60;

/** A value as messages quote it: text in double quotes (cut past QUOTED_MAX), a number as it is. */
export function quoted(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = value.replace(/\r?\n/g, " ");
  return `"${text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX - 1)}…` : text}"`;
}
