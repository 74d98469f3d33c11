import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration } from "webpack";
import { STAGED_FILING_ID, STAGED_VALUE } from "../src/preview/staged-dataset";
import { CustomFunctionsErrorStandIn, ERROR_CODES } from "./support/custom-functions-stand-in";

const ROOT = join(__dirname, "..");

// The same webpack.config.js `npm run build` uses, built into a temporary folder.
const makeConfig = require(join(ROOT, "webpack.config.js")) as (
  env: unknown,
  argv: { mode: string }
) => Configuration;

function build(outDir: string): Promise<webpack.Stats> {
  const config = makeConfig({}, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => (err || !stats ? reject(err) : resolve(stats)));
  });
}

describe("production build (webpack)", function () {
  this.timeout(180_000);
  let out: string;
  let stats: webpack.Stats;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), "iij-build-"));
    stats = await build(out);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it("compiles without errors", () => {
    assert.deepEqual(
      stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message),
      []
    );
  });

  it("keeps functions.js within 60,000 B gzip, split chunks counted, as bench/run.ts measures it", () => {
    // Issue 19 item 7 (bench/run.ts TARGETS.functions_gzip_bytes): Excel loads functions.js with
    // the workbook, the dataset inside. A chunk split off counts too: either page may load it.
    const gz = (file: string) => gzipSync(readFileSync(join(out, file))).length;
    const entries = new Set([
      "functions.js",
      "taskpane.js",
      "commands.js",
      "help.js",
      "preview.js",
    ]);
    const chunks = readdirSync(out).filter((f) => f.endsWith(".js") && !entries.has(f));
    const bytes = gz("functions.js") + chunks.reduce((sum, f) => sum + gz(f), 0);
    assert.ok(
      bytes <= 60_000,
      `functions.js ${bytes} B gzip > 60,000 (chunks: ${chunks.join(", ") || "none"})`
    );
  });

  it("emits the shared-runtime pages, scripts, manifest and icons", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "commands.html",
      "commands.js",
      "functions.js",
      "functions.json",
      "functions-ja.json",
      "preview.html",
      "help.html",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-80.png",
    ]) {
      assert.ok(existsSync(join(out, file)), file);
    }
  });

  it("ships none of the preview host: no HyperFormula, no staged dataset nor the switch that stages it", () => {
    const files = readdirSync(out).filter((f) => /\.(js|html)$/.test(f));
    assert.ok(files.includes("taskpane.js") && files.includes("functions.js"));
    for (const file of files) {
      const code = readFileSync(join(out, file), "utf8");
      for (const marker of [
        STAGED_FILING_ID,
        STAGED_VALUE,
        "staged in the preview host",
        "HyperFormula",
      ])
        assert.ok(!code.includes(marker), `${file} holds "${marker}"`);
    }
  });

  it("loads the functions and commands code in the task pane page (one runtime)", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    for (const script of ["taskpane.js", "commands.js", "functions.js"])
      assert.match(html, new RegExp(script));
    assert.match(html, /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
  });

  it("generates functions.json from the JSDoc and registers every function in functions.js", () => {
    const { functions } = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as {
      functions: Array<{ id: string; name: string }>;
    };
    assert.ok(functions.length > 0, "no @customfunction found");
    const code = readFileSync(join(out, "functions.js"), "utf8");
    for (const fn of functions)
      assert.ok(code.includes(`CustomFunctions.associate("${fn.id}"`), fn.id);
  });

  it("runs functions.js on its own: every function registered, answering from the bundled dataset", () => {
    const { functions } = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as {
      functions: Array<{ id: string }>;
    };
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    const CustomFunctions = {
      Error: CustomFunctionsErrorStandIn,
      ErrorCode: ERROR_CODES,
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    };
    // The minified bundle as Excel's runtime loads it: a script with CustomFunctions as a global.
    runInContext(
      readFileSync(join(out, "functions.js"), "utf8"),
      createContext({ CustomFunctions })
    );
    assert.deepEqual([...registered.keys()].sort(), functions.map((fn) => fn.id).sort());
    // 2Q FY2023 report, line 676: Network services, six months to 30 September 2023, 73,981.
    assert.equal(registered.get("REVENUE")!("1H23", "Network"), 73981);
    // Line 101: revenues for the year to 31 March 2023, 252,708 million yen, here in billions.
    assert.equal(registered.get("VALUE")!("Revenues", "FY22", "JPY bn"), 252.708);
  });

  it("emits the Japanese metadata where the manifest's ja-JP override points, same functions", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    const url =
      /<bt:Url id="Functions\.Metadata\.Url"[^>]*>\s*<bt:Override Locale="ja-JP" Value="([^"]+)"/.exec(
        manifest
      )?.[1];
    assert.equal(url, "https://localhost:3000/functions-ja.json");
    const file = join(out, new URL(url).pathname);
    assert.ok(existsSync(file), file);
    type Fn = { id: string; name: string; parameters?: { name: string }[] };
    const shape = (path: string) =>
      (JSON.parse(readFileSync(path, "utf8")) as { functions: Fn[] }).functions.map((fn) => [
        fn.id,
        fn.name,
        (fn.parameters ?? []).map((p) => p.name),
      ]);
    assert.deepEqual(shape(file), shape(join(out, "functions.json")));
  });
});
