import { strict as assert } from "node:assert";
import { displayLanguage, languageOfTag, pageLanguage } from "../../src/shared/language";

describe("display language", () => {
  it("is Japanese for Office's ja-JP (or ja), English for every other language", () => {
    assert.equal(languageOfTag("ja-JP"), "ja");
    assert.equal(languageOfTag("ja"), "ja");
    assert.equal(languageOfTag(" JA-jp "), "ja");
    for (const other of ["en-US", "en-GB", "de-DE", "zh-CN", "jv-ID", "", undefined, null])
      assert.equal(languageOfTag(other), "en", String(other));
    assert.equal(displayLanguage("ja-JP"), "ja");
    assert.equal(displayLanguage("fr-FR"), "en");
  });

  it("outside Office (Node, no office.js) is English", () => {
    assert.equal(displayLanguage(), "en");
  });

  it("of a page follows ?lang= first, then Office, then the browser", () => {
    assert.equal(pageLanguage("?lang=ja", "en-US", "en-US"), "ja");
    assert.equal(pageLanguage("?lang=en", "ja-JP", "ja-JP"), "en");
    assert.equal(pageLanguage("?x=1&lang=ja-JP", undefined, "en-US"), "ja");
    assert.equal(pageLanguage("", "ja-JP", "en-US"), "ja");
    assert.equal(pageLanguage("", "en-US", "ja-JP"), "en");
    assert.equal(pageLanguage("?lang=", undefined, "ja-JP"), "ja");
    assert.equal(pageLanguage("", undefined, "en-US"), "en");
  });
});
