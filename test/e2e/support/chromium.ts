/**
 * The Chromium the browser tests drive, under playwright-core, headless, in a throwaway profile.
 * Never a browser downloaded at install or at run time. In order:
 * 1. IIJ_CHROMIUM, when set (a path to any Chromium binary);
 * 2. Debian's Chromium where it is installed (apt `chromium`: /usr/lib/chromium/chromium, the
 *    binary /usr/bin/chromium wraps). `.ci/run` installs it, with the Japanese font;
 * 3. otherwise the headless Chromium that the npm package @sparticuz/chromium (a devDependency)
 *    ships inside its tarball, brotli-packed: unpacked once per machine into os.tmpdir()/chromium
 *    (about 2 s), so `npm install && npm test` needs nothing but Node and npm. That build needs
 *    NSS and expat; where the system has none (no apt Chromium pulled them in) it runs on the
 *    copies the same package ships for Amazon Linux (al2023.tar.br).
 * `locale` sets the browser's language (navigator.language), which pages may follow.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { chromium, type BrowserContext } from "playwright-core";
import { extract } from "tar-fs";

export const DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium";

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export interface ChromiumBinary {
  readonly executablePath: string;
  /** Where it came from, as the test output says it. */
  readonly source: "IIJ_CHROMIUM" | "Debian's chromium package" | "@sparticuz/chromium";
  /** Extra environment for the browser process (the packaged NSS libraries, where needed). */
  readonly env: Record<string, string>;
}

let packaged: Promise<ChromiumBinary> | undefined;

/** Which Chromium to run; the packaged one is unpacked on first use. */
export function findChromium(): Promise<ChromiumBinary> {
  const chosen = process.env.IIJ_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`IIJ_CHROMIUM=${chosen}: no such file`);
    return Promise.resolve({ executablePath: chosen, source: "IIJ_CHROMIUM", env: {} });
  }
  if (existsSync(DEBIAN_CHROMIUM)) {
    return Promise.resolve({
      executablePath: DEBIAN_CHROMIUM,
      source: "Debian's chromium package",
      env: {},
    });
  }
  packaged ??= packagedChromium();
  return packaged;
}

/**
 * The Chromium @sparticuz/chromium ships, unpacked. It runs on the system's NSS and expat where
 * the dynamic loader finds them, else (or with `ownLibraries`) on the package's copies.
 */
export async function packagedChromium(
  options: { ownLibraries?: boolean } = {}
): Promise<ChromiumBinary> {
  const { default: Sparticuz } = await import("@sparticuz/chromium");
  // Unpacks chromium.br into os.tmpdir()/chromium, or reuses an earlier unpacking.
  const executablePath = await Sparticuz.executablePath();
  if (!options.ownLibraries && runs(executablePath, {}))
    return { executablePath, source: "@sparticuz/chromium", env: {} };
  const libs = await unpackSharedLibraries();
  const env = { LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") };
  if (!runs(executablePath, env)) {
    throw new Error(
      `${executablePath} (from @sparticuz/chromium) does not start here, even with its own NSS libraries in ${libs}; set IIJ_CHROMIUM to a Chromium binary or apt-get install chromium`
    );
  }
  return { executablePath, source: "@sparticuz/chromium", env };
}

function runs(executablePath: string, env: Record<string, string>): boolean {
  const probe = spawnSync(executablePath, ["--version"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return probe.status === 0;
}

/** al2023.tar.br (NSS, NSPR, expat) unpacked into os.tmpdir()/iij-chromium-libs; returns lib/. */
async function unpackSharedLibraries(): Promise<string> {
  const target = join(tmpdir(), "iij-chromium-libs");
  // The package exports only its entry point (build/cjs/index.cjs); bin/ is two folders up.
  const archive = join(
    dirname(require.resolve("@sparticuz/chromium")),
    "..",
    "..",
    "bin",
    "al2023.tar.br"
  );
  await pipeline(createReadStream(archive), createBrotliDecompress(), extract(target));
  return join(target, "lib");
}

export async function launchChromium(options: {
  width: number;
  height: number;
  locale?: string;
}): Promise<Browser> {
  const binary = await findChromium();
  const profile = mkdtempSync(join(tmpdir(), "iij-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: binary.executablePath,
    env: { ...process.env, ...binary.env } as Record<string, string>,
    headless: true,
    locale: options.locale,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: options.width, height: options.height },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
