/**
 * `npm install` needs nothing but npm: no package in the lockfile builds native code or runs an
 * install script we have not looked at. office-addin-dev-settings (under office-addin-debugging)
 * declares @microsoft/m365agentstoolkit-cli as a peer, which pulls in keytar, a native module
 * that needs libsecret headers; it only ever runs that tool through `npx -p`, so `.npmrc`'s
 * legacy-peer-deps keeps the peer, and keytar, out of the tree.
 */
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

interface LockedPackage {
  readonly version?: string;
  readonly hasInstallScript?: boolean;
  readonly peerDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
  packages: Record<string, LockedPackage>;
};

/** "node_modules/a/node_modules/@b/c" -> "@b/c". */
function nameOf(path: string): string {
  return path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
}

/** Packages allowed an install script, each with the reason it does no harm on a fresh machine. */
const INSTALL_SCRIPTS_ALLOWED: Record<string, string> = {
  esbuild:
    "postinstall checks that its platform binary (the optional @esbuild/<platform> package, from the npm registry) is in place; needed by tsx",
  "core-js-pure":
    "postinstall only prints a funding banner (and never fails); pulled in by custom-functions-metadata through xregexp",
};

const KEPT_OUT = ["@microsoft/m365agentstoolkit-cli", "keytar"];

describe("install with npm alone", () => {
  it("has no install script in package-lock.json other than the allowed ones, each with its reason", () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, pkg]) => path !== "" && pkg.hasInstallScript)
      .map(([path]) => nameOf(path));
    const unexpected = withScripts.filter((name) => !(name in INSTALL_SCRIPTS_ALLOWED));
    assert.deepEqual(
      unexpected,
      [],
      `packages with an install script (native build or download) entered the lockfile: ${unexpected.join(", ")}. ` +
        "Keep them out, or add each to INSTALL_SCRIPTS_ALLOWED with the reason it is safe."
    );
    // The allowlist names only what is there, so a stale reason cannot hide a new package.
    for (const name of Object.keys(INSTALL_SCRIPTS_ALLOWED))
      assert.ok(
        withScripts.includes(name),
        `${name} is allowed but has no install script any more`
      );
  });

  it(`keeps ${KEPT_OUT.join(" and ")} out of package-lock.json`, () => {
    const found = Object.keys(lock.packages).filter((path) => KEPT_OUT.includes(nameOf(path)));
    assert.deepEqual(found, []);
    // The peer is still declared: the lockfile is small because of .npmrc, not a stale edit.
    const declaring = Object.entries(lock.packages).filter(
      ([, pkg]) => pkg.peerDependencies?.["@microsoft/m365agentstoolkit-cli"] !== undefined
    );
    assert.ok(declaring.length > 0, "no package declares the peer any more: revisit this test");
  });

  it("keeps legacy-peer-deps in .npmrc, which is what keeps the peer out on `npm install`", () => {
    const npmrc = readFileSync(join(ROOT, ".npmrc"), "utf8");
    assert.match(npmrc, /^legacy-peer-deps\s*=\s*true\s*$/m);
  });

  it("loads office-addin-debugging and office-addin-dev-settings without the peer", () => {
    for (const name of KEPT_OUT)
      assert.throws(() => require.resolve(name, { paths: [ROOT] }), /Cannot find module/);
    const out = execFileSync(
      process.execPath,
      [
        "-e",
        'require("office-addin-dev-settings"); require("office-addin-debugging"); console.log("loaded")',
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 }
    );
    assert.equal(out.trim(), "loaded");
    // The command `npm start` runs on Windows and macOS answers too.
    const cli = require.resolve("office-addin-debugging/cli.js", { paths: [ROOT] });
    const help = execFileSync(process.execPath, [cli, "--help"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    assert.match(help, /start \[options\] <manifest-path>/);
  });
});
