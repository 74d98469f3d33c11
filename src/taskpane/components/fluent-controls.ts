/**
 * Builders for the Fluent controls the pane repeats, labelled the Fluent way (a fluent-field
 * slotting a <label> and its control), with the properties the components read typed.
 */
import type { Checkbox, Dropdown, RadioGroup, TextInput } from "@fluentui/web-components";
import { h, type Child } from "./dom";

export type FluentDropdown = HTMLElement & Pick<Dropdown, "value" | "disabled">;
export type FluentCheckbox = HTMLElement & Pick<Checkbox, "checked" | "disabled">;
export type FluentRadioGroup = HTMLElement & Pick<RadioGroup, "value" | "disabled">;
export type FluentTextInput = HTMLElement & Pick<TextInput, "value">;
export type FluentButton = HTMLElement & { disabled: boolean };

export type Options = readonly (readonly [value: string, text: string])[];

/** A control with its label: above it (text inputs, dropdowns) or after it (checkboxes, radios). */
export function field(
  label: Child,
  control: HTMLElement,
  position: "above" | "after" = "above",
  message?: HTMLElement
): HTMLElement {
  control.setAttribute("slot", "input");
  message?.setAttribute("slot", "message");
  message?.setAttribute("flag", "");
  return h(
    "fluent-field",
    { "label-position": position, class: `field field-${position}` },
    h("label", { slot: "label", for: control.id || undefined }, label),
    control,
    message ?? null
  );
}

function optionElements(options: Options, selected: string): HTMLElement[] {
  return options.map(([value, text]) =>
    h("fluent-option", { value, selected: value === selected }, text)
  );
}

/** A dropdown of `options`; `onChange` gets the value the analyst picks. */
export function dropdown(
  id: string,
  options: Options,
  selected: string,
  onChange: (value: string) => void
): FluentDropdown {
  const el = h(
    "fluent-dropdown",
    { id, appearance: "outline" },
    h("fluent-listbox", {}, ...optionElements(options, selected))
  ) as FluentDropdown;
  el.addEventListener("change", () => {
    if (el.value) onChange(el.value);
  });
  return el;
}

/** Replaces a dropdown's options, keeping `selected` picked. */
export function setOptions(el: FluentDropdown, options: Options, selected: string): void {
  el.querySelector("fluent-listbox")?.replaceChildren(...optionElements(options, selected));
  el.value = selected;
}

export function checkbox(
  id: string,
  label: Child,
  onChange: (checked: boolean) => void
): { row: HTMLElement; box: FluentCheckbox } {
  const box = h("fluent-checkbox", { id }) as FluentCheckbox;
  box.addEventListener("change", () => onChange(box.checked));
  return { row: field(label, box, "after"), box };
}

/** A row of radio buttons; `onChange` gets the value picked. */
export function radioGroup(
  id: string,
  label: string,
  options: Options,
  selected: string,
  onChange: (value: string) => void,
  orientation: "horizontal" | "vertical" = "horizontal"
): FluentRadioGroup {
  const group = h(
    "fluent-radio-group",
    { id, name: id, orientation, "aria-label": label, value: selected },
    ...options.map(([value, text]) =>
      field(
        text,
        h("fluent-radio", { id: `${id}-${value}`, value, checked: value === selected }),
        "after"
      )
    )
  ) as FluentRadioGroup;
  group.addEventListener("change", () => {
    if (group.value) onChange(group.value);
  });
  return group;
}

export function button(
  id: string,
  label: Child,
  appearance: "primary" | "secondary" | "subtle" | "outline" = "secondary",
  size: "small" | "medium" = "medium"
): FluentButton {
  return h("fluent-button", { id, appearance, size, type: "button" }, label) as FluentButton;
}

export function textInput(
  id: string,
  value: string,
  props: Record<string, unknown> = {}
): FluentTextInput {
  const input = h("fluent-text-input", {
    id,
    value,
    appearance: "outline",
    ...props,
  }) as FluentTextInput;
  return input;
}
