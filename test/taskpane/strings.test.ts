import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { setLanguage, stringTables, t } from "../../src/taskpane/i18n";
import {
  formatCell,
  formatDate,
  formatDay,
  formatList,
  formatMonthYear,
  formatNumber,
  formatPeriod,
  formatUnit,
} from "../../src/taskpane/i18n/format";
import { messageLanguage } from "../../src/data/messages";
import { LATIN_IN_JAPANESE, latinWords } from "../support/japanese-text";
import { displayCell, isoToSerial } from "../../src/shared/number-format";

const PANE = join(__dirname, "..", "..", "src", "taskpane");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("task pane: strings and formats", () => {
  afterEach(() => setLanguage("en"));

  it("has every key in every language, and no placeholder a language lacks", () => {
    const tables = Object.entries(stringTables());
    assert.deepEqual(
      tables.map(([language]) => language),
      ["en", "ja"]
    );
    const [, english] = tables[0];
    for (const [language, table] of tables) {
      assert.deepEqual(Object.keys(table).sort(), Object.keys(english).sort(), language);
      for (const [key, text] of Object.entries(table)) {
        const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        assert.deepEqual(
          names(text),
          names(english[key as keyof typeof english]),
          `${language} ${key}`
        );
      }
    }
  });

  it("has Japanese for every string but codes, units and signs that read the same", () => {
    const { en, ja } = stringTables();
    const same = Object.keys(en).filter(
      (key) => en[key as keyof typeof en] === ja[key as keyof typeof ja]
    );
    // Only what is no word of either language: units written the same, "{names} ({reason})".
    for (const [key, text] of Object.entries(ja))
      for (const word of latinWords(text.replace(/\{\w+\}/g, "")))
        assert.ok(LATIN_IN_JAPANESE.has(word), `ja ${key}: "${word}" is English`);
    for (const key of same)
      assert.doesNotMatch(
        en[key as keyof typeof en].replace(/\{\w+\}/g, ""),
        /\b[a-z]{3,}/,
        `ja ${key} is untranslated`
      );
  });

  it("every t(...) key the pane's code names exists in the table", () => {
    const english = stringTables().en;
    const used = new Set<string>();
    for (const file of sources(PANE))
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([^"]+)"/g))
        used.add(match[1]);
    assert.ok(used.size > 60, `found ${used.size} keys`);
    const missing = [...used].filter((key) => !(key in english));
    assert.deepEqual(missing, []);
  });

  it("fills placeholders and formats numbers for the language", () => {
    assert.equal(
      t("periods.summary", { count: 3, list: "1H22, 2H22, FY22" }),
      "3 picked: 1H22, 2H22, FY22"
    );
    assert.equal(t("preview.more", { count: 1234 }), "1,234 more rows in the sheet.");
    assert.equal(formatNumber(73981), "73,981");
    assert.equal(formatNumber(-1.831, 1), "-1.8");
    assert.equal(formatList(["FY22", "2H22"]), "FY22, 2H22");
  });

  it("in Japanese: Japanese words, dates as 2023/09/30, lists with 、, the same figures", () => {
    setLanguage("ja");
    assert.equal(messageLanguage(), "ja", "the functions' messages the pane shows follow");
    assert.equal(
      t("periods.summary", { count: 3, list: formatList(["1H22", "2H22", "FY22"]) }),
      "3 件を選択: 1H22、2H22、FY22"
    );
    assert.equal(t("preview.more", { count: 1234 }), "シートにはほかに 1,234 行あります。");
    assert.equal(formatDate("2023-09-30"), "2023/09/30");
    assert.equal(formatPeriod("2024-03-31"), "2024/03/31");
    assert.equal(formatMonthYear("2023-09-30"), "2023/09");
    assert.equal(formatDay("2023-11-14"), "2023/11/14");
    assert.equal(formatNumber(73981), "73,981");
    assert.equal(formatUnit("JPY mn"), "百万円");
    assert.equal(formatUnit("JPY k"), "千円");
    // Cells as the sheet shows them, the same in Excel in Japanese: "mmm" is an English month.
    assert.equal(formatCell(45199, "d-mmm-yy").text, "30-Sep-23");
    assert.equal(formatCell(-1831, '#,##0;(#,##0);"–"').text, "(1,831)");
    setLanguage("en");
    assert.equal(messageLanguage(), "en");
    assert.equal(formatUnit("JPY mn"), "JPY mn");
    assert.equal(formatDay("2023-11-14"), "2023-11-14");
  });

  it("shows balance dates as the sheet's headers do: 30-Sep-23", () => {
    assert.equal(isoToSerial("2023-09-30"), 45199);
    assert.equal(formatDate("2023-09-30"), "30-Sep-23");
    assert.equal(formatPeriod("2024-03-31"), "31-Mar-24");
    assert.equal(formatPeriod("1H23"), "1H23");
  });

  it("formats cells as Excel does: parentheses, dash for zero, one decimal, percent, dates", () => {
    const accounting = '#,##0;(#,##0);"–"';
    assert.equal(displayCell(-1831, accounting).text, "(1,831)");
    assert.equal(displayCell(0, accounting).text, "–");
    assert.equal(displayCell(73981.4, accounting).text, "73,981");
    assert.equal(displayCell(1.831, '#,##0.0;(#,##0.0);"–"').text, "1.8");
    assert.equal(displayCell(0.0927, "0.0%").text, "9.3%");
    assert.equal(displayCell(45199, "d-mmm-yy").text, "30-Sep-23");
    assert.equal(displayCell(73981, "General").text, "73981");
    assert.deepEqual(displayCell("#N/A", accounting), {
      text: "#N/A",
      align: "center",
      error: true,
    });
    assert.equal(displayCell("Network", accounting).align, "left");
  });
});
