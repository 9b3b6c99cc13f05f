/* eslint-disable @typescript-eslint/no-require-imports */
/*
 * One shared-runtime page (taskpane.html) hosts the task pane and the CMAP custom functions (the ribbon's only
 * button opens the pane, a ShowTaskpane action, so there is no commands script). `functions.json` is generated from the JSDoc of src/functions/functions.ts; the Spanish
 * metadata (functions.es.json) is copied beside it. In production every https://localhost:3000/ URL of
 * the manifest is rewritten to PRODUCTION_URL.
 *
 * A second configuration ("web", same build) makes the stand-alone web page for people whose Excel cannot
 * load add-ins: dist/web/index.html and its scripts, all referenced by relative paths so the folder works
 * from any static server and from file://. `webpack --config-name web` builds it alone.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
/** Where the production add-in is served from; override with PRODUCTION_URL=https://your.host/path/ */
const PRODUCTION_URL = process.env.PRODUCTION_URL || require("./package.json").config.production_url;

const OFFICE_JS_DIR = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
/** office.js loads its host scripts and strings relative to itself: ship the Excel ones, English and Spanish. */
const OFFICE_JS_FILES = /^(office\.js|excel-[\w.-]+\.js|excelwebapp-[\w.-]+\.js|custom-functions-runtime\.js|es6-promise\.js|o15apptofilemappingtable\.js|(en-us|es-es)\/office_strings\.js)$/;

/**
 * Rewrites every development URL of the manifest: full URLs to PRODUCTION_URL, and a bare origin (AppDomain)
 * to the production origin. Fails the build if any localhost reference is left.
 */
function toProductionManifest(manifest) {
  const productionOrigin = new URL(PRODUCTION_URL).origin;
  const rewritten = manifest.split(DEV_URL).join(PRODUCTION_URL).split(DEV_ORIGIN).join(productionOrigin);
  if (/localhost/i.test(rewritten)) throw new Error("manifest.xml still mentions localhost after the production rewrite");
  return rewritten;
}

/** Prints every emitted asset with its gzip size, and the entry's initial JavaScript total. */
class BundleSizeReportPlugin {
  constructor(entry = "taskpane", label = "task pane") {
    this.entry = entry;
    this.label = label;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleSizeReportPlugin", (compilation) => {
      const rows = [];
      const outputPath = compilation.outputOptions.path;
      for (const name of Object.keys(compilation.assets)) {
        if (!/\.(js|html|json)$/.test(name) || name.startsWith("office-js/")) continue;
        // After emit webpack has released the sources: read what was written.
        const buffer = fs.readFileSync(path.join(outputPath, name));
        rows.push({ name, bytes: buffer.length, gzip: zlib.gzipSync(buffer).length });
      }
      rows.sort((a, b) => b.bytes - a.bytes);
      const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KiB";
      console.log("\nBundle sizes (raw, gzip):");
      for (const row of rows) console.log(`  ${row.name.padEnd(40)} ${kb(row.bytes)} ${kb(row.gzip)}`);
      const initial = compilation.entrypoints.get(this.entry);
      if (initial) {
        let gzip = 0;
        for (const file of initial.getFiles().filter((f) => f.endsWith(".js"))) {
          gzip += rows.find((row) => row.name === file)?.gzip ?? 0;
        }
        console.log(`  ${this.label} initial JavaScript (gzip): ${kb(gzip)}\n`);
      }
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const rules = [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { noEmit: false } } },
    },
  ];
  const addin = {
    name: "addin",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      // `--env outputRoot=<dir>`: tests build their own bundle there and never touch (or depend on) dist/.
      path: env && env.outputRoot ? path.resolve(env.outputRoot) : path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // dist/web is the web configuration's output.
      clean: { keep: /^web[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/*.xlsx", to: "assets/[name][ext]" },
          { from: "src/functions/functions.es.json", to: "functions.es.json", noErrorOnMissing: true },
          {
            from: "**/*",
            context: OFFICE_JS_DIR,
            to: "office-js/[path][name][ext]",
            filter: (file) => OFFICE_JS_FILES.test(path.relative(OFFICE_JS_DIR, file).split(path.sep).join("/")),
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return production ? toProductionManifest(content.toString()) : content;
            },
          },
        ],
      }),
      new BundleSizeReportPlugin(),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
  const web = {
    name: "web",
    devtool: production ? false : "source-map",
    entry: { app: "./src/web/index.tsx" },
    output: {
      path: env && env.outputRoot ? path.resolve(env.outputRoot, "web") : path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Scripts and the worker are found next to the page, wherever the folder is (server or file://).
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: { rules },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["app"],
        // The icon inside the page: the browser asks for nothing after load but the page's own scripts.
        templateParameters: {
          icon: `data:image/png;base64,${fs.readFileSync(path.join(__dirname, "assets/icon-32.png")).toString("base64")}`,
        },
      }),
      new BundleSizeReportPlugin("app", "web page"),
    ],
  };
  return [addin, web];
};
