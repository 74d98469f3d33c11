/**
 * Local preview (https://localhost:3000/preview.html): a plain browser page, no Office needed,
 * that lists the IIJ.* functions this build registers. `npm start` points here on machines
 * without desktop Excel. The task-pane issue will grow it into a live preview of the pane.
 */
import { showFunctionCatalog } from "../shared/function-catalog";

const catalog = document.getElementById("catalog");
if (catalog) void showFunctionCatalog(catalog);

const manifestLink = document.getElementById("manifest-link");
if (manifestLink instanceof HTMLAnchorElement)
  manifestLink.href = new URL("manifest.xml", location.href).href;
