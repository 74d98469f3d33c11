/**
 * `npm start`.
 *
 * Windows and macOS: hand over to office-addin-debugging, as Microsoft's template does. It
 * installs the dev certificates, runs `npm run dev-server`, and sideloads manifest.xml into
 * desktop Excel; `npm stop` undoes that.
 *
 * Linux (and CI): there is no desktop Excel to sideload into (office-addin-debugging only
 * prints "platform not supported"), so serve the add-in at https://localhost:3000 ourselves,
 * say how to sideload manifest.xml into Excel on the web, and point at the preview page.
 * Runs in the foreground until Ctrl+C (or `npm stop` from another terminal), then exits 0.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { dirname, join } from "node:path";
import { ensureDevCertificates, type CertStatus } from "./dev-certs";

const ROOT = join(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port ?? 3000);
const BASE_URL = `https://localhost:${PORT}/`;
const PREVIEW_URL = `${BASE_URL}preview.html`;
export const PID_FILE = join(ROOT, ".cache", "dev-server.pid");
const READY_TIMEOUT_MS = 180_000;

/** Path of a package's command-line script, run with this Node (no shell, no .cmd shims). */
function bin(pkg: string, command: string): string {
  const manifestPath = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
  const { bin: bins } = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    bin: string | Record<string, string>;
  };
  return join(dirname(manifestPath), typeof bins === "string" ? bins : bins[command]);
}

function startWithOfficeDebugging(): void {
  const cli = bin("office-addin-debugging", "office-addin-debugging");
  const child = spawn(process.execPath, [cli, "start", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** Resolves once the dev server answers over HTTPS (self-signed is fine: it is our server). */
function probe(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

async function waitUntilServing(server: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) return false;
    if (await probe(PREVIEW_URL)) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

function certificateMessage(certs: CertStatus): string {
  if (certs.kind === "unavailable") {
    return [
      `Dev certificates could not be created (${certs.reason}).`,
      "Serving with a throwaway self-signed certificate instead: browsers will warn, and Excel",
      "on the web will not load the add-in until this browser accepts https://localhost:" +
        PORT +
        ".",
    ].join("\n  ");
  }
  return [
    `HTTPS certificate: ${certs.dir} (${certs.created ? "created now" : "reused"}, valid until ${certs.expires.toISOString().slice(0, 10)}).`,
    "Linux has no system-wide step that trusts it automatically. Either import",
    `${certs.caPath} into your browser as a certificate authority (Chrome: Settings >`,
    "Privacy and security > Security > Manage certificates > Authorities > Import), or open",
    `${BASE_URL} once and accept the warning.`,
  ].join("\n  ");
}

function sideloadInstructions(): string {
  return [
    "",
    `IIJ Figures is being served at ${BASE_URL}`,
    `  Preview (any browser):  ${PREVIEW_URL}`,
    `  Task pane page:         ${BASE_URL}taskpane.html`,
    `  Manifest to sideload:   ${join(ROOT, "manifest.xml")}`,
    "",
    "Desktop Excel is not available on Linux. To try the add-in in Excel on the web:",
    "  1. Open a workbook in Excel on the web (office.com) in a browser that trusts the certificate.",
    "  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.",
    "  3. Choose manifest.xml (path above) and Upload; then type =IIJ. in a cell,",
    "     or open the pane with Home > IIJ Figures.",
    "",
    "Press Ctrl+C to stop the server.",
  ].join("\n");
}

/** Opens the preview in the desktop's browser when there is a desktop; never required. */
function openPreview(): void {
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const opener = spawnSync("sh", ["-c", "command -v xdg-open"], { encoding: "utf8" }).stdout.trim();
  if (process.env.CI || !hasDisplay || !opener) {
    console.log(`(No desktop browser to open here: visit ${PREVIEW_URL} yourself.)`);
    return;
  }
  const child = spawn(opener, [PREVIEW_URL], { stdio: "ignore", detached: true });
  child.on("error", () => undefined);
  child.unref();
}

async function startLinuxDevServer(): Promise<void> {
  const certs = await ensureDevCertificates();
  console.log(certificateMessage(certs));

  const webpackCli = bin("webpack-cli", "webpack-cli");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...(certs.kind === "ready" ? { IIJ_DEV_CERT_DIR: certs.dir } : {}) },
  });
  mkdirSync(join(ROOT, ".cache"), { recursive: true });
  writeFileSync(PID_FILE, String(process.pid));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping the dev server (${signal})…`);
    server.kill("SIGTERM");
    // webpack-dev-server closes its sockets promptly; do not wait on a stuck one forever.
    setTimeout(() => server.kill("SIGKILL"), 5000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  server.on("exit", (code, signal) => {
    rmSync(PID_FILE, { force: true });
    if (stopping) {
      console.log("Dev server stopped.");
      process.exit(0);
    }
    console.error(
      `The dev server exited (${signal ?? `code ${code}`}). Is port ${PORT} already in use?`
    );
    process.exit(code || 1);
  });

  if (await waitUntilServing(server)) {
    console.log(sideloadInstructions());
    openPreview();
  } else if (!stopping && server.exitCode === null) {
    console.error(
      `The dev server did not answer at ${PREVIEW_URL} within ${READY_TIMEOUT_MS / 1000} s.`
    );
  }
}

if (require.main === module) {
  if (process.platform === "win32" || process.platform === "darwin") {
    startWithOfficeDebugging();
  } else {
    startLinuxDevServer().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  }
}
