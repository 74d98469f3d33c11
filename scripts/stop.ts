/**
 * `npm stop`. Windows/macOS: office-addin-debugging stops debugging and removes the sideloaded
 * manifest, as in Microsoft's template. Linux: stops the dev server that `npm start` left
 * running in another terminal, using the pid file it wrote (so only that process is signalled).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

const ROOT = join(__dirname, "..");
const PID_FILE = join(ROOT, ".cache", "dev-server.pid");

function stopOfficeDebugging(): number {
  const manifestPath = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
  const cli = join(dirname(manifestPath), "cli.js");
  return (
    spawnSync(process.execPath, [cli, "stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit" })
      .status ?? 1
  );
}

function stopLinuxDevServer(): number {
  if (!existsSync(PID_FILE)) {
    console.log("No dev server started by `npm start` is running.");
    return 0;
  }
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  try {
    // SIGINT, as Ctrl+C would: `npm start` then stops webpack-dev-server and exits 0.
    process.kill(pid, "SIGINT");
    console.log(`Asked the dev server (npm start, pid ${pid}) to stop.`);
  } catch {
    console.log(`The dev server (pid ${pid}) was no longer running.`);
    rmSync(PID_FILE, { force: true });
  }
  return 0;
}

const officeDesktop = process.platform === "win32" || process.platform === "darwin";
process.exit(officeDesktop ? stopOfficeDebugging() : stopLinuxDevServer());
