/**
 * Debian's Chromium under playwright-core, headless, in a throwaway profile: never a downloaded
 * browser. `locale` sets the browser's language (navigator.language), which pages may follow.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.IIJ_CHROMIUM ?? "/usr/lib/chromium/chromium";

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(options: {
  width: number;
  height: number;
  locale?: string;
}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    // .ci/run installs it (apt-get install chromium); say so rather than download a browser.
    throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set IIJ_CHROMIUM)`);
  }
  const profile = mkdtempSync(join(tmpdir(), "iij-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
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
