/**
 * scripts/third-party-notices.js on small webpack builds made here: a package webpack concatenates
 * into the bundle is named with its licence text, an MIT package without a licence file gets MIT's
 * text with the holder its package.json names, and a GPL package fails the build.
 */
import { strict as assert } from "node:assert";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

const { thirdPartyNoticesPlugins } = require("../scripts/third-party-notices.js") as {
  thirdPartyNoticesPlugins: (root: string) => webpack.WebpackPluginInstance[];
};

/** A package in <dir>/node_modules: an ES module (so webpack concatenates it), maybe a LICENSE. */
function addPackage(dir: string, name: string, packageJson: object, licence?: string): void {
  const root = join(dir, "node_modules", name);
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, "package.json"),
    JSON.stringify({ name, version: "1.2.3", type: "module", main: "index.js", ...packageJson })
  );
  writeFileSync(join(root, "index.js"), `export const value = ${JSON.stringify(name)};\n`);
  if (licence) writeFileSync(join(root, "LICENSE"), licence);
}

function build(dir: string, imports: string[]): Promise<string> {
  writeFileSync(
    join(dir, "entry.js"),
    imports
      .map((name, i) => `import { value as v${i} } from "${name}"; console.log(v${i});`)
      .join("\n")
  );
  const compiler = webpack({
    mode: "production",
    context: dir,
    entry: { app: "./entry.js" },
    output: { path: join(dir, "dist") },
    plugins: thirdPartyNoticesPlugins(dir),
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats!.hasErrors())
        return reject(new Error(stats!.toString({ all: false, errors: true })));
      resolve(readFileSync(join(dir, "dist", "app.licenses.txt"), "utf8"));
    });
  });
}

describe("third-party notices (scripts/third-party-notices.js)", function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "iij-notices-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("names each concatenated package with its licence file, and MIT's text where a package has none", async () => {
    addPackage(dir, "with-file", { license: "ISC" }, "ISC License\n\nPermission to use, copy...");
    addPackage(dir, "@scope/no-file", { license: "MIT", author: { name: "Jane Doe" } });
    const text = await build(dir, ["with-file", "@scope/no-file"]);
    assert.match(text, /with-file 1\.2\.3\nLicence: ISC\n=+\n\nISC License\n\nPermission to use/);
    assert.match(
      text,
      /@scope\/no-file 1\.2\.3\nLicence: MIT\n[\s\S]*MIT License\n\nCopyright \(c\) Jane Doe\n\nPermission is hereby granted/
    );
  });

  it("says so for a bundle with no third-party code", async () => {
    writeFileSync(join(dir, "own.js"), "export const value = 1;\n");
    const text = await build(dir, ["./own.js"]);
    assert.match(text, /None: this bundle holds only the add-in's own code/);
  });

  it("fails the build on a GPL package, naming it", async () => {
    addPackage(dir, "copyleft", { license: "GPL-3.0" }, "GNU GENERAL PUBLIC LICENSE");
    await assert.rejects(
      build(dir, ["copyleft"]),
      /copyleft \(GPL-3\.0\) is bundled, but only MIT/
    );
  });
});
