/**
 * The task pane end to end, in a real browser: Debian's Chromium driven by playwright-core
 * (never a downloaded browser) against the preview host, a HyperFormula worksheet with the real
 * pane and an Excel stand-in. The test builds and serves the preview itself on a free port.
 * Screenshots go to test-results/screenshots/ (git-ignored); the folder is printed.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { servePreview, type PreviewServer } from "./support/preview-server";

const CHROMIUM = process.env.IIJ_CHROMIUM ?? "/usr/lib/chromium/chromium";
const SHOTS = join(__dirname, "..", "..", "test-results", "screenshots");

describe("task pane in the preview host (Playwright, Chromium)", function () {
  this.timeout(120_000);
  let server: PreviewServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const errors: string[] = [];

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      // .ci/run installs it (apt-get install chromium); say so rather than download a browser.
      throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set IIJ_CHROMIUM)`);
    }
    server = await servePreview();
    profile = mkdtempSync(join(tmpdir(), "iij-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
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
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}preview.html`);
    await page.waitForSelector("#iij-insert");
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    console.log(`    screenshots: ${SHOTS}`);
  });

  const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);
  const value = (sheet: string, row: number, column: number) =>
    page.evaluate(
      ([s, r, c]) =>
        (
          window as unknown as {
            iijPreview: { store: { value: (s: string, r: number, c: number) => unknown } };
          }
        ).iijPreview.store.value(s, r, c),
      [sheet, row, column] as const
    );

  async function formulaOf(address: string): Promise<string> {
    await cell(address).click();
    return page.inputValue("#formula-bar");
  }

  it("picks 1H22 and 1H23, revenue by line, inserts at B3: formulas refer to header and label cells", async () => {
    await page.selectOption("#iij-show", "revenue");
    await page.click('button[data-code="1H22"]');
    await page.click('button[data-code="1H23"]');
    assert.equal(await page.textContent("#iij-picked"), "2 picked: 1H22, 1H23");
    assert.equal(
      await page.locator('button[data-code="3Q23"]').isDisabled(),
      true,
      "no figures for 3Q23"
    );
    await cell("B3").click();
    assert.equal(await page.inputValue("#iij-anchor"), "B3");
    await page.click("#iij-insert");
    await page.waitForFunction(() =>
      document.querySelector("#iij-status")?.textContent?.startsWith("Inserted")
    );
    assert.equal(await cell("B3").textContent(), "JPY mn");
    assert.equal(await cell("C3").textContent(), "1H22");
    assert.equal(await cell("B4").textContent(), "Network");
    assert.equal(await formulaOf("D4"), "=IIJ.REVENUE(D$3,$B4,$B$3)");
    assert.equal(await formulaOf("C7"), "=IIJ.REVENUE(C$3,$B7,$B$3)");
    assert.equal(
      await cell("D4").textContent(),
      "73,981",
      "1H23 Network revenue, as the report prints it"
    );
    assert.equal(await cell("C4").textContent(), "67,707");
    assert.equal(await value("Sheet1", 3, 3), 73981);
  });

  it("shows where the selected figure comes from: report, statement and line 676", async () => {
    await cell("D4").click();
    const card = page.locator("#iij-source");
    await card.getByText("report line 676").waitFor();
    const text = (await card.textContent()) ?? "";
    assert.match(
      text,
      /Quarterly Securities Report, second quarter of the 32nd business term \(FY2023\)/
    );
    assert.match(text, /Condensed Consolidated Statements of Profit or Loss/);
    assert.match(text, /“Network services”/);
    assert.match(text, /73,981 JPY mn/);
    assert.match(text, /Printed figure/);
  });

  it("follows an edited period header: 1H19 gives 61,203.901", async () => {
    await cell("D3").click();
    await page.fill("#formula-bar", "1H19");
    await page.press("#formula-bar", "Enter");
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="D4"]')?.textContent === "61,204"
    );
    assert.equal(await value("Sheet1", 3, 3), 61203.901);
    assert.equal(await formulaOf("D4"), "=IIJ.REVENUE(D$3,$B4,$B$3)");
    await cell("D4").click();
    await page
      .locator("#iij-source dd")
      .getByText(/28th business term \(FY2019\)/)
      .first()
      .waitFor();
  });

  it("asks before inserting over a non-empty cell, and cancel keeps everything", async () => {
    await cell("B3").click();
    await page.click("#iij-insert");
    const prompt = page.locator("#iij-prompt");
    await prompt.waitFor({ state: "visible" });
    assert.match((await prompt.textContent()) ?? "", /B3:D7 already holds data/);
    assert.equal(await page.getAttribute("#iij-prompt", "role"), "alertdialog");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator("#pane-host").screenshot({ path: join(SHOTS, "pane-prompt-320.png") });
    await page.click("#iij-prompt-cancel");
    await prompt.waitFor({ state: "hidden" });
    assert.equal(await page.textContent("#iij-status"), "Cancelled: nothing was written.");
    assert.equal(await cell("D3").textContent(), "1H19");
  });

  it("inserts a native chart, refreshes, keeps values and inserts from the function reference", async () => {
    await page.click("#iij-insert-chart");
    await page.locator("#charts figure").waitFor();
    await page.click("#iij-refresh");
    await page.waitForFunction(() =>
      document.querySelector("#iij-workbook-status")?.textContent?.startsWith("Recalculated")
    );
    assert.match(
      (await page.textContent("#iij-dataset")) ?? "",
      /Dataset 2023-11-14\.\w+\. Figures as of the report filed 2023-11-14/
    );
    await cell("F22").click();
    await page.locator("#iij-functions button.function").first().click();
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="F22"]')?.textContent === "73981"
    );
    await cell("D4").click();
    await page.screenshot({ path: join(SHOTS, "preview-host.png"), fullPage: true });
    await page.screenshot({ path: join(SHOTS, "preview-host-top.png") });
    await page.locator("#sheet").screenshot({ path: join(SHOTS, "grid.png") });
    await page.locator("#pane-host").screenshot({ path: join(SHOTS, "pane-320.png") });
    await page.click('[data-pane-width="500"]');
    await page.locator("#pane-host").screenshot({ path: join(SHOTS, "pane-500.png") });
    await page.click("#iij-keep-values");
    await page.waitForFunction(() =>
      document.querySelector("#iij-workbook-status")?.textContent?.startsWith("Copied")
    );
    assert.equal(await formulaOf("D4"), "61203.901");
    await page.getByRole("tab", { name: "Sheet1", exact: true }).click();
    assert.equal(await formulaOf("D4"), "=IIJ.REVENUE(D$3,$B4,$B$3)");
    assert.deepEqual(errors, []);
  });

  it("the help page has the section each function's help URL points at", async () => {
    const help = await context.newPage();
    try {
      await help.goto(`${server.url}help.html#revenue`);
      await help.waitForSelector("#function-reference section");
      const ids = await help.$$eval("#function-reference section", (sections) =>
        sections.map((s) => s.id)
      );
      assert.deepEqual(ids.sort(), [
        "cost",
        "grossprofit",
        "items",
        "kpi",
        "operatingprofit",
        "periods",
        "revenue",
        "source",
        "table",
        "value",
        "yoy",
      ]);
      assert.match(
        (await help.textContent("#revenue")) ?? "",
        /=IIJ\.REVENUE\(period, \[line\], \[unit\]\)/
      );
      await help.screenshot({ path: join(SHOTS, "help.png") });
    } finally {
      await help.close();
    }
  });
});
