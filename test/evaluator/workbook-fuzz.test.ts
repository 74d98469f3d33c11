/**
 * Property (issue 19 item 2): whatever is done to the starter model's XML parts or formulas, the
 * checker answers with a verdict or a one-line refusal, never an exception or a stack trace. The
 * CLI's entry point is run in-process on each mutated file, its printed lines captured.
 */
import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { main } from "../../src/evaluator/cli";
import { readParts } from "../../src/evaluator/zip-limits";
import { zipParts } from "../support/tiny-workbook";

const MODEL = join(__dirname, "..", "..", "examples", "IIJ-model.xlsx");

/** Runs `iij eval --workbook` in-process: its exit code and every line it printed. */
async function run(path: string): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = (...args: unknown[]) => void lines.push(args.join(" "));
  console.error = console.log;
  try {
    return { code: await main(["eval", "--workbook", path]), lines };
  } finally {
    [console.log, console.error] = [log, error];
  }
}

type Mutation =
  | { kind: "cut"; part: number; at: number }
  | { kind: "insert"; part: number; at: number; text: string }
  | { kind: "formula"; which: number; text: string };

const XML_BITS = [
  "<",
  ">",
  "/>",
  '"',
  "&",
  "&amp;",
  '<c r="XFD1048576">',
  "<f>",
  "</f>",
  'r="A0"',
  'ref="A1:XFD1048576"',
];
const FORMULA_BITS = [
  "(",
  ")",
  '"',
  '""',
  "+",
  ",",
  "A1",
  "XFD1048576",
  "IIJ.REVENUE",
  "_xldudf_IIJ_VALUE(",
  "Sheet9!",
  "#REF!",
  "1E3",
  "{1,2}",
  ":",
  "@",
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("cut" as const),
    part: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    part: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(fc.constantFrom(...XML_BITS), fc.string({ maxLength: 20 })),
  }),
  fc.record({
    kind: fc.constant("formula" as const),
    which: fc.nat(),
    text: fc
      .array(fc.oneof(fc.constantFrom(...FORMULA_BITS), fc.string({ maxLength: 5 })), {
        maxLength: 12,
      })
      .map((bits) => bits.join("")),
  })
);

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function mutate(parts: Map<string, Buffer>, m: Mutation): Record<string, Buffer> {
  const out = Object.fromEntries(parts);
  const xmlNames = [...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n)).sort();
  if (m.kind === "formula") {
    const sheets = xmlNames.filter((n) => n.startsWith("xl/worksheets/"));
    const name = sheets[m.which % sheets.length];
    let seen = 0;
    const count = (parts.get(name)!.toString("utf8").match(/<f>/g) ?? []).length;
    const target = count === 0 ? -1 : m.which % count;
    out[name] = Buffer.from(
      parts
        .get(name)!
        .toString("utf8")
        .replace(/<f>([^<]*)<\/f>/g, (whole) =>
          seen++ === target ? `<f>${escapeXml(m.text)}</f>` : whole
        )
    );
    return out;
  }
  const name = xmlNames[m.part % xmlNames.length];
  const text = parts.get(name)!.toString("utf8");
  const at = Math.floor(m.at * text.length);
  out[name] = Buffer.from(
    m.kind === "cut" ? text.slice(0, at) : text.slice(0, at) + m.text + text.slice(at)
  );
  return out;
}

describe("iij eval --workbook on mutated copies of the starter model (fast-check)", function () {
  this.timeout(10 * 60_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "iij-fuzz-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("every outcome is a verdict or a one-line refusal, never an exception", async () => {
    const parts = readParts(readFileSync(MODEL));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const path = join(dir, `mutated-${n++}.xlsx`);
        writeFileSync(path, await zipParts(mutate(parts, m)));
        const { code, lines } = await run(path);
        assert.ok([0, 1, 2].includes(code), `exit ${code}`);
        for (const line of lines) {
          assert.ok(!line.includes("\n"), `a line with a newline: ${line}`);
          assert.ok(
            !/\n\s+at /.test(line) && line.length < 2_000,
            `a stack trace or a huge line: ${line.slice(0, 300)}`
          );
        }
        if (code === 2) assert.equal(lines.length, 1, lines.join("\n"));
        else assert.match(lines.at(-1)!, /^Verdict: /);
      }),
      { numRuns: 25, seed: 19 }
    );
  });
});
