import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applySchemaPatches, SCHEMA_PATCHES } from "../scripts/manifest-schema";
import { validateManifestXml } from "../scripts/validate-manifest";

const ROOT = join(__dirname, "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** Replaces text that must be in the manifest, so a stale mutation cannot pass silently. */
function mutate(find: string | RegExp, replace: string): string {
  const changed = manifest.replace(find, replace);
  assert.notEqual(changed, manifest, `mutation did not apply: ${String(find)}`);
  return changed;
}

describe("manifest.xml", () => {
  it("passes offline schema validation and the resid/HTTPS checks", async () => {
    const report = await validateManifestXml(manifest);
    assert.deepEqual(report.errors, []);
    assert.equal(report.valid, true);
  });

  it("declares the IIJ namespace, a long-lived shared runtime and the SharedRuntime requirement", () => {
    assert.match(manifest, /<bt:String id="Functions.Namespace" DefaultValue="IIJ"\/>/);
    assert.match(manifest, /<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    assert.match(manifest, /<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    // Functions page, command file and pane must all be the runtime's page to share it.
    assert.match(manifest, /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    assert.match(manifest, /<FunctionFile resid="Taskpane.Url"\/>/);
    assert.match(manifest, /<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("puts an 'IIJ Figures' group on the Home tab with a button that shows the pane", () => {
    assert.match(manifest, /<OfficeTab id="TabHome">/);
    assert.match(manifest, /<bt:String id="Group.Label" DefaultValue="IIJ Figures"[\s/>]/);
    assert.match(manifest, /<Action xsi:type="ShowTaskpane">/);
  });

  it("gives Office in Japanese (ja-JP) its name, description, ribbon strings, help and metadata", () => {
    /** The ja-JP value of the element that starts with `start` (a tag and attributes). */
    const override = (start: string) => {
      const at = manifest.indexOf(`<${start}`);
      const element = at < 0 ? "" : manifest.slice(at, manifest.indexOf("</", at));
      return /^[^>]*[^/]>\s*<(?:bt:)?Override Locale="ja-JP" Value="([^"]+)"\/>/.exec(element)?.[1];
    };
    assert.match(override("DisplayName") ?? "", /IIJ 決算数値/);
    assert.match(override("Description") ?? "", /=IIJ\.REVENUE\(&quot;2023年度上期&quot;/);
    assert.equal(override("SupportUrl"), "https://localhost:3000/help.html?lang=ja");
    assert.equal(
      override('bt:Url id="Functions.Metadata.Url"'),
      "https://localhost:3000/functions-ja.json"
    );
    assert.equal(override('bt:Url id="Help.Url"'), "https://localhost:3000/help.html?lang=ja");
    // Every string Office shows is in Japanese too; the namespace is the same in every language.
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(strings.length >= 5);
    for (const id of strings) {
      const japanese = override(`bt:String id="${id}"`);
      if (id === "Functions.Namespace") assert.equal(japanese, undefined);
      else assert.match(japanese ?? "", /[\u3040-\u30ff\u4e00-\u9fff]/, id);
    }
  });

  it("refers only to icons that exist in assets/", () => {
    for (const m of manifest.matchAll(/https:\/\/localhost:3000\/assets\/([\w.-]+)/g)) {
      assert.ok(readFileSync(join(ROOT, "assets", m[1])).length > 0, m[1]);
    }
  });
});

describe("manifest validation rejects broken manifests", () => {
  const broken: Array<[string, () => string, RegExp]> = [
    ["not well-formed XML", () => mutate("</OfficeApp>", "</OfficeAp>"), /OfficeAp/],
    ["missing <Id>", () => mutate(/<Id>[^<]*<\/Id>/, ""), /Id/],
    [
      "unknown permission",
      () => mutate("<Permissions>ReadWriteDocument", "<Permissions>Everything"),
      /Permissions/,
    ],
    [
      "lifetime outside short|long",
      () => mutate('lifetime="long"', 'lifetime="forever"'),
      /lifetime/,
    ],
    [
      "<Runtimes> after <AllFormFactors>",
      () =>
        mutate(
          /(<Runtimes>[\s\S]*?<\/Runtimes>)\s*(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/,
          "$2$1"
        ),
      /Runtimes/,
    ],
    ["undefined resid", () => mutate('resid="Group.Label"', 'resid="Group.Lable"'), /Group\.Lable/],
    [
      "plain-HTTP URL",
      () => mutate('"https://localhost:3000/help.html"', '"http://localhost:3000/help.html"'),
      /HTTPS/,
    ],
    ["element the schema does not know", () => mutate("<Hosts>", "<Hostz/><Hosts>"), /Hostz/],
    [
      "an override of the default locale",
      () => mutate('<Override Locale="ja-JP" Value="IIJ', '<Override Locale="en-US" Value="IIJ'),
      /DisplayName overrides the default locale en-US/,
    ],
    [
      "two overrides of one locale",
      () =>
        mutate(
          '<bt:Override Locale="ja-JP" Value="https://localhost:3000/functions-ja.json"/>',
          '<bt:Override Locale="ja-JP" Value="https://localhost:3000/functions-ja.json"/><bt:Override Locale="ja-jp" Value="https://localhost:3000/functions.json"/>'
        ),
      /Functions\.Metadata\.Url overrides ja-jp more than once/,
    ],
    [
      "an override whose locale is not a culture name",
      () =>
        mutate('Locale="ja-JP" Value="IIJ 決算数値"', 'Locale="Japanese!" Value="IIJ 決算数値"'),
      /Locale/,
    ],
    [
      "an override without a value",
      () =>
        mutate(
          '<bt:Override Locale="ja-JP" Value="IIJ 決算数値"/>',
          '<bt:Override Locale="ja-JP"/>'
        ),
      /Value/,
    ],
  ];

  for (const [name, make, expected] of broken) {
    it(`fails on ${name}`, async () => {
      const report = await validateManifestXml(make(), "broken.xml");
      assert.equal(report.valid, false);
      assert.match(report.errors.join("\n"), expected);
    });
  }

  it("makes the validate command exit non-zero on a broken file and zero on ours", () => {
    const dir = mkdtempSync(join(tmpdir(), "iij-manifest-"));
    const brokenPath = join(dir, "broken.xml");
    writeFileSync(brokenPath, mutate('lifetime="long"', 'lifetime="forever"'));
    const tsx = require.resolve("tsx/cli", { paths: [ROOT] });
    const run = (file: string) =>
      spawnSync(process.execPath, [tsx, "scripts/validate-manifest.ts", file], {
        cwd: ROOT,
        encoding: "utf8",
      });
    const bad = run(brokenPath);
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stderr, /INVALID/);
    const good = run("manifest.xml");
    assert.equal(good.status, 0, good.stderr);
  });
});

describe("schema patches", () => {
  it("fail loudly when the text they patch is missing", () => {
    const patch = SCHEMA_PATCHES.find((p) => p.file === "TaskPaneAppVersionOverridesV1_0.xsd");
    assert.ok(patch);
    assert.throws(
      () => applySchemaPatches({ fileName: patch.file, contents: "<xs:schema/>" }),
      /schema patch/
    );
  });
});
