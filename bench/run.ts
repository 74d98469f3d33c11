/**
 * `npm run bench [-- --json]`: how expensive the IIJ.* functions are, against what a user would do
 * without them. Every figure is a median over repeated runs after warm-up, measured in this run.
 *
 *   call_ns         one IIJ.REVENUE / IIJ.VALUE call of the production functions.js (dist/, as
 *                   Excel's runtime loads it: a script with a CustomFunctions stand-in), arguments
 *                   mixed over the dataset's figures, answers remembered (a recalculation)
 *   map_get_ns      the floor: Map.get on precomputed keys for the same figures
 *   iij_10k_ms      HyperFormula, 10,000 IIJ.* formulas, full recalculation (rebuildAndRecalculate)
 *   xlookup_10k_ms  the same 10,000 figures by XLOOKUP over a pasted table of the dataset, same engine
 *   load_ms         a fresh Node process: decimal.js, the compiled data layer, the dataset, new Query
 *   dataset_load_ms the dataset's part of it: the generated module, its index, new Query (the name
 *                   catalogue is made on the first name looked up: load_breakdown_ms shows it)
 *   first_answer_ms then the first answer, nothing remembered yet: what loading lazily leaves to it
 *   *_gzip_bytes    the production bundles (dist/), gzip-compressed
 *   browser_load_first_answer_ms, browser_calls_10k_ms
 *                   the production functions.js in Chromium (bench/browser.ts): evaluated and the
 *                   first answer given; then 10,000 calls, each with arguments not asked before
 *
 * The human table goes to stdout; with --json the last line is one JSON object.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { installCustomFunctions } from "../test/support/custom-functions-stand-in";
import { measureBrowser, type BrowserCall } from "./browser";

installCustomFunctions();

export const functions =
  require("../src/functions/functions") as typeof import("../src/functions/functions");

const { query } = require("../src/functions/iij") as typeof import("../src/functions/iij");

const { createEngine } =
  require("../src/evaluator/engine") as typeof import("../src/evaluator/engine");

const { REVENUE_LINES } = require("../src/data/lines") as typeof import("../src/data/lines");

const { isMoneyUnit } = require("../src/data/unit") as typeof import("../src/data/unit");

const ROOT = join(__dirname, "..");
const JSON_OUT = process.argv.includes("--json");
const QUICK = process.argv.includes("--quick");

const TARGETS = {
  call_vs_map_get: 5,
  load_ms: 5,
  dataset_load_ms: 3,
  browser_load_first_answer_ms: 15,
  browser_calls_10k_ms: 10,
  functions_gzip_bytes: 60_000,
  taskpane_gzip_bytes: 250_000,
};

// ---- helpers ---------------------------------------------------------------------------------

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** A deterministic shuffle, so every run measures the same argument mix. */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---- the figures and the calls that reach them ------------------------------------------------

type Call = { fn: "REVENUE" | "VALUE"; args: unknown[]; key: string };

/** Excel's serial of an ISO date, as a date cell would pass it. */
function serialOf(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function buildCalls(): Call[] {
  const q = query();
  const calls: Call[] = [];
  const seen = new Set<string>();
  // IIJ.VALUE over every figure a query answers (the latest filing's, reported basis).
  let i = 0;
  for (const figure of q.dataset.figures) {
    if (figure.basis !== "reported") continue;
    const ref = { statement: figure.statement, item: figure.item };
    if (q.dataset.printed(ref, figure.period) !== figure) continue;
    const key = `${figure.statement}|${figure.item}|${figure.period}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const name = q.catalogue.displayName(ref);
    i++;
    const instant = /^\d{4}-/.test(figure.period);
    const period =
      instant && i % 3 === 0
        ? serialOf(figure.period)
        : i % 5 === 0
          ? figure.period.toLowerCase()
          : figure.period;
    const unit = isMoneyUnit(figure.unit)
      ? [undefined, "JPY k", 1000000, "JPY bn", ""][i % 5]
      : undefined;
    calls.push({ fn: "VALUE", args: [name, period, unit], key });
  }
  // IIJ.REVENUE over every line and period it has.
  let j = 0;
  for (const line of REVENUE_LINES) {
    for (const period of q.periods(line.name)) {
      j++;
      const unit = [undefined, "JPY k", "JPY mn", 1000][j % 4];
      const name = j % 3 === 0 ? (line.aliases[0] ?? line.name) : line.name;
      calls.push({
        fn: "REVENUE",
        args: [period, name, unit],
        key: `revenue|${line.name}|${period}`,
      });
    }
  }
  // Keep only the calls that answer with a number: the benchmark is of lookups, not of errors.
  return shuffled(
    calls.filter((call) => {
      try {
        return (
          typeof (functions[call.fn] as (...a: unknown[]) => number)(...call.args) === "number"
        );
      } catch {
        return false;
      }
    })
  );
}

/**
 * `count` calls with argument sets all different from each other (and from IIJ.REVENUE("1H23",
 * "Network"), the browser's first answer): the base calls, then each again with another unit or
 * another spelling of its period, as long as it still answers with a number.
 */
function distinctCalls(calls: Call[], count: number): BrowserCall[] {
  const units: unknown[] = [null, "JPY k", "JPY bn", "JPY", 1, 1000, 1000000, 1000000000, "jpy mn"];
  const spellings = [
    (p: unknown) => p,
    (p: unknown) => (typeof p === "string" ? p.toLowerCase() : p),
  ];
  const seen = new Set<string>([JSON.stringify(["REVENUE", ["1H23", "Network"]])]);
  const out: BrowserCall[] = [];
  for (const unit of units) {
    for (const spell of spellings) {
      for (const call of calls) {
        if (out.length >= count) return out;
        const args =
          call.fn === "VALUE"
            ? [call.args[0], spell(call.args[1]), unit ?? call.args[2] ?? null]
            : [spell(call.args[0]), call.args[1], unit ?? call.args[2] ?? null];
        const key = JSON.stringify([call.fn, args]);
        if (seen.has(key)) continue;
        seen.add(key);
        try {
          const answer = (functions[call.fn] as (...a: unknown[]) => unknown)(...args);
          if (typeof answer === "number") out.push({ fn: call.fn, args });
        } catch {
          // a unit the line does not take (counts, ratios): not a lookup, left out
        }
      }
    }
  }
  return out;
}

// ---- call_ns and map_get_ns --------------------------------------------------------------------

/**
 * The functions of the production functions.js, as Excel's runtime runs it: a script whose
 * CustomFunctions.associate registers them. Through tsx every imported binding would be a
 * getter of its CommonJS transform, which the shipped bundle (one scope, webpack) has not.
 */
function shippedFunctions(): Record<string, (...a: unknown[]) => number> {
  const registered: Record<string, (...a: unknown[]) => number> = {};
  const g = globalThis as unknown as { CustomFunctions: { associate: unknown } };
  const associate = g.CustomFunctions.associate;
  g.CustomFunctions.associate = (id: string, fn: (...a: unknown[]) => number) =>
    (registered[id] = fn);
  runInThisContext(readFileSync(join(ROOT, "dist", "functions.js"), "utf8"), {
    filename: "functions.js",
  });
  g.CustomFunctions.associate = associate;
  return registered;
}

function measureCalls(
  calls: Call[],
  shipped: Record<string, (...a: unknown[]) => number>
): { call_ns: number; map_get_ns: number; call_count: number } {
  const runs = QUICK ? 5 : 15;
  const iterations = QUICK ? 50_000 : 200_000;
  const fns = calls.map((call) => shipped[call.fn]);
  const argLists = calls.map((call) => call.args);
  const n = calls.length;

  const map = new Map<string, number>();
  for (let k = 0; k < n; k++) map.set(calls[k].key, fns[k](...argLists[k]));
  // Fresh strings equal to the keys, as a lookup key built elsewhere would be.
  const keys = calls.map((call) => `${call.key.slice(0, 1)}${call.key.slice(1)}`);

  let sink = 0;
  const callRun = () => {
    const start = now();
    for (let k = 0; k < iterations; k++) {
      const at = k % n;
      sink += fns[at](...argLists[at]);
    }
    return ((now() - start) * 1e6) / iterations;
  };
  const mapRun = () => {
    const start = now();
    for (let k = 0; k < iterations * 10; k++) sink += map.get(keys[k % n])!;
    return ((now() - start) * 1e6) / (iterations * 10);
  };
  for (let w = 0; w < 3; w++) {
    callRun();
    mapRun();
  }
  const callTimes: number[] = [];
  const mapTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    callTimes.push(callRun());
    mapTimes.push(mapRun());
  }
  if (Number.isNaN(sink)) console.error("(sink)");
  return { call_ns: median(callTimes), map_get_ns: median(mapTimes), call_count: n };
}

/** Where the time of one call goes: each layer measured on its own, same calls. */
function callBreakdown(
  calls: Call[],
  shipped: Record<string, (...a: unknown[]) => number>
): Record<string, number> {
  const q = query();
  const iterations = QUICK ? 20_000 : 100_000;
  const n = calls.length;
  const time = (body: (call: Call) => unknown) => {
    for (let k = 0; k < iterations / 4; k++) body(calls[k % n]);
    const samples: number[] = [];
    for (let r = 0; r < 5; r++) {
      const start = now();
      for (let k = 0; k < iterations; k++) body(calls[k % n]);
      samples.push(((now() - start) * 1e6) / iterations);
    }
    return round(median(samples));
  };
  const valueCalls = calls.filter((c) => c.fn === "VALUE");
  const resolve = (call: Call) =>
    call.fn === "VALUE" ? q.resolveItem(String(call.args[0])) : undefined;
  const period = (call: Call) =>
    q.period((call.fn === "VALUE" ? call.args[1] : call.args[0]) as string | number);
  const name = (c: Call) => String(c.fn === "VALUE" ? c.args[0] : c.args[1]);
  return {
    whole_call_ns: time((c) => shipped[c.fn](...c.args)),
    // What a first call computes once its arguments are read, without the functions' memo: a
    // printed figure's number read from its text, a derived one through an Answer.
    number_anew_ns: time((c) =>
      q.numberOf(
        q.namedLine(c.fn, name(c)),
        (c.fn === "VALUE" ? c.args[1] : c.args[0]) as string | number,
        c.args[2] as string | number | undefined
      )
    ),
    // The Answer the pane, IIJ.SOURCE and IIJ.TABLE read (not remembered; its figure is).
    answer_ns: time((c) =>
      c.fn === "VALUE"
        ? q.value(String(c.args[0]), c.args[1] as string, c.args[2] as string)
        : q.revenue(c.args[0] as string, String(c.args[1]), c.args[2] as string)
    ),
    resolve_item_ns: valueCalls.length ? time(resolve) : 0,
    // Periods are read once per text (parsePeriod remembers them): this is a remembered read.
    parse_period_ns: time(period),
  };
}

// ---- HyperFormula: IIJ.* against XLOOKUP --------------------------------------------------------

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function measureSheets(calls: Call[]): {
  iij_10k_ms: number;
  xlookup_10k_ms: number;
  pasted_rows: number;
  check: string;
} {
  const q = query();
  const COUNT = 10_000;
  const runs = QUICK ? 3 : 7;
  // The pasted table: one row per figure a VALUE call answers, key = "<item>|<period>", value as printed.
  const valueCalls = calls.filter((c) => c.fn === "VALUE" && typeof c.args[1] === "string");
  const pasted: (string | number)[][] = [];
  for (const call of valueCalls) {
    const name = String(call.args[0]);
    const period = String(call.args[1]).toUpperCase();
    pasted.push([
      `${name}|${period}`,
      name,
      period,
      q.value(name, period, undefined).value.toNumber(),
    ]);
  }
  const rows = pasted.length;
  const iijSheet: string[][] = [];
  const xlookupSheet: string[][] = [];
  for (let k = 0; k < COUNT; k++) {
    const [key, name, period] = pasted[(k * 7919) % rows] as string[];
    iijSheet.push([`=IIJ.VALUE(${quote(name)},${quote(period)})`]);
    xlookupSheet.push([`=XLOOKUP(${quote(key)},Data!$A$1:$A$${rows},Data!$D$1:$D$${rows})`]);
  }
  const iijEngine = createEngine({ Sheet1: iijSheet });
  const xlookupEngine = createEngine({ Sheet1: xlookupSheet, Data: pasted });
  const timeRecalc = (engine: ReturnType<typeof createEngine>) => {
    const start = now();
    engine.rebuildAndRecalculate();
    return now() - start;
  };
  timeRecalc(iijEngine);
  timeRecalc(xlookupEngine);
  const iijTimes: number[] = [];
  const xlookupTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    iijTimes.push(timeRecalc(iijEngine));
    xlookupTimes.push(timeRecalc(xlookupEngine));
  }
  // Both sheets must show the same figures, or the comparison means nothing.
  const sheet = (engine: ReturnType<typeof createEngine>) =>
    engine.getSheetValues(engine.getSheetId("Sheet1")!);
  const a = sheet(iijEngine).flat();
  const b = sheet(xlookupEngine).flat();
  const mismatches = a.filter((v, k) => typeof v !== "number" || v !== b[k]).length;
  iijEngine.destroy();
  xlookupEngine.destroy();
  return {
    iij_10k_ms: median(iijTimes),
    xlookup_10k_ms: median(xlookupTimes),
    pasted_rows: rows,
    check: mismatches === 0 ? "same 10,000 values" : `${mismatches} of 10,000 cells differ`,
  };
}

// ---- load_ms: a fresh process -------------------------------------------------------------------

/**
 * The data layer compiled to plain JavaScript, as the add-in ships it: timing it through tsx
 * would time TypeScript's transform, which no user ever runs.
 */
function compileDataLayer(): string {
  const out = mkdtempSync(join(os.tmpdir(), "iij-load-"));
  const tsc = spawnSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc"),
      ...[
        "--outDir",
        out,
        "--rootDir",
        join(ROOT, "src"),
        "--module",
        "commonjs",
        "--target",
        "ES2020",
      ],
      ...["--strict", "--esModuleInterop", "--skipLibCheck", "--types", "node"],
      join(ROOT, "src/data/load.ts"),
      join(ROOT, "src/data/query.ts"),
    ],
    { cwd: ROOT, encoding: "utf8" }
  );
  if (tsc.status !== 0)
    throw new Error(`compiling the data layer failed: ${tsc.stdout}${tsc.stderr}`);
  return out;
}

/**
 * A fresh process loads, in order: decimal.js, the data layer's code, then the dataset (the
 * generated module, its index, new Query). `dataset` is that last part alone: loading the dataset
 * and building its indexes; `total` is everything. Then the first answer, and apart (made on the
 * first name looked up, not at load) the name catalogue.
 */
function childScript(compiled: string): string {
  const module = (name: string) => JSON.stringify(join(compiled, "data", name));
  return `
const { performance } = require("node:perf_hooks");
const t0 = performance.now();
require("decimal.js");
const tDecimal = performance.now();
const { Dataset } = require(${module("dataset")});
const { Query } = require(${module("query")});
const tCode = performance.now();
const generated = require(${module("generated/dataset")});
const dataset = Dataset.fromEncoded(generated.DATASET_VERSION, generated.REPORTS, generated.FIGURES);
const tIndex = performance.now();
const q = new Query(dataset);
const t3 = performance.now();
const network = q.revenue("1H23", "Network").number;
const t4 = performance.now();
if (network !== 73981) process.exit(2);
// The name catalogue is made when a first name is looked up (IIJ.VALUE), not at load.
q.catalogue.resolve("Total assets");
const t5 = performance.now();
process.stdout.write(JSON.stringify({
  total: t3 - t0, decimal: tDecimal - t0, require: tCode - t0, dataset: tIndex - tCode, query: t3 - tIndex,
  datasetLoad: t3 - tCode, firstAnswer: t4 - t3, catalogue: t5 - t4,
}));
`;
}

function measureLoad(): {
  load_ms: number;
  dataset_load_ms: number;
  first_answer_ms: number;
  decimal_ms: number;
  require_ms: number;
  dataset_ms: number;
  query_ms: number;
  catalogue_ms: number;
} {
  const runs = QUICK ? 5 : 15;
  const compiled = compileDataLayer();
  const script = childScript(compiled);
  const once = () => {
    // NODE_PATH lets the compiled modules find decimal.js in the project's node_modules.
    const result = spawnSync(process.execPath, ["-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    });
    if (result.status !== 0) throw new Error(`load child failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as {
      total: number;
      datasetLoad: number;
      firstAnswer: number;
      decimal: number;
      require: number;
      dataset: number;
      query: number;
      catalogue: number;
    };
  };
  // Warm-up: the OS file cache, as after a first load.
  once();
  once();
  const samples = Array.from({ length: runs }, once);
  rmSync(compiled, { recursive: true, force: true });
  return {
    load_ms: median(samples.map((s) => s.total)),
    dataset_load_ms: median(samples.map((s) => s.datasetLoad)),
    first_answer_ms: median(samples.map((s) => s.firstAnswer)),
    decimal_ms: median(samples.map((s) => s.decimal)),
    require_ms: median(samples.map((s) => s.require)),
    dataset_ms: median(samples.map((s) => s.dataset)),
    query_ms: median(samples.map((s) => s.query)),
    catalogue_ms: median(samples.map((s) => s.catalogue)),
  };
}

// ---- bundles ------------------------------------------------------------------------------------

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function ensureBuild(): { built: boolean; error?: string } {
  const dist = join(ROOT, "dist");
  const inputs = Math.max(
    newestMtime(join(ROOT, "src")),
    newestMtime(join(ROOT, "webpack.config.js"))
  );
  const output = existsSync(join(dist, "functions.js"))
    ? statSync(join(dist, "functions.js")).mtimeMs
    : 0;
  if (output > inputs) return { built: false };
  const result = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-5).join(" ");
    return { built: true, error: `webpack --mode production failed: ${tail}` };
  }
  return { built: true };
}

function measureBundles(): {
  functions_gzip_bytes: number | null;
  taskpane_gzip_bytes: number | null;
  bundle_note: string;
  bundle_files: Record<string, number>;
} {
  const build = ensureBuild();
  const dist = join(ROOT, "dist");
  if (
    build.error ||
    !existsSync(join(dist, "functions.js")) ||
    !existsSync(join(dist, "taskpane.js"))
  ) {
    const why = build.error ?? "dist/functions.js or dist/taskpane.js missing after the build";
    return {
      functions_gzip_bytes: null,
      taskpane_gzip_bytes: null,
      bundle_note: why,
      bundle_files: {},
    };
  }
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
  // Entry points of other pages (ribbon commands, help page, dev preview) are not split chunks.
  const entries = new Set(["functions.js", "taskpane.js", "commands.js", "help.js", "preview.js"]);
  // Split chunks (none today) count toward both bundles: either page may load them.
  const chunks = files.filter((f) => !entries.has(f));
  const chunkBytes = chunks.reduce((sum, f) => sum + gz(f), 0);
  const bundle_files = Object.fromEntries(files.map((f) => [f, gz(f)]));
  return {
    functions_gzip_bytes: gz("functions.js") + chunkBytes,
    taskpane_gzip_bytes: gz("taskpane.js") + chunkBytes,
    bundle_note: `${build.built ? "built now" : "dist up to date"}; gzip level 6 (zlib default)${chunks.length ? `; chunks ${chunks.join(", ")}` : ""}`,
    bundle_files,
  };
}

// ---- main ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const log = (line = "") => console.log(line);
  const calls = buildCalls();
  const browserCalls = distinctCalls(calls, 10_000);
  // The production build first: the call and browser figures are of its functions.js.
  const bundles = measureBundles();
  if (bundles.functions_gzip_bytes === null) throw new Error(bundles.bundle_note);
  const shipped = shippedFunctions();
  const callsResult = measureCalls(calls, shipped);
  const breakdown = callBreakdown(calls, shipped);
  const sheets = measureSheets(calls);
  const load = measureLoad();
  const browser = bundles.functions_gzip_bytes
    ? await measureBrowser(
        readFileSync(join(ROOT, "dist", "functions.js"), "utf8"),
        calls.map((call) => ({ fn: call.fn, args: call.args.map((a) => a ?? null) })),
        browserCalls,
        QUICK ? 5 : 15,
        median
      )
    : undefined;

  const callRatio = callsResult.call_ns / callsResult.map_get_ns;
  const sheetRatio = sheets.iij_10k_ms / sheets.xlookup_10k_ms;
  const met = {
    call_ns: callRatio <= TARGETS.call_vs_map_get,
    iij_10k_ms: sheetRatio <= 1,
    load_ms: load.load_ms <= TARGETS.load_ms,
    dataset_load_ms: load.dataset_load_ms <= TARGETS.dataset_load_ms,
    browser_load_first_answer_ms: browser
      ? browser.load_first_answer_ms <= TARGETS.browser_load_first_answer_ms
      : null,
    browser_calls_10k_ms: browser ? browser.calls_10k_ms <= TARGETS.browser_calls_10k_ms : null,
    functions_gzip_bytes:
      bundles.functions_gzip_bytes !== null
        ? bundles.functions_gzip_bytes <= TARGETS.functions_gzip_bytes
        : null,
    taskpane_gzip_bytes:
      bundles.taskpane_gzip_bytes !== null
        ? bundles.taskpane_gzip_bytes <= TARGETS.taskpane_gzip_bytes
        : null,
  };

  const explanations: string[] = [];
  if (!met.call_ns) {
    explanations.push(
      `call_ns is ${round(callRatio)}x map_get_ns (target ${TARGETS.call_vs_map_get}x). Per call (ns): whole ${breakdown.whole_call_ns} ` +
        `(the Excel argument checks, src/functions/arguments.ts, the error wrapper, inExcel, and three remembered ` +
        `lookups, name -> period -> unit, src/functions/iij.ts). A first, unremembered call costs microseconds: ` +
        `the number anew ${breakdown.number_anew_ns} ns (through tsx, so each import a getter), the name resolved ` +
        `once (${breakdown.resolve_item_ns} ns remembered), an Answer for the pane ${breakdown.answer_ns} ns.`
    );
  }
  if (!met.iij_10k_ms) explanations.push(`iij_10k_ms is ${round(sheetRatio, 2)}x xlookup_10k_ms.`);
  if (!met.load_ms) {
    explanations.push(
      `load_ms ${round(load.load_ms, 2)} ms > 5: the code (decimal.js ${round(load.decimal_ms, 2)} ms, the data layer's ` +
        `modules ${round(load.require_ms - load.decimal_ms, 2)} ms), then the dataset itself ${round(load.dataset_load_ms, 2)} ms: ` +
        `the generated module and its index ${round(load.dataset_ms, 2)} ms, new Query ` +
        `${round(load.query_ms, 2)} ms (the name catalogue, made on the first name looked up: ` +
        `${round(load.catalogue_ms, 2)} ms).`
    );
  }

  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    call_ns: round(callsResult.call_ns),
    map_get_ns: round(callsResult.map_get_ns, 2),
    call_vs_map_get: round(callRatio, 1),
    iij_10k_ms: round(sheets.iij_10k_ms),
    xlookup_10k_ms: round(sheets.xlookup_10k_ms),
    iij_vs_xlookup: round(sheetRatio, 3),
    load_ms: round(load.load_ms, 2),
    dataset_load_ms: round(load.dataset_load_ms, 2),
    first_answer_ms: round(load.first_answer_ms, 2),
    browser_load_first_answer_ms: browser ? round(browser.load_first_answer_ms, 2) : null,
    browser_calls_10k_ms: browser ? round(browser.calls_10k_ms, 2) : null,
    browser_recalc_10k_ms: browser ? round(browser.recalc_10k_ms, 2) : null,
    browser_new_calls_10k_ms: browser ? round(browser.new_calls_10k_ms, 2) : null,
    functions_gzip_bytes: bundles.functions_gzip_bytes,
    taskpane_gzip_bytes: bundles.taskpane_gzip_bytes,
    targets: {
      call_ns: `<= ${TARGETS.call_vs_map_get} x map_get_ns`,
      iij_10k_ms: "<= xlookup_10k_ms",
      load_ms: `<= ${TARGETS.load_ms}`,
      dataset_load_ms: `<= ${TARGETS.dataset_load_ms}`,
      browser_load_first_answer_ms: `<= ${TARGETS.browser_load_first_answer_ms}`,
      browser_calls_10k_ms: `<= ${TARGETS.browser_calls_10k_ms}`,
      functions_gzip_bytes: `<= ${TARGETS.functions_gzip_bytes}`,
      taskpane_gzip_bytes: `<= ${TARGETS.taskpane_gzip_bytes}`,
    },
    met,
    details: {
      distinct_calls: callsResult.call_count,
      call_breakdown_ns: breakdown,
      xlookup_pasted_rows: sheets.pasted_rows,
      sheet_check: sheets.check,
      load_breakdown_ms: {
        require: round(load.require_ms, 2),
        decimal_js: round(load.decimal_ms, 2),
        dataset: round(load.dataset_ms, 2),
        query: round(load.query_ms, 2),
        catalogue_on_first_name: round(load.catalogue_ms, 2),
      },
      bundles: bundles.bundle_note,
      browser: browser
        ? {
            chromium: browser.chromium,
            first_answer: browser.first_answer,
            calls_answered: browser.numbers,
            calls: browserCalls.length,
          }
        : "not measured: no production build",
      bundle_files_gzip: bundles.bundle_files,
    },
    explanations,
  };

  const yes = (ok: boolean | null) => (ok === null ? "n/a" : ok ? "met" : "MISSED");
  const rows: [string, string, string, string][] = [
    [
      "call_ns",
      `${result.call_ns}`,
      `<= ${TARGETS.call_vs_map_get} x map_get (${round(TARGETS.call_vs_map_get * result.map_get_ns, 1)})`,
      yes(met.call_ns),
    ],
    ["map_get_ns", `${result.map_get_ns}`, "(floor)", ""],
    ["iij_10k_ms", `${result.iij_10k_ms}`, `<= xlookup_10k_ms`, yes(met.iij_10k_ms)],
    ["xlookup_10k_ms", `${result.xlookup_10k_ms}`, "(what users do without the add-in)", ""],
    ["load_ms", `${result.load_ms}`, "<= 5", yes(met.load_ms)],
    [
      "dataset_load_ms",
      `${result.dataset_load_ms}`,
      `<= ${TARGETS.dataset_load_ms} (the dataset's part of load_ms)`,
      yes(met.dataset_load_ms),
    ],
    ["first_answer_ms", `${result.first_answer_ms}`, "(then the first IIJ.REVENUE)", ""],
    [
      "browser_load_first_answer_ms",
      `${result.browser_load_first_answer_ms ?? "null"}`,
      `<= ${TARGETS.browser_load_first_answer_ms} (Chromium: functions.js, first answer)`,
      yes(met.browser_load_first_answer_ms),
    ],
    [
      "browser_calls_10k_ms",
      `${result.browser_calls_10k_ms ?? "null"}`,
      `<= ${TARGETS.browser_calls_10k_ms} (then 10,000 calls over the distinct sets)`,
      yes(met.browser_calls_10k_ms),
    ],
    [
      "browser_recalc_10k_ms",
      `${result.browser_recalc_10k_ms ?? "null"}`,
      "(then the same 10,000 again, all remembered)",
      "",
    ],
    [
      "browser_new_calls_10k_ms",
      `${result.browser_new_calls_10k_ms ?? "null"}`,
      "(then 10,000 calls, each with new arguments)",
      "",
    ],
    [
      "functions_gzip_bytes",
      `${result.functions_gzip_bytes ?? "null"}`,
      "<= 60000",
      yes(met.functions_gzip_bytes),
    ],
    [
      "taskpane_gzip_bytes",
      `${result.taskpane_gzip_bytes ?? "null"}`,
      "<= 250000",
      yes(met.taskpane_gzip_bytes),
    ],
  ];
  log(`IIJ add-in benchmark, ${result.date}`);
  log(`${result.machine}`);
  log();
  const widths = [30, 12, 56, 7];
  log(["measure", "median", "target", "status"].map((h, k) => h.padEnd(widths[k])).join(" "));
  for (const row of rows) log(row.map((c, k) => c.padEnd(widths[k])).join(" "));
  log();
  log(`ratios: call/map_get ${result.call_vs_map_get}x, iij/xlookup ${result.iij_vs_xlookup}x`);
  log(
    `calls: ${callsResult.call_count} distinct REVENUE/VALUE argument sets; breakdown ns ${JSON.stringify(breakdown)}`
  );
  log(`sheets: ${sheets.check}; XLOOKUP over ${sheets.pasted_rows} pasted rows`);
  log(`load breakdown ms: ${JSON.stringify(result.details.load_breakdown_ms)}`);
  log(`bundles: ${bundles.bundle_note}`);
  if (browser)
    log(
      `browser: ${browser.chromium}; first answer ${browser.first_answer}; ${browser.numbers} of ${20_000 + browserCalls.length} calls answered with a number`
    );
  for (const text of explanations) log(`why: ${text}`);
  if (process.env.BENCH_RESULTS_FILE)
    writeFileSync(process.env.BENCH_RESULTS_FILE, JSON.stringify(result, null, 2) + "\n");
  if (JSON_OUT) log(JSON.stringify(result));
}

function machine(): string {
  let cpu = os.cpus()[0]?.model ?? "unknown CPU";
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpu;
  } catch {
    // not Linux
  }
  return `${cpu}, nproc ${os.availableParallelism?.() ?? os.cpus().length}, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

// bench/floor.ts imports the calls from here; only `npm run bench` measures.
if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
