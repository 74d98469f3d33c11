/**
 * What `npx iij eval --workbook FILE.xlsx` prints: what a colleague sees (sharing.ts), each formula
 * whose cached value differs from the recalculated one, each formula or name that could not be
 * evaluated, "N formulas, M differ" and a verdict line. A file that is not a workbook, or is beyond
 * the checker's limits, gets one line saying so instead (RefusedFile).
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { query } from "../functions/iij";
import { checkSharing, type SharingReport } from "./sharing";
import { checkParts, type WorkbookCheck } from "./workbook";
import { readParts } from "./zip-limits";

/** What a colleague sees, and whether the cached values are what the add-in calculates now. */
export interface WorkbookReport {
  readonly check: WorkbookCheck;
  readonly sharing: SharingReport;
}

export async function reportWorkbook(path: string): Promise<WorkbookReport> {
  const parts = readParts(readFileSync(path));
  const check = await checkParts(parts);
  const zip = new JSZip();
  for (const [name, data] of parts) zip.file(name, data);
  const sharing = await checkSharing(zip, check.stored, query().dataset.version);
  return { check, sharing };
}

function verdict({ check, sharing }: WorkbookReport): string {
  const problems = sharing.findings.filter((f) => f.problem).length;
  const differ = check.differences.length;
  const failed = check.failures.length;
  if (problems > 0)
    return `Verdict: a colleague would see #NAME? (${problems} problem${problems > 1 ? "s" : ""} above)`;
  if (failed > 0)
    return `Verdict: not checked in full: ${failed} formula${failed > 1 ? "s or names" : " or name"} could not be evaluated (above)`;
  if (differ > 0)
    return `Verdict: opens with its cached values, but ${differ} of them differ from what IIJ Figures calculates`;
  return "Verdict: fine: a colleague sees every cached figure, and Excel can load IIJ Figures for the file";
}

/**
 * Prints the report; exit code 1 when a colleague would see #NAME?, a cached value differs or a
 * formula could not be evaluated.
 */
export async function runWorkbookCheck(
  path: string,
  print: (line: string) => void = console.log
): Promise<number> {
  const report = await reportWorkbook(path);
  for (const f of report.sharing.findings) print(f.problem ? `problem: ${f.text}` : f.text);
  const { formulas, differences, failures } = report.check;
  for (const line of failures) print(line);
  for (const d of differences)
    print(`${d.cell}: file ${d.cached}, recalculated ${d.computed}   ${d.formula}`);
  print(`${formulas} formulas, ${differences.length} differ`);
  print(verdict(report));
  const problems = report.sharing.findings.some((f) => f.problem);
  return problems || differences.length > 0 || failures.length > 0 ? 1 : 0;
}
