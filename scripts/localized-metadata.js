// Localized custom-functions metadata, the way Microsoft documents it ("Custom functions naming
// and localization", learn.microsoft.com): one metadata file per language, which Excel picks by
// its display language from a <bt:Override Locale="ja-JP"> on the manifest's metadata URL.
//
// functions.json, which custom-functions-metadata-plugin generates from the JSDoc, stays the one
// source of ids, names, parameters, types and help URLs. A table per language supplies only the
// descriptions, keyed by function id and parameter name (src/functions/descriptions.ja.json), and
// the build fails when the table and the functions disagree, so the languages cannot drift.
// Plain CommonJS: webpack.config.js loads it; test/functions/localized-metadata.test.ts calls it.

const fs = require("fs");
const { sources, WebpackError, Compilation } = require("webpack");

/** "https://host/help.html#revenue" -> "https://host/help.html?lang=ja#revenue". */
function withLanguage(url, language) {
  const [address, fragment] = url.split("#");
  const query = `${address.includes("?") ? "&" : "?"}lang=${language}`;
  return `${address}${query}${fragment === undefined ? "" : `#${fragment}`}`;
}

/**
 * functions.json's metadata with the table's descriptions, and what does not match: a function
 * or parameter without a description, or a description for one that does not exist.
 */
function localizeMetadata(metadata, table, language) {
  const problems = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(table))
    if (!id.startsWith("$") && !ids.has(id)) problems.push(`${id}: no such function`);
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry || typeof entry.description !== "string") {
      problems.push(`${fn.id}: no description`);
      return fn;
    }
    const texts = entry.parameters ?? {};
    const names = new Set((fn.parameters ?? []).map((p) => p.name));
    for (const name of Object.keys(texts))
      if (!names.has(name)) problems.push(`${fn.id}(${name}): no such parameter`);
    const parameters = (fn.parameters ?? []).map((parameter) => {
      if (typeof texts[parameter.name] !== "string") {
        problems.push(`${fn.id}(${parameter.name}): no description`);
        return parameter;
      }
      return { ...parameter, description: texts[parameter.name] };
    });
    return {
      ...fn,
      description: entry.description,
      ...(fn.helpUrl ? { helpUrl: withLanguage(fn.helpUrl, language) } : {}),
      ...(fn.parameters ? { parameters } : {}),
    };
  });
  return { metadata: { ...metadata, functions }, problems };
}

/** Writes `output` (functions-ja.json) from `source` (functions.json) and the table at `table`. */
class LocalizedMetadataPlugin {
  constructor({ source = "functions.json", output, table, language }) {
    Object.assign(this, { source, output, table, language });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // Before AddinUrlPlugin (stage OPTIMIZE) rewrites the URLs of both files.
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          compilation.fileDependencies.add(this.table);
          // Without functions.json the metadata plugin has reported why already.
          if (!assets[this.source]) return;
          const metadata = JSON.parse(assets[this.source].source().toString());
          const table = JSON.parse(fs.readFileSync(this.table, "utf8"));
          const result = localizeMetadata(metadata, table, this.language);
          for (const problem of result.problems)
            compilation.errors.push(
              new WebpackError(`LocalizedMetadataPlugin: ${this.table}: ${problem}`)
            );
          compilation.emitAsset(
            this.output,
            new sources.RawSource(JSON.stringify(result.metadata, null, 2))
          );
        }
      );
    });
  }
}

module.exports = { LocalizedMetadataPlugin, localizeMetadata, withLanguage };
