/**
 * The Fluent UI Web Components the pane uses (Microsoft's Office add-in design system), each
 * registered once on import (only these: each costs bundle size), and Fluent's light theme set as
 * CSS custom properties on the document. The pane's own CSS reads the same tokens
 * (--colorBrandBackground, ...), so hand-styled parts (the period grid, the preview grid) match.
 */
import "@fluentui/web-components/badge.js";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/checkbox.js";
import "@fluentui/web-components/compound-button.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/radio.js";
import "@fluentui/web-components/radio-group.js";
import "@fluentui/web-components/switch.js";
import "@fluentui/web-components/text-input.js";
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";

let themed = false;

/** Sets Fluent's light theme once per page (the components themselves registered on import). */
export function useFluentTheme(): void {
  if (themed) return;
  setTheme(webLightTheme);
  themed = true;
}
