/**
 * The browser tests never skip for want of a browser: Debian's Chromium where apt installed it,
 * else the one the npm package @sparticuz/chromium ships (support/chromium.ts). CI always has
 * Debian's, so the fallback is exercised here, on every machine, by launching it directly.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import {
  DEBIAN_CHROMIUM,
  findChromium,
  packagedChromium,
  type ChromiumBinary,
} from "./support/chromium";

/** Loads a page that computes something and reports it: the browser really runs scripts. */
async function pageResult(binary: ChromiumBinary): Promise<string> {
  const browser = await chromium.launch({
    executablePath: binary.executablePath,
    env: { ...process.env, ...binary.env } as Record<string, string>,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(
      "<p id=out></p><script>document.getElementById('out').textContent = String(6 * 7);</script>"
    );
    return (await page.textContent("#out")) ?? "";
  } finally {
    await browser.close();
  }
}

describe("The Chromium the browser tests run on", function () {
  this.timeout(120_000);

  it("is Debian's where installed, else the npm package's; IIJ_CHROMIUM overrides both", async () => {
    const saved = process.env.IIJ_CHROMIUM;
    try {
      delete process.env.IIJ_CHROMIUM;
      const found = await findChromium();
      if (existsSync(DEBIAN_CHROMIUM)) assert.equal(found.executablePath, DEBIAN_CHROMIUM);
      else assert.equal(found.source, "@sparticuz/chromium");
      console.log(`      (browser tests on ${found.source}: ${found.executablePath})`);

      process.env.IIJ_CHROMIUM = "/nonexistent/chromium";
      assert.throws(() => findChromium(), /IIJ_CHROMIUM=\/nonexistent\/chromium: no such file/);
    } finally {
      if (saved === undefined) delete process.env.IIJ_CHROMIUM;
      else process.env.IIJ_CHROMIUM = saved;
    }
  });

  it("falls back to the Chromium @sparticuz/chromium ships, which runs pages here", async () => {
    const packaged = await packagedChromium();
    assert.equal(packaged.source, "@sparticuz/chromium");
    assert.notEqual(packaged.executablePath, DEBIAN_CHROMIUM);
    assert.equal(await pageResult(packaged), "42");
  });

  it("runs on the package's own NSS and expat where the system has none", async () => {
    const packaged = await packagedChromium({ ownLibraries: true });
    const libs = packaged.env.LD_LIBRARY_PATH?.split(":")[0] ?? "";
    assert.ok(existsSync(`${libs}/libnss3.so`), `no libnss3.so in ${libs}`);
    // The dynamic loader takes NSS from the package's folder, not the system's.
    const ldd = spawnSync("ldd", [packaged.executablePath], {
      env: { ...process.env, ...packaged.env },
      encoding: "utf8",
    });
    assert.match(ldd.stdout, new RegExp(`libnss3\\.so => ${libs}/libnss3\\.so`));
    assert.equal(await pageResult(packaged), "42");
  });
});
