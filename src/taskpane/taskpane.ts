/**
 * The task pane page's entry. In the shared runtime this page also loads the functions and
 * commands bundles (webpack.config.js). The dataset is decoded once per runtime: this entry
 * depends on the functions entry (dependOn), so src/data and src/functions/iij are bundled only in
 * functions.js and the pane imports that very module instance, where loadDataset()/query()
 * memoise it.
 */
import { pageLanguage } from "../shared/language";
import { setLanguage, t } from "./i18n";
import { mountPane } from "./pane";

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  mountPane(root);
}

function outsideOffice(): void {
  const root = document.getElementById("app");
  if (!root) return;
  // No Office to ask: the address (?lang=ja) or the browser says which language.
  const language = pageLanguage(location.search, undefined);
  setLanguage(language);
  root.lang = language;
  root.textContent = t("app.outsideOffice");
}

// office.js comes from Microsoft's CDN; opened in a plain browser it is absent or reports no host.
if (typeof Office !== "undefined") {
  Office.onReady((info) => (info.host === Office.HostType.Excel ? start() : outsideOffice()));
} else {
  outsideOffice();
}
