/**
 * `npx iij draft REPORT.txt [--out FILE.yaml | --out -] [--template SOURCE.yaml ...] [--force]`:
 * drafts a source file for a new filing's text, with the curated source files as the template,
 * and prints the review summary (to stderr when the draft goes to stdout).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { loadSources, SOURCE_DIR } from "../source";
import { draftFiling, NotAFilingError } from "./draft";
import { reviewSummary } from "./summary";
import { loadTemplate } from "./template";
import { draftYaml } from "./yaml-out";

export const DRAFT_USAGE = `usage: iij draft REPORT.txt [--out FILE.yaml | --out -] [--template SOURCE.yaml ...] [--force]
  Drafts a source file (data/README.md) for the text of a later IIJ filing, using the curated
  files in data/source/ as the template (or the --template files), and prints a review summary.
  Every row it is not sure of carries "review: <why>"; the build refuses the file until a person
  has resolved and deleted every mark and moved it to data/source/ (docs/adding-a-filing.md).
  --out -, or no --out: the YAML to standard output, the summary to standard error.
  --force: overwrite an existing --out file. Exit 0 when drafted; 1 when the text is no filing.`;

interface Arguments {
  report?: string;
  out?: string;
  templates: string[];
  force: boolean;
}

function parseArguments(argv: string[]): Arguments | string {
  const args: Arguments = { templates: [], force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--out" || arg === "--template") {
      const value = argv[++i];
      if (value === undefined) return `${arg} takes a file`;
      if (arg === "--out") args.out = value;
      else args.templates.push(value);
    } else if (arg === "--force") args.force = true;
    else if (arg.startsWith("-") && arg !== "-") return `unknown option ${arg}`;
    else if (args.report === undefined) args.report = arg;
    else return `one report at a time (also given: ${arg})`;
  }
  return args.report ? args : "give the report's text file";
}

export async function draftMain(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(DRAFT_USAGE);
    return 0;
  }
  const args = parseArguments(argv);
  if (typeof args === "string") {
    console.error(`iij draft: ${args}\n${DRAFT_USAGE}`);
    return 2;
  }
  const toStdout = args.out === undefined || args.out === "-";
  if (!toStdout) {
    if (resolve(args.out!).startsWith(resolve(SOURCE_DIR)))
      return fail(
        `--out ${args.out}: a draft goes into data/source/ only after review; write it elsewhere and move it when every mark is resolved`
      );
    if (existsSync(args.out!) && !args.force)
      return fail(`--out ${args.out} exists; add --force to overwrite it`);
  }
  let text: string;
  try {
    text = readFileSync(args.report!, "utf8");
  } catch (error) {
    return fail(
      `${args.report}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    );
  }
  const templatePaths =
    args.templates.length > 0
      ? args.templates
      : readdirSync(SOURCE_DIR)
          .filter((f) => f.endsWith(".yaml"))
          .map((f) => join(SOURCE_DIR, f));
  const templates = templatePaths.map((path) => loadTemplate(path));
  // The newest filing first: its layout is the likeliest of the next one's.
  templates.reverse();
  try {
    const draft = draftFiling(text, basename(args.report!), {
      templates,
      earlier: loadSources().figures,
    });
    const yaml = draftYaml(draft);
    if (toStdout) process.stdout.write(yaml);
    else writeFileSync(args.out!, yaml);
    (toStdout ? console.error : console.log)(reviewSummary(draft));
    return 0;
  } catch (error) {
    if (error instanceof NotAFilingError)
      return fail(`${args.report}: not drafted: ${error.message}`, 1);
    throw error;
  }
}

function fail(message: string, code = 2): number {
  console.error(`iij draft: ${message}`);
  return code;
}
