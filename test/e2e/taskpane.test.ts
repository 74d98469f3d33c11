/**
 * The task pane end to end, in a real browser: Debian's Chromium driven by playwright-core
 * (never a downloaded browser) against the preview host, a HyperFormula worksheet with the real
 * pane at 320 px and an Excel stand-in. The test builds and serves the preview itself on a free
 * port. It inserts every kind of table and reads each back as the grid draws it; screenshots go
 * to test-results/screenshots/ (git-ignored): table-<kind>.png per kind, pane-320.png.
 * Expected figures are the reports' (data/reports/*.txt, line numbers given).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { cellRef as cellAddress } from "../../src/taskpane/a1";
import { openPreviewPage, SHOTS, type PreviewPage } from "./support/preview-page";
import {
  isFormula,
  periodKey,
  readSheet,
  tableParts,
  type SheetCell,
  type SheetGrid,
  type TableParts,
} from "./support/sheet-reader";

const INTERNAL_PREFIX =
  /^(Cash flows|KPI|Financial position|Profit or loss|Segments|Selected data|Operating summary|Comprehensive income|Equity):/;

describe("task pane in the preview host (Playwright, Chromium, 320 px)", function () {
  this.timeout(120_000);
  let preview: PreviewPage;
  let page: Page;

  before(async () => {
    // Wide enough that a whole statement fits beside the 320 px pane, as on an analyst's screen.
    preview = await openPreviewPage({ width: 2000, height: 1000 });
    page = preview.page;
    await page.goto(`${preview.server.url}preview.html`);
    await page.waitForSelector("#iij-insert");
  });

  after(async () => {
    await preview?.close();
    console.log(`    screenshots: ${SHOTS}`);
  });

  // ---- driving the pane --------------------------------------------------------------------
  const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);

  async function formulaOf(address: string): Promise<string> {
    await cell(address).click();
    return page.inputValue("#formula-bar");
  }

  /** Types into a cell through the formula bar, as an analyst would. */
  async function typeInto(address: string, text: string): Promise<void> {
    await cell(address).click();
    await page.fill("#formula-bar", text);
    await page.press("#formula-bar", "Enter");
  }

  async function chooseKind(kind: string): Promise<void> {
    await page.click("#iij-show");
    await page.click(`#iij-show fluent-option[value="${kind}"]`);
    await page.waitForFunction(
      (k) => (document.querySelector("#iij-show") as unknown as { value: string }).value === k,
      kind
    );
  }

  async function setTarget(text: string): Promise<void> {
    await page.fill("#iij-anchor input", text);
  }

  async function status(): Promise<string> {
    return (await page.textContent("#iij-status")) ?? "";
  }

  /** Clicks Insert and waits for the status line to change. */
  async function insert(): Promise<string> {
    const before = await status();
    await page.evaluate(() => {
      const s = document.querySelector("#iij-status");
      if (s) s.textContent = "";
    });
    await page.click("#iij-insert");
    await page.waitForFunction(
      () =>
        (document.querySelector("#iij-status")?.textContent ?? "") !== "" ||
        !document.querySelector<HTMLElement>("#iij-prompt")!.hidden
    );
    void before;
    return status();
  }

  /** A new sheet for the next table, made active (as the analyst adding one). */
  async function newSheet(name: string): Promise<void> {
    await page.evaluate((n) => {
      const store = (
        window as unknown as {
          iijPreview: { store: { addSheet(n: string): string; activate(n: string): void } };
        }
      ).iijPreview.store;
      store.addSheet(n);
      store.activate(n);
    }, name);
    await cell("B2").click();
  }

  /** "What to show" set to `kind`, with exactly the periods given picked. */
  async function build(kind: string, ...codes: string[]): Promise<void> {
    await chooseKind(kind);
    await page.click("#iij-quick-clear");
    await pick(...codes);
  }

  async function pick(...codes: string[]): Promise<void> {
    for (const code of codes)
      await page.click(
        `#iij-periods button[data-code="${code}"], button.period[data-code="${code}"]`
      );
  }

  /** The worksheet as drawn: formula bar, the table, sheet tabs. */
  async function shootTable(kind: string): Promise<void> {
    await page.locator("#sheet").screenshot({ path: join(SHOTS, `table-${kind}.png`) });
  }

  /** The pane's header and its "Build a table" card, preview grid included. */
  async function shootPane(file: string): Promise<void> {
    // Page coordinates (a full-page clip), whatever the page is scrolled to.
    const box = await page.evaluate(() => {
      const host = document.querySelector("#pane-host")!.getBoundingClientRect();
      const card = document.querySelector("#pane-host section.card")!.getBoundingClientRect();
      return {
        x: host.x + window.scrollX,
        y: host.y + window.scrollY,
        width: host.width,
        height: card.bottom + 8 - host.y,
      };
    });
    await page.screenshot({ path: join(SHOTS, file), fullPage: true, clip: box });
  }

  // ---- what every table must satisfy ----------------------------------------------------------
  const isError = (c: SheetCell) => typeof c.value === "string" && c.value.startsWith("#");

  function assertChronological(parts: TableParts): void {
    const keys = parts.headers.map((h) => {
      const key = periodKey(h.text);
      assert.ok(key, `header ${h.address} "${h.text}" is a period or a date`);
      return key;
    });
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1], keys[i]];
      assert.ok(
        a.end < b.end || (a.end === b.end && a.months < b.months),
        `headers in time order: ${parts.headers.map((h) => h.text).join(" ")}`
      );
    }
  }

  /** No row of formulas (figures, YoY, margins) and no column is #N/A in every formula cell. */
  function assertNoEmptyLines(parts: TableParts): void {
    for (const line of parts.lines)
      assert.ok(
        line.cells.filter(isFormula).some((c) => !isError(c)),
        `row "${line.label.text}" is not entirely #N/A`
      );
    parts.headers.forEach((header, i) => {
      const column = parts.lines.map((line) => line.cells[i]).filter((c) => c && isFormula(c));
      assert.ok(
        column.some((c) => !isError(c)),
        `column ${header.text} is not entirely #N/A`
      );
    });
  }

  /** The labels of the rows under a block title ("YoY growth") up to the next blank row. */
  function blockLabels(grid: SheetGrid, title: string): string[] {
    const column = grid.findIndex((line) => line.some((c) => c.value === title));
    if (column < 0) return [];
    const labels: string[] = [];
    for (const line of grid.slice(column + 1)) {
      const label = line.find((c) => typeof c.value === "string" && c.value !== "");
      if (!label || !line.some(isFormula)) break;
      labels.push(String(label.value));
    }
    return labels;
  }

  function assertPrintedLabels(parts: TableParts): void {
    for (const line of parts.lines)
      assert.doesNotMatch(line.label.text, INTERNAL_PREFIX, `label ${line.label.address}`);
  }

  /** Every negative figure shows in parentheses; returns how many there were. */
  function assertParentheses(parts: TableParts): number {
    let negatives = 0;
    for (const line of parts.lines)
      for (const c of line.cells)
        if (typeof c.value === "number" && c.value < 0 && !c.format.includes("%")) {
          negatives++;
          assert.match(c.text, /^\([\d,.]+\)$/, `${c.address} ${c.value} shows as "${c.text}"`);
        }
    return negatives;
  }

  async function checkTable(sheet: string): Promise<TableParts> {
    const parts = tableParts(await readSheet(page, sheet));
    assert.ok(parts.headers.length > 0 && parts.lines.length > 0, "a table was written");
    assertChronological(parts);
    assertNoEmptyLines(parts);
    assertPrintedLabels(parts);
    assertParentheses(parts);
    return parts;
  }

  const lineOf = (parts: TableParts, label: string) => {
    const line = parts.lines.find((l) => l.label.text === label);
    assert.ok(line, `a row "${label}": ${parts.lines.map((l) => l.label.text).join(" | ")}`);
    return line;
  };
  const figure = (parts: TableParts, label: string, header: string) =>
    lineOf(parts, label).cells[parts.headers.findIndex((h) => h.text === header)];

  // ---- the kinds ------------------------------------------------------------------------------
  it("revenue, last 2 years: chronological picks, the preview grid and a note of what is left out", async () => {
    await chooseKind("revenue");
    await page.click("#iij-quick-last2");
    // Only periods the table keeps: not 2H22 and FY22, of which only the total is printed.
    assert.equal(
      await page.textContent("#iij-picked"),
      "6 picked: 1Q22, 2Q22, 1H22, 1Q23, 2Q23, 1H23"
    );
    // Nothing left out of the table (the chart plots the quarters only, and says so).
    assert.doesNotMatch((await page.textContent("#iij-omitted")) ?? "", /printed/);
    // Picked by hand, the table leaves them out and says why.
    await page.click('button.period[data-code="FY22"]');
    await page.click('button.period[data-code="2H22"]');
    assert.equal(
      await page.textContent("#iij-picked"),
      "8 picked: 1Q22, 2Q22, 1H22, 2H22, FY22, 1Q23, 2Q23, 1H23"
    );
    const previewHeaders = await page.$$eval(
      "#iij-preview-grid thead th, #iij-preview-grid tr th",
      (ths) => ths.map((th) => th.textContent ?? "")
    );
    assert.ok(previewHeaders.length > 0);
    const omitted = (await page.textContent("#iij-omitted")) ?? "";
    assert.match(omitted, /2H22, FY22/);
    assert.match(omitted, /only the total is printed/);
    const gridText = (await page.textContent("#iij-preview-grid")) ?? "";
    assert.doesNotMatch(gridText, /FY22/, "FY22 is left out of the preview");
    assert.match(gridText, /73,981/, "Network services 1H23 (report line 676)");
    // All columns, scrolling sideways at 320 px with the labels held in view.
    const preview = await page.$eval(".preview-scroll", (el) => ({
      scroll: el.scrollWidth,
      width: el.clientWidth,
      heads: [...el.querySelectorAll("tr.head > *")].map((c) => c.textContent),
    }));
    assert.deepEqual(preview.heads, ["JPY mn", "1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"]);
    assert.ok(preview.scroll > preview.width, "the grid scrolls sideways");
    await shootPane("pane-320.png");
    // Keep them: the preview gets FY22 back, then leave them out again.
    await page.click("#iij-keep-empty");
    assert.match((await page.textContent("#iij-preview-grid")) ?? "", /FY22/);
    await page.click("#iij-keep-empty");
    assert.doesNotMatch((await page.textContent("#iij-preview-grid")) ?? "", /FY22/);

    await cell("B3").click();
    assert.equal(await page.inputValue("#iij-anchor input"), "B3");
    assert.match(await insert(), /^Inserted/);
    const parts = await checkTable("Sheet1");
    assert.deepEqual(
      parts.headers.map((h) => h.text),
      ["1Q22", "2Q22", "1H22", "1Q23", "2Q23", "1H23"]
    );
    assert.equal(figure(parts, "Network services", "1H23").text, "73,981");
    assert.equal(figure(parts, "Network services", "1H22").text, "67,707");
    // Derived periods are marked: 1Q = 1H − 2Q is not printed.
    for (const h of parts.headers)
      assert.equal(
        h.classes.includes("italic"),
        h.text.startsWith("1Q"),
        `${h.text} italic iff derived`
      );
    // The note "derived: 1H − 2Q" wraps in its cell; it does not widen its column.
    const widths = await page.$$eval("#grid colgroup col", (cols) =>
      cols.map((col) => (col as HTMLElement).style.width)
    );
    const figureWidths = parts.headers.map((h) => widths[h.column + 1]);
    assert.equal(new Set(figureWidths).size, 1, `even figure columns: ${figureWidths.join(" ")}`);
    const first = parts.headers[0];
    const note = page.locator(`td[data-cell="${cellAddress(first.row + 1, first.column)}"]`);
    assert.equal(await note.textContent(), "derived: 1H\u00a0−\u00a02Q");
    assert.ok((await note.getAttribute("class"))?.split(" ").includes("wrap"));
    const fits = await note.evaluate((td) => td.scrollWidth <= td.clientWidth);
    assert.ok(fits, "the note stays within its column");
    await shootTable("revenue");
  });

  it("revenue: the unit corner set to JPY bn shows one decimal", async () => {
    const parts = tableParts(await readSheet(page, "Sheet1"));
    await typeInto(parts.corner.address, "JPY bn");
    const after = tableParts(await readSheet(page, "Sheet1"));
    const network = figure(after, "Network services", "1H23");
    assert.equal(network.value, 73.981);
    assert.equal(network.text, "74.0");
    assert.equal(figure(after, "ATM operation business", "1H23").text, "1.5");
    await typeInto(parts.corner.address, "JPY mn");
    assert.equal(
      figure(tableParts(await readSheet(page, "Sheet1")), "Network services", "1H23").text,
      "73,981"
    );
  });

  it("follows an edited period header: 1H19 gives 61,204 (61,203,901 thousand yen printed)", async () => {
    const parts = tableParts(await readSheet(page, "Sheet1"));
    const last = parts.headers[parts.headers.length - 1];
    const networkCell = lineOf(parts, "Network services").cells[parts.headers.length - 1];
    const formula = await formulaOf(networkCell.address);
    await typeInto(last.address, "1H19");
    await page.waitForFunction(
      (address) => document.querySelector(`td[data-cell="${address}"]`)?.textContent === "61,204",
      networkCell.address
    );
    assert.equal(await formulaOf(networkCell.address), formula, "the formula is unchanged");
    await cell(networkCell.address).click();
    await page
      .locator("#iij-source dd")
      .getByText(/28th business term \(FY2019\)/)
      .first()
      .waitFor();
    await typeInto(last.address, "1H23");
  });

  it("shows where a figure comes from: report, statement and line 676", async () => {
    const parts = tableParts(await readSheet(page, "Sheet1"));
    await cell(figure(parts, "Network services", "1H23").address).click();
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

  it("asks before inserting over a non-empty cell: cancel keeps everything, insert below writes under it", async () => {
    const contents = async () =>
      (await readSheet(page, "Sheet1")).map((line) => line.map((c) => [c.formula, c.text]));
    const before = await contents();
    await cell("B3").click();
    await page.click("#iij-insert");
    const prompt = page.locator("#iij-prompt");
    await prompt.waitFor({ state: "visible" });
    assert.match((await prompt.textContent()) ?? "", /already holds data/);
    assert.equal(await page.getAttribute("#iij-prompt", "role"), "alertdialog");
    await shootPane("pane-prompt-320.png");
    await page.click("#iij-prompt-cancel");
    await prompt.waitFor({ state: "hidden" });
    assert.equal(await status(), "Cancelled: nothing was written.");
    assert.deepEqual(await contents(), before);
    // Insert below: the new table goes under everything on the sheet; the first one is untouched.
    await page.click("#iij-insert");
    await prompt.waitFor({ state: "visible" });
    const next = ((await page.textContent("#iij-prompt-next")) ?? "").replace("Insert at ", "");
    await page.click("#iij-prompt-next");
    await page.waitForFunction(() =>
      document.querySelector("#iij-status")?.textContent?.startsWith("Inserted")
    );
    assert.match(await status(), new RegExp(`at ${next}:`));
    const after = await contents();
    assert.deepEqual(after.slice(0, before.length), before);
    assert.ok(after.length > before.length + 5, "a second table below");
  });

  for (const [kind, sheet, line, figureText] of [
    // 1H23 in the 2023 report: total cost of sales JPY99,009 million (line 276), Network services
    // and SI business segment revenue 126,771 (line 198; the first row of that label).
    ["cost", "Cost", "Total cost of sales", "99,009"],
    ["segments", "Segments", "Network services and SI business", "126,771"],
  ] as const)
    it(`${kind}: 1H22 and 1H23, checked as every table is`, async () => {
      await newSheet(sheet);
      await build(kind, "1H22", "1H23");
      assert.match(await insert(), /^Inserted/);
      const parts = await checkTable(sheet);
      assert.equal(figure(parts, line, "1H23").text, figureText);
      await shootTable(kind);
    });

  it("statement of profit or loss, halves, with YoY: negatives in parentheses, 2H columns left out and said so", async () => {
    await newSheet("PL");
    await chooseKind("pl");
    await page.click("#iij-quick-clear");
    await page.click("#iij-periodicity-halves");
    await page.click("#iij-quick-all");
    await page.click("#iij-yoy");
    // 2H is derived from the selected data's few lines (FY − 1H): the pane says it leaves them out.
    assert.match((await page.textContent("#iij-omitted")) ?? "", /2H18, 2H22/);
    assert.match(await insert(), /^Inserted/);
    const parts = await checkTable("PL");
    assert.ok(assertParentheses(parts) > 0, "the statement has negative lines");
    assert.equal(figure(parts, "Income tax expense", "1H22").text, "(4,118)", "report line 694");
    assert.equal(figure(parts, "Total cost of sales", "1H23").text, "(99,009)", "report line 684");
    assert.deepEqual(
      parts.headers.map((h) => h.text),
      ["1H18", "1H19", "1H22", "1H23"],
      "halves with a statement behind them"
    );
    await page.click("#iij-yoy");
    await page.click("#iij-periodicity-as-picked");
    await shootTable("pl");
  });

  it("balance sheet: one column per balance date, headed by the date", async () => {
    await newSheet("Balance");
    await chooseKind("balance");
    assert.equal(await page.textContent("#iij-periods-legend"), "Balance dates");
    await page.click("#iij-quick-last2");
    const picked = (await page.textContent("#iij-picked")) ?? "";
    assert.match(picked, /^\d+ picked: \d{1,2}-[A-Z][a-z]{2}-\d{2}/);
    assert.match(await insert(), /^Inserted/);
    const parts = await checkTable("Balance");
    const dates = parts.headers.map((h) => h.text);
    assert.equal(new Set(dates).size, dates.length, `distinct dates: ${dates.join(" ")}`);
    for (const h of parts.headers) {
      assert.equal(typeof h.value, "number", `${h.address} holds a real date`);
      assert.match(h.text, /^\d{1,2}-[A-Z][a-z]{2}-\d{2}$/);
    }
    assert.equal(figure(parts, "Borrowings", "30-Sep-23").text, "29,581", "report line 642");
    await shootTable("balance");
  });

  it("cash flow with YoY: YoY only for lines where it means something, none entirely #N/A", async () => {
    await newSheet("CashFlow");
    await build("cashflow", "1H22", "1H23");
    await page.click("#iij-yoy");
    assert.match(await insert(), /^Inserted/);
    const parts = await checkTable("CashFlow");
    assert.equal(
      figure(parts, "Income taxes paid", "1H23").text,
      "(4,342)",
      "2023 report line 849"
    );
    assert.equal(
      figure(parts, "Depreciation and amortization", "1H23").text,
      "14,598",
      "2023 report: depreciation and amortization of JPY14,598 million"
    );
    const yoy = blockLabels(await readSheet(page, "CashFlow"), "YoY growth");
    assert.ok(yoy.includes("Cash flows from operating activities"), yoy.join(" | "));
    for (const label of yoy)
      assert.doesNotMatch(
        label,
        /beginning of the period|end of the period|^Subtotal$/,
        "no YoY of balances or subtotals"
      );
    await page.click("#iij-yoy");
    await shootTable("cashflow");
  });

  it("statement of comprehensive income: as printed, the total under its own name, bold totals", async () => {
    await newSheet("OCI");
    await build("oci", "1H22", "1H23");
    assert.match(await insert(), /^Inserted/);
    const parts = await checkTable("OCI");
    // 2023 report lines 747, 750, 757, 758, 760.
    assert.equal(figure(parts, "Profit (loss)", "1H23").text, "8,409");
    assert.equal(
      figure(
        parts,
        "Net change in fair value of equity instruments designated as measured at fair value through other comprehensive income",
        "1H22"
      ).text,
      "(711)"
    );
    assert.equal(
      figure(parts, "Total other comprehensive income, net of tax", "1H23").text,
      "2,723"
    );
    const total = figure(parts, "Comprehensive income", "1H23");
    assert.equal(total.text, "11,132");
    assert.ok(total.classes.includes("bold"), "the total is bold");
    assert.equal(figure(parts, "Owners of the parent", "1H23").text, "11,045");
    const grid = await readSheet(page, "OCI");
    assert.ok(
      grid.some((line) => line.some((c) => String(c.value).startsWith("Source: IIJ"))),
      "the source line under the table"
    );
    await shootTable("oci");
  });

  it("statement of changes in equity: components across, a block per period, as printed", async () => {
    await newSheet("Equity");
    await build("equity", "1H22", "1H23");
    assert.match(await insert(), /^Inserted/);
    const grid = await readSheet(page, "Equity");
    const row = (label: string) => {
      const found = grid.find((line) => line.some((c) => c.value === label));
      assert.ok(found, `a row "${label}"`);
      return found.filter((c) => c.text !== "" || c.formula !== "").map((c) => c.text);
    };
    // 2023 report line 784 (the headings), 814 (dividends), 818 (closing balances).
    assert.deepEqual(row("Share capital").slice(0, 9), [
      "JPY mn",
      "Share capital",
      "Share premium",
      "Retained earnings",
      "Other components of equity",
      "Treasury shares",
      "Total",
      "Non-controlling interests",
      "Total equity",
    ]);
    assert.deepEqual(row("Balance, September 30, 2023"), [
      "Balance, September 30, 2023",
      "25,562",
      "35,633",
      "57,081",
      "9,093",
      "(12,027)",
      "115,342",
      "1,223",
      "116,565",
    ]);
    assert.deepEqual(row("Purchase of treasury shares").slice(-4), [
      "(11,405)",
      "(11,405)",
      "–",
      "(11,405)",
    ]);
    const closing = grid.find((line) =>
      line.some((c) => c.value === "Balance, September 30, 2023")
    )!;
    assert.ok(
      closing.filter((c) => typeof c.value === "number").every((c) => c.classes.includes("bold"))
    );
    assert.ok(
      grid.some((line) => line.some((c) => c.value === "1H22")),
      "the 1H22 block"
    );
    await shootTable("equity");
  });

  it("KPIs at a date, each row with its unit", async () => {
    await newSheet("KPI");
    await chooseKind("kpi");
    await page.click("#iij-quick-last2");
    assert.match(await insert(), /^Inserted/);
    const grid = await readSheet(page, "KPI");
    const parts = await checkTable("KPI");
    for (const h of parts.headers) assert.equal(typeof h.value, "number", `${h.text} is a date`);
    assert.ok(
      grid.some((line) => line.some((c) => c.value === "Gbps")),
      "a Gbps row says so"
    );
    await shootTable("kpi");
  });

  it("search: analysts' words, each figure once, EBITDA not printed, nothing matches", async () => {
    await newSheet("Search");
    await chooseKind("search");
    const search = "#iij-item-search input";
    await page.fill(search, "net income");
    const hits = async () =>
      page.$$eval("#iij-item-results .hit-label", (els) => els.map((e) => e.textContent ?? ""));
    assert.ok(
      (await hits()).includes("Profit attributable to owners of the parent"),
      (await hits()).join(" | ")
    );
    await page.fill(search, "capex");
    assert.ok((await hits()).length > 0);
    await page.fill(search, "total assets");
    const list = await hits();
    assert.equal(new Set(list).size, list.length, `each figure once: ${list.join(" | ")}`);
    await page.fill(search, "EBITDA");
    assert.match((await page.textContent("#iij-search-notice")) ?? "", /not printed/);
    assert.deepEqual((await hits()).sort(), ["Depreciation and amortization", "Operating profit"]);
    await page.click("#iij-item-results li:nth-child(1) fluent-checkbox");
    await page.click("#iij-item-results li:nth-child(2) fluent-checkbox");
    await page.fill(search, "zzqx");
    assert.match((await page.textContent("#iij-search-notice")) ?? "", /Nothing matches "zzqx"/);
    await page.fill(search, "");
    await page.click("#iij-quick-clear");
    await pick("1H22", "1H23");
    assert.match(await insert(), /^Inserted/);
    await checkTable("Search");
    await shootTable("search");
  });

  it("rolling headers: H-2 and H0 with the period each stands for under it, which the charts show", async () => {
    await newSheet("Rolling");
    await build("revenue", "1H22", "1H23");
    await page.click("#iij-rolling");
    // The pane's preview chart names the periods the headers stand for, not H-2 and H0.
    await page.waitForFunction(() =>
      document.querySelector("#iij-chart")?.textContent?.includes("1H23")
    );
    const previewChart = (await page.textContent("#iij-chart")) ?? "";
    assert.match(previewChart, /1H22/);
    assert.doesNotMatch(previewChart, /H-2|H0/);
    assert.match(await insert(), /^Inserted/);
    await page.click("#iij-insert-chart");
    await page.waitForFunction(() => document.querySelectorAll("#charts figure").length > 0);
    await page.click("#iij-rolling");
    const grid = await readSheet(page, "Rolling");
    const texts = grid.map((line) => line.map((c) => c.text));
    const row = texts.findIndex((line) => line.includes("H0"));
    assert.ok(row >= 0, "a header H0");
    const h0 = texts[row].indexOf("H0");
    assert.equal(texts[row][h0 - 1], "H-2");
    assert.equal(texts[row + 1][h0], "1H23", "H0 stands for 1H23 in this dataset");
    assert.equal(texts[row + 1][h0 - 1], "1H22");
    assert.equal(
      grid[row + 1][h0].formula,
      `=IIJ.PERIOD(${grid[row][h0].address.replace(/(\d+)$/, "$$$1")},"Total revenues")`
    );
    const network = grid.find((line) => line.some((c) => c.text === "Network services"));
    assert.equal(network?.[h0].text, "73,981", "report line 676");
    const chart = (await page.textContent("#charts figure")) ?? "";
    assert.match(chart, /1H22/);
    assert.match(chart, /1H23/);
    assert.doesNotMatch(chart, /H-2|H0/, "the chart's categories are periods");
    // The source card says what the note's IIJ.PERIOD means.
    await cell(grid[row + 1][h0].address).click();
    await page
      .locator("#iij-source")
      .getByText(/H0 stands for 1H23 for Total revenues/)
      .waitFor();
    await shootTable("rolling");
  });

  /** Clicks "Insert chart next to table" and waits for the status line to say what happened. */
  async function insertChartNow(): Promise<string> {
    await page.evaluate(() => {
      const s = document.querySelector("#iij-status");
      if (s) s.textContent = "";
    });
    await page.click("#iij-insert-chart");
    await page.waitForFunction(
      () => (document.querySelector("#iij-status")?.textContent ?? "") !== ""
    );
    return status();
  }

  /** The sheet with the table and the chart's data block, and the chart as the host draws it. */
  async function shootChart(name: string): Promise<void> {
    await page.locator("#sheet").screenshot({ path: join(SHOTS, `chart-${name}-sheet.png`) });
    await page
      .locator("#charts figure")
      .last()
      .screenshot({ path: join(SHOTS, `chart-${name}.png`) });
  }

  it("the default table (quarters between halves) gets a native chart of the quarters, from a block of formulas under it", async () => {
    await newSheet("Chart");
    await chooseKind("revenue");
    await page.click("#iij-quick-last2");
    assert.equal(
      await page.textContent("#iij-picked"),
      "6 picked: 1Q22, 2Q22, 1H22, 1Q23, 2Q23, 1H23"
    );
    await setTarget("B3");
    assert.match(await insert(), /^Inserted/);
    assert.equal(await page.isDisabled("#iij-insert-chart"), false, "a chart of the default table");
    assert.match(await insertChartNow(), /^Chart inserted next to B3:H11, plotting B13:F17/);
    const chart = (await page.textContent("#charts figure")) ?? "";
    assert.match(chart, /1Q22.*2Q22.*1Q23.*2Q23/s);
    assert.doesNotMatch(chart, /1H2[23]/, "no half beside the quarters");
    // 2023 report, network services: 2Q23 37,627 (line 711); 1Q23 = 73,981 (line 676) - 37,627.
    assert.match(chart, /37,627/);
    assert.match(chart, /36,354/);
    assert.equal(await formulaOf("C15"), "=C6");
    await shootChart("default");
  });

  it("halves with fiscal years missing: the native chart leaves an empty place labelled for them", async () => {
    await newSheet("Gap");
    await build("revenue", "1H18", "1H19", "1H22", "1H23");
    await setTarget("B3");
    assert.match(await insert(), /^Inserted/);
    assert.match(await insertChartNow(), /^Chart inserted next to B3:F10, plotting B12:G16/);
    const chart = (await page.textContent("#charts figure")) ?? "";
    assert.match(chart, /1H19.*FY20–FY21 not in dataset.*1H22/s);
    // 2019 report line 646: 1H18 58,158,157 thousand yen; 2023 report line 676: 1H23 73,981.
    assert.match(chart, /58,158/);
    assert.match(chart, /73,981/);
    await shootChart("gap");
  });

  it('"Sheet2!C5" lands on Sheet2; a sheet that does not exist is refused with its name', async () => {
    await newSheet("Sheet2");
    await page.getByRole("tab", { name: "Sheet1", exact: true }).click();
    await build("revenue", "1H22", "1H23");
    await setTarget("Nowhere!C5");
    assert.match(await insert(), /Nowhere/);
    await setTarget("Sheet2!C5");
    assert.match(await insert(), /^Inserted .* at Sheet2!C5/);
    const formulaAt = (sheet: string, row: number, column: number) =>
      page.evaluate(
        ([s, r, c]) =>
          (
            window as unknown as {
              iijPreview: { store: { formula(s: string, r: number, c: number): unknown } };
            }
          ).iijPreview.store.formula(s, r, c),
        [sheet, row, column] as const
      );
    assert.notEqual(await formulaAt("Sheet2", 4, 2), "", "Sheet2!C5 holds the table's title");
  });

  it("inserts a native chart, refreshes, keeps values and inserts from the function reference in the table format", async () => {
    await page.getByRole("tab", { name: "Sheet1", exact: true }).click();
    await setTarget("B3");
    await build("revenue", "1H22", "1H23");
    await setTarget("J3");
    assert.match(await insert(), /^Inserted/);
    await page.click("#iij-insert-chart");
    await page.locator("#charts figure").waitFor();
    // Refresh lists what changes first (nothing: every cell was calculated with this dataset).
    await page.click("#iij-refresh");
    await page.waitForSelector("#iij-review-count");
    assert.match(
      (await page.textContent("#iij-review-count")) ?? "",
      /^Nothing changes: all \d+ IIJ cells already show what dataset 2023-11-14\.\w+ gives/
    );
    await page.click("#iij-review-apply");
    await page.waitForFunction(() =>
      document.querySelector("#iij-workbook-status")?.textContent?.startsWith("Recalculated")
    );
    assert.match(
      (await page.textContent("#iij-dataset")) ?? "",
      /Dataset 2023-11-14\.\w+\. Figures as of the report filed 2023-11-14/
    );
    await cell("F30").click();
    await page.locator("#iij-functions .function").first().click();
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="F30"]')?.textContent === "73,981"
    );
    await page.screenshot({ path: join(SHOTS, "preview-host.png"), fullPage: true });
    await page.click('[data-pane-width="500"]');
    await shootPane("pane-500.png");
    await page.click('[data-pane-width="320"]');
    await page.click("#iij-keep-values");
    await page.waitForFunction(() =>
      document.querySelector("#iij-workbook-status")?.textContent?.startsWith("Copied")
    );
    assert.equal(await formulaOf("F30"), "73981");
    await page.getByRole("tab", { name: "Sheet1", exact: true }).click();
    assert.match(await formulaOf("F30"), /^=IIJ\.REVENUE/);
    assert.deepEqual(preview.errors, []);
  });

  it("the help page has the section each function's help URL points at", async () => {
    const help = await preview.browser.context.newPage();
    try {
      await help.goto(`${preview.server.url}help.html#revenue`);
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
        "period",
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
