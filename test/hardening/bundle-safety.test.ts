/**
 * What users load must not evaluate strings as code, talk to the network, or carry HyperFormula
 * (GPL-3.0, a development tool here). Scans the production bundles: dist/ when it is newer than
 * the sources, else a fresh production build (test/support/production-build.ts, once per run).
 * Also checks that every page carries the add-in's Content-Security-Policy, that every bundle has
 * its third-party notices, and that package.json's `dependencies` are exactly what is shipped.
 */
import { strict as assert } from "node:assert";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { productionBuild } from "../support/production-build";

const ROOT = join(__dirname, "..", "..");

/** Text that must not appear in what the functions and the pane run. */
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: "eval(", pattern: /(^|[^\w$.])eval\s*\(/ },
  { name: "new Function", pattern: /new\s+Function\s*\(/ },
  { name: "Function( constructor call", pattern: /(^|[^\w$.])Function\s*\(\s*["'`]/ },
  { name: "fetch(", pattern: /(^|[^\w$])fetch\s*\(/ },
  { name: "XMLHttpRequest", pattern: /XMLHttpRequest/ },
  { name: "WebSocket", pattern: /WebSocket/ },
  { name: "navigator.sendBeacon", pattern: /sendBeacon/ },
  { name: "EventSource", pattern: /EventSource/ },
  { name: "importScripts", pattern: /importScripts/ },
];

function paneFetchIsOnlyFunctionsJson(code: string): boolean {
  const calls = code.match(/(^|[^\w$])fetch\s*\(/g) ?? [];
  return calls.length === 1 && code.includes('"functions.json"');
}

describe("hardening: the production bundles", function () {
  this.timeout(180_000);
  let dist: string;
  let scripts: { file: string; code: string }[];

  before(async () => {
    dist = await productionBuild();
    scripts = readdirSync(dist)
      .filter((file) => file.endsWith(".js"))
      .map((file) => ({ file, code: readFileSync(join(dist, file), "utf8") }));
  });

  it("has the functions and task pane bundles", () => {
    const files = scripts.map((s) => s.file);
    assert.ok(files.includes("functions.js"), files.join(", "));
    assert.ok(files.includes("taskpane.js"), files.join(", "));
    // The functions bundle carries the dataset: a figure as it ships (99,219,535 less its
    // separators, src/data/encoding.ts) is in it.
    assert.ok(
      scripts.find((s) => s.file === "functions.js")!.code.includes("99219535"),
      "dataset not in functions.js"
    );
  });

  it("no eval, new Function or network call in the functions, pane and command bundles", () => {
    const found: string[] = [];
    for (const { file, code } of scripts) {
      if (file === "preview.js") continue; // the development preview page, not loaded by Excel
      for (const { name, pattern } of FORBIDDEN) {
        // The pane and the help page read their own functions.json (same origin,
        // src/shared/function-catalog.ts) for the function list: that one fetch is allowed.
        const readsFunctionList = file === "taskpane.js" || file === "help.js";
        if (readsFunctionList && name === "fetch(" && paneFetchIsOnlyFunctionsJson(code)) continue;
        const match = pattern.exec(code);
        if (match)
          found.push(
            `${file}: ${name} near "${code.slice(Math.max(0, match.index - 40), match.index + 40)}"`
          );
      }
    }
    assert.deepEqual(found, []);
  });

  it("HyperFormula (GPL-3.0) is in no production bundle", () => {
    for (const { file, code } of scripts) {
      for (const mark of ["HyperFormula", "hyperformula", "gpl-v3", "GNU General Public License"]) {
        assert.ok(!code.includes(mark), `${file} contains "${mark}"`);
      }
    }
  });

  it("every page carries the add-in's Content-Security-Policy, ahead of anything it loads", () => {
    const { CONTENT_SECURITY_POLICY } = require(
      join(ROOT, "scripts/content-security-policy.js")
    ) as {
      CONTENT_SECURITY_POLICY: string;
    };
    assert.match(CONTENT_SECURITY_POLICY, /default-src 'self'/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-eval/);
    assert.doesNotMatch(/script-src[^;]*/.exec(CONTENT_SECURITY_POLICY)![0], /unsafe-inline|\*/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /connect-src[^;]*\*/);
    const pages = readdirSync(dist).filter((file) => file.endsWith(".html"));
    assert.deepEqual(pages.sort(), ["commands.html", "help.html", "preview.html", "taskpane.html"]);
    for (const page of pages) {
      const html = readFileSync(join(dist, page), "utf8");
      // The production build minifies HTML, which drops the quotes around attribute values.
      const meta = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
      assert.ok(meta, `dist/${page} has no Content-Security-Policy meta tag`);
      assert.equal(/content="([^"]*)"/.exec(meta[0])?.[1], CONTENT_SECURITY_POLICY, page);
      // A policy in <meta> governs only what comes after it.
      for (const tag of ["<script", "<link", "<style", "<img"]) {
        const at = html.indexOf(tag);
        assert.ok(at === -1 || at > meta.index, `dist/${page}: ${tag} before the policy`);
      }
    }
  });

  /** dist/<bundle>.licenses.txt as { name, version, licence, text } entries. */
  function notices(bundle: string): { name: string; licence: string; text: string }[] {
    const file = join(dist, `${bundle}.licenses.txt`);
    assert.ok(existsSync(file), `no third-party notices for ${bundle}.js`);
    const rule = "=".repeat(72);
    const parts = readFileSync(file, "utf8").split(`${rule}\n`);
    const entries = [];
    for (let i = 1; i + 1 < parts.length; i += 2) {
      const [heading, licenceLine] = parts[i].trim().split("\n");
      entries.push({
        name: heading.replace(/ [^ ]+$/, ""),
        licence: licenceLine.replace(/^Licence: /, ""),
        text: parts[i + 1],
      });
    }
    return entries;
  }

  it("every bundle has third-party notices naming each npm package in it, with its licence text", () => {
    const { ACCEPTED } = require(join(ROOT, "scripts/third-party-notices.js")) as {
      ACCEPTED: string[];
    };
    for (const { file } of scripts) {
      const bundle = file.replace(/\.js$/, "");
      const entries = notices(bundle);
      for (const entry of entries) {
        assert.ok(ACCEPTED.includes(entry.licence), `${bundle}: ${entry.name} ${entry.licence}`);
        // The licence text itself, not just its name: MIT's grant, BSD's conditions...
        assert.match(entry.text, /Permission|Redistribution|Licensed under/, entry.name);
      }
      if (entries.length === 0)
        assert.match(readFileSync(join(dist, `${bundle}.licenses.txt`), "utf8"), /None: /);
    }
    const pane = notices("taskpane").map((e) => e.name);
    for (const name of [
      "@fluentui/web-components",
      "@fluentui/tokens",
      "@microsoft/fast-element",
      "@microsoft/focusgroup-polyfill",
      "numfmt",
    ])
      assert.ok(pane.includes(name), `taskpane notices lack ${name}: ${pane.join(", ")}`);
    // Fluent UI ships no licence file: the notice is MIT's text with the holder its package names.
    const fluent = notices("taskpane").find((e) => e.name === "@fluentui/web-components")!;
    assert.match(fluent.text, /MIT License\s+Copyright \(c\) Microsoft/);
    assert.deepEqual(
      notices("functions").map((e) => e.name),
      ["decimal.js"]
    );
  });

  it("package.json's dependencies are the packages the bundles ship; the rest are devDependencies", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const shipped = new Set(
      scripts.flatMap(({ file }) => notices(file.replace(/\.js$/, ""))).map((e) => e.name)
    );
    for (const name of Object.keys(pkg.dependencies))
      assert.ok(shipped.has(name), `${name} is a dependency, but no bundle in dist/ carries it`);
    for (const name of shipped)
      assert.ok(!(name in pkg.devDependencies), `${name} is shipped but listed as a devDependency`);
    // Named by the stack; the pages load office.js from Microsoft's CDN, so no bundle has it.
    assert.ok("@microsoft/office-js" in pkg.devDependencies);
  });
});
