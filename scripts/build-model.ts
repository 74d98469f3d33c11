/**
 * `npm run build:model [-- OUT.xlsx]`: writes the starter model, examples/IIJ-model.xlsx.
 *
 * Every figure is an IIJ.* formula that refers to header cells (the period header row, the label
 * column and the unit cell), stored with its cached value computed by the very code Excel runs
 * (src/functions/iij), so the file shows figures before the add-in has loaded.
 *
 * The formulas are stored the way Excel itself saves a JavaScript custom function: IIJ.REVENUE is
 * written `_xldudf_IIJ_REVENUE(...)` (namespace and function id, "." as "_", behind the
 * `_xldudf_` prefix). Excel binds that name to the add-in's function once the add-in loads; a
 * plain `IIJ.REVENUE(...)` written into the file is an unknown name to Excel and stays #NAME?.
 * scripts/workbook-package.ts then finishes the file as Excel saves one (calcId, dynamic arrays,
 * the web extension part naming the add-in, the dataset version). The build also writes that
 * version into docs/deploy.md, so one command brings model and guide up to date.
 * docs/deploy.md says what was verified and what was not.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import * as iij from "../src/functions/iij";
import { parsePeriodCode, type Span } from "../src/data/period";
import { manifestIdentity, referenceFor } from "../src/evaluator/addin-identity";
import { DATASET_PROPERTY, filingDateOf, storedName } from "../src/shared/workbook-marks";
import { finishWorkbook } from "./workbook-package";

export const MODEL_PATH = join(__dirname, "..", "examples", "IIJ-model.xlsx");
export const DEPLOY_GUIDE = join(__dirname, "..", "docs", "deploy.md");

/** A dataset version as IIJ.SOURCE prints it: latest filing date, a dot, 8 hex digits. */
export const DATASET_VERSION_PATTERN = /\b\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}\b/g;

type Cached = number | string | { error: string };

/** One cell to write: an Excel formula (without "=") and its cached value. */
interface FormulaCell {
  formula: string;
  result: Cached;
  numFmt?: string;
}

const UNIT = "JPY mn";
const MONEY_FORMAT = "#,##0;(#,##0)";
const RATIO_FORMAT = "0.0%";

/** Columns: labels in A, periods from B. Rows: title 1, unit 2, note 3, first header 5. */
const UNIT_CELL = "$B$2";
const FIRST_PERIOD_COLUMN = 2;
const FIRST_HEADER_ROW = 5;

function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const SPAN_ORDER: readonly Span[] = ["1Q", "2Q", "1H", "3Q", "4Q", "2H", "FY"];

/** Quarters then half-years within each fiscal year: 1Q18 2Q18 1H18 1Q19 ... */
function periodOrder(a: string, b: string): number {
  const [pa, pb] = [parsePeriodCode(a), parsePeriodCode(b)];
  if (pa.kind !== "flow" || pb.kind !== "flow") return a < b ? -1 : a > b ? 1 : 0;
  return pa.fiscalYear - pb.fiscalYear || SPAN_ORDER.indexOf(pa.span) - SPAN_ORDER.indexOf(pb.span);
}

function isQuarterOrHalf(code: string): boolean {
  const period = parsePeriodCode(code);
  return period.kind === "flow" && period.span !== "FY";
}

/** Every half-year and quarter for which any of these items has a figure. */
function flowPeriods(items: readonly string[]): string[] {
  const codes = new Set(items.flatMap((item) => iij.query().periods(item)));
  return [...codes].filter(isQuarterOrHalf).sort(periodOrder);
}

function computes(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

/** A block of rows: a label per row, one formula per (row, period). */
interface Block {
  title: string;
  labels: readonly string[];
  /** The Excel formula for a row's label cell and a period header cell. */
  formula: (period: string, label: string) => string;
  /** The same computed in TypeScript, with the header values. */
  value: (period: string, label: string) => number;
  numFmt: string;
  /** A check row below the block: Excel formula and value from the block's column values. */
  check?: {
    label: string;
    formula: (column: string, firstRow: number, lastRow: number) => string;
    /** Exact decimal arithmetic on the figures, as Excel shows a 0 check: no float noise. */
    value: (column: Decimal[]) => Decimal;
  };
}

interface SheetSpec {
  name: string;
  title: string;
  note: string;
  /** Candidate periods; a period is kept when every cell of every block computes. */
  periods: readonly string[];
  unit?: boolean;
  blocks: readonly Block[];
}

/** Refers to the header cells: the period in the block's header row, the label in column A. */
const ref = {
  period: (column: string, headerRow: number) => `${column}$${headerRow}`,
  label: (row: number) => `$A${row}`,
};

function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): number {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: FIRST_HEADER_ROW }],
  });
  sheet.getColumn(1).width = 44;
  sheet.getCell("A1").value = spec.title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  if (spec.unit !== false) {
    sheet.getCell("A2").value = "Unit (change it: JPY k, JPY mn, JPY bn, JPY)";
    sheet.getCell("B2").value = UNIT;
    sheet.getCell("B2").font = { bold: true };
  }
  sheet.getCell("A3").value = spec.note;
  sheet.getCell("A3").font = { italic: true };

  const periods = spec.periods.filter((period) =>
    spec.blocks.every((block) =>
      block.labels.every((label) => computes(() => block.value(period, label)))
    )
  );
  for (let i = 0; i < periods.length; i++) sheet.getColumn(FIRST_PERIOD_COLUMN + i).width = 12;

  let row = FIRST_HEADER_ROW;
  let formulas = 0;
  for (const block of spec.blocks) {
    const headerRow = row;
    sheet.getCell(headerRow, 1).value = block.title;
    sheet.getRow(headerRow).font = { bold: true };
    periods.forEach((period, i) => {
      const cell = sheet.getCell(headerRow, FIRST_PERIOD_COLUMN + i);
      cell.value = period;
      cell.alignment = { horizontal: "right" };
    });
    const firstRow = headerRow + 1;
    block.labels.forEach((label, r) => {
      const rowIndex = firstRow + r;
      sheet.getCell(rowIndex, 1).value = label;
      periods.forEach((period, i) => {
        const column = columnLetter(FIRST_PERIOD_COLUMN + i);
        setFormula(sheet.getCell(rowIndex, FIRST_PERIOD_COLUMN + i), {
          formula: block.formula(ref.period(column, headerRow), ref.label(rowIndex)),
          result: block.value(period, label),
          numFmt: block.numFmt,
        });
        formulas++;
      });
    });
    const lastRow = firstRow + block.labels.length - 1;
    row = lastRow + 1;
    if (block.check) {
      const check = block.check;
      sheet.getCell(row, 1).value = check.label;
      sheet.getCell(row, 1).font = { italic: true };
      periods.forEach((period, i) => {
        const column = columnLetter(FIRST_PERIOD_COLUMN + i);
        const values = block.labels.map((label) => new Decimal(block.value(period, label)));
        setFormula(sheet.getCell(row, FIRST_PERIOD_COLUMN + i), {
          formula: check.formula(column, firstRow, lastRow),
          result: check.value(values).toNumber(),
          numFmt: block.numFmt,
        });
        formulas++;
      });
      row++;
    }
    row++;
  }
  return formulas;
}

function setFormula(cell: ExcelJS.Cell, value: FormulaCell): void {
  cell.value = { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
  if (value.numFmt) cell.numFmt = value.numFmt;
}

const call = (id: string, ...args: string[]) => `${storedName(id)}(${args.join(",")})`;

const MAIN_LINES = ["Total", "Network", "SI", "ATM"];
const SERVICE_LINES = [
  "Enterprise connectivity",
  "Consumer connectivity",
  "WAN",
  "Outsourcing",
  "Systems construction",
  "Systems operation and maintenance",
];
const SEGMENT_REVENUE = [
  "Network & SI: total revenue",
  "ATM: total revenue",
  "Adjustments: total revenue",
  "Consolidated: total revenue",
];
const SEGMENTS = ["Network & SI", "ATM", "Adjustments", "Total"];
const YOY_ITEMS = ["Total revenues", "Network", "SI", "ATM", "Gross profit", "Operating profit"];

/** Money in the unit of the unit cell, as Excel would pass it. */
const moneyBlock = (
  title: string,
  id: string,
  labels: readonly string[],
  run: (period: string, label: string, unit: string) => number,
  check?: Block["check"]
): Block => ({
  title,
  labels,
  formula: (period, label) => call(id, period, label, UNIT_CELL),
  value: (period, label) => run(period, label, UNIT),
  numFmt: MONEY_FORMAT,
  check,
});

function sheets(): SheetSpec[] {
  const flows = flowPeriods(["Total revenues", ...MAIN_LINES.slice(1), "Operating profit"]);
  const balanceDates = iij.query().periods("Total liabilities and equity");
  const balanceItems = iij
    .query()
    .items("Financial position")
    .filter((item) => balanceDates.every((date) => iij.query().periods(item).includes(date)));
  const note =
    "Each figure is an IIJ.* formula on the headers (period row, label column, unit cell); the file keeps the values last calculated, so figures show before the add-in loads.";
  return [
    {
      name: "Revenue",
      title: "IIJ revenue by line",
      note,
      periods: flows,
      blocks: [
        moneyBlock("Revenue", "REVENUE", MAIN_LINES, (p, l, u) => iij.revenue(p, l, u), {
          label: "Check: Network + SI + ATM - Total (0)",
          formula: (column, first, last) =>
            `SUM(${column}${first + 1}:${column}${last})-${column}${first}`,
          value: ([total, ...lines]) => Decimal.sum(...lines).minus(total),
        }),
        moneyBlock("Revenue by service", "REVENUE", SERVICE_LINES, (p, l, u) =>
          iij.revenue(p, l, u)
        ),
      ],
    },
    {
      name: "Cost and gross profit",
      title: "IIJ cost of sales and gross profit by line",
      note,
      periods: flows,
      blocks: [
        moneyBlock("Cost of sales", "COST", MAIN_LINES, (p, l, u) => iij.cost(p, l, u)),
        moneyBlock("Gross profit", "GROSSPROFIT", MAIN_LINES, (p, l, u) =>
          iij.grossProfit(p, l, u)
        ),
      ],
    },
    {
      name: "Margins",
      title: "IIJ margins",
      note: "Gross profit / revenue of each line and operating profit / revenue, both IIJ.* formulas; year-on-year change is on the YoY sheet.",
      periods: flows,
      unit: false,
      blocks: [
        {
          title: "Gross margin",
          labels: MAIN_LINES,
          formula: (period, label) =>
            `${call("GROSSPROFIT", period, label)}/${call("REVENUE", period, label)}`,
          value: (period, label) => iij.grossProfit(period, label) / iij.revenue(period, label),
          numFmt: RATIO_FORMAT,
        },
        {
          title: "Operating margin",
          labels: ["Total"],
          formula: (period, label) =>
            `${call("OPERATINGPROFIT", period, label)}/${call("REVENUE", period, label)}`,
          value: (period, label) => iij.operatingProfit(period, label) / iij.revenue(period, label),
          numFmt: RATIO_FORMAT,
        },
      ],
    },
    {
      name: "YoY",
      title: "IIJ year-on-year change",
      note: "IIJ.YOY(item, period): change against the same period a year earlier, as a fraction; periods whose year-earlier figure is in the dataset.",
      periods: flows,
      unit: false,
      blocks: [
        {
          title: "Change against a year earlier",
          labels: YOY_ITEMS,
          formula: (period, label) => call("YOY", label, period),
          value: (period, label) => iij.yoy(label, period),
          numFmt: RATIO_FORMAT,
        },
      ],
    },
    {
      name: "Segments",
      title: "IIJ segments: revenue and operating profit",
      note,
      periods: flows,
      blocks: [
        {
          title: "Segment revenue",
          labels: SEGMENT_REVENUE,
          formula: (period, label) => call("VALUE", label, period, UNIT_CELL),
          value: (period, label) => iij.value(label, period, UNIT),
          numFmt: MONEY_FORMAT,
        },
        moneyBlock("Operating profit", "OPERATINGPROFIT", SEGMENTS, (p, l, u) =>
          iij.operatingProfit(p, l, u)
        ),
      ],
    },
    {
      name: "Balance sheet",
      title: "IIJ condensed consolidated statement of financial position",
      note: "Balances at each date printed in the reports (the header cells are text dates; a date typed into a cell works too).",
      periods: balanceDates,
      blocks: [
        {
          title: "Item",
          labels: balanceItems,
          formula: (period, label) => call("VALUE", label, period, UNIT_CELL),
          value: (period, label) => iij.value(label, period, UNIT),
          numFmt: MONEY_FORMAT,
        },
      ],
    },
  ];
}

function writeAbout(workbook: ExcelJS.Workbook): number {
  const sheet = workbook.addWorksheet("About");
  sheet.getColumn(1).width = 120;
  const lines = [
    "IIJ Figures starter model",
    "Internet Initiative Japan's reported figures (from the quarterly securities reports shipped with the add-in), as IIJ.* formulas.",
    "Every figure cell is a formula such as =IIJ.REVENUE(B$5,$A6,$B$2): change a period header, a label or the unit cell and the figures follow.",
    "The file keeps the values last calculated, so the figures show in Excel even before the IIJ Figures add-in has loaded; Excel recalculates them once it has.",
    "Without the add-in the formula bar shows the stored name (=_xldudf_IIJ_REVENUE(...)), and a cell that must recalculate shows #NAME?.",
    `Calculated with dataset ${datasetVersion()} (document property "${DATASET_PROPERTY}"). Where the add-in is installed, Excel opens its pane with this workbook.`,
    "Check the model without Excel: npx iij eval --workbook examples/IIJ-model.xlsx",
    "Where a figure comes from (report, line, dataset version):",
  ];
  lines.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const row = lines.length + 1;
  setFormula(sheet.getCell(row, 1), {
    formula: call("SOURCE", '"Network"', '"1H23"'),
    result: iij.source("Network", "1H23"),
  });
  sheet.getCell(row, 1).alignment = { wrapText: true };
  return 1;
}

function datasetVersion(): string {
  return iij.query().dataset.version;
}

/** The starter model and how many formulas it holds. */
export function buildModel(): { workbook: ExcelJS.Workbook; formulas: number } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "IIJ Figures (npm run build:model)";
  // Fixed, so rebuilding an unchanged model changes no metadata: the date of the latest filing.
  const stamp = modelDate();
  workbook.created = stamp;
  workbook.modified = stamp;
  let formulas = writeAbout(workbook);
  for (const spec of sheets()) formulas += writeSheet(workbook, spec);
  return { workbook, formulas };
}

function modelDate(): Date {
  return new Date(`${filingDateOf(datasetVersion()) ?? "2000-01-01"}T00:00:00Z`);
}

export interface ModelOptions {
  /** ADDIN_STORE: EXCatalog (default), developer, or a shared folder such as \\server\addins. */
  readonly store?: string;
}

/** Writes the model, finished as Excel saves a workbook; returns how many formulas it holds. */
export async function writeModel(path = MODEL_PATH, options: ModelOptions = {}): Promise<number> {
  const { workbook, formulas } = buildModel();
  const written = await workbook.xlsx.writeBuffer();
  const finished = await finishWorkbook(Buffer.from(written), {
    addin: referenceFor(options.store, manifestIdentity()),
    autoOpen: true,
    paneOpen: true,
    datasetVersion: datasetVersion(),
    date: modelDate(),
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, finished);
  return formulas;
}

/** The check's summary line for the model, as docs/deploy.md quotes it. */
export const CHECK_SUMMARY_PATTERN = /\b\d+ formulas, 0 differ\b/g;

/**
 * docs/deploy.md quotes the dataset version and the check of the model: rewritten from the build,
 * never typed. Returns whether anything changed.
 */
export function updateGuide(formulas: number, path = DEPLOY_GUIDE): boolean {
  const text = readFileSync(path, "utf8");
  const updated = text
    .replace(DATASET_VERSION_PATTERN, datasetVersion())
    .replace(CHECK_SUMMARY_PATTERN, `${formulas} formulas, 0 differ`);
  if (updated !== text) writeFileSync(path, updated);
  return updated !== text;
}

export const MODEL_USAGE = [
  "Usage: npm run build:model [-- [OUT.xlsx] [--force]]",
  "  no OUT: rebuilds examples/IIJ-model.xlsx (the committed model) and the figures docs/deploy.md quotes",
  "  OUT: writes the model there, only if no file is there yet; --force writes over one",
  "  --help: this text",
].join("\n");

/** What the command line asks for: write the model (where, whether over a file) or print the usage. */
export type ModelCommand =
  | { readonly action: "help" }
  | {
      readonly action: "write";
      readonly out: string;
      readonly explicit: boolean;
      readonly force: boolean;
    };

/** Reads `build:model`'s arguments; throws a one-line error naming a bad one. */
export function parseModelArguments(args: readonly string[]): ModelCommand {
  let out: string | undefined;
  let force = false;
  for (const arg of args) {
    if (arg === "--help" || arg === "-h") return { action: "help" };
    if (arg === "--force") force = true;
    else if (arg.startsWith("-"))
      throw new Error(
        `build:model: "${arg.slice(0, 40)}" is not an option (accepted: --force, --help; a file name must not start with "-")`
      );
    else if (out !== undefined)
      throw new Error(`build:model: one output file, not "${out}" and "${arg.slice(0, 80)}"`);
    else if (!/\.xlsx$/i.test(arg))
      throw new Error(
        `build:model: "${arg.slice(0, 80)}" is not an .xlsx file name (e.g. my-model.xlsx)`
      );
    else out = arg;
  }
  return { action: "write", out: out ?? MODEL_PATH, explicit: out !== undefined, force };
}

/** The file is written only if it is not there yet, unless forced (the committed model is rebuilt in place). */
export function refuseOverwrite(command: Extract<ModelCommand, { action: "write" }>): void {
  if (command.explicit && !command.force && existsSync(command.out))
    throw new Error(
      `build:model: ${command.out} exists; not overwritten (add --force to replace it)`
    );
}

if (require.main === module) {
  try {
    const command = parseModelArguments(process.argv.slice(2));
    if (command.action === "help") {
      console.log(MODEL_USAGE);
      process.exit(0);
    }
    refuseOverwrite(command);
    const out = command.out;
    writeModel(out, { store: process.env.ADDIN_STORE }).then(
      (formulas) => {
        console.log(`${out}: ${formulas} formulas, dataset ${datasetVersion()}`);
        if (resolve(out) === MODEL_PATH && updateGuide(formulas))
          console.log(`docs/deploy.md: dataset ${datasetVersion()}, ${formulas} formulas`);
      },
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      }
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
