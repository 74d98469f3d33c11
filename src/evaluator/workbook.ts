/**
 * `npx iij eval --workbook FILE.xlsx`: loads every sheet of a workbook into the evaluator's engine
 * (values, cell references, defined names, ordinary Excel functions and the IIJ.* functions),
 * recalculates it and compares each formula's result with the value cached in the file, the value
 * Excel showed when the file was last saved.
 *
 * The file is read within limits first (zip-limits.ts), found to be a workbook through its content
 * types and relationships (package.ts), and each sheet's declared ranges are clipped to the cells
 * it holds (sheet-bounds.ts) before ExcelJS reads it. A formula the engine cannot take is reported
 * by cell; the others are still checked.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DetailedCellError, type CellValue, type HyperFormula } from "hyperformula";
import { createEngine } from "./engine";
import { toEngineFormula } from "./formula-text";
import { findWorkbook, type DefinedName } from "./package";
import { clipSheetRanges } from "./sheet-bounds";
import type { StoredFormula } from "./sharing";
import { readParts } from "./zip-limits";

export { toEngineFormula } from "./formula-text";

/** What a cell holds, as the engine takes it. */
type EngineContent = string | number | boolean | null;

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

/** Text cut to a readable length for a one-line message. */
export function cut(text: string, max = 80): string {
  const line = text.replace(/\r?\n/g, "\\n");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function show(value: Plain): string {
  if (value === null) return "(no cached value)";
  if (typeof value === "object") return value.error;
  if (typeof value === "string") return cut(JSON.stringify(value));
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
  /** Formulas and defined names the engine could not take, each named: "Sheet1!A1: …". */
  readonly failures: string[];
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

/** The package's parts, each sheet's ranges clipped, as a zip ExcelJS reads (stored, not deflated). */
async function clippedPackage(parts: Map<string, Buffer>, sheetPaths: Set<string>): Promise<JSZip> {
  const zip = new JSZip();
  for (const [path, data] of parts)
    zip.file(path, sheetPaths.has(path) ? clipSheetRanges(data.toString("utf8")) : data);
  return zip;
}

/** An array formula's range (0-based, inclusive), to blank the copies of its results. */
interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function readSheet(worksheet: ExcelJS.Worksheet, formulas: FormulaCell[]): EngineContent[][] {
  const grid: EngineContent[][] = [];
  const arrays: Box[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      (grid[r] ??= [])[c] = null;
      if (cell.type !== ExcelJS.ValueType.Formula) {
        grid[r][c] = content(cell);
        return;
      }
      const stored = cell.formula;
      const model = cell.model as { shareType?: string; ref?: string };
      // An array (spilled) result: the other cells of its range hold copies of the results.
      if (model.shareType === "array" && model.ref && model.ref.includes(":")) {
        const [from, to] = model.ref.split(":").map((a) => worksheet.getCell(a));
        arrays.push({
          top: Number(from.row) - 1,
          left: Number(from.col) - 1,
          bottom: Number(to.row) - 1,
          right: Number(to.col) - 1,
        });
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
    });
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  // Blank the copies by visiting the cells that exist, never every cell of a declared range.
  for (const box of arrays)
    grid.forEach((row, r) => {
      if (r < box.top || r > box.bottom) return;
      row.forEach((_value, c) => {
        if (c >= box.left && c <= box.right && (r !== box.top || c !== box.left)) row[c] = null;
      });
    });
  return grid;
}

/**
 * The defined names as the engine takes them, each scoped to its sheet when it has one; a name the
 * engine cannot take is named in `failures` and the others still load.
 */
function addNames(engine: HyperFormula, names: readonly DefinedName[], failures: string[]): void {
  for (const name of names)
    try {
      const scope = name.sheet === undefined ? undefined : engine.getSheetId(name.sheet);
      engine.addNamedExpression(name.name, toEngineFormula(name.formula), scope);
    } catch (error) {
      failures.push(`name ${cut(name.name, 40)}: not loaded: ${reason(error)}`);
    }
}

function reason(error: unknown): string {
  return cut(error instanceof Error ? error.message : String(error), 120);
}

/**
 * The engine with every sheet and name: all at once, or, when that fails, one formula and one name
 * at a time so that one the engine cannot take is named and the others still evaluate.
 */
function buildEngine(
  sheets: Record<string, EngineContent[][]>,
  formulas: FormulaCell[],
  names: readonly DefinedName[],
  failures: string[],
  failed: Set<FormulaCell>
): HyperFormula {
  // Print areas and other names Excel keeps for itself (_xlnm.*) are not formulas to evaluate.
  const usable = names.filter((n) => n.name && !n.name.startsWith("_xlnm."));
  try {
    const engine = createEngine(sheets);
    engine.suspendEvaluation();
    // Kept only if this attempt stands: the fallback below loads the names again.
    const nameFailures: string[] = [];
    addNames(engine, usable, nameFailures);
    engine.resumeEvaluation();
    failures.push(...nameFailures);
    return engine;
  } catch {
    // Some formula broke the batch: load values first, then each formula on its own.
  }
  const values: Record<string, EngineContent[][]> = {};
  for (const [name, grid] of Object.entries(sheets))
    values[name] = grid.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? null : v))
    );
  const engine = createEngine(values);
  engine.suspendEvaluation();
  addNames(engine, usable, failures);
  for (const f of formulas)
    try {
      const sheet = engine.getSheetId(f.sheet)!;
      engine.setCellContents({ sheet, row: f.row, col: f.col }, [[sheets[f.sheet][f.row][f.col]]]);
    } catch (error) {
      failed.add(f);
      failures.push(`${f.address}: cannot evaluate ${cut(f.formula, 40)}: ${reason(error)}`);
    }
  engine.resumeEvaluation();
  return engine;
}

/** Loads, recalculates and compares a whole workbook (a path, or the file's bytes). */
export async function checkWorkbook(file: string | Buffer): Promise<WorkbookCheck> {
  return checkParts(readParts(typeof file === "string" ? readFileSync(file) : file));
}

/** checkWorkbook on a package's parts, read within the limits (zip-limits.ts). */
export async function checkParts(parts: Map<string, Buffer>): Promise<WorkbookCheck> {
  const found = findWorkbook(parts);
  const zip = await clippedPackage(parts, new Set(found.sheets.map((s) => s.path)));
  const workbook = new ExcelJS.Workbook();
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
  // ExcelJS declares its own Buffer type; Node's is what it reads.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: Record<string, EngineContent[][]> = {};
  const formulas: FormulaCell[] = [];
  workbook.eachSheet((worksheet) => {
    sheets[worksheet.name] = readSheet(worksheet, formulas);
  });
  const failures: string[] = [];
  const failed = new Set<FormulaCell>();
  const engine = buildEngine(sheets, formulas, found.definedNames, failures, failed);
  const differences: Difference[] = [];
  for (const f of formulas) {
    if (failed.has(f)) continue;
    const sheet = engine.getSheetId(f.sheet)!;
    const computed = computedValue(engine.getCellValue({ sheet, row: f.row, col: f.col }));
    if (!same(f.cached, computed)) {
      differences.push({
        cell: f.address,
        formula: cut(f.formula, 200),
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
  return { formulas: formulas.length, differences, stored, failures };
}
