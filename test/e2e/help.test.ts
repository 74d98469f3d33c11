/**
 * The help page in Japanese, in a real browser at the task pane's 320 px: what Excel in Japanese
 * opens from a function's help link (functions-ja.json: help.html?lang=ja#revenue). Screenshot:
 * test-results/screenshots/help-ja.png.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { JAPANESE_NAMES } from "../../src/data/japanese/aliases";
import { openPreviewPage, SHOTS, type PreviewPage } from "./support/preview-page";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("help page in Japanese (Playwright, Chromium, 320 px)", function () {
  this.timeout(120_000);
  let preview: PreviewPage;
  let page: Page;

  before(async () => {
    // An English browser: the page is Japanese because its address says so, as Excel's link does.
    preview = await openPreviewPage({ width: 320, height: 640, locale: "en-US" });
    page = preview.page;
  });

  after(() => preview?.close());

  it("shows the Japanese page and reference for help.html?lang=ja, with nothing wider than 320 px", async () => {
    await page.goto(`${preview.server.url}help.html?lang=ja#revenue`);
    await page.waitForSelector("#function-reference-ja section");
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    assert.equal(await page.title(), "IIJ 決算数値 – ヘルプ");
    assert.equal(await page.isVisible('main[lang="ja"]'), true);
    assert.equal(await page.isVisible('main:not([lang="ja"])'), false);

    // Every heading and every function description is Japanese: nothing left untranslated but
    // the function, parameter and code names, which are the same in every language.
    const headings = await page.$$eval('main[lang="ja"] :is(h2, h3:not(:has(code)))', (hs) =>
      hs.map((h) => h.textContent ?? "")
    );
    assert.ok(headings.length >= 8, headings.join(" | "));
    for (const heading of headings) assert.match(heading, JAPANESE, heading);
    const sections = await page.$$eval("#function-reference-ja section", (all) =>
      all.map((s) => ({ id: s.id, text: s.querySelector("p")?.textContent ?? "" }))
    );
    for (const s of sections) assert.match(s.text, JAPANESE, s.id);
    // The descriptions are those of the metadata file the manifest names for ja-JP, as served.
    const manifest = await (await page.request.get(`${preview.server.url}manifest.xml`)).text();
    const metadataUrl =
      /"Functions\.Metadata\.Url"[^>]*>\s*<bt:Override Locale="ja-JP" Value="([^"]+)"/.exec(
        manifest
      )?.[1];
    assert.ok(metadataUrl, "no ja-JP override of Functions.Metadata.Url");
    const served = await page.request.get(
      `${preview.server.url}${new URL(metadataUrl).pathname.slice(1)}`
    );
    assert.equal(served.status(), 200);
    const metadata = (await served.json()) as { functions: { id: string; description: string }[] };
    assert.deepEqual(
      sections.map((s) => s.id).sort(),
      metadata.functions.map((f) => f.id.toLowerCase()).sort()
    );
    const revenue = metadata.functions.find((f) => f.id === "REVENUE");
    assert.equal(sections.find((s) => s.id === "revenue")?.text, revenue?.description);
    assert.match(
      (await page.textContent("#revenue")) ?? "",
      /period.*line \(省略可\).*unit \(省略可\).*例: =IIJ\.REVENUE\("2023年度上期","ネットワークサービス"\)/s
    );

    // The Japanese names, each row from the one table the functions read them from.
    assert.equal(await page.locator("#japanese-names tr").count(), JAPANESE_NAMES.length);
    assert.equal(
      await page.textContent("#japanese-names tr:first-child"),
      `${JAPANESE_NAMES[0][0]}${JAPANESE_NAMES[0][1]}`
    );

    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    assert.ok(widths.page <= widths.window, `page ${widths.page} px wide in ${widths.window} px`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, "help-ja.png"), fullPage: true });
    assert.deepEqual(preview.errors, []);
  });

  it("stays English for ?lang=en and in an English browser", async () => {
    for (const address of ["help.html?lang=en", "help.html"]) {
      await page.goto(`${preview.server.url}${address}`);
      await page.waitForSelector("#function-reference section");
      assert.equal(await page.isVisible('main[lang="ja"]'), false, address);
      assert.equal(await page.title(), "IIJ Figures – help", address);
      assert.doesNotMatch((await page.textContent("#revenue p")) ?? "", JAPANESE, address);
    }
    assert.deepEqual(preview.errors, []);
  });
});
