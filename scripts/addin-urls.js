// Production URLs for the add-in. In development every URL in manifest.xml, functions.json and
// functions-ja.json (the functions' helpUrls) points at https://localhost:3000; a production build
// given ADDIN_BASE_URL (or its older name ADDIN_PUBLIC_URL) rewrites them to that base URL, and
// fails if the result still names localhost or uses plain http. Plain CommonJS: webpack.config.js
// loads it without a TypeScript step; test/deploy.test.ts calls it directly.

const { sources, WebpackError, Compilation } = require("webpack");

const DEV_ORIGIN = "https://localhost:3000";
const REWRITTEN_ASSETS = ["manifest.xml", "functions.json", "functions-ja.json"];
const LOCAL_HOST = /localhost|127\.0\.0\.1|\[::1\]/i;

/** The base URL a production build should use, from the environment; undefined when none is set. */
function baseUrlFromEnv(env = process.env) {
  const base = env.ADDIN_BASE_URL;
  const alias = env.ADDIN_PUBLIC_URL;
  if (base && alias && base !== alias)
    throw new Error(
      "ADDIN_BASE_URL and ADDIN_PUBLIC_URL are both set and differ; set ADDIN_BASE_URL only"
    );
  const url = base || alias;
  return url ? normalizeBaseUrl(url) : undefined;
}

/** https://host/path -> https://host/path/ ; throws on anything but an https URL of a real host. */
function normalizeBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${url} (${error.message})`);
  }
  if (parsed.protocol !== "https:")
    throw new Error(
      `ADDIN_BASE_URL must be an https:// URL (Office loads add-ins over HTTPS only): ${url}`
    );
  if (LOCAL_HOST.test(parsed.hostname))
    throw new Error(
      `ADDIN_BASE_URL must be where colleagues can reach the add-in, not ${parsed.hostname}`
    );
  if (parsed.search || parsed.hash)
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${url}`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/**
 * Rewrites the dev URLs of a manifest or functions.json: https://localhost:3000/x -> <base>x, and a
 * bare https://localhost:3000 (the manifest's AppDomain) -> the base URL's origin.
 */
function rewriteUrls(text, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return text.split(`${DEV_ORIGIN}/`).join(baseUrl).split(DEV_ORIGIN).join(origin);
}

/** What would make a production file unusable: a localhost left over, or a plain-http URL. */
function productionProblems(fileName, text) {
  const problems = [];
  // Namespace declarations (xmlns="http://schemas...") are names, not locations.
  const checked = text.replace(/<!--[\s\S]*?-->/g, "").replace(/\sxmlns(:[\w.-]+)?="[^"]*"/g, "");
  const local = checked.match(LOCAL_HOST);
  if (local) problems.push(`${fileName}: still names ${local[0]} after rewriting to the base URL`);
  const http = checked.match(/http:\/\/[^\s"'<>]*/i);
  if (http) problems.push(`${fileName}: plain-http URL ${http[0]}; Office needs https`);
  return problems;
}

/** Rewrites manifest.xml and the functions' metadata after they are emitted; any problem fails the build. */
class AddinUrlPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AddinUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AddinUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const name of REWRITTEN_ASSETS) {
            if (!assets[name]) {
              compilation.errors.push(new WebpackError(`AddinUrlPlugin: ${name} was not emitted`));
              continue;
            }
            const text = rewriteUrls(assets[name].source().toString(), this.baseUrl);
            compilation.updateAsset(name, new sources.RawSource(text));
            for (const problem of productionProblems(name, text))
              compilation.errors.push(new WebpackError(`AddinUrlPlugin: ${problem}`));
          }
        }
      );
    });
  }
}

module.exports = {
  DEV_ORIGIN,
  baseUrlFromEnv,
  normalizeBaseUrl,
  rewriteUrls,
  productionProblems,
  AddinUrlPlugin,
};
