/**
 * functions-ja.json, the metadata Excel in Japanese reads: functions.json as the build generates
 * it from the JSDoc, with the descriptions of src/functions/descriptions.ja.json. The two
 * languages must name the same functions and parameters; the build fails when they do not.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters?: Parameter[];
  result?: unknown;
}
interface Metadata {
  functions: FunctionMetadata[];
}
type Table = Record<string, { description: string; parameters?: Record<string, string> }>;

const { localizeMetadata, withLanguage } = require(
  join(ROOT, "scripts", "localized-metadata.js")
) as {
  localizeMetadata: (
    metadata: Metadata,
    table: unknown,
    language: string
  ) => { metadata: Metadata; problems: string[] };
  withLanguage: (url: string, language: string) => string;
};

// The generator custom-functions-metadata-plugin runs in the build, on the same file.
const generator = require(
  require.resolve("custom-functions-metadata", {
    paths: [require.resolve("custom-functions-metadata-plugin")],
  })
) as {
  generateCustomFunctionsMetadata: (
    input: string[],
    wantConsoleOutput: boolean
  ) => Promise<{ metadataJson: string; errors: string[] }>;
};

const TABLE_FILE = join(ROOT, "src", "functions", "descriptions.ja.json");
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("functions-ja.json (Japanese function metadata)", () => {
  let english: Metadata;
  let table: Table;

  before(async () => {
    const result = await generator.generateCustomFunctionsMetadata(
      [join(ROOT, "src", "functions", "functions.ts")],
      false
    );
    assert.deepEqual(result.errors, []);
    english = JSON.parse(result.metadataJson) as Metadata;
    table = JSON.parse(readFileSync(TABLE_FILE, "utf8")) as Table;
  });

  it("has the same functions, ids, names and parameters as functions.json, described in Japanese", () => {
    const { metadata, problems } = localizeMetadata(english, table, "ja");
    assert.deepEqual(problems, []);
    assert.equal(metadata.functions.length, english.functions.length);
    english.functions.forEach((fn, i) => {
      const ja = metadata.functions[i];
      // Only the descriptions and the help page's language differ.
      const strip = (f: FunctionMetadata) => ({
        ...f,
        description: undefined,
        helpUrl: undefined,
        parameters: f.parameters?.map((p) => ({ ...p, description: undefined })),
      });
      assert.deepEqual(strip(ja), strip(fn), fn.id);
      assert.match(ja.description ?? "", JAPANESE, fn.id);
      assert.notEqual(ja.description, fn.description);
      for (const parameter of ja.parameters ?? [])
        assert.match(parameter.description ?? "", JAPANESE, `${fn.id}(${parameter.name})`);
      assert.equal(ja.helpUrl, fn.helpUrl?.replace("#", "?lang=ja#"), fn.id);
    });
  });

  it("reports every difference between the table and the functions", () => {
    const drifted: Table = JSON.parse(JSON.stringify(table)) as Table;
    delete drifted.REVENUE.parameters!.unit;
    drifted.COST.parameters!.segment = "セグメント";
    delete drifted.KPI;
    drifted.FORECAST = { description: "予想" };
    assert.deepEqual(localizeMetadata(english, drifted, "ja").problems.sort(), [
      "COST(segment): no such parameter",
      "FORECAST: no such function",
      "KPI: no description",
      "REVENUE(unit): no description",
    ]);
  });

  it("puts the language into help URLs before their anchor", () => {
    assert.equal(
      withLanguage("https://h.example/help.html#revenue", "ja"),
      "https://h.example/help.html?lang=ja#revenue"
    );
    assert.equal(
      withLanguage("https://h.example/help.html?x=1", "ja"),
      "https://h.example/help.html?x=1&lang=ja"
    );
  });
});
