/**
 * `npx iij eval`: evaluates IIJ.* formulas outside Excel, each given as an argument or as a line of
 * standard input, and prints one line per formula: the value at full precision, or the error code,
 * a space and the message.
 */
import { DetailedCellError, type CellValue, type HyperFormula } from "hyperformula";
import { setMessageLanguage, type MessageLanguage } from "../data/messages";
import { createEngine } from "./engine";
import { toEngineFormula } from "./formula-text";
import { runWorkbookCheck } from "./verdict";
import { cut } from "./workbook";
import { RefusedFile } from "./zip-limits";

const USAGE = `usage: iij eval [--lang en|ja] [FORMULA ...]
       iij eval --workbook FILE.xlsx
       iij --version
  Evaluates each formula (with or without a leading "="), or each line of standard input when no
  formula is given, with the same IIJ.* functions Excel runs, in HyperFormula.
  Example: npx iij eval '=IIJ.REVENUE("1H23","Network")/IIJ.REVENUE("1H22","Network")-1'
  --lang ja: #VALUE! and #N/A messages in Japanese, as Excel in Japanese shows them (default en).
  --workbook: says what a colleague sees when opening FILE.xlsx (the add-in it names and its store,
  whether Excel recalculates on open, IIJ.* cells without a cached value, unknown IIJ.* functions;
  "problem:" lines would show them #NAME?), recalculates every sheet and prints each formula whose
  result differs from the value cached in the file, then "N formulas, M differ" and a verdict line.
  Exit 1 if there is a problem, a formula that could not be evaluated, or M > 0. A file that is not
  a workbook, or is beyond the checker's limits (README, "Checking formulas without Excel"), gets
  one line saying why, and exit 2.`;

/** The package's version, for --version. */
function version(): string {
  return (require("../../package.json") as { version: string }).version;
}

/** One line however long or multi-line the text: newlines escaped as \n. */
function oneLine(text: string): string {
  return text.replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}

function errorMessage(error: DetailedCellError): string {
  // HyperFormula's parse errors list every token it expected, over a dozen lines.
  if (error.message.startsWith("Parsing error"))
    return `the formula does not parse (${cut(/but found: (.*)$/s.exec(error.message)?.[1] ?? error.message.split("\n")[0], 60).replace(/^/, "found ")})`;
  return oneLine(error.message);
}

function formatValue(value: CellValue): string {
  if (value instanceof DetailedCellError)
    return `${value.value}${value.message ? ` ${errorMessage(value)}` : ""}`;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return oneLine(String(value));
}

/**
 * Evaluates one formula on a sheet of its own, so spilled results never collide. Always one line:
 * a formula the engine cannot take (too deep for it, say) is an #ERROR! line naming it.
 */
export function evaluateFormula(engine: HyperFormula, formula: string): string {
  try {
    return evaluateOnSheet(engine, formula);
  } catch (error) {
    const why = error instanceof RangeError ? "too deeply nested for the evaluator" : String(error);
    return `#ERROR! cannot evaluate ${cut(formula.trim(), 60)}: ${cut(why, 100)}`;
  }
}

function evaluateOnSheet(engine: HyperFormula, formula: string): string {
  const trimmed = formula.trim();
  const text = toEngineFormula(trimmed.startsWith("=") ? trimmed.slice(1) : trimmed);
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

/** An unexpected failure in one line, never a stack trace. */
function describe(error: unknown): string {
  if (error instanceof RangeError)
    return `too large or deep for the evaluator (${cut(error.message, 60)})`;
  if ((error as { code?: string }).code === "ENOENT") return "no such file";
  return cut(error instanceof Error ? error.message : String(error), 120);
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
  if (command === "--version" || command === "-v") {
    console.log(version());
    return 0;
  }
  if (command !== "eval") {
    console.error(`iij: unknown command "${cut(command, 40)}"\n${USAGE}`);
    return 2;
  }
  if (rest[0] === "--help" || rest[0] === "-h") {
    console.log(USAGE);
    return 0;
  }
  if (rest[0] === "--version") {
    console.log(version());
    return 0;
  }
  if (rest[0] === "--lang") {
    const language = rest[1];
    if (language !== "en" && language !== "ja") {
      console.error(`iij: --lang takes en or ja, not ${language ? cut(language, 40) : "nothing"}`);
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
      const why =
        error instanceof RefusedFile ? error.message : `cannot be checked: ${describe(error)}`;
      console.error(`iij: ${cut(rest[1], 80)}: ${why}`);
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
