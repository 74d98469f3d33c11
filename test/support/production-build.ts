/**
 * The production build the tests inspect: dist/ when it holds a production build newer than the
 * sources, else a fresh `webpack --mode production` (the project's webpack.config.js) into a
 * temporary folder, made once per test run and shared by every test file that asks (the hardening
 * scan and the browser test against Microsoft's real office.js); the folder goes when the
 * process exits.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = join(__dirname, "..", "..");

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** dist/ if it holds a production build newer than src/ and webpack.config.js. */
function freshDist(): string | undefined {
  const dist = join(ROOT, "dist");
  const functions = join(dist, "functions.js");
  if (!existsSync(functions) || !existsSync(join(dist, "taskpane.js"))) return undefined;
  const built = statSync(functions).mtimeMs;
  const inputs = [
    "src",
    "webpack.config.js",
    "scripts/third-party-notices.js",
    "scripts/content-security-policy.js",
  ];
  if (built < Math.max(...inputs.map((input) => newest(join(ROOT, input))))) return undefined;
  if (!existsSync(join(dist, "functions.licenses.txt"))) return undefined;
  // A development build carries source maps and eval-free but unminified code; use only production.
  if (readFileSync(functions, "utf8").includes("sourceMappingURL")) return undefined;
  return dist;
}

function build(outDir: string): Promise<void> {
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: unknown,
    argv: { mode: string }
  ) => Configuration;
  const config = makeConfig({}, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error("webpack gave no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

let shared: Promise<string> | undefined;

/** The folder holding this run's production build. */
export function productionBuild(): Promise<string> {
  shared ??= (async () => {
    const fresh = freshDist();
    if (fresh) return fresh;
    const dir = mkdtempSync(join(tmpdir(), "iij-production-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    await build(dir);
    return dir;
  })();
  return shared;
}
