/**
 * Refresh that says what changed, end to end in the preview host (Debian's Chromium, the pane at
 * 320 px). preview.html?stage=newer-dataset opens a workbook calculated and saved with the shipped
 * dataset, recording its version, in an add-in whose dataset has a later (hypothetical) filing:
 * it restates 1H23 Network services as 73,990 and prints 1H24 (src/preview/staged-dataset.ts).
 * The 2Q FY2023 report prints 1H23 Network services 73,981 (line 676) and 1H22 67,707 (line 676).
 * Screenshots: test-results/screenshots/refresh-notice.png, refresh-changes.png,
 * refresh-applied.png, refresh-changes-long.png.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DATASET_VERSION } from "../../src/data/generated/dataset";
import { openPreviewPage, SHOTS, type PreviewPage } from "./support/preview-page";

const STAGED = "2024-11-14.5eeded01";

interface PreviewWindow {
  iijPreview: {
    store: {
      activeSheet: string;
      selection: { sheet: string; row: number; column: number };
      sheetNames(): string[];
      value(sheet: string, row: number, column: number): unknown;
      formula(sheet: string, row: number, column: number): unknown;
      customProperty(key: string): { value: unknown } | undefined;
      savedSettings: ReadonlyMap<string, unknown>;
      calculations: number;
    };
    standIn: { counter: { syncs: number; runs: number; lastRunSyncs: number } };
  };
}

describe("refresh that says what changed (Playwright, Chromium, 320 px)", function () {
  this.timeout(120_000);
  let preview: PreviewPage;
  let page: Page;

  before(async () => {
    preview = await openPreviewPage({ width: 1500, height: 1100 });
    page = preview.page;
  });

  after(() => preview?.close());

  /** Reads the preview's workbook in the page. */
  const store = <T>(read: (s: PreviewWindow["iijPreview"]["store"]) => T): Promise<T> =>
    page.evaluate(`(${read.toString()})(window.iijPreview.store)`) as Promise<T>;
  const counter = () =>
    page.evaluate(() => ({
      ...(window as unknown as PreviewWindow).iijPreview.standIn.counter,
    }));
  const text = async (selector: string) => (await page.textContent(selector))?.trim() ?? "";
  const entry = (cell: string) => page.locator(`#iij-change-list button[data-cell="${cell}"]`);

  /** The pane from its header to the bottom of the element given, in page coordinates. */
  async function shootPane(file: string, from: string, to: string): Promise<void> {
    const box = await page.evaluate(
      ([a, b]) => {
        const host = document.querySelector("#pane-host")!.getBoundingClientRect();
        const top = document.querySelector(a)!.getBoundingClientRect();
        const bottom = document.querySelector(b)!.getBoundingClientRect();
        return {
          x: host.x + window.scrollX,
          y: top.y + window.scrollY - 8,
          width: host.width,
          height: bottom.bottom - top.y + 16,
        };
      },
      [from, to]
    );
    await page.screenshot({ path: join(SHOTS, file), fullPage: true, clip: box });
  }

  it("opening a workbook calculated with an older dataset, the pane says so and what to do", async () => {
    await page.goto(`${preview.server.url}preview.html?stage=newer-dataset&sheets=2`);
    await page.waitForSelector("#iij-notice-text");
    assert.equal(
      await text("#iij-notice-text"),
      `This workbook was calculated with dataset ${DATASET_VERSION}. IIJ Figures now has ${STAGED}, with a newer filing: A later filing (staged in the preview host) (filed 2024-11-14). Refresh lists what changes before anything is recalculated.`
    );
    assert.equal(await text("#iij-notice-review"), "Review changes");
    // The saved figures, as the shipped dataset gave them: nothing recalculated on opening.
    assert.equal(await text('td[data-cell="C2"]'), "73,981");
    assert.equal(await text('td[data-cell="E2"]'), "#N/A");
    assert.equal(await store((s) => s.calculations), 0);
    await shootPane("refresh-notice.png", ".pane-header", "#iij-dataset-notice");
  });

  it("Refresh lists every IIJ cell that changes, before and after, and why; nothing is recalculated", async () => {
    const before = await counter();
    const started = Date.now();
    await page.click("#iij-refresh");
    await page.waitForSelector("#iij-review-count");
    console.log(`    26 cells listed in ${Date.now() - started} ms`);
    const after = await counter();
    assert.equal(after.runs - before.runs, 1, "one Excel.run");
    assert.equal(after.syncs - before.syncs, 2, "two syncs");
    assert.equal(await store((s) => s.calculations), 0, "nothing recalculated");

    // Per model sheet: 1H23 Network and total restated (2), and Network's 1H23 growth with them;
    // H0 now 1H24 on each of the four lines and the growth (5); 1H24 newly reported (5).
    assert.equal(await text("#iij-review-count"), "26 of 40 IIJ cells change");
    assert.deepEqual(
      await page.$$eval(".review-kinds .kind", (ks) => ks.map((k) => k.textContent)),
      ["Restated 6", "Newer period 10", "Newly reported 10"]
    );
    assert.equal(await text(".review-datasets"), `Dataset ${DATASET_VERSION} → ${STAGED}`);
    assert.deepEqual(await page.$$eval(".change-sheet", (hs) => hs.map((h) => h.textContent)), [
      "Model: 13 cells",
      "Model 2: 13 cells",
    ]);

    const shown = async (cell: string) => {
      const e = entry(cell);
      return [
        await e.locator(".change-kind").textContent(),
        await e.locator(".before").textContent(),
        await e.locator(".after").textContent(),
        await e.locator(".change-why").textContent(),
      ];
    };
    assert.deepEqual(await shown("Model!C2"), [
      "Restated",
      "73,981",
      "73,990",
      "IIJ.REVENUE: 1H23 Network services restated in A later filing (staged in the preview host) (filed 2024-11-14): 73,990 JPY mn, where the report filed 2023-11-14 printed 73,981 JPY mn",
    ]);
    assert.deepEqual(await shown("Model!D2"), [
      "Newer period",
      "73,981",
      "80,000",
      "IIJ.REVENUE: H0 now means 1H24 (was 1H23)",
    ]);
    assert.deepEqual(await shown("Model!E2"), [
      "Newly reported",
      "#N/A",
      "80,000",
      "IIJ.REVENUE: newly reported in A later filing (staged in the preview host) (filed 2024-11-14); the cell was #N/A",
    ]);
    // Growth (0.0% in the sheet) with the digits that tell 1H23 before and after apart:
    // (73,981 − 67,707) / 67,707 = 9.266%, (73,990 − 67,707) / 67,707 = 9.280%.
    assert.deepEqual((await shown("Model!C7")).slice(0, 3), ["Restated", "9.27%", "9.28%"]);
    assert.deepEqual(await store((s) => [s.value("Model", 1, 2), s.calculations]), [73_981, 0]);
  });

  it("each entry selects its cell, on its sheet", async () => {
    await entry("Model 2!E5").click();
    await page.waitForFunction(
      () => document.querySelector("td.selected")?.getAttribute("data-cell") === "E5"
    );
    assert.deepEqual(await store((s) => [s.activeSheet, s.selection]), [
      "Model 2",
      { sheet: "Model 2", row: 4, column: 4 },
    ]);
    await entry("Model!C2").click();
    await page.waitForFunction(
      () => document.querySelector("td.selected")?.getAttribute("data-cell") === "C2"
    );
    assert.deepEqual(await store((s) => s.selection), { sheet: "Model", row: 1, column: 2 });
    assert.equal(await entry("Model!C2").getAttribute("aria-current"), "true");
    await shootPane("refresh-changes.png", "#iij-workbook", "#iij-workbook");
  });

  it("Apply recalculates and records the new dataset version; the notice goes", async () => {
    const before = await counter();
    await page.click("#iij-review-apply");
    await page.waitForFunction(() =>
      document.querySelector("#iij-workbook-status")?.textContent?.startsWith("Recalculated")
    );
    const after = await counter();
    assert.deepEqual([after.runs - before.runs, after.syncs - before.syncs], [1, 1]);
    assert.match(
      await text("#iij-workbook-status"),
      new RegExp(
        `^Recalculated at [\\d:]+ with dataset ${STAGED.replace(".", "\\.")}, which the workbook now records`
      )
    );
    assert.deepEqual(
      await store((s) => [
        s.calculations,
        s.value("Model", 1, 2),
        s.value("Model", 1, 3),
        s.value("Model", 1, 4),
        s.value("Model 2", 4, 4),
        s.customProperty("IIJ Figures dataset")?.value,
      ]),
      [1, 73_990, 80_000, 80_000, 135_500, STAGED]
    );
    assert.equal(await text('td[data-cell="C2"]'), "73,990");
    assert.equal(await page.isVisible("#iij-dataset-notice"), false);
    // The list stays, to copy as the audit trail; Apply is done, Cancel is now Close.
    assert.equal(await page.isVisible("#iij-review-apply"), false);
    assert.equal(await text("#iij-review-cancel"), "Close");
    assert.equal(await text("#iij-review-h"), "What the refresh changed");
    assert.equal(await text("#iij-review-count"), "26 of 40 IIJ cells changed");
    await shootPane("refresh-applied.png", "#iij-workbook", "#iij-workbook");
  });

  it("copies the list to a new sheet as an audit trail, never over an existing sheet", async () => {
    const model = await store((s) => s.formula("Model", 1, 2));
    const before = await counter();
    await page.click("#iij-review-copy");
    await page.waitForFunction(() =>
      document.querySelector("#iij-workbook-status")?.textContent?.startsWith("Copied")
    );
    const after = await counter();
    assert.deepEqual([after.runs - before.runs, after.syncs - before.syncs], [1, 2]);
    assert.equal(
      await text("#iij-workbook-status"),
      "Copied the list to the new sheet “IIJ refresh”."
    );
    const audit = await store((s) =>
      Array.from({ length: 6 }, (_, r) =>
        Array.from({ length: 5 }, (_, c) => s.value("IIJ refresh", r, c))
      )
    );
    assert.match(
      String(audit[0][0]),
      new RegExp(
        `^IIJ Figures refresh, .*: dataset ${DATASET_VERSION.replace(".", "\\.")} -> ${STAGED.replace(".", "\\.")} \\(document property "IIJ Figures dataset"\\)$`
      )
    );
    assert.equal(audit[1][0], "26 of 40 IIJ.* cells change");
    assert.match(String(audit[2][0]), /^Applied at /);
    assert.deepEqual(audit[4], ["Cell", "Formula", "Before", "After", "Why"]);
    assert.deepEqual(audit[5].slice(0, 4), [
      "Model!C2",
      "=IIJ.REVENUE(C$1,$A2,$A$1)",
      73_981,
      73_990,
    ]);
    assert.equal(await store((s) => s.activeSheet), "IIJ refresh");

    await page.click("#iij-review-copy");
    await page.waitForFunction(() =>
      document.querySelector("#iij-workbook-status")?.textContent?.includes("IIJ refresh (2)")
    );
    assert.deepEqual(await store((s) => s.sheetNames()), [
      "Model",
      "Model 2",
      "IIJ refresh",
      "IIJ refresh (2)",
    ]);
    assert.equal(await store((s) => s.formula("Model", 1, 2)), model, "the model is untouched");
    await page.click("#iij-review-cancel");
    assert.equal(await page.isVisible("#iij-review-count"), false);
  });

  it("'Open IIJ Figures with this workbook' shows the document's setting and saves it", async () => {
    const toggle = page.locator("#iij-auto-open");
    const checked = () => toggle.evaluate((el) => (el as unknown as { checked: boolean }).checked);
    const saved = () => store((s) => s.savedSettings.get("Office.AutoShowTaskpaneWithDocument"));
    assert.equal(await checked(), false);
    assert.equal(await saved(), undefined);
    await toggle.click();
    await page.waitForFunction(() =>
      document.querySelector("#iij-auto-open-note")?.textContent?.startsWith("On:")
    );
    assert.deepEqual([await checked(), await saved()], [true, true]);
    await toggle.click();
    await page.waitForFunction(() =>
      document.querySelector("#iij-auto-open-note")?.textContent?.startsWith("Off:")
    );
    assert.deepEqual([await checked(), await saved()], [false, false]);
  });

  it("Cancel leaves the workbook as it was: no recalculation, the old version still recorded", async () => {
    await page.goto(`${preview.server.url}preview.html?stage=newer-dataset`);
    await page.waitForSelector("#iij-notice-text");
    await page.click("#iij-refresh");
    await page.waitForSelector("#iij-review-count");
    assert.equal(await text("#iij-review-count"), "13 of 20 IIJ cells change");
    await page.click("#iij-review-cancel");
    assert.equal(await text("#iij-workbook-status"), "Cancelled: nothing was recalculated.");
    assert.deepEqual(
      await store((s) => [
        s.calculations,
        s.value("Model", 1, 2),
        s.customProperty("IIJ Figures dataset")?.value,
      ]),
      [0, 73_981, DATASET_VERSION]
    );
    assert.equal(await page.isVisible("#iij-dataset-notice"), true);
  });

  it("a long list (520 cells on 40 sheets) scrolls inside 320 px, counted by sheet, every entry reachable", async () => {
    await page.goto(`${preview.server.url}preview.html?stage=newer-dataset&sheets=40`);
    await page.waitForSelector("#iij-notice-review");
    const started = Date.now();
    await page.click("#iij-notice-review");
    await page.waitForSelector("#iij-review-count");
    console.log(`    520 cells on 40 sheets listed in ${Date.now() - started} ms`);
    assert.equal(await text("#iij-review-count"), "520 of 800 IIJ cells change");
    assert.equal(await page.locator("#iij-change-list button.change").count(), 520);
    assert.equal(await page.locator(".change-sheet").count(), 40);
    const box = await page.$eval(".change-scroll", (el) => ({
      width: el.getBoundingClientRect().width,
      clientHeight: el.clientHeight,
      scrollHeight: el.scrollHeight,
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      pane: document.querySelector("#pane-host")!.getBoundingClientRect().width,
      paneScrollWidth: document.querySelector("#pane-root")!.scrollWidth,
    }));
    assert.ok(box.pane <= 322, `pane ${box.pane} px`);
    assert.ok(box.paneScrollWidth <= box.pane, "nothing wider than the pane");
    assert.ok(box.scrollHeight > 10 * box.clientHeight, `the list scrolls: ${JSON.stringify(box)}`);
    assert.ok(box.scrollWidth <= box.clientWidth, "no sideways scrolling");
    // The counts by reason filter the list.
    await page.click(".review-kinds .kind-restated");
    assert.equal(await page.locator("#iij-change-list button.change").count(), 120);
    await page.click(".review-kinds .kind-restated");
    assert.equal(await page.locator("#iij-change-list button.change").count(), 520);
    await page.$eval(".change-scroll", (el) => (el.scrollTop = el.scrollHeight / 2));
    await shootPane("refresh-changes-long.png", "#iij-workbook", "#iij-workbook");
    const last = entry("Model 40!E7");
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await page.waitForFunction(
      () =>
        (window as unknown as PreviewWindow).iijPreview.store.activeSheet === "Model 40" &&
        document.querySelector("td.selected")?.getAttribute("data-cell") === "E7"
    );
    assert.deepEqual(preview.errors, []);
  });
});
