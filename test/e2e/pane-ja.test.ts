/**
 * The task pane in Japanese, in a real browser at 320 px: the preview host with Office's display
 * language set to Japanese (preview.html?lang=ja, as its language switch does), a table inserted
 * and a derived figure selected, so every card shows what a Japanese analyst reads. Screenshot:
 * test-results/screenshots/pane-ja.png.
 *
 * "No untranslated string" is checked on everything the pane shows (text, including Fluent's
 * shadow DOM, and aria-label, title and placeholder): every English word must be one of the few
 * Japanese text keeps (../support/japanese-text.ts: IIJ, JPY, example inputs; in the function
 * reference also the names functions-ja.json gives as examples), and no sentence of the English
 * strings may appear. What the reports print and the sheet holds (line labels, report titles,
 * formulas, the preview of the sheet) is marked translate="no" by the pane, or quoted in 「」 in
 * Japanese sentences, and skipped.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { EN } from "../../src/taskpane/i18n/strings-en";
import { JA } from "../../src/taskpane/i18n/strings-ja";
import { sheetText } from "../../src/taskpane/table/sheet-text";
import { openPreviewPage, SHOTS, type PreviewPage } from "./support/preview-page";
import { readSheet, tableParts } from "./support/sheet-reader";
import { LATIN_IN_JAPANESE, latinWords, unquoted } from "../support/japanese-text";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

interface Shown {
  readonly text: string;
  /** Where: the element's tag and id or class, or the attribute. */
  readonly where: string;
  /** Inside the function reference, whose descriptions come from functions-ja.json. */
  readonly reference: boolean;
}

/**
 * Every text the pane shows, with aria-label, title and placeholder, walking into Fluent's shadow
 * roots; skipping what is hidden, scripts and styles, code, the chart's drawing and anything under
 * translate="no". A string, not a function: the page runs it as it is.
 */
const SHOWN_TEXT = `(() => {
  const out = [];
  const skipped = (el) => {
    for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
      if (e.getAttribute && e.getAttribute("translate") === "no") return true;
      if (["CODE", "STYLE", "SCRIPT", "svg", "TEMPLATE"].includes(e.tagName)) return true;
    }
    return false;
  };
  const where = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : "");
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) walk(el.shadowRoot);
      if (skipped(el) || !el.checkVisibility({ checkVisibilityCSS: true })) continue;
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value) out.push({ text: value, where: where(el) + "[" + name + "]", reference: !!el.closest("#iij-functions") });
      }
      for (const node of el.childNodes)
        if (node.nodeType === 3 && node.textContent.trim() !== "")
          out.push({ text: node.textContent.trim(), where: where(el), reference: !!el.closest("#iij-functions") });
    }
  };
  walk(document.querySelector("#pane-root"));
  return out;
})()`;

/** Elements drawn past the pane's right edge, outside any box that scrolls or clips them. */
const OVERFLOW = `(() => {
  const host = document.querySelector("#pane-host");
  const right = host.getBoundingClientRect().right;
  const clipped = (el) => {
    for (let a = el.parentElement; a && a !== host; a = a.parentElement)
      if (getComputedStyle(a).overflowX !== "visible") return true;
    return false;
  };
  const wide = [...host.querySelectorAll("*")]
    .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > right + 0.5 && !clipped(el))
    .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + (el.textContent || "").slice(0, 40));
  return { wide, scroll: host.scrollWidth, client: host.clientWidth };
})()`;

describe("task pane in Japanese (Playwright, Chromium, 320 px)", function () {
  this.timeout(120_000);
  let preview: PreviewPage;
  let page: Page;
  const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);

  before(async () => {
    // An English browser: the pane is Japanese because Office's display language is.
    preview = await openPreviewPage({ width: 1500, height: 1000, locale: "en-US" });
    page = preview.page;
    await page.goto(`${preview.server.url}preview.html?lang=ja`);
    await page.waitForSelector("#iij-insert");
    // The function reference, from functions-ja.json.
    await page.waitForSelector("#iij-functions fluent-compound-button");
  });

  after(() => preview?.close());

  /** English the pane shows: words Japanese text does not keep, sentences of the English strings. */
  async function untranslated(): Promise<string[]> {
    const metadata = await (
      await page.request.get(`${preview.server.url}functions-ja.json`)
    ).json();
    const descriptions = (metadata as { functions: { description: string }[] }).functions;
    const exampleNames = new Set(latinWords(JSON.stringify(descriptions)));
    // Sentences of the English strings (their text between placeholders, two words or more).
    const englishOnly = (Object.keys(EN) as (keyof typeof EN)[])
      .filter((key) => EN[key] !== JA[key])
      .flatMap((key) => EN[key].split(/\{\w+\}/))
      .map((part) => part.trim())
      .filter((part) => /[A-Za-z]{2,}\W+[A-Za-z]{2,}/.test(part) && /[a-z]{3,}/.test(part));
    const shown = (await page.evaluate(SHOWN_TEXT)) as Shown[];
    assert.ok(shown.length > 100, `${shown.length} texts read`);
    return shown.flatMap(({ text, where, reference }) => [
      ...latinWords(unquoted(text))
        .filter((word) => !LATIN_IN_JAPANESE.has(word) && !(reference && exampleNames.has(word)))
        .map((word) => `${where}: "${word}" in "${text}"`),
      ...englishOnly
        .filter((sentence) => text.includes(sentence))
        .map((sentence) => `${where}: English "${sentence}"`),
    ]);
  }

  it("shows every card in Japanese, with nothing untranslated and nothing wider than 320 px", async () => {
    assert.equal(await page.getAttribute("#pane-root", "lang"), "ja");
    const headings = await page.$$eval("#pane-root h2", (hs) => hs.map((h) => h.textContent));
    assert.deepEqual(headings, [
      JA["build.heading"],
      JA["card.heading"],
      JA["workbook.heading"],
      JA["functions.heading"],
    ]);

    // Revenue by line, the last two years: the summary in time order, Japanese punctuation.
    await page.click("#iij-quick-last2");
    assert.equal(
      await page.textContent("#iij-picked"),
      "6 件を選択: 1Q22、2Q22、1H22、1Q23、2Q23、1H23"
    );
    // Picked by hand, FY22 and 2H22 are left out of the table, and the pane says why.
    await page.click('button.period[data-code="FY22"]');
    await page.click('button.period[data-code="2H22"]');
    assert.equal(
      await page.textContent("#iij-picked"),
      "8 件を選択: 1Q22、2Q22、1H22、2H22、FY22、1Q23、2Q23、1H23"
    );
    assert.match(
      (await page.textContent("#iij-omitted")) ?? "",
      /省いた列・行: 2H22、FY22 \(合計のみ記載\)/
    );
    // The preview is the sheet's: figures as the sheet shows them (line 676: 73,981).
    assert.match((await page.textContent("#iij-preview-grid")) ?? "", /73,981/);

    await page.click("#iij-insert");
    await page.waitForFunction(() =>
      (document.querySelector("#iij-status")?.textContent ?? "").includes("挿入しました")
    );
    assert.match(
      (await page.textContent("#iij-status")) ?? "",
      new RegExp(`^${JA["kind.revenue"]}を B3:[A-Z]+\\d+ に挿入しました。`)
    );
    // The sheet is the same as in English: tables write English sheet content.
    const grid = await readSheet(page, "Sheet1");
    const texts = grid.flat().map((c) => String(c.value));
    assert.ok(texts.includes(sheetText("source.line")), "the source line, in English");
    assert.ok(!texts.some((text) => JAPANESE.test(text)), texts.join(" | "));
    const parts = tableParts(grid);
    const network = parts.lines.find((l) => l.label.text === "Network services");
    assert.ok(network, "a Network services row");
    const column = parts.headers.findIndex((h) => h.text === "1Q23");
    // The formula, as in English: the period from its header, the line by its English name.
    assert.match(String(network.cells[column].formula), /^=IIJ\.REVENUE\([A-Z]+\$\d+,"Network",/);

    // A derived figure selected: the source card tells the rule in Japanese. 2023 report:
    // 1H23 network services 73,981 (line 676), 2Q23 37,627 (line 711).
    await cell(network.cells[column].address).click();
    await page
      .locator("#iij-source")
      .getByText("第1四半期は上期から第2四半期を差し引いた額")
      .waitFor();
    const card = (await page.textContent("#iij-source")) ?? "";
    assert.match(card, /1Q23 = 1H23 − 2Q23 = 73,981 − 37,627 百万円/);
    assert.match(card, /36,354 百万円/);
    assert.match(card, /算出値/);
    // Dates in the pane follow the language: the filing date as 2023/11/14.
    assert.match(
      (await page.textContent("#iij-dataset")) ?? "",
      /\d{4}\/\d{2}\/\d{2} 提出の報告書/
    );
    // The function reference: Japanese descriptions and examples asked in Japanese.
    assert.match(
      (await page.textContent("#iij-functions")) ?? "",
      /=IIJ\.REVENUE\("2023年度上期","ネットワークサービス"\)/
    );

    // The first function's description and arguments, opened, are checked and shown too.
    await page.locator("#iij-functions details summary").first().click();
    assert.match(
      (await page.locator("#iij-functions details").first().textContent()) ?? "",
      /サービス区分の売上収益/
    );

    assert.deepEqual(await untranslated(), []);
    const overflow = (await page.evaluate(OVERFLOW)) as {
      wide: string[];
      scroll: number;
      client: number;
    };
    assert.deepEqual(overflow.wide, []);
    assert.ok(
      overflow.scroll <= overflow.client,
      `pane ${overflow.scroll} px in ${overflow.client} px`
    );

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("#pane-host").screenshot({ path: join(SHOTS, "pane-ja.png") });
    assert.deepEqual(preview.errors, []);
  });

  it("gives the functions' #VALUE! and #N/A messages on the sheet in Japanese", async () => {
    await cell("J20").click();
    await page.fill("#formula-bar", '=IIJ.REVENUE("x")');
    await page.press("#formula-bar", "Enter");
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="J20"]')?.textContent === "#VALUE!"
    );
    assert.match(
      (await cell("J20").getAttribute("title")) ?? "",
      /^period: "x" は期間として読めません。/
    );
  });

  it("offers balance dates as 2023/09/30, in Japanese", async () => {
    await page.click("#iij-show");
    await page.click('#iij-show fluent-option[value="balance"]');
    await page.waitForSelector("#iij-periods button.period.date, button.period.date");
    assert.equal(await page.textContent("button.period.date[data-code='2023-09-30']"), "2023/09");
    await page.click("#iij-quick-clear");
    await page.click("button.period.date[data-code='2023-09-30']");
    assert.equal(await page.textContent("#iij-picked"), "1 件を選択: 2023/09/30");
    const heads = await page.$$eval("table.picker thead th[title]", (ths) =>
      ths.map((th) => th.textContent)
    );
    assert.deepEqual(heads, ["6月末", "9月末", "12月末", "3月末"]);
    // FY23 is the year Japanese filings call 2024年3月期 and research 2023年度.
    assert.equal(
      await page.getAttribute("table.picker tbody th:text-is('FY23')", "title"),
      "2024年3月期 (2023年度)"
    );
    assert.deepEqual(await untranslated(), []);
  });

  it("switches language in the preview host: the pane mounts again, the sheet's messages follow", async () => {
    await page.click('[data-pane-lang="en"]');
    await page.waitForFunction(
      () => document.querySelector("#pane-root h2")?.textContent === "Build a table"
    );
    assert.equal(await page.getAttribute("#pane-root", "lang"), "en");
    assert.match((await cell("J20").getAttribute("title")) ?? "", /^period: "x" is not a period;/);
    await page.waitForSelector("#iij-functions fluent-compound-button");
    assert.match(
      (await page.textContent("#iij-functions")) ?? "",
      /=IIJ\.REVENUE\("1H23","Network"\)/
    );
    await page.click('[data-pane-lang="ja"]');
    await page.waitForFunction(
      (heading) => document.querySelector("#pane-root h2")?.textContent === heading,
      JA["build.heading"]
    );
    assert.match((await cell("J20").getAttribute("title")) ?? "", /は期間として読めません/);
    assert.deepEqual(preview.errors, []);
  });

  it("lists what a refresh changes in Japanese, for a workbook saved with an older dataset", async () => {
    await page.goto(`${preview.server.url}preview.html?stage=newer-dataset&sheets=2&lang=ja`);
    await page.waitForSelector("#iij-notice-text");
    assert.match(
      (await page.textContent("#iij-notice-text")) ?? "",
      /^このブックはデータセット \S+ で計算されています。IIJ 決算数値のデータセットは現在 \S+ で、新しい報告書が 1 件あります: 「A later filing \(staged in the preview host\)」\(2024\/11\/14 提出\)。/
    );
    await page.click("#iij-notice-review");
    await page.waitForSelector("#iij-review-count");
    // The same 26 cells of 40 as in English (refresh.test.ts), counted and named in Japanese.
    assert.equal(
      await page.textContent("#iij-review-count"),
      "IIJ 関数のセル 40 個のうち 26 個が変わります"
    );
    assert.deepEqual(
      await page.$$eval(".review-kinds .kind", (ks) => ks.map((k) => k.textContent)),
      ["修正再表示 6", "新しい期間 10", "新たに記載 10"]
    );
    assert.match(
      (await page.textContent("#iij-change-list")) ?? "",
      /IIJ\.REVENUE: 1H23 の「Network services」が「A later filing \(staged in the preview host\)」\(2024\/11\/14 提出\)で修正再表示: 73,990 JPY mn \(2023\/11\/14 提出の報告書では 73,981 JPY mn\)/
    );
    assert.deepEqual(await untranslated(), []);
    const overflow = (await page.evaluate(OVERFLOW)) as { wide: string[] };
    assert.deepEqual(overflow.wide, []);
    await page.locator("#iij-workbook").screenshot({ path: join(SHOTS, "refresh-ja.png") });
    assert.deepEqual(preview.errors, []);
  });
});
