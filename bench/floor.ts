/**
 * `npx tsx bench/floor.ts`: the floor under `browser_calls_10k_ms` (issue 19 item 7). Not part of
 * `npm run bench` (it takes about a minute) nor of `npm test`: a measurement, not a product.
 *
 * The smallest design that could answer the bench's first 10,000 calls (its ~2,114 distinct
 * REVENUE/VALUE argument sets, bench/run.ts `buildCalls`, each new to the page on its first call):
 * a script holding, for exactly those figures, a Map from the name's normal form to a Map of
 * period code -> the figure in yen (money) or as printed (counts, ratios), the answers of the real
 * functions worked out here in Node. Per call it does what any design must: read the name (memo
 * per text), the period (memo per text) and the unit (memo per value), look up, scale, return. No
 * decimal.js, no dataset decoding, no messages: every answer is checked equal to the real one.
 *
 * Timed in the bench's own Chromium harness (bench/browser.ts: fresh context per run, two
 * warm-up runs, 15 timed, medians), in variants that differ only in how the name is read:
 *
 *   normalized  the add-in's own `normalizeName` (src/data/names.ts, bundled as the add-in
 *               bundles it) on a name's first sight, then a memo per text
 *   each_call   `normalizeName` on every call, no memo
 *   exact       the name as given, one Map.get: no normalisation at all (the floor's floor)
 */
import { buildSync } from "esbuild";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { measureBrowser, type BrowserCall } from "./browser";
import { buildCalls, functions, median } from "./run";

const ROOT = join(__dirname, "..");

/**
 * The floor's readers, as text: the same code builds the table here and answers in the page.
 * `readPeriod`: a date cell's serial as its ISO date, text as its upper case (the codes the bench
 * asks for: "1H23", "FY2023", "2023-03-31"). `readUnit`: yen per unit, money's default millions.
 */
const READERS = `
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
function readPeriod(period) {
  return typeof period === "number"
    ? new Date(SERIAL_EPOCH + period * 86400000).toISOString().slice(0, 10)
    : String(period).trim().toUpperCase();
}
const YEN_PER = { "": 1e6, JPY: 1, "JPY K": 1e3, "JPY MN": 1e6, "JPY BN": 1e9, "JPY 100MN": 1e8 };
function readUnit(unit) {
  if (unit === null || unit === undefined) return 1e6;
  if (typeof unit === "number") return unit;
  return YEN_PER[String(unit).trim().toUpperCase()];
}`;

type Variant = "normalized" | "each_call" | "exact";

/**
 * The page script: the table, the readers, and IIJ.REVENUE / IIJ.VALUE registered through
 * CustomFunctions.associate as functions.js registers them. `table` is [fn, name key, [[period
 * code, number, money]]]; money figures are held in yen (exact integers), so yen / 1000 is the
 * correctly rounded quotient, as decimal.js's toNumber of the exact one is.
 */
function pageScript(variant: Variant, normalizer: string, table: unknown): string {
  const nameRead = {
    normalized: `let lines = memo.get(name);
      if (lines === undefined) memo.set(name, (lines = byName.get(normalizeName(String(name)))));`,
    each_call: `const lines = byName.get(normalizeName(String(name)));`,
    exact: `const lines = byName.get(name);`,
  }[variant];
  return `(() => {
${normalizer}
const normalizeName = IIJNames.normalizeName;
${READERS}
const TABLE = ${JSON.stringify(table)};
const tables = { REVENUE: new Map(), VALUE: new Map() };
for (const [fn, name, periods] of TABLE)
  tables[fn].set(name, new Map(periods.map(([code, number, money]) => [code, { number, money }])));
const periodMemo = new Map();
const unitMemo = new Map();
function answer(byName, memo, name, period, unit) {
  ${nameRead}
  let code = periodMemo.get(period);
  if (code === undefined) periodMemo.set(period, (code = readPeriod(period)));
  let scale = unitMemo.get(unit);
  if (scale === undefined) unitMemo.set(unit, (scale = readUnit(unit)));
  const figure = lines === undefined ? undefined : lines.get(code);
  if (figure === undefined) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
  return figure.money ? figure.number / scale : figure.number;
}
const revenueMemo = new Map();
const valueMemo = new Map();
CustomFunctions.associate("REVENUE", (period, line, unit) =>
  answer(tables.REVENUE, revenueMemo, line, period, unit));
CustomFunctions.associate("VALUE", (item, period, unit) =>
  answer(tables.VALUE, valueMemo, item, period, unit));
})();`;
}

/** The add-in's normalizeName, bundled and minified as a script defining IIJNames. */
function normalizerScript(): string {
  const out = buildSync({
    stdin: {
      contents: 'export { normalizeName } from "./src/data/names";',
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    globalName: "IIJNames",
    minify: true,
    target: "es2020",
    write: false,
  });
  return out.outputFiles[0].text;
}

type Real = (...args: unknown[]) => unknown;

async function main(): Promise<void> {
  const calls = buildCalls();
  const first = { fn: "REVENUE" as const, args: ["1H23", "Network", undefined], key: "first" };
  const normalizer = normalizerScript();
  const { readPeriod } = new Function(`${READERS}; return { readPeriod };`)() as {
    readPeriod: (p: unknown) => string;
  };
  const normalizeName = (
    new Function(`${normalizer}; return IIJNames;`)() as { normalizeName: (n: string) => string }
  ).normalizeName;

  // The table: the real functions' answers, in yen for money (the unit "JPY"), as printed else.
  const byKey = new Map<string, Map<string, [string, number, boolean]>>();
  const keysFor = (name: string) => [normalizeName(name), name];
  for (const call of [first, ...calls]) {
    const real = functions[call.fn] as Real;
    const [name, period] = call.fn === "VALUE" ? call.args : [call.args[1], call.args[0]];
    const withArgs = (unit: unknown) =>
      call.fn === "VALUE" ? [name, period, unit] : [period, name, unit];
    let yen: unknown;
    try {
      yen = real(...withArgs("JPY"));
    } catch {
      yen = undefined;
    }
    const money = typeof yen === "number";
    const number = money ? yen : real(...withArgs(undefined));
    if (typeof number !== "number") throw new Error(`no number for ${JSON.stringify(call)}`);
    for (const key of keysFor(String(name))) {
      const lineKey = `${call.fn}\u0000${key}`;
      let periods = byKey.get(lineKey);
      if (!periods) byKey.set(lineKey, (periods = new Map()));
      periods.set(readPeriod(period), [readPeriod(period), number as number, money]);
    }
  }
  const tableOf = (exact: boolean) =>
    [...byKey]
      .filter(([lineKey]) => {
        const [fn, key] = lineKey.split("\u0000");
        // Normal-form keys for the normalizing variants, names as given for the exact one.
        return calls.concat([first]).some((call) => {
          const name = String(call.fn === "VALUE" ? call.args[0] : call.args[1]);
          return call.fn === fn && key === (exact ? name : normalizeName(name));
        });
      })
      .map(([lineKey, periods]) => [...lineKey.split("\u0000"), [...periods.values()]]);

  // Every floor answer must equal the real one, here in Node, before anything is timed.
  const browserCalls: BrowserCall[] = calls.map((call) => ({
    fn: call.fn,
    args: call.args.map((a) => a ?? null),
  }));
  const scripts = Object.fromEntries(
    (["normalized", "each_call", "exact"] as Variant[]).map((variant) => [
      variant,
      pageScript(variant, normalizer, tableOf(variant === "exact")),
    ])
  ) as Record<Variant, string>;
  for (const variant of Object.keys(scripts) as Variant[]) {
    const registered: Record<string, Real> = {};
    class CustomFunctionsError extends Error {}
    const stand = {
      Error: CustomFunctionsError,
      ErrorCode: { notAvailable: "#N/A" },
      associate: (id: string, fn: Real) => (registered[id] = fn),
    };
    new Function("CustomFunctions", scripts[variant])(stand);
    let wrong = 0;
    for (const call of browserCalls) {
      const floor = registered[call.fn](...call.args);
      const real = (functions[call.fn as "VALUE"] as Real)(...call.args.map((a) => a ?? undefined));
      if (floor !== real) {
        wrong++;
        if (wrong <= 3) console.error(variant, JSON.stringify(call), floor, real);
      }
    }
    if (wrong) throw new Error(`${variant}: ${wrong} of ${browserCalls.length} answers differ`);
  }
  const distinct = new Set(browserCalls.map((call) => JSON.stringify(call))).size;
  console.log(
    `${browserCalls.length} argument sets (${distinct} distinct), every floor answer equal to the real one`
  );
  const gz = (text: string) => gzipSync(text).length;
  console.log(
    `gzip: the table ${gz(JSON.stringify(tableOf(false)))} B (${tableOf(false).length} lines), ` +
      `normalizeName's bundle ${gz(normalizer)} B, the normalized page script ${gz(scripts.normalized)} B`
  );

  const runs = Number(/--runs=(\d+)/.exec(process.argv.join(" "))?.[1] ?? 15);
  for (const variant of Object.keys(scripts) as Variant[]) {
    const load = os.loadavg()[0];
    const result = await measureBrowser(scripts[variant], browserCalls, [], runs, median);
    console.log(
      `${variant.padEnd(10)} calls_10k ${result.calls_10k_ms.toFixed(2)} ms, recalc_10k ` +
        `${result.recalc_10k_ms.toFixed(2)} ms, load+first ${result.load_first_answer_ms.toFixed(2)} ms, ` +
        `script ${scripts[variant].length} B; first answer ${result.first_answer}; ` +
        `load average ${load.toFixed(2)} -> ${os.loadavg()[0].toFixed(2)} (${result.chromium})`
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
