/**
 * Ribbon command handlers. The Home tab button ("IIJ Figures") opens the pane declaratively
 * (ShowTaskpane in manifest.xml), which needs no code; `showPane` is the same action for
 * surfaces that can only run a function (e.g. a keyboard shortcut or context menu added later).
 * In the shared runtime this code is loaded by taskpane.html; commands.html hosts it alone.
 */

export async function showPane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    // Office waits for completed() before it accepts another command from this button.
    event?.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("showPane", showPane);
  });
}
