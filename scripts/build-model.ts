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
import type { MoneyUnit } from "../src/data/unit";
import {
  periodOptions,
  planTable,
  type LineSpec,
  type TablePlan,
  type TableRequest,
} from "../src/taskpane/table";
import { manifestIdentity, referenceFor } from "../src/evaluator/addin-identity";
import { DATASET_PROPERTY, filingDateOf } from "../src/shared/workbook-marks";
import { finishWorkbook } from "./workbook-package";
import {
  DEFAULT_FONT,
  planCellRef,
  storedFormula,
  writePlan,
  type WrittenTable,
} from "./plan-to-xlsx";

export const MODEL_PATH = join(__dirname, "..", "examples", "IIJ-model.xlsx");
export const DEPLOY_GUIDE = join(__dirname, "..", "docs", "deploy.md");

/** A dataset version as IIJ.SOURCE prints it: latest filing date, a dot, 8 hex digits. */
export const DATASET_VERSION_PATTERN = /\b\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}\b/g;

const UNIT: MoneyUnit = "JPY mn";
/** Every table's title sits in A1, its unit corner in A2: the cell to change ("JPY bn"). */
const ANCHOR = { row: 0, column: 0 } as const;

/** A check row under a table: lines added with signs, which the statements say sum to 0. */
interface Check {
  readonly label: string;
  /** [sign, the line's name as IIJ.VALUE knows it or its label] */
  readonly terms: readonly (readonly [1 | -1, string])[];
  /**
   * Instead of terms: the lines printed under a subtotal's heading, less the subtotal (named as
   * IIJ.VALUE knows it). A line a filing does not print ("n/a": contract assets in 2019) adds
   * nothing, as SUM skips text, so the check holds where every printed line is there.
   */
  readonly linesOf?: string;
}

/** The check that a statement section's printed lines add up to its subtotal. */
const linesAddUp = (label: string, total: string): Check => ({ label, terms: [], linesOf: total });

/** A row computed from the table's own lines (net debt), kept as a formula on them. */
type Derived = Check;

interface ModelSheet {
  readonly name: string;
  readonly request: Omit<TableRequest, "anchor" | "unit" | "periods">;
  /** Which periods or balance dates of those the table offers the sheet shows. */
  readonly keep: (code: string) => boolean;
  readonly derived?: readonly Derived[];
  readonly checks?: readonly Check[];
  /** A line under the table saying what an analyst must know to read it (a share basis). */
  readonly notes?: readonly string[];
  /** Whether to say under the table which columns and lines it left out, and why (default yes). */
  readonly sayLeftOut?: boolean;
}

/** Halves and full years, printed or derived (2H = FY − 1H): what a model of a half-yearly filer keeps. */
const halvesAndYears = (code: string) => /^(1H|2H|FY)\d{2}$/.test(code);
/** Balance dates that close a half or a year. */
const halfYearEnds = (code: string) => /-(03-31|09-30)$/.test(code);

function sheetsOfModel(): readonly ModelSheet[] {
  return [
    {
      name: "P&L",
      request: { kind: "pl", yoy: true, margin: true },
      keep: halvesAndYears,
      checks: [
        {
          label: "Check: revenues + cost − gross profit",
          terms: [
            [1, "Total revenues"],
            [1, "Total cost of sales"],
            [-1, "Gross profit"],
          ],
        },
      ],
    },
    {
      name: "Balance sheet",
      request: { kind: "balance" },
      keep: halfYearEnds,
      checks: [
        linesAddUp("Check: current assets lines − total", "Total current assets"),
        linesAddUp("Check: non-current assets lines − total", "Total non-current assets"),
        {
          label: "Check: current + non-current assets − total assets",
          terms: [
            [1, "Total current assets"],
            [1, "Total non-current assets"],
            [-1, "Total assets"],
          ],
        },
        linesAddUp("Check: current liabilities lines − total", "Total current liabilities"),
        linesAddUp("Check: non-current liabilities lines − total", "Total non-current liabilities"),
        linesAddUp(
          "Check: equity lines − owners' equity",
          "Total equity attributable to owners of the parent"
        ),
        {
          label: "Check: assets − (liabilities + equity)",
          terms: [
            [1, "Total assets"],
            [-1, "Total liabilities and equity"],
          ],
        },
        {
          label: "Check: liabilities + equity − total",
          terms: [
            [1, "Total liabilities"],
            [1, "Total equity"],
            [-1, "Total liabilities and equity"],
          ],
        },
      ],
    },
    {
      name: "Cash flows",
      request: { kind: "cashflow", yoy: true },
      keep: halvesAndYears,
      checks: [
        {
          label: "Check: opening cash + change − closing",
          terms: [
            [1, "Cash and cash equivalents, beginning of the period"],
            [1, "Net increase (decrease) in cash and cash equivalents"],
            [-1, "Cash and cash equivalents, end of the period"],
          ],
        },
      ],
    },
    {
      name: "Revenue",
      request: { kind: "revenue", yoy: true },
      keep: halvesAndYears,
      checks: [
        {
          label: "Check: Network + SI + ATM − Total",
          terms: [
            [1, "Network"],
            [1, "SI"],
            [1, "ATM"],
            [-1, "Total revenues"],
          ],
        },
      ],
    },
    {
      name: "Segments",
      request: { kind: "segments", yoy: true, margin: true },
      keep: halvesAndYears,
    },
    {
      name: "Revenue by service",
      request: {
        kind: "search",
        items: SERVICE_LINES.map(([item]) => item),
        title: "Revenue by service",
        roles: Object.fromEntries(
          SERVICE_LINES.flatMap(([item, of]) =>
            of === "subtotal" ? [[item, item.endsWith("Total") ? "total" : "subtotal"]] : []
          )
        ),
      },
      keep: halvesAndYears,
      checks: SERVICE_SUBTOTALS,
    },
    {
      name: "Per share",
      request: {
        kind: "search",
        items: PER_SHARE,
        yoy: true,
        title: "Per share and dividends, on the latest share basis",
        shareBasis: "latest",
      },
      keep: halvesAndYears,
      // The notes say why 1H18 and 1H19 are not here; "nothing is printed" would not.
      sayLeftOut: false,
      notes: [
        'On one share basis, the latest (=IIJ.VALUE(item, period, "adjusted")): every stock split the filings print is applied. The 1H22 interim dividend is printed as 29.25 yen before the 2-for-1 stock split of 1 October 2022 (2023 report lines 1060 and 1062): 14.625 here; EPS and share counts for 1H22 are printed after it already.',
        "1H18 and 1H19 are not shown: the 2019 report's share counts (about 45 million) against the 2023 report's (about 178 million) imply a split between 1H19 and 1H22 that no filing in the dataset prints, so they cannot be put on this basis (IIJ.VALUE gives #N/A saying so). IIJ.VALUE(item, period) without \"adjusted\" gives them as printed.",
      ],
    },
    {
      name: "Net debt",
      request: { kind: "search", items: netDebtItems(), title: "Net debt" },
      keep: halfYearEnds,
      derived: [
        {
          label:
            leaseItems().length > 0
              ? "Net debt (borrowings + leases − cash)"
              : "Net debt (borrowings − cash)",
          terms: [
            [1, "Borrowings (current)"],
            [1, "Borrowings (non-current)"],
            ...leaseItems().map((item) => [1, item] as const),
            [-1, "Cash and cash equivalents"],
          ],
        },
      ],
      notes:
        leaseItems().length > 0
          ? [
              "Lease obligations (note 7) rise from 18,034 at 31 March 2019 to 51,942 at 30 September 2019 (2019 report line 1024): IFRS 16, adopted from April 2019, brought operating leases onto the balance sheet (lines 98, 303, 305), so net debt either side of that date is not like for like.",
            ]
          : [
              "Lease obligations are not yet recorded in the dataset: net debt here is borrowings less cash; a build with them adds them.",
            ],
    },
    {
      name: "KPIs",
      request: { kind: "kpi" },
      keep: halfYearEnds,
    },
  ];
}

/** Revenue by service as the filings print it: Network's lines, then SI's, with their subtotals. */
const SERVICE_LINES: readonly (readonly [string, "Network" | "SI" | "subtotal" | "other"])[] = [
  ["Internet connectivity services (enterprise)", "Network"],
  ["Internet connectivity services (consumer)", "Network"],
  ["WAN services", "Network"],
  ["Outsourcing services", "Network"],
  ["Revenue by service: Network services", "subtotal"],
  ["Systems construction and equipment sales", "SI"],
  ["Systems operation and maintenance", "SI"],
  ["Revenue by service: Systems integration", "subtotal"],
  ["Revenue by service: ATM operation business", "other"],
  ["Revenue by service: Total", "subtotal"],
];

const SERVICE_SUBTOTALS: readonly Check[] = [
  {
    label: "Check: Network lines − Network",
    terms: [
      ...SERVICE_LINES.filter(([, of]) => of === "Network").map(([item]) => [1, item] as const),
      [-1, "Revenue by service: Network services"],
    ],
  },
  {
    label: "Check: SI lines − SI",
    terms: [
      ...SERVICE_LINES.filter(([, of]) => of === "SI").map(([item]) => [1, item] as const),
      [-1, "Revenue by service: Systems integration"],
    ],
  },
  {
    label: "Check: Network + SI + ATM − Total",
    terms: [
      [1, "Revenue by service: Network services"],
      [1, "Revenue by service: Systems integration"],
      [1, "Revenue by service: ATM operation business"],
      [-1, "Revenue by service: Total"],
    ],
  },
];

const PER_SHARE = [
  "EPS: Basic earnings per share",
  "EPS: Diluted earnings per share",
  "Interim dividend per share",
  "Year-end dividend per share",
  "Weighted average number of shares — basic",
  "Weighted average number of shares — diluted",
];

/** The lease obligations the dataset records (note 7), once it does: current and non-current, or one line. */
function leaseItems(): string[] {
  const known = (item: string) => {
    try {
      return iij.query().periods(item).length > 0;
    } catch {
      return false;
    }
  };
  const pair = ["Lease obligations (current)", "Lease obligations (non-current)"];
  if (pair.every(known)) return pair;
  return known("Lease obligations") ? ["Lease obligations"] : [];
}

function netDebtItems(): string[] {
  return [
    "Borrowings (current)",
    "Borrowings (non-current)",
    ...leaseItems(),
    "Cash and cash equivalents",
  ];
}

/** The periods (or balance dates) a sheet's table offers and keeps. */
function periodsOf(sheet: ModelSheet): string[] {
  return periodOptions(sheet.request.kind, sheet.request.items)
    .map((option) => option.code)
    .filter(sheet.keep);
}

/** The plan row (relative) of the line a check names: by IIJ.VALUE name, then by label. */
function lineRow(plan: TablePlan, name: string): number {
  const matches = (pick: (line: LineSpec) => string) =>
    plan.cells.findIndex((row) =>
      row.some((cell) => cell.role === "figure" && pick(cell.line) === name)
    );
  const row = [matches((l) => l.item), matches((l) => l.name), matches((l) => l.label)].find(
    (r) => r >= 0
  );
  if (row === undefined) throw new Error(`build:model: no line "${name}" in the ${plan.title}`);
  return row;
}

/**
 * The plan rows (relative) a sum adds, with their signs: its terms, or for `linesOf` the item
 * lines right above the subtotal (up to the section heading or the total before them), less it.
 */
function termRows(plan: TablePlan, sum: Check): (readonly [1 | -1, number])[] {
  if (sum.linesOf === undefined)
    return sum.terms.map(([sign, name]) => [sign, lineRow(plan, name)] as const);
  const total = lineRow(plan, sum.linesOf);
  const isItem = (r: number) =>
    plan.cells[r]?.some((cell) => cell.role === "figure" && cell.line.role === "item") ?? false;
  const lines: (readonly [1, number])[] = [];
  for (let r = total - 1; r >= 0 && isItem(r); r--) lines.unshift([1, r]);
  if (lines.length === 0) throw new Error(`build:model: no lines above "${sum.linesOf}"`);
  return [...lines, [-1, total]];
}

/** The plan columns (relative) that hold figures. */
function figureColumns(plan: TablePlan): number[] {
  const columns = new Set<number>();
  for (const row of plan.cells) row.forEach((cell, c) => cell.role === "figure" && columns.add(c));
  return [...columns].sort((a, b) => a - b);
}

/**
 * Rows under a table that add up its own cells: derived rows and checks, each a plain formula on
 * the figures above, cached with the exact decimal sum (so a check reads 0, not float noise).
 */
function writeSums(
  sheet: ExcelJS.Worksheet,
  plan: TablePlan,
  written: WrittenTable,
  sums: readonly { readonly sum: Check; readonly check: boolean }[],
  firstRow: number
): number {
  const columns = figureColumns(plan);
  let formulas = 0;
  sums.forEach(({ sum, check }, i) => {
    const row = firstRow + i;
    const label = sheet.getCell(row + 1, plan.range.column + 1);
    label.value = sum.label;
    label.font = { ...DEFAULT_FONT, ...(check ? { italic: true } : { bold: true }) };
    const rows = termRows(plan, sum);
    for (const c of columns) {
      const values = rows.map(([sign, r]) => {
        const value = written.value(r, c);
        return typeof value === "number" ? new Decimal(value).times(sign) : undefined;
      });
      let formula: string;
      let known: readonly (Decimal | undefined)[] = values;
      if (sum.linesOf !== undefined) {
        // =SUM(lines)-total: SUM skips a line shown as "n/a"; so does the cached value.
        const lines = rows.filter(([sign]) => sign > 0).map(([, r]) => planCellRef(plan, r, c));
        const total = rows.find(([sign]) => sign < 0)![1];
        formula = `SUM(${lines.join(",")})-${planCellRef(plan, total, c)}`;
        known = values.map((v, k) => (v === undefined && rows[k][0] > 0 ? new Decimal(0) : v));
      } else
        formula = rows
          .map(([sign, r], k) => `${sign < 0 ? "-" : k > 0 ? "+" : ""}${planCellRef(plan, r, c)}`)
          .join("");
      const cell = sheet.getCell(row + 1, plan.range.column + c + 1);
      cell.value = {
        formula,
        result: known.every((v) => v !== undefined)
          ? Decimal.sum(...(known as Decimal[])).toNumber()
          : { error: "#N/A" },
      } as ExcelJS.CellFormulaValue;
      // A check shows its 0 as 0 (not the accounting dash), so a reader sees it was computed.
      cell.numFmt = check ? CHECK_FORMAT : plan.numberFormats[rows[0][1]][c];
      if (check) cell.font = { ...DEFAULT_FONT, italic: true };
      formulas++;
    }
    // A derived row (net debt) is money like the lines it adds: it reformats with the unit cell
    // as they do (JPY bn: one decimal), by the same rules on the unit cell.
    if (!check && columns.length > 0) followUnitCell(sheet, plan, row, columns);
  });
  return formulas;
}

/** The table's unit-cell rules (plan.unitFormats) applied to one more row of its figure columns. */
function followUnitCell(
  sheet: ExcelJS.Worksheet,
  plan: TablePlan,
  row: number,
  columns: readonly number[]
): void {
  const rules = new Map(
    plan.unitFormats.map((rule) => [`${rule.formula}\u0000${rule.numberFormat}`, rule])
  );
  const first = planCellRef(plan, 0, columns[0]).replace(/\d+$/, "");
  const last = planCellRef(plan, 0, columns.at(-1)!).replace(/\d+$/, "");
  [...rules.values()].forEach((rule, i) =>
    sheet.addConditionalFormatting({
      ref: `${first}${row + 1}:${last}${row + 1}`,
      rules: [
        {
          type: "expression",
          priority: plan.unitFormats.length + i + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: { numFmt: rule.numberFormat } as unknown as ExcelJS.Style,
        },
      ],
    })
  );
}

const CHECK_FORMAT = "#,##0.###;(#,##0.###);0";

/** Printed (or made a PDF) landscape, one page wide: a statement reads on one sheet of paper. */
const PRINT_SETUP: Partial<ExcelJS.PageSetup> = {
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 1,
};

function writeModelSheet(workbook: ExcelJS.Workbook, spec: ModelSheet): number {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: "frozen", xSplit: 1, ySplit: 2 }],
    pageSetup: PRINT_SETUP,
  });
  const plan = planTable({
    ...spec.request,
    unit: UNIT,
    periods: periodsOf(spec),
    markGaps: true,
    anchor: ANCHOR,
  });
  const written = writePlan(sheet, plan);
  // Under the table's source line, one blank row apart: derived rows, then checks.
  let row = plan.range.row + plan.range.rowCount + 1;
  const sums = [
    ...(spec.derived ?? []).map((sum) => ({ sum, check: false })),
    ...(spec.checks ?? []).map((sum) => ({ sum, check: true })),
  ];
  const formulas = written.formulas + writeSums(sheet, plan, written, sums, row);
  row += sums.length + 1;
  // The label column holds the sums' labels in full: the figure beside one would clip it.
  // (ExcelJS's columns, read as a plain array: not an Office.js proxy to sync.)
  const labels = sheet.columns[plan.range.column];
  const longest = Math.max(0, ...sums.map(({ sum }) => sum.label.length));
  labels.width = Math.max(labels.width ?? 0, Math.ceil(longest * 1.1) + 2);
  const notes = [...(spec.notes ?? []), ...(spec.sayLeftOut === false ? [] : leftOut(plan))];
  for (const line of notes.flatMap((note) => wrapped(note, NOTE_WIDTH))) {
    const cell = sheet.getCell(++row, 1);
    cell.value = line;
    cell.font = { ...DEFAULT_FONT, italic: true };
  }
  return formulas;
}

/** Characters of a note line under a table: about the width of a statement's columns. */
const NOTE_WIDTH = 110;

/** A note broken at spaces into lines of at most `width` characters, one a row, as a page shows them. */
function wrapped(note: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of note.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return line === "" ? lines : [...lines, line];
}

/**
 * What the table left out of the periods the sheet asked for, and why, as the pane says it:
 * "Left out: FY18, FY22 (only 6 of 24 lines are printed)." The model has no charts.
 */
function leftOut(plan: TablePlan): string[] {
  const table = plan.omitted.filter((o) => o.what === "columns" || o.what === "rows");
  if (table.length === 0) return [];
  const what = (o: (typeof table)[number]) =>
    `${o.what === "rows" ? "lines " : ""}${o.names.join(", ")} (${o.reason})`;
  return [`Left out: ${table.map(what).join("; ")}.`];
}

function writeAbout(workbook: ExcelJS.Workbook): number {
  const sheet = workbook.addWorksheet("About", { pageSetup: PRINT_SETUP });
  sheet.getColumn(1).width = 120;
  const lines = [
    "IIJ Figures starter model",
    "Internet Initiative Japan's reported figures (from the quarterly securities reports shipped with the add-in), as IIJ.* formulas.",
    'Each sheet is a table as the IIJ Figures pane inserts it: every figure cell is a formula such as =IIJ.VALUE("Total assets",B$2,$A$2) on its period header (row 2) and the unit cell (A2): change a header, or type JPY bn into A2, and the figures follow and reformat.',
    "The file keeps the values last calculated, so the figures show in Excel even before the IIJ Figures add-in has loaded; Excel recalculates them once it has.",
    "Without the add-in the formula bar shows the stored name (=_xldudf_IIJ_REVENUE(...)), and a cell that must recalculate shows #NAME?.",
    `Calculated with dataset ${datasetVersion()} (document property "${DATASET_PROPERTY}"). Where the add-in is installed, Excel opens its pane with this workbook.`,
    "Check the model without Excel: npx iij eval --workbook examples/IIJ-model.xlsx",
    "Where a figure comes from (report, line, dataset version):",
  ];
  lines.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  sheet.getCell("A1").font = { ...DEFAULT_FONT, bold: true, size: 14 };
  const row = lines.length + 1;
  sheet.getCell(row, 1).value = {
    formula: storedFormula('IIJ.SOURCE("Network","1H23")'),
    result: iij.source("Network", "1H23"),
  } as ExcelJS.CellFormulaValue;
  // As tall as the source's lines wrap in the column (about 1.3 characters a width unit at this
  // size), read from its top, so the text does not rise over the line above it.
  let shown = 0;
  for (const part of iij.source("Network", "1H23").split("\n"))
    shown += Math.ceil(part.length / 150);
  sheet.getCell(row, 1).alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(row).height = 15 * Math.max(2, shown);
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
  for (const spec of sheetsOfModel()) formulas += writeModelSheet(workbook, spec);
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
