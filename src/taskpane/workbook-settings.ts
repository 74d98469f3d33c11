/**
 * What IIJ Figures keeps in the workbook itself, through Office.js:
 *
 * - "Open IIJ Figures with this workbook": the document setting Office.AutoShowTaskpaneWithDocument
 *   (Microsoft, "Automatically open a task pane with a document"; AddInCommands 1.1). Excel opens
 *   the pane the manifest designates (TaskpaneId Office.AutoShowTaskpaneWithDocument) when the
 *   workbook opens where the add-in is installed. It takes effect once the workbook is saved.
 * - The dataset version the IIJ.* cells were last calculated with: the custom document property
 *   DATASET_PROPERTY (ExcelApi 1.7), written after a refresh, read when the pane opens.
 */
import { AUTO_OPEN_SETTING, DATASET_PROPERTY } from "../shared/workbook-marks";
import { t } from "./i18n";

/** Whether this Excel honours the setting (AddInCommands 1.1: Microsoft 365, Excel on the web). */
export function autoOpenSupported(): boolean {
  return Office.context.requirements.isSetSupported("AddInCommands", "1.1");
}

export function opensWithWorkbook(): boolean {
  return Office.context.document.settings.get(AUTO_OPEN_SETTING) === true;
}

/** Turns "Open IIJ Figures with this workbook" on or off; resolves once the setting is saved into the document. */
export function setOpensWithWorkbook(on: boolean): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(AUTO_OPEN_SETTING, on);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(
          new Error(
            t("settings.autoOpenFailed", { error: result.error?.message ?? String(result.status) })
          )
        );
    })
  );
}

/** The dataset version the workbook records, or undefined when it records none. One sync. */
export async function recordedDataset(): Promise<string | undefined> {
  return Excel.run(async (context) => {
    const property = context.workbook.properties.custom.getItemOrNullObject(DATASET_PROPERTY);
    property.load("value");
    await context.sync();
    return property.isNullObject ? undefined : String(property.value);
  });
}

/**
 * Recalculates every formula and records the dataset version it was calculated with, in one batch:
 * the Refresh the analyst confirmed after reading the change list. One sync.
 */
export async function refreshWithDataset(version: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    context.workbook.properties.custom.add(DATASET_PROPERTY, version);
    await context.sync();
  });
}
