/**
 * Builds the add-in with the preview host (webpack, development mode, the project's own
 * webpack.config.js) into a temporary folder and serves it over HTTP on a free localhost port.
 * Started and stopped by the end-to-end tests; nothing is left running. The build is made once per
 * test run and shared by every browser test file (it takes most of their time); its folder goes
 * when the process exits.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = join(__dirname, "..", "..", "..");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

export async function buildPreview(outDir: string): Promise<void> {
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: unknown,
    argv: { mode: string }
  ) => Configuration;
  const config = makeConfig({}, { mode: "development" });
  config.context = ROOT;
  config.devtool = false; // no source maps: a faster build, same code
  config.output = { ...config.output, path: outDir };
  // Type checking is `npm run typecheck`'s job; here only the bundle matters.
  for (const rule of config.module?.rules ?? [])
    if (rule && typeof rule === "object" && rule.loader === "ts-loader")
      rule.options = { ...(rule.options as object), transpileOnly: true };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error("webpack gave no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

export interface PreviewServer {
  readonly url: string;
  readonly dir: string;
  close(): Promise<void>;
}

let sharedBuild: Promise<string> | undefined;

/** The preview build of this test run, made on first use. */
function previewBuild(): Promise<string> {
  sharedBuild ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "iij-preview-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    await buildPreview(dir);
    return dir;
  })();
  return sharedBuild;
}

export async function servePreview(): Promise<PreviewServer> {
  return serveFolder(await previewBuild());
}

/** Serves a built folder (the preview build, or the production one) on a free localhost port. */
export async function serveFolder(dir: string): Promise<PreviewServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)
    ).replace(/^([/\\])+/, "");
    const file = join(dir, path || "preview.html");
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    const headers: Record<string, string> = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    };
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
