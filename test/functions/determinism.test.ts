/**
 * A shared workbook must show every colleague the same figure: the IIJ.* results depend only on
 * the arguments and the bundled dataset. No clock, no randomness, no locale in the code the
 * functions run, no volatile or streaming function, and IIJ.SOURCE names the dataset version.
 */
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as iij from "../../src/functions/iij";

const ROOT = join(__dirname, "..", "..");
/** The code paths of the functions: their wrappers and implementations, and the dataset and its queries. */
const FUNCTION_CODE = [join(ROOT, "src", "functions"), join(ROOT, "src", "data")];

const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, "the clock (Date.now)"],
  [/\bnew\s+Date\s*\(\s*\)/, "the clock (new Date())"],
  [/\bperformance\.now\s*\(/, "the clock (performance.now)"],
  [/\bMath\.random\s*\(/, "randomness (Math.random)"],
  [/\.toLocale\w*\s*\(/, "the user's locale (toLocale*)"],
  [/\bIntl\./, "the user's locale (Intl)"],
  [
    /\.get(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds|TimezoneOffset)\s*\(/,
    "the local time zone (non-UTC Date getters)",
  ],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

/** The text without comments, so a comment that names Date.now is no finding. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("IIJ.* results depend only on the arguments and the bundled dataset", () => {
  it("use no clock, randomness, locale or local time zone in src/functions and src/data", () => {
    const files = FUNCTION_CODE.flatMap(sourceFiles);
    assert.ok(files.length > 5, "found the function code");
    const findings: string[] = [];
    for (const file of files) {
      code(readFileSync(file, "utf8"))
        .split("\n")
        .forEach((line, i) => {
          for (const [pattern, what] of FORBIDDEN)
            if (pattern.test(line))
              findings.push(`${relative(ROOT, file)}:${i + 1}: ${what}: ${line.trim()}`);
        });
    }
    assert.deepEqual(findings, []);
  });

  it("the scan would catch each forbidden use", () => {
    for (const sample of [
      "const t = Date.now();",
      "const d = new Date();",
      "x = Math.random()",
      "n.toLocaleString()",
      "new Intl.NumberFormat()",
      "d.getFullYear()",
    ])
      assert.ok(
        FORBIDDEN.some(([pattern]) => pattern.test(code(sample))),
        sample
      );
    assert.ok(
      !FORBIDDEN.some(([pattern]) => pattern.test(code("new Date(Date.UTC(y, m, 0)).getUTCDate()")))
    );
  });

  it("declare no volatile or streaming function in functions.json", async function () {
    this.timeout(60_000);
    const result = await generateCustomFunctionsMetadata(
      join(ROOT, "src", "functions", "functions.ts")
    );
    assert.deepEqual(result.errors, []);
    const { functions } = JSON.parse(result.metadataJson) as {
      functions: { id: string; options?: { volatile?: boolean; stream?: boolean } }[];
    };
    assert.ok(functions.length > 0);
    for (const f of functions) {
      assert.notEqual(f.options?.volatile, true, `IIJ.${f.id} is volatile`);
      assert.notEqual(f.options?.stream, true, `IIJ.${f.id} streams`);
    }
  });

  it("IIJ.SOURCE ends with the dataset version", () => {
    const version = iij.query().dataset.version;
    assert.match(version, /\S/);
    assert.ok(iij.source("Network", "1H23").endsWith(`Dataset ${version}.`));
    assert.ok(iij.source("Total assets", "2023-09-30").endsWith(`Dataset ${version}.`));
  });
});
