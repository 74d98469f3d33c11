/**
 * The functions' error messages: one catalogue per language (src/data/messages), every id in both
 * with the same parameters, every id used, and each failure a user can cause answered in the
 * language the runtime is set to.
 */
import { strict as assert } from "node:assert";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { installCustomFunctions } from "../support/custom-functions-stand-in";
import { createEngine } from "../../src/evaluator/engine";
import { evaluateFormula } from "../../src/evaluator/cli";
import {
  errorText,
  messageCatalogues,
  setMessageLanguage,
  type MessageId,
} from "../../src/data/messages";
import { MESSAGES_EN } from "../../src/data/messages/en";
import { displayLanguage } from "../../src/shared/language";

const SRC = join(__dirname, "..", "..", "src");
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function placeholders(template: string): string[] {
  return (template.match(/\{@?[\w.]+\}/g) ?? []).sort();
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") && !path.includes(join("data", "messages")) ? [path] : [];
  });
}

/** Failures a user can cause, one or more per message a formula can show. */
const FAILURES = [
  '=IIJ.REVENUE("5H23")',
  "=IIJ.REVENUE(TRUE)",
  "=IIJ.REVENUE(12)",
  '=IIJ.REVENUE("2023-02-30")',
  '=IIJ.REVENUE("2024年3月期 第5四半期")',
  '=IIJ.REVENUE("2024年12月期")',
  '=IIJ.REVENUE("9/10/2023")',
  '=IIJ.REVENUE("FY2024/3")',
  '=IIJ.REVENUE("LTM Aug-23")',
  '=IIJ.VALUE("Total assets","LTM 1H23")',
  '=IIJ.VALUE("Basic earnings per share","LTM 1H23")',
  '=IIJ.REVENUE("1H23","Network","USD")',
  '=IIJ.REVENUE("1H23","Network","万円")',
  '=IIJ.REVENUE("1H23","Network",-1000)',
  '=IIJ.REVENUE("1H23","Network",0)',
  '=IIJ.REVENUE("1H23","Network",10)',
  '=IIJ.REVENUE("1H23","Network",FALSE)',
  '=IIJ.REVENUE("1H23","Netwrk")',
  '=IIJ.REVENUE("2H23","Network")',
  '=IIJ.REVENUE("FY0","Network")',
  '=IIJ.REVENUE(C5:C6,"Network")',
  '=IIJ.VALUE("","1H23")',
  '=IIJ.VALUE("Borrowings","1H23")',
  '=IIJ.VALUE("Total asets","1H23")',
  '=IIJ.VALUE("Basic earnings per share","1H23","JPY k")',
  '=IIJ.VALUE("Revenues","2023-09-30")',
  '=IIJ.VALUE("Cash and cash equivalents at end of period","2H21")',
  '=IIJ.ITEMS("Balance")',
  '=IIJ.TABLE("Profit or loss",",")',
  '=IIJ.KPI(" ","1H23")',
  '=IIJ.PERIOD("H-1","Netwrk")',
];

/** The English templates' own words: each stretch between parameters that has a word in it. */
const ENGLISH_WORDING = Object.values(MESSAGES_EN)
  .flatMap((template) => template.split(/\{@?[\w.]+\}/))
  .map((fragment) => fragment.trim())
  .filter((fragment) => /[a-z]{2,} [a-z]{2,}/.test(fragment));

describe("function error messages: one catalogue per language", () => {
  afterEach(() => setMessageLanguage("en"));

  it("has every id in every language, with the same parameters", () => {
    const catalogues = Object.entries(messageCatalogues());
    assert.deepEqual(
      catalogues.map(([language]) => language),
      ["en", "ja"]
    );
    for (const [language, catalogue] of catalogues) {
      assert.deepEqual(Object.keys(catalogue).sort(), Object.keys(MESSAGES_EN).sort(), language);
      for (const [id, template] of Object.entries(catalogue)) {
        assert.deepEqual(
          placeholders(template),
          placeholders(MESSAGES_EN[id as MessageId]),
          `${language} ${id}`
        );
        for (const reference of template.matchAll(/\{@([\w.]+)\}/g))
          assert.ok(reference[1] in catalogue, `${language} ${id}: {@${reference[1]}}`);
        if (language === "ja") assert.match(template, JAPANESE, `ja ${id} is Japanese`);
      }
    }
  });

  it("uses every message, and builds them only through the catalogue", () => {
    const code = sources(SRC)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const used = (id: string) => code.includes(`"${id}"`);
    const referenced = (id: string) =>
      Object.values(MESSAGES_EN).some((template) => template.includes(`{@${id}}`));
    const unused = Object.keys(MESSAGES_EN).filter((id) => !used(id) && !referenced(id));
    assert.deepEqual(unused, []);
    // The English sentences live in the catalogue only: none is left written out in the code.
    for (const phrase of ["is not a period", "is not known", "No figure for", "is empty;"])
      assert.ok(!code.includes(phrase), `"${phrase}" outside src/data/messages`);
  });

  it("fills parameters and the messages a message refers to", () => {
    setMessageLanguage("en");
    assert.equal(
      errorText("arg.notPeriod", { value: "TRUE" }),
      `TRUE is not a period; ${MESSAGES_EN.periods}`
    );
    setMessageLanguage("ja");
    assert.equal(
      errorText("figure.zeroBase", { name: "X", period: "1H23" }),
      "1H23 の「X」が 0 のため、伸び率を計算できません"
    );
  });

  it("answers every failure in the runtime's language: English, or Japanese", () => {
    const engine = createEngine();
    setMessageLanguage("en");
    const english = FAILURES.map((formula) => evaluateFormula(engine, formula));
    setMessageLanguage("ja");
    const japanese = FAILURES.map((formula) => evaluateFormula(engine, formula));
    FAILURES.forEach((formula, i) => {
      // The same error either way; only the words differ.
      const code = /^#[A-Z/!]+/.exec(english[i])?.[0];
      assert.ok(code, `${formula}: ${english[i]}`);
      assert.ok(japanese[i].startsWith(code), `${formula}: ${japanese[i]}`);
      assert.doesNotMatch(english[i], /[\u3040-\u30ff]/, `${formula}: ${english[i]}`);
      assert.match(japanese[i], /[\u3040-\u30ff]/, `${formula}: ${japanese[i]}`);
      // No English wording left in the Japanese message: only names, codes and examples.
      for (const fragment of ENGLISH_WORDING)
        assert.ok(!japanese[i].includes(fragment), `${formula}: "${fragment}" in ${japanese[i]}`);
    });
    // Figures read off the report are the same in both languages (line 676: 73,981).
    assert.equal(evaluateFormula(engine, '=IIJ.REVENUE("1H23","Network")'), "73981");
  });

  it("follows Excel's display language in Excel: Japanese for ja-JP, English otherwise", () => {
    installCustomFunctions();
    const office = globalThis as { Office?: unknown };
    const saved = office.Office;
    const functions =
      require("../../src/functions/functions") as typeof import("../../src/functions/functions");
    const messageOf = () => {
      try {
        functions.REVENUE("5H23");
      } catch (error) {
        return (error as { message: string }).message;
      }
      return "";
    };
    try {
      office.Office = { context: { displayLanguage: "ja-JP" } };
      assert.equal(displayLanguage(), "ja");
      setMessageLanguage(() => displayLanguage());
      assert.match(messageOf(), /^period: "5H23" は期間として読めません。/);
      office.Office = { context: { displayLanguage: "en-GB" } };
      assert.match(messageOf(), /^period: "5H23" is not a period; expected /);
    } finally {
      office.Office = saved;
    }
  });
});
