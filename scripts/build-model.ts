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
import ExcelJS from "exceljs";
import * as iij from "../src/functions/iij";
import { manifestIdentity, referenceFor } from "../src/evaluator/addin-identity";
import { filingDateOf } from "../src/shared/workbook-marks";
import { finishWorkbook } from "./workbook-package";
import { writeAbout } from "./model/about";
import { writeModelSheet } from "./model/sheet";
import { sheetsOfModel } from "./model/spec";

export const MODEL_PATH = join(__dirname, "..", "examples", "IIJ-model.xlsx");
export const DEPLOY_GUIDE = join(__dirname, "..", "docs", "deploy.md");

/** A dataset version as IIJ.SOURCE prints it: latest filing date, a dot, 8 hex digits. */
export const DATASET_VERSION_PATTERN = /\b\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}\b/g;

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
  let formulas = writeAbout(workbook, datasetVersion());
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
