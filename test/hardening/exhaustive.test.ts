/**
 * Every figure the dataset holds, not a sample: each is reached through IIJ.VALUE (Excel's wrapper)
 * and must equal the figure as the filing prints it. The expected number is read from
 * `figure.printed` by this test's own parser, never from `figure.value`; a derived (formula)
 * figure must equal its formula evaluated over the printed figures of its table.
 */
import { strict as assert } from "node:assert";
import { loadDataset } from "../../src/data/load";
import { STATEMENT_TITLES, type Figure } from "../../src/data/types";
import { VALUE } from "../../src/functions/functions";
import { query } from "../../src/functions/iij";
import { installCustomFunctions } from "../support/custom-functions-stand-in";

/** A printed figure as a decimal string: "(1,234)" -> "-1234", "(261, 831)" -> "-261831", a dash -> "0". */
function parsePrinted(printed: string): string {
  const text = printed.trim();
  if (/^[-_\u2010-\u2015]$/.test(text)) return "0";
  const negative = /^[(\u25b3\u25b2]/.test(text);
  const digits = text
    .replace(/^[(\u25b3\u25b2]/, "")
    .replace(/\)$/, "")
    .replace(/,\s*/g, "");
  assert.match(digits, /^-?\d+(\.\d+)?$/, `cannot read printed figure "${printed}"`);
  const unsigned = digits.replace(/^0+(?=\d)/, "");
  return negative && !/^0(\.0+)?$/.test(unsigned) ? `-${unsigned}` : unsigned;
}

/** Decimal places of a printed figure: "47.81" -> 2. */
function decimals(printed: string): number {
  return /\.(\d+)/.exec(printed)?.[1].length ?? 0;
}

/** Exact sum of decimal strings with signs, scaled to integers so no float error creeps in. */
function addDecimals(terms: { sign: 1 | -1; value: string }[]): string {
  const scale = Math.max(0, ...terms.map((t) => t.value.split(".")[1]?.length ?? 0));
  let sum = 0n;
  for (const { sign, value } of terms) {
    const [whole, fraction = ""] = value.replace("-", "").split(".");
    const scaled = BigInt(whole + fraction.padEnd(scale, "0")) * (value.startsWith("-") ? -1n : 1n);
    sum += sign === 1 ? scaled : -scaled;
  }
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(scale + 1, "0");
  const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

const figures = loadDataset().figures;

/** The figure's number as printed, or for a derived figure its formula over the printed figures of its table. */
function expectedOf(figure: Figure, depth = 0): string {
  if (figure.printed !== undefined) return parsePrinted(figure.printed);
  assert.ok(figure.formula, `${key(figure)} has neither a printed text nor a formula`);
  assert.ok(depth < 5, `${key(figure)}: formula loop`);
  // "A - B + C": item names joined by " + " and " - ".
  const parts = figure.formula.split(/ ([+-]) /);
  const terms: { sign: 1 | -1; value: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const sign = i === 0 || parts[i - 1] === "+" ? 1 : -1;
    const item = parts[i].trim();
    const term = figures.find(
      (f) =>
        f.report === figure.report &&
        f.table === figure.table &&
        f.period === figure.period &&
        f.item === item
    );
    assert.ok(term, `${key(figure)}: formula term "${item}" not in table ${figure.table}`);
    assert.equal(term.unit, figure.unit, `${key(figure)}: formula term "${item}" in another unit`);
    terms.push({ sign, value: expectedOf(term, depth + 1) });
  }
  return addDecimals(terms);
}

function key(figure: Figure): string {
  return `${figure.statement}|${figure.item}|${figure.period}|${figure.basis}`;
}

const MONEY = new Set(["JPY", "JPY k", "JPY mn", "JPY bn"]);

type Outcome =
  "exact" | "exact, statement-prefixed" | "via its home, to the printed rounding" | "unreachable";

describe("hardening: every figure in the dataset is reachable and equals the printed figure", function () {
  this.timeout(60_000);
  let restore: () => void;
  const outcomes = new Map<Outcome, string[]>();
  const failures: string[] = [];

  before(() => {
    restore = installCustomFunctions();
    const q = query();
    const call = (name: string, figure: Figure): number | string => {
      try {
        return VALUE(name, figure.period, MONEY.has(figure.unit) ? figure.unit : undefined);
      } catch (error) {
        return `${(error as { code?: string }).code}: ${(error as { message?: string }).message}`;
      }
    };
    for (const figure of figures) {
      const expected = Number(expectedOf(figure));
      const ref = { statement: figure.statement, item: figure.item };
      const display = q.catalogue.displayName(ref);
      const prefixed = `${STATEMENT_TITLES[figure.statement]}: ${figure.item}`;
      let outcome: Outcome = "unreachable";
      const got = call(display, figure);
      if (got === expected) outcome = "exact";
      else if (call(prefixed, figure) === expected) outcome = "exact, statement-prefixed";
      else if (figure.sameAs && figure.printed !== undefined) {
        // A repeat shadowed by its home in the same filing: the home's more precise figure,
        // which must round to what the repeat prints.
        const colon = figure.sameAs.indexOf(": ");
        const home = q.catalogue.displayName({
          statement: q.catalogue.statement(figure.sameAs.slice(0, colon))!,
          item: figure.sameAs.slice(colon + 2),
        });
        const fromHome = call(home, figure);
        const half = 0.5 * 10 ** -decimals(figure.printed);
        if (typeof fromHome === "number" && Math.abs(fromHome - expected) <= half * (1 + 1e-9)) {
          outcome = "via its home, to the printed rounding";
        }
      }
      if (!outcomes.has(outcome)) outcomes.set(outcome, []);
      outcomes.get(outcome)!.push(key(figure));
      if (outcome === "unreachable") {
        failures.push(
          `${key(figure)} ${figure.unit}: expected ${expected}, VALUE("${display}") gave ${String(got)}`
        );
      }
    }
  });
  after(() => restore());

  it(`checks all ${figures.length} figures (printed or derived), one by one`, () => {
    const total = [...outcomes.values()].reduce((n, list) => n + list.length, 0);
    assert.equal(total, figures.length);
    assert.ok(figures.length > 1000);
  });

  it("every figure is returned by IIJ.VALUE as printed (or, for a coarser repeat, its home to the printed rounding)", () => {
    const summary = [...outcomes].map(([outcome, list]) => `${outcome}: ${list.length}`).join("; ");
    assert.deepEqual(
      failures,
      [],
      `${failures.length} figures unreachable (${summary}):\n${failures.join("\n")}`
    );
    // Almost all figures are reached exactly by the name IIJ.ITEMS lists.
    assert.ok((outcomes.get("exact")?.length ?? 0) >= figures.length - 30, summary);
  });
});
