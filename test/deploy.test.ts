/**
 * Deployment: a production build with ADDIN_BASE_URL points every URL of the manifest and of
 * functions.json at that base, validates offline, and fails on http or a leftover localhost.
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Configuration } from "webpack";
import { validateManifestXml } from "../scripts/validate-manifest";

const ROOT = join(__dirname, "..");
const BASE = "https://example.sharepoint.com/iij/";

const urls = require(join(ROOT, "scripts", "addin-urls.js")) as {
  baseUrlFromEnv: (env: Record<string, string | undefined>) => string | undefined;
  normalizeBaseUrl: (url: string) => string;
  rewriteUrls: (text: string, base: string) => string;
  productionProblems: (file: string, text: string) => string[];
  AddinUrlPlugin: new (base: string) => webpack.WebpackPluginInstance;
};

const makeConfig = require(join(ROOT, "webpack.config.js")) as (
  env: unknown,
  argv: { mode: string }
) => Configuration;

function run(config: Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => (err || !stats ? reject(err) : resolve(stats)));
  });
}

/** makeConfig with ADDIN_BASE_URL set while the config is made (it reads the environment then). */
function configWith(base: string | undefined): Configuration {
  const saved = { base: process.env.ADDIN_BASE_URL, alias: process.env.ADDIN_PUBLIC_URL };
  delete process.env.ADDIN_PUBLIC_URL;
  if (base === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = base;
  try {
    return makeConfig({}, { mode: "production" });
  } finally {
    for (const [key, value] of [
      ["ADDIN_BASE_URL", saved.base],
      ["ADDIN_PUBLIC_URL", saved.alias],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe("production build with ADDIN_BASE_URL", function () {
  this.timeout(180_000);
  let out: string;
  let stats: webpack.Stats;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), "iij-deploy-"));
    const config = configWith("https://example.sharepoint.com/iij");
    config.context = ROOT;
    config.output = { ...config.output, path: out };
    stats = await run(config);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it("builds without errors", () => {
    assert.deepEqual(
      stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message),
      []
    );
  });

  it("writes a manifest whose every URL is under the base URL and that validates offline", async () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    assert.doesNotMatch(xml, /localhost/);
    assert.match(
      xml,
      /<SourceLocation DefaultValue="https:\/\/example\.sharepoint\.com\/iij\/taskpane\.html"\/>/
    );
    assert.match(xml, /<AppDomain>https:\/\/example\.sharepoint\.com<\/AppDomain>/);
    assert.match(
      xml,
      /id="Functions\.Metadata\.Url" DefaultValue="https:\/\/example\.sharepoint\.com\/iij\/functions\.json"/
    );
    const report = await validateManifestXml(xml, "dist/manifest.xml");
    assert.deepEqual(report.errors, []);
  });

  it("points the ja-JP overrides at the base URL, where functions-ja.json is, help in Japanese", () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    const override = (id: string) =>
      new RegExp(`<bt:Url id="${id}"[^>]*>\\s*<bt:Override Locale="ja-JP" Value="([^"]+)"`).exec(
        xml
      )?.[1];
    assert.equal(override("Functions\\.Metadata\\.Url"), `${BASE}functions-ja.json`);
    assert.equal(override("Help\\.Url"), `${BASE}help.html?lang=ja`);
    const { functions } = JSON.parse(readFileSync(join(out, "functions-ja.json"), "utf8")) as {
      functions: { id: string; helpUrl?: string }[];
    };
    assert.ok(functions.length > 0);
    for (const f of functions)
      assert.ok(f.helpUrl?.startsWith(`${BASE}help.html?lang=ja#`), `${f.id}: ${f.helpUrl}`);
  });

  it("points every function's helpUrl in functions.json at the base URL", () => {
    const { functions } = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as {
      functions: { id: string; helpUrl?: string }[];
    };
    assert.ok(functions.length > 0);
    for (const f of functions)
      assert.ok(f.helpUrl?.startsWith(`${BASE}help.html#`), `${f.id}: ${f.helpUrl}`);
  });
});

describe("production base URL checks", function () {
  this.timeout(60_000);

  it("takes ADDIN_BASE_URL, or ADDIN_PUBLIC_URL as an alias, and adds the trailing slash", () => {
    assert.equal(
      urls.baseUrlFromEnv({ ADDIN_BASE_URL: "https://h.example/a" }),
      "https://h.example/a/"
    );
    assert.equal(
      urls.baseUrlFromEnv({ ADDIN_PUBLIC_URL: "https://h.example/" }),
      "https://h.example/"
    );
    assert.equal(urls.baseUrlFromEnv({}), undefined);
    assert.throws(
      () =>
        urls.baseUrlFromEnv({
          ADDIN_BASE_URL: "https://a.example/",
          ADDIN_PUBLIC_URL: "https://b.example/",
        }),
      /both set/
    );
  });

  it("refuses an http URL, localhost and anything not a URL", () => {
    assert.throws(() => urls.normalizeBaseUrl("http://example.com/iij"), /https/);
    assert.throws(() => urls.normalizeBaseUrl("https://localhost:8443/"), /localhost/);
    assert.throws(() => urls.normalizeBaseUrl("example.com/iij"), /not a URL/);
    assert.throws(() => configWith("http://example.com/iij"), /https/);
  });

  it("fails `npm run build` (webpack) on an http base URL", () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_BASE_URL: "http://example.com/iij" },
        encoding: "utf8",
      }
    );
    assert.notEqual(result.status, 0);
    assert.match(result.stderr + result.stdout, /must be an https:\/\/ URL/);
  });

  it("rewrites dev URLs, and reports a leftover localhost or an http URL but not XML namespaces", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const rewritten = urls.rewriteUrls(manifest, BASE);
    assert.deepEqual(urls.productionProblems("manifest.xml", rewritten), []);
    assert.equal(urls.productionProblems("manifest.xml", manifest).length, 1);
    assert.match(
      urls.productionProblems(
        "manifest.xml",
        rewritten.replace(`${BASE}help.html`, "http://example.com/help.html")
      )[0],
      /plain-http URL http:\/\/example\.com\/help\.html/
    );
    assert.match(
      urls.productionProblems(
        "functions.json",
        '{"helpUrl":"https://localhost:8443/help.html"}'
      )[0],
      /still names localhost/
    );
  });

  it("makes the build fail when an emitted manifest still names localhost", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iij-urlplugin-"));
    try {
      writeFileSync(join(dir, "entry.js"), "");
      const emit: webpack.WebpackPluginInstance = {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("emit", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "emit", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
              () => {
                const { RawSource } = webpack.sources;
                compilation.emitAsset(
                  "manifest.xml",
                  new RawSource('<a href="https://localhost:8443/x"/>')
                );
                compilation.emitAsset("functions.json", new RawSource("{}"));
              }
            );
          });
        },
      };
      const stats = await run({
        mode: "production",
        context: dir,
        entry: "./entry.js",
        output: { path: join(dir, "out") },
        plugins: [emit, new urls.AddinUrlPlugin(BASE)],
      });
      assert.ok(stats.hasErrors());
      assert.match(
        stats.toString({ all: false, errors: true }),
        /manifest\.xml: still names localhost/
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
