/**
 * Property-based fuzzing of every IIJ.* function through the wrappers Excel calls
 * (src/functions/functions.ts), 100,000 generated argument sets in all: numbers (NaN, Infinity,
 * huge, negative, date serials), empty and missing arguments, booleans, error-like objects, huge
 * and unicode strings, 2-D arrays, and near-miss spellings of the dataset's own names.
 *
 * Whatever comes in, a function either returns (a finite number, text, a period, or a rectangular
 * grid) or throws a CustomFunctions.Error with code #N/A or #VALUE! and a message: never anything
 * else.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import {
  REVENUE_LINES,
  COST_LINES,
  GROSS_PROFIT_LINES,
  SEGMENTS,
  KPI_ALIASES,
} from "../../src/data/lines";
import { STATEMENTS, STATEMENT_TITLES } from "../../src/data/types";
import { query } from "../../src/functions/iij";
import * as functions from "../../src/functions/functions";
import {
  CustomFunctionsErrorStandIn,
  installCustomFunctions,
} from "../support/custom-functions-stand-in";

type Fn = (...args: unknown[]) => unknown;

/** Each function, its arity and what it returns; numRuns sum to 100,000. */
const FUNCTIONS: {
  name: keyof typeof functions;
  arity: number;
  returns: "number" | "string" | "grid" | "period";
  runs: number;
}[] = [
  { name: "REVENUE", arity: 3, returns: "number", runs: 12_000 },
  { name: "COST", arity: 3, returns: "number", runs: 8_000 },
  { name: "GROSSPROFIT", arity: 3, returns: "number", runs: 8_000 },
  { name: "OPERATINGPROFIT", arity: 3, returns: "number", runs: 8_000 },
  { name: "VALUE", arity: 3, returns: "number", runs: 12_000 },
  { name: "KPI", arity: 2, returns: "number", runs: 8_000 },
  { name: "YOY", arity: 2, returns: "number", runs: 8_000 },
  { name: "PERIODS", arity: 1, returns: "grid", runs: 6_000 },
  { name: "ITEMS", arity: 1, returns: "grid", runs: 6_000 },
  { name: "TABLE", arity: 3, returns: "grid", runs: 10_000 },
  { name: "SOURCE", arity: 2, returns: "string", runs: 10_000 },
  { name: "PERIOD", arity: 2, returns: "period", runs: 4_000 },
];

const TOTAL_RUNS = FUNCTIONS.reduce((sum, f) => sum + f.runs, 0);

// ---- names taken from the dataset ---------------------------------------------------------------

const q = query();
const figures = q.dataset.figures;
const unique = (list: readonly string[]) => [...new Set(list)].filter((s) => s !== "");
const ITEM_NAMES = unique([
  ...q.items(),
  ...figures.map((f) => f.item),
  ...figures.flatMap((f) => (f.label ? [f.label] : [])),
]);
const PERIOD_CODES = unique([
  ...q.periods(),
  ...figures.map((f) => f.period),
  "FY0",
  "H0",
  "Q0",
  "FY-1",
  "H-1",
  "Q-3",
  "1H2023",
  "Q2 FY23",
  "1H FY2023",
  "FY23 H1",
  "FY2023-1H",
  "2QFY23",
]);
const LINE_NAMES = unique(
  [REVENUE_LINES, COST_LINES, GROSS_PROFIT_LINES, SEGMENTS].flatMap((lines) =>
    lines.flatMap((l) => [l.name, ...l.aliases])
  )
);
const KPI_NAMES = unique([
  ...Object.keys(KPI_ALIASES),
  ...Object.values(KPI_ALIASES),
  ...q.items("KPI"),
  ...q.items("SI orders"),
]);
const STATEMENT_NAMES = unique([...STATEMENTS, ...Object.values(STATEMENT_TITLES)]);
const UNIT_NAMES = [
  "JPY",
  "JPY k",
  "JPY mn",
  "JPY bn",
  "yen",
  "thousands",
  "millions",
  "billions",
  "%",
  "count",
  "Gbps",
  "1000",
  "1000000",
  "-1000",
  "1,000",
  "1e6",
];
const ALL_NAMES = [
  ...ITEM_NAMES,
  ...PERIOD_CODES,
  ...LINE_NAMES,
  ...KPI_NAMES,
  ...STATEMENT_NAMES,
  ...UNIT_NAMES,
];

/** Excel's serial for an ISO date. */
const serialOf = (iso: string) =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
const INSTANT_SERIALS = unique(figures.map((f) => f.period).filter((p) => /^\d{4}-/.test(p))).map(
  serialOf
);

// ---- arbitraries ----------------------------------------------------------------------------------

/** A name misspelled the ways people do: case, a letter lost, doubled or swapped, stray spaces, odd dashes. */
const nearMiss = (names: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...names), fc.nat(), fc.integer({ min: 0, max: 11 }))
    .map(([name, at, how]) => {
      const i = name.length === 0 ? 0 : at % name.length;
      switch (how) {
        case 0:
          return name;
        case 1:
          return name.toUpperCase();
        case 2:
          return name.toLowerCase();
        case 3:
          return name.slice(0, i) + name.slice(i + 1);
        case 4:
          return name.slice(0, i) + name[i] + name.slice(i);
        case 5:
          return name.slice(0, i) + (name[i + 1] ?? "") + (name[i] ?? "") + name.slice(i + 2);
        case 6:
          return `  ${name.replace(/ /g, "  ")} `;
        case 7:
          return name.replace(/-/g, "\u2013").replace(/'/g, "\u2019");
        case 8:
          return `${STATEMENT_TITLES[STATEMENTS[at % STATEMENTS.length]]}: ${name}`;
        case 9:
          return `${name}:`;
        case 10:
          return name.normalize("NFD") + "\u0301";
        default:
          return name.slice(0, i);
      }
    });

const numbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1,
    -1,
    0.5,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 1,
    1000,
    1e6,
    1e9
  ),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.constantFrom(...INSTANT_SERIALS).chain((s) => fc.integer({ min: s - 2, max: s + 2 }))
);

const empties = fc.constantFrom<unknown>("", " ", "\t", null, undefined);

const errorLike = fc.constantFrom<unknown>(
  { code: "#N/A", message: "upstream" },
  { type: "Error", errorType: "#VALUE!" },
  new Error("a JavaScript error"),
  new CustomFunctionsErrorStandIn("#DIV/0!", "division by zero"),
  {},
  { valueOf: () => 42 },
  { toString: () => "1H23" },
  Object.create(null),
  new Date(Date.UTC(2023, 8, 30))
);

const HUGE = [
  "x".repeat(100_000),
  "\u{1F600}".repeat(20_000),
  "1H23".repeat(10_000),
  "(".repeat(5_000),
  "Total assets ".repeat(2_000),
];

const strings = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom(...HUGE),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "\u0000",
    "\uFFFF",
    "\uD800",
    "NaN",
    "Infinity",
    "-0",
    "1e400",
    "=IIJ.VALUE()",
    "'",
    '"',
    "FY",
    "H-99",
    "Q-100",
    "2023-02-29",
    "2024-02-29",
    "9999-12-31"
  )
);

const nameLike = fc.oneof(
  { weight: 6, arbitrary: nearMiss(ALL_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...ALL_NAMES) },
  { weight: 2, arbitrary: strings }
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nameLike },
  { weight: 3, arbitrary: numbers },
  { weight: 2, arbitrary: empties },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorLike }
);

/** Ranges: rectangular and ragged 2-D arrays, 1x1 ranges of real names, rows of period codes. */
const grids: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(fc.array(scalar, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  fc.constantFrom(...ALL_NAMES).map((name) => [[name]]),
  fc.array(nearMiss(PERIOD_CODES), { minLength: 1, maxLength: 6 }).map((row) => [row]),
  fc
    .array(fc.constantFrom(...PERIOD_CODES), { minLength: 1, maxLength: 6 })
    .map((col) => col.map((p) => [p])),
  fc.constantFrom<unknown>([], [[]], [[], []], [1, 2], [[1], 2])
);

const argument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: scalar },
  { weight: 2, arbitrary: grids }
);

/** Arity-many arguments, some missing (the call passes fewer), some explicitly undefined. */
const argumentsFor = (arity: number) =>
  fc
    .tuple(
      fc.array(argument, { minLength: arity, maxLength: arity }),
      fc.integer({ min: 0, max: arity })
    )
    .map(([args, drop]) =>
      // Mostly full calls; sometimes trailing arguments left off, as Excel does for optional ones.
      drop === arity && arity > 0 ? args.slice(0, arity - 1) : args
    );

// ---- the property -------------------------------------------------------------------------------

const ALLOWED_CODES = new Set(["#N/A", "#VALUE!"]);

function describeArgs(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === "string")
        return JSON.stringify(a.length > 60 ? `${a.slice(0, 60)}...(${a.length})` : a);
      if (typeof a === "number") return Object.is(a, -0) ? "-0" : String(a);
      try {
        return JSON.stringify(a)?.slice(0, 80) ?? String(a);
      } catch {
        return String(a);
      }
    })
    .join(", ");
}

function checkResult(fn: (typeof FUNCTIONS)[number], args: unknown[]): void {
  let result: unknown;
  try {
    result = (functions[fn.name] as Fn)(...args);
  } catch (error) {
    const where = `${fn.name}(${describeArgs(args)})`;
    assert.ok(
      error instanceof CustomFunctionsErrorStandIn,
      `${where} threw something other than a CustomFunctions.Error: ${String(error)}`
    );
    assert.ok(ALLOWED_CODES.has(error.code), `${where}: error code ${error.code}`);
    assert.equal(typeof error.message, "string", `${where}: message is not text`);
    assert.ok(error.message!.trim().length > 0, `${where}: empty message`);
    assert.ok(
      !error.message!.startsWith("IIJ add-in: unexpected problem"),
      `${where}: an unexpected failure leaked: ${error.message}`
    );
    return;
  }
  const where = `${fn.name}(${describeArgs(args)}) returned ${describeArgs([result])}`;
  if (fn.returns === "number") {
    assert.equal(typeof result, "number", where);
    assert.ok(Number.isFinite(result), `${where}: not finite`);
  } else if (fn.returns === "period") {
    // A period code, or a balance date as an Excel date serial.
    if (typeof result === "number") assert.ok(Number.isInteger(result) && result > 0, where);
    else assert.match(String(result), /^(?:[1-4]Q|[12]H|FY)\d{2}(?:\d{2})?$/, where);
  } else if (fn.returns === "string") {
    assert.equal(typeof result, "string", where);
    assert.ok((result as string).length > 0, `${where}: empty text`);
  } else {
    assert.ok(Array.isArray(result) && result.length > 0, `${where}: not a 2-D array`);
    const width = (result as unknown[][])[0]?.length;
    assert.ok(width > 0, `${where}: an empty row`);
    for (const row of result as unknown[][]) {
      assert.ok(Array.isArray(row) && row.length === width, `${where}: not rectangular`);
      for (const cell of row) {
        assert.ok(
          typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell)),
          `${where}: cell ${String(cell)}`
        );
      }
    }
  }
}

describe("hardening: fuzzing every IIJ.* function through Excel's wrappers", function () {
  this.timeout(120_000);
  let restore: () => void;
  before(() => {
    restore = installCustomFunctions();
  });
  after(() => restore());

  it(`covers every function in functions.ts, ${TOTAL_RUNS.toLocaleString("en")} argument sets in all`, () => {
    const exported = Object.keys(functions).filter(
      (k) => typeof (functions as Record<string, unknown>)[k] === "function"
    );
    assert.deepEqual(FUNCTIONS.map((f) => f.name).sort(), exported.sort());
    assert.equal(TOTAL_RUNS, 100_000);
  });

  for (const fn of FUNCTIONS) {
    it(`IIJ.${fn.name}: ${fn.runs.toLocaleString("en")} argument sets, never an unhandled exception`, () => {
      fc.assert(
        fc.property(argumentsFor(fn.arity), (args) => checkResult(fn, args)),
        { numRuns: fn.runs, seed: Number(process.env.FUZZ_SEED ?? 20231114), endOnFailure: true }
      );
    });
  }
});
