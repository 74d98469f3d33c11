/**
 * "Open IIJ Figures with this workbook": a switch showing the document setting
 * Office.AutoShowTaskpaneWithDocument (workbook-settings.ts), saved into the document when
 * flipped. Excel honours it once the workbook is saved; where this Excel cannot (no AddInCommands
 * 1.1), the switch is off and disabled, and says why.
 */
import { t } from "../i18n";
import { autoOpenSupported, opensWithWorkbook, setOpensWithWorkbook } from "../workbook-settings";
import { flag, h, message } from "./dom";
import { field, type FluentCheckbox } from "./fluent-controls";

export function openWithWorkbook(): HTMLElement {
  const toggle = h("fluent-switch", { id: "iij-auto-open" }) as FluentCheckbox;
  const note = h("p", { class: "hint", id: "iij-auto-open-note", "aria-live": "polite" });
  toggle.setAttribute("aria-describedby", note.id);
  const supported = autoOpenSupported();
  const on = supported && opensWithWorkbook();
  flag(toggle, "checked", on);
  flag(toggle, "disabled", !supported);
  note.textContent = supported ? t("settings.autoOpenHint") : t("settings.autoOpenUnsupported");

  toggle.addEventListener("change", async () => {
    const wanted = toggle.checked;
    toggle.disabled = true;
    try {
      await setOpensWithWorkbook(wanted);
      note.classList.remove("error");
      note.textContent = wanted ? t("settings.autoOpenOn") : t("settings.autoOpenOff");
    } catch (error) {
      // Not saved: the switch goes back to what the document holds.
      toggle.checked = !wanted;
      note.classList.add("error");
      note.textContent = message(error);
    } finally {
      toggle.disabled = false;
    }
  });

  return h("div", { class: "auto-open" }, field(t("settings.autoOpen"), toggle, "after"), note);
}
