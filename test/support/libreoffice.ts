/**
 * LibreOffice Calc as a third-party reader of our workbooks: `soffice --headless` converts an
 * .xlsx to one CSV per sheet, in a throwaway profile whose "recalculation on file load" setting is
 * chosen by the test (never: what the file caches; always: what a reader without the add-in
 * computes). `.ci/run` installs Debian's libreoffice-calc and sets IIJ_REQUIRE_LIBREOFFICE, so
 * there a missing soffice fails instead of skipping.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

export function libreOfficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

/** Whether a missing LibreOffice is a failure (CI) rather than a reason to skip (a developer's machine). */
export const LIBREOFFICE_REQUIRED = process.env.IIJ_REQUIRE_LIBREOFFICE === "1";

/** `/org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode`: 0 always, 1 never. */
const RECALC_MODE = { always: 0, never: 1 } as const;

function profile(dir: string, recalc: keyof typeof RECALC_MODE): string {
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${RECALC_MODE[recalc]}</value></prop></item>
</oor:items>
`
  );
  return pathToFileURL(dir).href;
}

/** RFC 4180 CSV, as LibreOffice writes it (comma, double quotes, quotes doubled). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Every sheet of `xlsx` as LibreOffice shows it, sheet name -> rows of cell texts. Numbers are
 * written unformatted (full precision), text as text.
 */
export function sheetsAsCsv(
  xlsx: string,
  recalc: keyof typeof RECALC_MODE
): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "iij-lo-"));
  try {
    const out = join(dir, "out");
    // Filter options: comma, double quote, UTF-8, from row 1, default column formats, language,
    // quote text, detect specials, "save cell contents as shown" off, export formulas off,
    // remove spaces off, and -1: every sheet to its own file "<name>-<sheet>.csv".
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1";
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${profile(join(dir, "profile"), recalc)}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        out,
        xlsx,
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
    const stem = basename(xlsx).replace(/\.xlsx$/, "");
    const sheets = new Map<string, string[][]>();
    for (const file of readdirSync(out)) {
      if (!file.startsWith(`${stem}-`) || !file.endsWith(".csv")) continue;
      sheets.set(file.slice(stem.length + 1, -4), parseCsv(readFileSync(join(out, file), "utf8")));
    }
    if (sheets.size === 0) throw new Error(`soffice wrote no CSV: ${run.stdout} ${run.stderr}`);
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
