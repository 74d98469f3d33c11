/**
 * `npx iij eval --workbook FILE.xlsx`: loads every sheet of a workbook into the evaluator's engine
 * (values, cell references, ordinary Excel functions and the IIJ.* functions), recalculates it
 * and compares each formula's result with the value cached in the file, the value Excel showed
 * when the file was last saved.
 *
 * It also reports what a colleague sees when opening the file (sharing.ts): the add-in it names,
 * recalculation on open, IIJ.* cells without a cached value, unknown function ids.
 *
 * Excel stores a call of the add-in's IIJ.REVENUE as `_xldudf_IIJ_REVENUE(...)` (see
 * docs/deploy.md); those names are translated back, and the `_xlfn.` / `_xlws.` prefixes Excel
 * puts on newer built-in functions are dropped.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { DetailedCellError, type CellValue } from "hyperformula";
import { query } from "../functions/iij";
import { storedName } from "../shared/workbook-marks";
import { createEngine } from "./engine";
import { openPackage } from "./ooxml";
import { IIJ_FUNCTION_NAMES } from "./plugin";
import { checkSharing, type SharingReport, type StoredFormula } from "./sharing";

/** What a cell holds, as the engine takes it. */
type EngineContent = string | number | boolean | null;

/** `_xldudf_IIJ_REVENUE` -> `IIJ.REVENUE`, for every function the add-in registers. */
const STORED_NAMES = new Map(
  IIJ_FUNCTION_NAMES.map((name) => [storedName(name.replace(/^IIJ\./, "")).toUpperCase(), name])
);

/** A formula as stored in an .xlsx (no "="), as the engine takes it (with "="). */
export function toEngineFormula(stored: string): string {
  let out = "";
  // Leave string literals alone; rewrite names outside them.
  for (const [i, part] of stored.split('"').entries()) {
    if (i % 2 === 1) {
      out += `"${part}"`;
      continue;
    }
    out += part
      .replace(
        /_xldudf_[A-Za-z0-9_]+(?=\s*\()/gi,
        (name) => STORED_NAMES.get(name.toUpperCase()) ?? name
      )
      .replace(/_xlfn\.|_xlws\./gi, "");
  }
  return `=${out}`;
}

/** A value as the file caches it or the engine computes it, in comparable form. */
type Plain = number | string | boolean | { error: string } | null;

/** Excel's serial number for a date (1900 date system, as ExcelJS reads it in UTC). */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function cachedValue(result: unknown): Plain {
  if (result === undefined || result === null) return null;
  if (result instanceof Date) return serial(result);
  if (typeof result === "object" && "error" in result)
    return { error: String((result as { error: unknown }).error) };
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean")
    return result;
  return String(result);
}

function computedValue(value: CellValue): Plain {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === null || value === undefined) return null;
  return value as Plain;
}

function same(a: Plain, b: Plain): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object")
    return a.error === b.error;
  return a === b;
}

function show(value: Plain): string {
  if (value === null) return "(no cached value)";
  if (typeof value === "object") return value.error;
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

/** What a cell holds, as the engine takes it; strings stay text even when they look like numbers or dates. */
function content(cell: ExcelJS.Cell): EngineContent {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return `'${value}`;
  if (value instanceof Date) return serial(value);
  if (typeof value === "object") {
    if ("richText" in value) return `'${value.richText.map((run) => run.text).join("")}`;
    if ("error" in value) return String(value.error);
    if ("text" in value) return `'${String(value.text)}`;
  }
  return null;
}

export interface Difference {
  readonly cell: string;
  readonly formula: string;
  readonly cached: string;
  readonly computed: string;
}

export interface WorkbookCheck {
  readonly formulas: number;
  readonly differences: Difference[];
  /** Every formula cell as stored, for the sharing report. */
  readonly stored: StoredFormula[];
}

interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  address: string;
  formula: string;
  cached: Plain;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Loads, recalculates and compares a whole workbook (a path, or the file's bytes). */
export async function checkWorkbook(file: string | Buffer): Promise<WorkbookCheck> {
  const workbook = new ExcelJS.Workbook();
  const data = typeof file === "string" ? readFileSync(file) : file;
  // ExcelJS declares its own Buffer type; Node's is what it reads.
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const sheets: Record<string, EngineContent[][]> = {};
  const formulas: FormulaCell[] = [];
  workbook.eachSheet((worksheet) => {
    const grid: EngineContent[][] = [];
    const spilled = new Set<string>();
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        (grid[r] ??= [])[c] = null;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const stored = cell.formula;
          const model = cell.model as { shareType?: string; ref?: string };
          // An array (spilled) result: the other cells of its range hold copies of the results.
          if (model.shareType === "array" && model.ref && model.ref.includes(":")) {
            const [from, to] = model.ref.split(":").map((a) => worksheet.getCell(a));
            for (let rr = Number(from.row); rr <= Number(to.row); rr++)
              for (let cc = Number(from.col); cc <= Number(to.col); cc++)
                if (rr !== rowNumber || cc !== colNumber) spilled.add(`${rr - 1},${cc - 1}`);
          }
          grid[r][c] = toEngineFormula(stored);
          formulas.push({
            sheet: worksheet.name,
            row: r,
            col: c,
            address: `${quoteSheet(worksheet.name)}!${cell.address}`,
            formula: `=${stored}`,
            cached: cachedValue(cell.result),
          });
        } else {
          grid[r][c] = content(cell);
        }
      });
    });
    for (const key of spilled) {
      const [r, c] = key.split(",").map(Number);
      if (grid[r]) grid[r][c] = null;
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    sheets[worksheet.name] = grid;
  });

  const engine = createEngine(sheets);
  const differences: Difference[] = [];
  for (const f of formulas) {
    const sheet = engine.getSheetId(f.sheet)!;
    const computed = computedValue(engine.getCellValue({ sheet, row: f.row, col: f.col }));
    if (!same(f.cached, computed)) {
      differences.push({
        cell: f.address,
        formula: f.formula,
        cached: show(f.cached),
        computed: show(computed),
      });
    }
  }
  engine.destroy();
  const stored = formulas.map((f) => ({
    address: f.address,
    formula: f.formula.slice(1),
    cached: f.cached,
  }));
  return { formulas: formulas.length, differences, stored };
}

/** What a colleague sees, and whether the cached values are what the add-in calculates now. */
export interface WorkbookReport {
  readonly check: WorkbookCheck;
  readonly sharing: SharingReport;
}

export async function reportWorkbook(path: string): Promise<WorkbookReport> {
  const data = readFileSync(path);
  const check = await checkWorkbook(data);
  const sharing = await checkSharing(
    await openPackage(data),
    check.stored,
    query().dataset.version
  );
  return { check, sharing };
}

function verdict({ check, sharing }: WorkbookReport): string {
  const problems = sharing.findings.filter((f) => f.problem).length;
  const differ = check.differences.length;
  if (problems > 0)
    return `Verdict: a colleague would see #NAME? (${problems} problem${problems > 1 ? "s" : ""} above)`;
  if (differ > 0)
    return `Verdict: opens with its cached values, but ${differ} of them differ from what IIJ Figures calculates`;
  return "Verdict: fine: a colleague sees every cached figure, and Excel can load IIJ Figures for the file";
}

/**
 * Prints what a colleague sees (problems first marked "problem:"), each formula whose cached value
 * differs from the recalculated one, "N formulas, M differ" and a verdict line; exit code 1 when a
 * colleague would see #NAME? or a cached value differs.
 */
export async function runWorkbookCheck(
  path: string,
  print: (line: string) => void = console.log
): Promise<number> {
  const report = await reportWorkbook(path);
  for (const f of report.sharing.findings) print(f.problem ? `problem: ${f.text}` : f.text);
  const { formulas, differences } = report.check;
  for (const d of differences)
    print(`${d.cell}: file ${d.cached}, recalculated ${d.computed}   ${d.formula}`);
  print(`${formulas} formulas, ${differences.length} differ`);
  print(verdict(report));
  const problems = report.sharing.findings.some((f) => f.problem);
  return problems || differences.length > 0 ? 1 : 0;
}
