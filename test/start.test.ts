import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
// Not 3000, so the test does not collide with a developer's running `npm start`.
const PORT = "3917";

/**
 * `npm start` on Linux: serves the add-in over HTTPS, prints the sideloading steps, and on
 * Ctrl+C (SIGINT to its process group, as a terminal sends it) stops the server and exits 0.
 */
describe("npm start on Linux", function () {
  this.timeout(240_000);
  before(function () {
    if (process.platform !== "linux") this.skip();
  });

  it("serves https://localhost, prints how to sideload, and exits 0 on Ctrl+C", async () => {
    const tsx = require.resolve("tsx/cli", { paths: [ROOT] });
    const child = spawn(process.execPath, [tsx, "scripts/start.ts"], {
      cwd: ROOT,
      detached: true, // own process group, so the SIGINT below reaches it like a terminal's Ctrl+C
      env: { ...process.env, npm_package_config_dev_server_port: PORT, CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code))
    );

    try {
      const deadline = Date.now() + 200_000;
      while (!output.includes("Press Ctrl+C") && Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 500));
      }
      assert.match(output, new RegExp(`served at https://localhost:${PORT}/`), output);
      assert.match(output, /Upload My Add-in/);
      assert.match(output, /manifest\.xml/);
    } finally {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGINT");
    }
    assert.equal(await exited, 0, output);
    assert.match(output, /Dev server stopped/);
  });
});
