/**
 * `npx iij eval`: evaluates IIJ.* formulas outside Excel, each given as an argument or as a line of
 * standard input, and prints one line per formula: the value at full precision, or the error code,
 * a space and the message.
 */
import { DetailedCellError, type CellValue, type HyperFormula } from "hyperformula";
import { setMessageLanguage, type MessageLanguage } from "../data/messages";
import { createEngine } from "./engine";
import { runWorkbookCheck } from "./workbook";

const USAGE = `usage: iij eval [--lang en|ja] [FORMULA ...]
       iij eval --workbook FILE.xlsx
  Evaluates each formula (with or without a leading "="), or each line of standard input when no
  formula is given, with the same IIJ.* functions Excel runs, in HyperFormula.
  Example: npx iij eval '=IIJ.REVENUE("1H23","Network")/IIJ.REVENUE("1H22","Network")-1'
  --lang ja: #VALUE! and #N/A messages in Japanese, as Excel in Japanese shows them (default en).
  --workbook: says what a colleague sees when opening FILE.xlsx (the add-in it names and its store,
  whether Excel recalculates on open, IIJ.* cells without a cached value, unknown IIJ.* functions;
  "problem:" lines would show them #NAME?), recalculates every sheet and prints each formula whose
  result differs from the value cached in the file, then "N formulas, M differ" and a verdict line.
  Exit 1 if there is a problem or M > 0.`;

function formatValue(value: CellValue): string {
  if (value instanceof DetailedCellError)
    return `${value.value}${value.message ? ` ${value.message}` : ""}`;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Evaluates one formula on a sheet of its own, so spilled results never collide. */
export function evaluateFormula(engine: HyperFormula, formula: string): string {
  const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
  const sheetName = engine.addSheet();
  const sheet = engine.getSheetId(sheetName)!;
  try {
    engine.setCellContents({ sheet, row: 0, col: 0 }, [[text]]);
    const spill = engine.getSheetValues(sheet);
    if (spill.length > 1 || (spill[0]?.length ?? 0) > 1) {
      return JSON.stringify(
        spill.map((row) =>
          row.map((cell) => (cell instanceof DetailedCellError ? formatValue(cell) : cell))
        )
      );
    }
    return formatValue(engine.getCellValue({ sheet, row: 0, col: 0 }));
  } finally {
    engine.removeSheet(sheet);
  }
}

async function readStdin(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === undefined) {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== "eval") {
    console.error(`iij: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  if (rest[0] === "--lang") {
    const language = rest[1];
    if (language !== "en" && language !== "ja") {
      console.error(`iij: --lang takes en or ja, not ${language ?? "nothing"}\n${USAGE}`);
      return 2;
    }
    setMessageLanguage(language satisfies MessageLanguage);
    rest.splice(0, 2);
  }
  if (rest[0] === "--workbook") {
    if (rest.length !== 2) {
      console.error(`iij: --workbook takes one file\n${USAGE}`);
      return 2;
    }
    try {
      return await runWorkbookCheck(rest[1]);
    } catch (error) {
      console.error(`iij: ${rest[1]}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  const formulas = rest.length > 0 ? rest : await readStdin();
  const engine = createEngine();
  for (const formula of formulas) {
    const line = evaluateFormula(engine, formula);
    console.log(line);
  }
  // Errors are answers, not failures of the tool: exit 0 unless the input itself was unusable.
  return formulas.length === 0 ? 2 : 0;
}
