/**
 * Placeholder task pane: shows where the add-in is running and which IIJ.* functions were
 * built. The real pane (browsing periods and segments, inserting formulas) is its own issue.
 */
import { showFunctionCatalog } from "../shared/function-catalog";

function setStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

function describeHost(info: {
  host: Office.HostType | null;
  platform: Office.PlatformType | null;
}): string {
  if (!info.host) return "Opened outside Office: the IIJ.* functions only run inside Excel.";
  return `Running in ${info.host} (${info.platform ?? "unknown platform"}).`;
}

async function start(): Promise<void> {
  const catalog = document.getElementById("catalog");
  if (catalog) await showFunctionCatalog(catalog);
}

// office.js comes from Microsoft's CDN; when the page is opened in a plain browser without
// it, still show the catalog instead of failing.
if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    setStatus(describeHost(info));
    void start();
  });
} else {
  setStatus(describeHost({ host: null, platform: null }));
  void start();
}
