/**
 * What users load must not evaluate strings as code, talk to the network, or carry HyperFormula
 * (GPL-3.0, a development tool here). Scans the production bundles: dist/ when it is newer than
 * the sources, else a fresh production build into a temporary folder (built once per run).
 * Also checks the task pane page declares a Content-Security-Policy.
 */
import { strict as assert } from "node:assert";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = join(__dirname, "..", "..");

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** dist/ if it holds a production build newer than src/ and webpack.config.js. */
function freshDist(): string | undefined {
  const dist = join(ROOT, "dist");
  const functions = join(dist, "functions.js");
  if (!existsSync(functions) || !existsSync(join(dist, "taskpane.js"))) return undefined;
  const built = statSync(functions).mtimeMs;
  if (built < Math.max(newest(join(ROOT, "src")), newest(join(ROOT, "webpack.config.js"))))
    return undefined;
  // A development build carries source maps and eval-free but unminified code; scan only production.
  if (readFileSync(functions, "utf8").includes("sourceMappingURL")) return undefined;
  return dist;
}

function build(outDir: string): Promise<void> {
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: unknown,
    argv: { mode: string }
  ) => Configuration;
  const config = makeConfig({}, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error("webpack gave no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Text that must not appear in what the functions and the pane run. */
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: "eval(", pattern: /(^|[^\w$.])eval\s*\(/ },
  { name: "new Function", pattern: /new\s+Function\s*\(/ },
  { name: "Function( constructor call", pattern: /(^|[^\w$.])Function\s*\(\s*["'`]/ },
  { name: "fetch(", pattern: /(^|[^\w$])fetch\s*\(/ },
  { name: "XMLHttpRequest", pattern: /XMLHttpRequest/ },
  { name: "WebSocket", pattern: /WebSocket/ },
  { name: "navigator.sendBeacon", pattern: /sendBeacon/ },
  { name: "EventSource", pattern: /EventSource/ },
  { name: "importScripts", pattern: /importScripts/ },
];

function paneFetchIsOnlyFunctionsJson(code: string): boolean {
  const calls = code.match(/(^|[^\w$])fetch\s*\(/g) ?? [];
  return calls.length === 1 && code.includes('"functions.json"');
}

describe("hardening: the production bundles", function () {
  this.timeout(180_000);
  let dist: string;
  let temporary: string | undefined;
  let scripts: { file: string; code: string }[];

  before(async () => {
    const fresh = freshDist();
    if (fresh) dist = fresh;
    else {
      temporary = mkdtempSync(join(tmpdir(), "iij-bundle-safety-"));
      await build(temporary);
      dist = temporary;
    }
    scripts = readdirSync(dist)
      .filter((file) => file.endsWith(".js"))
      .map((file) => ({ file, code: readFileSync(join(dist, file), "utf8") }));
  });
  after(() => {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  });

  it("has the functions and task pane bundles", () => {
    const files = scripts.map((s) => s.file);
    assert.ok(files.includes("functions.js"), files.join(", "));
    assert.ok(files.includes("taskpane.js"), files.join(", "));
    // The functions bundle carries the dataset: a figure as it ships (99,219,535 less its
    // separators, src/data/encoding.ts) is in it.
    assert.ok(
      scripts.find((s) => s.file === "functions.js")!.code.includes("99219535"),
      "dataset not in functions.js"
    );
  });

  it("no eval, new Function or network call in the functions, pane and command bundles", () => {
    const found: string[] = [];
    for (const { file, code } of scripts) {
      if (file === "preview.js") continue; // the development preview page, not loaded by Excel
      for (const { name, pattern } of FORBIDDEN) {
        // The pane and the help page read their own functions.json (same origin,
        // src/shared/function-catalog.ts) for the function list: that one fetch is allowed.
        const readsFunctionList = file === "taskpane.js" || file === "help.js";
        if (readsFunctionList && name === "fetch(" && paneFetchIsOnlyFunctionsJson(code)) continue;
        const match = pattern.exec(code);
        if (match)
          found.push(
            `${file}: ${name} near "${code.slice(Math.max(0, match.index - 40), match.index + 40)}"`
          );
      }
    }
    assert.deepEqual(found, []);
  });

  it("HyperFormula (GPL-3.0) is in no production bundle", () => {
    for (const { file, code } of scripts) {
      for (const mark of ["HyperFormula", "hyperformula", "gpl-v3", "GNU General Public License"]) {
        assert.ok(!code.includes(mark), `${file} contains "${mark}"`);
      }
    }
  });

  it("the task pane page declares a Content-Security-Policy", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    // The production build minifies HTML, which drops the quotes around attribute values.
    const csp = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
    assert.ok(csp, "dist/taskpane.html has no Content-Security-Policy meta tag");
    assert.match(csp, /default-src/i);
    assert.doesNotMatch(csp, /unsafe-eval/i);
    assert.doesNotMatch(csp, /connect-src[^;]*\*/i);
  });
});
