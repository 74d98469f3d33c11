// Build for the IIJ Figures add-in, laid out like Microsoft's "Excel Custom Functions using a
// Shared Runtime" template: the task pane page loads the functions and command code, so all
// three share one JavaScript runtime (manifest <Runtimes><Runtime lifetime="long"/>).
//
// dist/ gets: taskpane.html (+ taskpane.js, commands.js, functions.js), functions.json
// (generated from the JSDoc @customfunction tags by custom-functions-metadata-plugin, which
// fails the build on metadata errors), functions-ja.json (the same with Japanese descriptions,
// scripts/localized-metadata.js), commands.html, preview.html, help.html, assets/,
// manifest.xml and a <bundle>.licenses.txt of third-party notices per bundle
// (scripts/third-party-notices.js). A production build with ADDIN_BASE_URL (older name: ADDIN_PUBLIC_URL) set rewrites
// the URLs of manifest.xml and functions.json to it and fails on a leftover localhost or an http
// URL (scripts/addin-urls.js); docs/deploy.md.

const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { AddinUrlPlugin, baseUrlFromEnv } = require("./scripts/addin-urls");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata");
const { thirdPartyNoticesPlugins } = require("./scripts/third-party-notices");
const { CONTENT_SECURITY_POLICY } = require("./scripts/content-security-policy");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * HTTPS options for the dev server. office-addin-dev-certs writes its certificates to
 * ~/.office-addin-dev-certs (scripts/dev-certs.ts makes them without needing sudo); when they
 * are missing webpack-dev-server makes a throwaway self-signed one, which browsers warn about.
 */
function devServerHttps() {
  const dir = process.env.IIJ_DEV_CERT_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const present = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  if (!present) return { type: "https" };
  const read = (f) => fs.readFileSync(path.join(dir, f));
  return {
    type: "https",
    options: { ca: read(files.ca), cert: read(files.cert), key: read(files.key) },
  };
}

/** An HTML page of the add-in, with the Content-Security-Policy every page carries. */
function page(options) {
  return new HtmlWebpackPlugin({
    ...options,
    templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
  });
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  // Production base URL; without one a production build keeps the dev URLs (for sideloading).
  const baseUrl = dev ? undefined : baseUrlFromEnv();

  return {
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      // The dataset is decoded once per runtime: the pane depends on the functions entry, so
      // src/data and src/functions/iij live only in functions.js and taskpane.js uses that very
      // module instance (one webpack runtime, the one functions.js carries; functions.js still
      // runs on its own). taskpane.html loads functions.js before taskpane.js.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
      help: "./src/help/help.ts",
      // The preview host bundles HyperFormula (GPL-3.0, a development tool): dev server only.
      ...(dev ? { preview: "./src/preview/preview.ts" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type-check only what is bundled; `npm run typecheck` covers scripts/ and test/.
            onlyCompileBundledFiles: true,
            // ES modules for webpack (tsconfig's CommonJS is for tsx, mocha and the scripts):
            // webpack can then hoist modules into one scope and drop exports nothing imports,
            // which keeps functions.js, the dataset inside, small (bench: functions_gzip_bytes).
            compilerOptions: { module: "es2020" },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // Excel in Japanese reads this one (manifest: <bt:Override Locale="ja-JP">).
      new LocalizedMetadataPlugin({
        output: "functions-ja.json",
        table: path.resolve(__dirname, "src/functions/descriptions.ja.json"),
        language: "ja",
      }),
      page({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime: this one page registers the functions and the ribbon handlers too.
        chunks: ["taskpane", "commands", "functions"],
      }),
      page({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      page({
        filename: "preview.html",
        // A production build gets a page that says the preview runs with the dev server.
        template: dev ? "./src/preview/preview.html" : "./src/preview/preview-dist.html",
        chunks: dev ? ["preview"] : [],
      }),
      page({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: ["help"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      // dist/<bundle>.licenses.txt for every bundle: the npm packages in it and their licences.
      // Production only: the dev server's preview page bundles HyperFormula (GPL-3.0), which the
      // notices' licence check refuses, as it should for anything shipped.
      ...(dev ? [] : thirdPartyNoticesPlugins()),
      ...(baseUrl ? [new AddinUrlPlugin(baseUrl)] : []),
    ],
    devServer: {
      hot: false,
      port: DEV_PORT,
      host: "localhost",
      // Office loads the pages from its own origin (Excel on the web) or a webview.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerHttps(),
      static: false,
      client: { overlay: false },
      open: false,
    },
  };
};
