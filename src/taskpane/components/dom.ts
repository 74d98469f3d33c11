/**
 * A tiny element builder for the pane's components: h("fluent-button", { id, onclick }, "text").
 * Properties named on... become listeners, `class` the class name, true an empty attribute, and
 * false/null/undefined nothing, so conditional attributes read naturally.
 */

export type Child = Node | string | null | undefined | false;

/** An HTML tag, or one of Fluent's custom elements ("fluent-button"). */
type Tag = keyof HTMLElementTagNameMap | `fluent-${string}`;
type ElementOf<T> = T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : HTMLElement;

export function h<T extends Tag>(
  tag: T,
  props: Record<string, unknown> = {},
  ...children: Child[]
): ElementOf<T> {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false || value === null) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (key === "class") {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) el.append(child);
  return el as ElementOf<T>;
}

/** Shows a status line; `error` colours it and tells screen readers it is one. */
export function say(target: HTMLElement, text: string, error = false): void {
  target.replaceChildren(...unbroken(text));
  target.classList.toggle("error", error);
}

/** An error's message, whatever was thrown. */
export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sets or clears a boolean attribute (disabled, checked on Fluent elements). */
export function flag(el: Element, name: string, on: boolean): void {
  if (on) el.setAttribute(name, "");
  else el.removeAttribute(name);
}

const UNBROKEN = /\d{4}-\d{2}-\d{2}(?:\.[0-9a-f]{8})?/g;

/**
 * Text whose dates and dataset versions ("2023-11-14", "2023-11-14.05d6e56b") never break at
 * their hyphens across lines, as a browser would break them in a narrow pane.
 */
export function unbroken(text: string): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  let at = 0;
  for (const match of text.matchAll(UNBROKEN)) {
    parts.push(text.slice(at, match.index), h("span", { class: "nowrap" }, match[0]));
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts.filter((part) => part !== "");
}

/** Where quoting() puts the quoted text: a placeholder value no string of the pane contains. */
export const QUOTE = "\u0000";

/**
 * A sentence of the pane quoting a name the reports print (a report's title, a line's label),
 * made with QUOTE as the name's placeholder value: the name goes in a span marked translate="no",
 * as it stays English in every language (and the tests' language checks skip it).
 */
export function quoting(sentence: string, quoted: string): (string | HTMLElement)[] {
  const [before, after = ""] = sentence.split(QUOTE);
  return [before, h("span", { translate: "no" }, quoted), after];
}
