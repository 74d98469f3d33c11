/**
 * The production functions.js in Chromium, as Excel's runtime runs it (a web page's JavaScript
 * with CustomFunctions as a global): in a fresh browser context each run, so nothing is compiled
 * or remembered from the run before,
 *
 *   load_first_answer_ms  the script evaluated (parse, compile, decimal.js, the dataset) and the
 *                         first IIJ.REVENUE answered
 *   calls_10k_ms          then 10,000 calls over the bench's distinct argument sets (1,500 or so
 *                         REVENUE/VALUE figures, each computed on its first call, remembered
 *                         after), as a first recalculation of a model that asks for them is
 *   recalc_10k_ms         then the same 10,000 calls again, every answer remembered: a
 *                         recalculation of the same model
 *   new_calls_10k_ms      then 10,000 calls more, each with arguments no call before had (another
 *                         unit or spelling of the period), so that every one is computed
 *
 * The Chromium is the browser tests' (test/e2e/support/chromium.ts): Debian's, else the npm one.
 */
import { chromium } from "playwright-core";
import { findChromium } from "../test/e2e/support/chromium";

export interface BrowserCall {
  readonly fn: string;
  readonly args: readonly unknown[];
}

export interface BrowserResult {
  load_first_answer_ms: number;
  calls_10k_ms: number;
  recalc_10k_ms: number;
  new_calls_10k_ms: number;
  /** The first answer, IIJ.REVENUE("1H23", "Network"): 73,981 (2Q FY2023 report, line 676). */
  first_answer: number;
  /** How many of the 30,000 calls answered with a number (all do in Node). */
  numbers: number;
  chromium: string;
}

/**
 * One run in the page, with the page's own clock (performance.now). Text, not a function, so that
 * what runs in the page is exactly this and no helper a TypeScript transform may add.
 */
const RUN_IN_PAGE = `({ source, calls, newCalls }) => {
  const registered = {};
  class CustomFunctionsError {
    constructor(code, message) { this.code = code; this.message = message; }
  }
  globalThis.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: (id, fn) => { registered[id] = fn; },
  };
  const script = document.createElement("script");
  script.textContent = source;
  const t0 = performance.now();
  document.head.appendChild(script); // an inline script runs on insertion, synchronously
  const first = registered.REVENUE("1H23", "Network");
  const t1 = performance.now();
  let numbers = 0;
  for (let k = 0; k < 10000; k++) {
    const call = calls[k % calls.length];
    if (typeof registered[call.fn](...call.args) === "number") numbers++;
  }
  const t2 = performance.now();
  for (let k = 0; k < 10000; k++) {
    const call = calls[k % calls.length];
    if (typeof registered[call.fn](...call.args) === "number") numbers++;
  }
  const t2b = performance.now();
  for (const call of newCalls) if (typeof registered[call.fn](...call.args) === "number") numbers++;
  const t3 = performance.now();
  return { load: t1 - t0, calls: t2 - t1, recalc: t2b - t2, newCalls: t3 - t2b, first, numbers };
}`;

export async function measureBrowser(
  source: string,
  calls: BrowserCall[],
  newCalls: BrowserCall[],
  runs: number,
  median: (values: number[]) => number
): Promise<BrowserResult> {
  const binary = await findChromium();
  const browser = await chromium.launch({
    executablePath: binary.executablePath,
    env: { ...process.env, ...binary.env } as Record<string, string>,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const loads: number[] = [];
    const callTimes: number[] = [];
    const newCallTimes: number[] = [];
    const recalcTimes: number[] = [];
    let last = { first: NaN, numbers: 0 };
    // Two warm-up runs: the browser's own start-up, not the add-in's, is in the first.
    for (let run = 0; run < runs + 2; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto("about:blank");
      const result = (await page.evaluate(
        `(${RUN_IN_PAGE})(${JSON.stringify({ source, calls, newCalls })})`
      )) as {
        load: number;
        calls: number;
        recalc: number;
        newCalls: number;
        first: number;
        numbers: number;
      };
      await context.close();
      if (run < 2) continue;
      loads.push(result.load);
      callTimes.push(result.calls);
      newCallTimes.push(result.newCalls);
      recalcTimes.push(result.recalc);
      last = result;
    }
    return {
      load_first_answer_ms: median(loads),
      calls_10k_ms: median(callTimes),
      recalc_10k_ms: median(recalcTimes),
      new_calls_10k_ms: median(newCallTimes),
      first_answer: last.first,
      numbers: last.numbers,
      chromium: `${binary.source} ${browser.version()}`,
    };
  } finally {
    await browser.close();
  }
}
