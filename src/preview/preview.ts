/**
 * The preview host (https://localhost:3000/preview.html, dev server only): a worksheet whose
 * cells HyperFormula evaluates with the same IIJ.* functions Excel runs, and beside it the real
 * task pane (src/taskpane/pane.ts, the same code Excel loads) talking to an `Excel`/`Office`
 * stand-in backed by that worksheet. `npm start` opens it where no Excel is installed, and the
 * Playwright tests (test/e2e) drive it.
 */
import { pageLanguage, type Language } from "../shared/language";
import { mountPane } from "../taskpane/pane";
import { installExcelStandIn } from "./excel-standin";
import { gridSource } from "./grid-source";
import { stagedWorkbook } from "./staged-dataset";
import { mountGrid } from "./grid-view";
import { WorkbookStore } from "./workbook-store";

// ?stage=newer-dataset opens a workbook saved with an older dataset (staged-dataset.ts).
const store = stagedWorkbook(location.search) ?? new WorkbookStore("Sheet1");
const standIn = installExcelStandIn(store);
// Start where the README's example inserts: B3.
store.select(store.activeSheet, 2, 1);

mountGrid(document.getElementById("sheet")!, gridSource(store));

/**
 * The language switch: Office's display language as Excel in Japanese or in English reports it,
 * then the pane mounted again, as Excel loads it in that language (?lang=ja starts in Japanese).
 * The worksheet recalculates, so its #VALUE! and #N/A messages follow too; what the tables wrote
 * stays as it is, as in a workbook opened in the other language.
 */
const office = standIn.Office as { context: { displayLanguage: string } };
const paneRoot = document.getElementById("pane-root")!;
function mountIn(language: Language) {
  office.context.displayLanguage = language === "ja" ? "ja-JP" : "en-US";
  for (const b of document.querySelectorAll("[data-pane-lang]"))
    b.setAttribute("aria-pressed", String(b.getAttribute("data-pane-lang") === language));
  return mountPane(paneRoot);
}
// English unless the address asks (?lang=ja), whatever the browser's language: as the switch says.
let pane = mountIn(pageLanguage(location.search, undefined, "en-US"));
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-pane-lang]")) {
  button.addEventListener("click", () => {
    pane = mountIn(button.dataset.paneLang === "ja" ? "ja" : "en");
    store.recalculate();
    preview.pane = pane;
  });
}

const host = document.getElementById("pane-host")!;
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-pane-width]")) {
  button.addEventListener("click", () => {
    host.style.width = `${button.dataset.paneWidth}px`;
    for (const b of document.querySelectorAll("[data-pane-width]"))
      b.setAttribute("aria-pressed", String(b === button));
  });
}

// For the end-to-end tests and for poking around in the console.
const preview = { store, standIn, pane };
Object.assign(window as unknown as Record<string, unknown>, { iijPreview: preview });
