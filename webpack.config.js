/**
 * Web bundles of the add-in, after Microsoft's Office-Addin-TaskPane-React template:
 *   taskpane.html  the task pane inside Excel (loads office.js from Microsoft's CDN)
 *   commands.html  the ribbon's function file (Office requires one; the button only opens the pane)
 *   index.html     the playground: the same pane beside a headless workbook, no Office, offline
 *
 *   webpack serve --mode development                 http://localhost:3000 (playground at /)
 *   webpack serve --mode development --env https     https with office-addin-dev-certs (sideloading)
 *   webpack --mode production [--env outDir=DIR]     dist/web (or DIR); with KAM_ADDIN_URL=https://host/path/
 *                                                    set, dist/web/manifest.xml points there instead of localhost
 *
 * dist/web, not dist/: dist/kam.mjs and its chunks are the command line's bundle.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");
const { rehostManifest } = require("./scripts/manifest-host");

const DEV_SERVER_PORT = 3000;

/**
 * The JavaScript syntax every page is written down to, development builds included (sideloading
 * runs them in Office). Office on Mac runs add-ins in the system's WKWebView, and Office 16.46+
 * (ExcelApi 1.13) still runs on macOS versions whose Safari predates optional chaining (13.1);
 * ES2017 is what they all parse. test/build/bundle-syntax.test.ts parses the production bundles
 * at this level. See docs/taskpane.md, "Which webviews".
 */
const SYNTAX_TARGET = "es2017";
/** esbuild leaves some newer regular-expression literals as they are; this writes them as `new RegExp`. */
const REGEXP_LITERALS = { loader: path.resolve(__dirname, "scripts/regexp-literal-loader.js"), options: { ecmaVersion: 2017 } };

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const hostingUrl = production ? process.env.KAM_ADDIN_URL : undefined;
  if (production && !hostingUrl) {
    console.warn("KAM_ADDIN_URL is not set: dist/web/manifest.xml still points at https://localhost:3000/ (see docs/taskpane.md, Build).");
  }
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/taskpane/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, env.outDir ?? "dist/web"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // Webpack's own runtime code in the same syntax as the modules.
    target: ["web", SYNTAX_TARGET],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // `import.meta` is left for webpack: `new Worker(new URL("./x.worker.ts", import.meta.url))` is how it
        // finds the playground's workers (src/playground/off-thread.ts), and it writes that out in ES2017 itself.
        { test: /\.tsx?$/, exclude: /node_modules/, use: [REGEXP_LITERALS, { loader: "esbuild-loader", options: { target: SYNTAX_TARGET, supported: { "import-meta": true } } }] },
        // Packages (React, Fluent UI, ExcelJS) ship whatever syntax their authors chose: lowered the same way.
        { test: /\.[cm]?js$/, include: /node_modules/, use: [REGEXP_LITERALS, { loader: "esbuild-loader", options: { loader: "js", target: SYNTAX_TARGET } }] },
      ],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: SYNTAX_TARGET })],
      // One shared chunk for React and Fluent UI (what the pages load at start); ExcelJS, which only the
      // playground's .xlsx loader imports on demand, stays in a chunk of its own.
      splitChunks: { chunks: "all", cacheGroups: { vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial" } } },
    },
    // Fluent UI makes the bundle larger than webpack's default hint; the pane loads it once.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/taskpane/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/playground/playground.html", chunks: ["playground"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/sample-sales.xlsx", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: hostingUrl ? (content) => rehostManifest(content.toString("utf8"), hostingUrl) : undefined,
          },
          { from: "assets/support.html", to: "[name][ext]" },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.https ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() } : "http",
      client: { overlay: { warnings: false } },
    },
  };
};
