/**
 * `npm run build:model`'s command line (issue 19 item 4): it writes where asked only if no file is
 * there, or with --force; an argument that looks like a flag is refused, and --help prints usage.
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MODEL_PATH, parseModelArguments, refuseOverwrite } from "../../scripts/build-model";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** The environment without ADDIN_STORE: the default store, whatever the shell sets. */
function withoutStore(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ADDIN_STORE;
  return env;
}

/** Runs the script as `npm run build:model -- ARGS` does, in `cwd`. */
function buildModel(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [TSX, join(ROOT, "scripts", "build-model.ts"), ...args], {
    encoding: "utf8",
    cwd,
    env: withoutStore(),
  });
}

describe("build:model's arguments (no silent overwrite, no file named like a flag)", function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "iij-build-args-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads no arguments as: rebuild the committed model in place", () => {
    assert.deepEqual(parseModelArguments([]), {
      action: "write",
      out: MODEL_PATH,
      explicit: false,
      force: false,
    });
  });

  it("refuses an argument that looks like a flag, naming it and what is accepted", () => {
    for (const arg of ["--out", "-f", "--forse"])
      assert.throws(
        () => parseModelArguments([arg]),
        (e: Error) =>
          e.message.includes(`"${arg}" is not an option`) &&
          e.message.includes("--force, --help") &&
          !e.message.includes("\n")
      );
  });

  it("refuses a second output file and a name that is not .xlsx", () => {
    assert.throws(() => parseModelArguments(["a.xlsx", "b.xlsx"]), /one output file/);
    assert.throws(() => parseModelArguments(["model.csv"]), /"model.csv" is not an .xlsx file/);
  });

  it("refuses to replace an existing file unless --force", () => {
    const out = join(dir, "kept.xlsx");
    writeFileSync(out, "mine");
    const asked = parseModelArguments([out]);
    assert.throws(
      () => refuseOverwrite(asked as Extract<typeof asked, { action: "write" }>),
      (e: Error) => e.message.includes("exists; not overwritten") && e.message.includes("--force")
    );
    const forced = parseModelArguments([out, "--force"]);
    assert.doesNotThrow(() =>
      refuseOverwrite(forced as Extract<typeof forced, { action: "write" }>)
    );
  });

  it("--help prints the usage and writes no file", () => {
    const run = buildModel(dir, "--help");
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: npm run build:model/);
    assert.match(run.stdout, /--force/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it("from the command line: a flag-like path exits 2 with one line; an existing file is kept; --force replaces it", () => {
    const flag = buildModel(dir, "--out");
    assert.equal(flag.status, 2);
    assert.equal(flag.stderr.trim().split("\n").length, 1, flag.stderr);
    assert.deepEqual(readdirSync(dir), []);

    const out = join(dir, "model.xlsx");
    writeFileSync(out, "mine");
    const refused = buildModel(dir, out);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /exists; not overwritten \(add --force/);
    assert.equal(readFileSync(out, "utf8"), "mine");

    const forced = buildModel(dir, out, "--force");
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(out).subarray(0, 2).toString("latin1"), "PK");

    const fresh = join(dir, "new.xlsx");
    const written = buildModel(dir, fresh);
    assert.equal(written.status, 0, written.stderr);
    assert.ok(existsSync(fresh));
  });
});
