/**
 * The production pages with Microsoft's real office.js, not the preview host's stand-in. The pages
 * load office.js from Microsoft's CDN, which the tests cannot reach: the browser's requests for it,
 * and for the scripts office.js loads from the same folder, are answered from the devDependency
 * @microsoft/office-js (node_modules/@microsoft/office-js/dist), the same files the CDN serves.
 * 1. Outside Office (a plain browser: Office.onReady gives no host) every page loads under its own
 *    Content-Security-Policy with no page error, no console error and no policy violation, and the
 *    pane says to open it in Excel.
 * 2. Told it runs in Excel on the web (office.js reads the host from `_host_Info` in the address),
 *    office.js loads Microsoft's Excel API script, excel-web-16.00.js; every enum value our code
 *    passes to Excel as a string literal (`"ColumnClustered" as Excel.ChartType`) or reads from
 *    an enum (`Excel.WorksheetPositionType.after`) must be a value of that enum there, or real
 *    Excel would reject it while the stand-in and the type casts let it through.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import ts from "typescript";
import { EN } from "../../src/taskpane/i18n/strings-en";
import { productionBuild } from "../support/production-build";
import { launchChromium, type Browser } from "./support/chromium";
import { serveFolder, type PreviewServer } from "./support/preview-server";

const ROOT = join(__dirname, "..", "..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
// office.js's logger frames its telemetry proxy 3 s after loading: wait past that. The proxy page
// is Microsoft's, out of reach here; an empty page stands in for it.
const SETTLE_MS = 4_000;
const TELEMETRY_PROXY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/";

/** Everything a page did wrong: uncaught exceptions, console errors, refused loads. */
interface PageRecord {
  readonly page: Page;
  readonly errors: string[];
}

async function watchedPage(browser: Browser): Promise<PageRecord> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  // Violations a page's policy reports without a console message (for example in a frame).
  await page.exposeFunction("__reportViolation", (text: string) => errors.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportViolation(t: string): void })
        .__reportViolation;
      report(`CSP violation: ${e.violatedDirective} refused ${e.blockedURI}`);
    });
  });
  return { page, errors };
}

/** The `as Excel.X` string literals and `Excel.X.y` reads in the bundled code, by enum. */
function enumValuesOurCodeUses(): Map<string, Set<string>> {
  const configFile = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  // The bundles' entries (webpack.config.js); the program follows their imports.
  const entries = ["taskpane/taskpane.ts", "commands/commands.ts", "functions/functions.ts"];
  const program = ts.createProgram(
    entries.map((e) => join(ROOT, "src", e)),
    { ...options, noEmit: true }
  );
  const checker = program.getTypeChecker();
  const used = new Map<string, Set<string>>();
  const add = (enumName: string, value: string, where: string) => {
    if (!used.has(enumName)) used.set(enumName, new Set());
    used.get(enumName)!.add(`${value}\t${where}`);
  };
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(join(ROOT, "src"))) continue;
    const visit = (node: ts.Node): void => {
      const where = `${file.fileName.slice(ROOT.length + 1)}:${
        file.getLineAndCharacterOfPosition(node.getStart()).line + 1
      }`;
      if (ts.isAsExpression(node)) {
        const target = /^Excel\.(\w+)$/.exec(node.type.getText(file));
        if (target) {
          const type = checker.getTypeAtLocation(node.expression);
          const parts = type.isUnion() ? type.types : [type];
          for (const part of parts) {
            // Anything but string literals ("string", a number...) is a cast the test cannot see
            // through: name it, so it is made a literal union or checked some other way.
            add(
              target[1],
              part.isStringLiteral() ? part.value : `<${checker.typeToString(part)}>`,
              where
            );
          }
        }
      }
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === "Excel"
      ) {
        add(node.expression.name.text, `.${node.name.text}`, where);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return used;
}

describe("production pages with Microsoft's real office.js (Playwright, Chromium)", function () {
  this.timeout(180_000);
  let browser: Browser;
  let server: PreviewServer;
  const served: string[] = [];
  const refused: string[] = [];

  before(async () => {
    browser = await launchChromium({ width: 320, height: 640 });
    try {
      server = await serveFolder(await productionBuild());
    } catch (error) {
      await browser.close();
      throw error;
    }
    // The CDN's files from the package; anything else off this machine is refused and named.
    await browser.context.route(
      (url) => !url.href.startsWith(server.url),
      async (route) => {
        const url = new URL(route.request().url());
        const file = url.href.startsWith(CDN)
          ? join(OFFICE_JS, decodeURIComponent(url.pathname.slice(new URL(CDN).pathname.length)))
          : undefined;
        if (file?.startsWith(OFFICE_JS) && existsSync(file)) {
          served.push(url.pathname.slice(new URL(CDN).pathname.length));
          await route.fulfill({ contentType: "text/javascript", body: readFileSync(file) });
        } else if (url.href.startsWith(TELEMETRY_PROXY)) {
          served.push(url.href);
          await route.fulfill({
            contentType: "text/html",
            body: "<!doctype html><title>proxy</title>",
          });
        } else {
          refused.push(url.href);
          await route.abort();
        }
      }
    );
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads every page outside Office with no error or policy violation; the pane says to open it in Excel", async () => {
    const pages = ["taskpane.html", "commands.html", "help.html"];
    const records = await Promise.all(pages.map(() => watchedPage(browser)));
    await Promise.all(records.map(({ page }, i) => page.goto(`${server.url}${pages[i]}`)));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    const pane = records[0].page;
    // Microsoft's office.js, not a stand-in: it answers that there is no Office host.
    const ready = await pane.evaluate(async () => {
      const info = await Office.onReady();
      return { host: info.host, excel: Office.HostType.Excel };
    });
    assert.deepEqual(ready, { host: null, excel: "Excel" });
    assert.equal(await pane.textContent("#app"), EN["app.outsideOffice"]);
    assert.ok(served.includes("office.js"), `served: ${served.join(", ")}`);

    for (const [i, { page, errors }] of records.entries()) {
      assert.deepEqual(errors, [], pages[i]);
      await page.close();
    }
    assert.deepEqual(refused, []);
  });

  it("every Excel enum value our code passes as a literal is one in Microsoft's excel-web-16.00.js", async () => {
    const { page, errors } = await watchedPage(browser);
    // As Excel on the web opens the pane; without Excel behind it office.js gets no conversation
    // (its own page error, not ours), but it has loaded the Excel API script by then.
    await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Web$16.01$en-US$$$$0`);
    await page.waitForFunction(() => typeof Excel !== "undefined" && "ChartType" in Excel);
    assert.ok(served.includes("excel-web-16.00.js"), `served: ${served.join(", ")}`);
    const realEnums = await page.evaluate(() => {
      const all: Record<string, string[]> = {};
      for (const [name, value] of Object.entries(Excel as unknown as Record<string, unknown>))
        if (value && typeof value === "object")
          all[name] = Object.entries(value).flatMap(([k, v]) =>
            typeof v === "string" ? [v, `.${k}`] : []
          );
      return all;
    });
    const used = enumValuesOurCodeUses();
    // Casts excel-actions.ts is known to make: were they not found, the search would have gone blind.
    for (const name of [
      "ChartType",
      "ChartSeriesBy",
      "ChartAxisCategoryType",
      "WorksheetPositionType",
    ])
      assert.ok(used.has(name), `no use of Excel.${name} found: ${[...used.keys()].join(", ")}`);
    const rejected: string[] = [];
    for (const [name, values] of used) {
      const real = new Set(realEnums[name] ?? []);
      for (const entry of values) {
        const [value, where] = entry.split("\t");
        if (!real.has(value))
          rejected.push(`${where}: ${value} is not a value of Excel.${name} in excel-web-16.00.js`);
      }
    }
    assert.deepEqual(rejected, []);
    const ours = errors.filter((e) => !/conversationId/.test(e));
    assert.deepEqual(ours, []);
    await page.close();
  });
});
