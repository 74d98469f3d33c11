/**
 * preview.html?stage=newer-dataset: a workbook calculated and saved with the shipped dataset,
 * opened in an add-in whose dataset is newer, so the pane's refresh review can be seen and tested
 * (test/e2e/refresh.test.ts). Development only: the preview entry is built by the dev server
 * alone, and test/build.test.ts checks that none of this reaches the add-in's files.
 *
 * The newer dataset is the shipped one plus a hypothetical later filing (filed 2024-11-14): it
 * restates 1H23 Network services as 73,990 and total revenues as 128,207 (the 2Q FY2023 report
 * prints 73,981 and 128,198, lines 676 and 679) and prints 1H24 revenue: Network 80,000, SI
 * 54,000, ATM 1,500, total 135,500. The tests stage their later filings with the same code
 * (withLaterFiling, through test/support/later-filing.ts).
 */
import type { Dataset } from "../data/dataset";
import { datasetFromFigures } from "../data/encode";
import type { Report } from "../data/types";
import { answerFrom, query } from "../functions/iij";
import { DATASET_PROPERTY } from "../shared/workbook-marks";
import { WorkbookStore } from "./workbook-store";

/** preview.html?stage=newer-dataset; the staged filing's id. test/build.test.ts looks for both. */
export const STAGE_SWITCH = "stage";
export const STAGED_VALUE = "newer-dataset";
export const STAGED_FILING_ID = "preview-staged-filing";

const LATER: Report = {
  id: STAGED_FILING_ID,
  file: "none.txt",
  title: "A later filing (staged in the preview host)",
  filed: "2024-11-14",
};

/** A line of the statement of profit or loss as a later filing prints it: line, period, figure. */
export type LaterFigure = readonly [item: string, period: string, value: number];

/** What the preview's later filing prints. */
const LATER_FIGURES: readonly LaterFigure[] = [
  ["Network services", "1H23", 73_990],
  ["Total revenues", "1H23", 128_207],
  ["Network services", "1H24", 80_000],
  ["Systems integration", "1H24", 54_000],
  ["ATM operation business", "1H24", 1_500],
  ["Total revenues", "1H24", 135_500],
];

/**
 * `real` plus a later `filing` that prints `figures`, each as the line's 1H23 figure is printed
 * (statement, unit, source) but for its period and value. The version is the filing's date.
 */
export function withLaterFiling(
  real: Dataset,
  filing: Report,
  figures: readonly LaterFigure[]
): Dataset {
  const printed = figures.map(([item, period, value]) => {
    const shipped = real.printed({ statement: "profit-or-loss", item }, "1H23");
    if (!shipped) throw new Error(`the shipped dataset has no 1H23 ${item}`);
    return {
      ...shipped,
      report: filing.id,
      period,
      value: String(value),
      printed: value.toLocaleString("en-US"),
    };
  });
  return datasetFromFigures(
    `${filing.filed}.5eeded01`,
    [...real.reports, filing],
    [...real.figures, ...printed]
  );
}

/** The shipped figures plus the preview's later filing. */
export function stagedDataset(real: Dataset): Dataset {
  return withLaterFiling(real, LATER, LATER_FIGURES);
}

const MONEY = '#,##0;(#,##0);"–"';
const RATIO = "0.0%";

/**
 * A model as an analyst builds one from the pane's pieces: revenue by line across 1H22, 1H23, the
 * rolling H0 and 1H24 (not yet filed: #N/A), Network's growth and its share of revenue.
 */
function writeModel(store: WorkbookStore, sheet: string): void {
  const money = (column: string, row: number) => `=IIJ.REVENUE(${column}$1,$A${row},$A$1)`;
  const columns = ["B", "C", "D", "E"];
  store.setFormulas(sheet, 0, 0, [
    ["JPY mn", "1H22", "1H23", "H0", "1H24"],
    ...["Network", "SI", "ATM", "Total"].map((line, i) => [
      line,
      ...columns.map((c) => money(c, i + 2)),
    ]),
    ["", "", "", "", ""],
    ["Network YoY", ...columns.map((c) => `=IIJ.YOY("Network",${c}$1)`)],
    ["Network share", ...columns.map((c) => `=${c}2/${c}5`)],
  ]);
  store.setNumberFormats(
    sheet,
    1,
    1,
    Array.from({ length: 4 }, () => Array(4).fill(MONEY))
  );
  store.setNumberFormats(
    sheet,
    6,
    1,
    Array.from({ length: 2 }, () => Array(4).fill(RATIO))
  );
  for (let c = 0; c < 5; c++) store.setColumnWidth(sheet, c, c === 0 ? 84 : 56);
}

/**
 * The staged workbook: `sheets` copies of the model (several make a long change list), calculated
 * with the shipped dataset and recording its version. Then the add-in "updates": it answers from
 * the newer dataset while the cells keep their saved values, as in Excel, until recalculated.
 */
export function stageNewerDataset(sheets = 1): WorkbookStore {
  const shipped = query().dataset;
  const store = new WorkbookStore("Model");
  for (let i = 1; i <= sheets; i++) {
    const name = i === 1 ? "Model" : `Model ${i}`;
    if (i > 1) store.addSheet(name);
    writeModel(store, name);
  }
  store.setCustomProperty(DATASET_PROPERTY, shipped.version);
  answerFrom(stagedDataset(shipped));
  store.activate("Model");
  return store;
}

/** The workbook preview.html's address asks for (?stage=newer-dataset&sheets=N), if any. */
export function stagedWorkbook(search: string): WorkbookStore | undefined {
  const params = new URLSearchParams(search);
  if (params.get(STAGE_SWITCH) !== STAGED_VALUE) return undefined;
  const sheets = Number(params.get("sheets") ?? "1");
  return stageNewerDataset(Number.isInteger(sheets) && sheets >= 1 ? Math.min(sheets, 200) : 1);
}
