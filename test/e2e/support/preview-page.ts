/**
 * What every browser test file starts from: a Chromium (chromium.ts: Debian's, else the npm package's), the preview build
 * served on a free port (preview-server.ts) and one page whose errors are collected: uncaught
 * exceptions, and scripts or styles the pages' Content-Security-Policy refuses (every page
 * carries it in a <meta>). Each test file opens one in `before` and closes it in `after`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "./chromium";
import { servePreview, type PreviewServer } from "./preview-server";

/** Where the browser tests write their screenshots (git-ignored). */
export const SHOTS = join(__dirname, "..", "..", "..", "test-results", "screenshots");

export interface PreviewPage {
  readonly server: PreviewServer;
  readonly browser: Browser;
  readonly page: Page;
  /** What went wrong in the page so far; each test file asserts it is empty. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openPreviewPage(viewport: {
  width: number;
  height: number;
  locale?: string;
}): Promise<PreviewPage> {
  // The browser first: a missing Chromium fails at once, before the preview is built.
  const browser = await launchChromium(viewport);
  let server: PreviewServer;
  try {
    server = await servePreview();
  } catch (error) {
    await browser.close();
    throw error;
  }
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      errors.push(message.text());
  });
  mkdirSync(SHOTS, { recursive: true });
  return {
    server,
    browser,
    page,
    errors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
