/**
 * Shared workbooks call IIJ.* functions by id with arguments in order: renaming or removing a
 * function or a parameter breaks every one of them. This locks the generated metadata against
 * test/functions/contract.json; adding a function or an optional trailing parameter is fine.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { parsePeriod } from "../../src/data/period";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
  }[];
}

const ROOT = join(__dirname, "..", "..");
const contract = JSON.parse(readFileSync(join(__dirname, "contract.json"), "utf8")) as Record<
  string,
  string[]
>;

describe("the IIJ.* function contract", () => {
  let metadata: Metadata;

  before(async function () {
    this.timeout(60_000);
    const result = await generateCustomFunctionsMetadata(
      join(ROOT, "src", "functions", "functions.ts")
    );
    assert.deepEqual(result.errors, [], "functions.ts JSDoc must generate metadata without errors");
    metadata = JSON.parse(result.metadataJson) as Metadata;
  });

  it("keeps every function id and its parameter names in order", () => {
    const generated = new Map(
      metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])
    );
    for (const [id, parameters] of Object.entries(contract)) {
      assert.ok(generated.has(id), `IIJ.${id} was removed or renamed`);
      assert.deepEqual(
        generated.get(id)!.slice(0, parameters.length),
        parameters,
        `IIJ.${id} parameters changed`
      );
    }
  });

  it("only adds optional parameters after the locked ones", () => {
    for (const f of metadata.functions) {
      const locked = contract[f.id]?.length ?? 0;
      for (const extra of f.parameters.slice(locked)) {
        assert.ok(
          !contract[f.id] || extra.optional,
          `IIJ.${f.id} gained a required parameter ${extra.name}`
        );
      }
    }
  });

  it("documents every function and parameter, with a help URL", () => {
    for (const f of metadata.functions) {
      assert.ok(f.description && f.description.length > 10, `IIJ.${f.id} needs a description`);
      assert.match(f.helpUrl ?? "", /^https:\/\/.+#/, `IIJ.${f.id} needs a help URL`);
      for (const p of f.parameters)
        assert.ok(p.description, `IIJ.${f.id} parameter ${p.name} needs a description`);
    }
  });

  it("names the period spellings it takes, each one the parser reads (9M, LTM, FY3/24, Sep-23)", () => {
    const periodTexts = metadata.functions.flatMap((f) =>
      f.parameters
        .filter((p) => p.name === "period")
        .map((p) => ({ id: f.id, text: p.description ?? "" }))
    );
    assert.ok(periodTexts.length >= 9, `${periodTexts.length} period parameters`);
    for (const { id, text } of periodTexts) {
      const examples = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      assert.ok(examples.length >= 3, `IIJ.${id}: examples of periods`);
      // Every quoted example is a period as typed: a description never offers a refused spelling.
      for (const example of examples)
        assert.doesNotThrow(() => parsePeriod(example), `IIJ.${id}: "${example}"`);
    }
    const texts = new Map(periodTexts.map(({ id, text }) => [id, text]));
    for (const id of [
      "REVENUE",
      "COST",
      "GROSSPROFIT",
      "OPERATINGPROFIT",
      "VALUE",
      "YOY",
      "SOURCE",
    ])
      for (const spelling of ["9M23", "LTM 1H23"])
        assert.ok(texts.get(id)?.includes(`"${spelling}"`), `IIJ.${id} mentions ${spelling}`);
    for (const id of ["REVENUE", "VALUE", "PERIOD"])
      assert.ok(texts.get(id)?.includes('"FY3/24"'), `IIJ.${id} mentions FY3/24`);
    for (const id of ["VALUE", "KPI", "SOURCE"])
      assert.ok(texts.get(id)?.includes('"Sep-23"'), `IIJ.${id} mentions Sep-23`);
  });
});
