#!/usr/bin/env node
// Runs the command line (src/cli/main.ts). With a bundle from `npm run build:cli` that is newer than every
// file under src/, it runs the bundle (no TypeScript compiled at start-up); otherwise the TypeScript through
// tsx's CommonJS loader, as without a build step. CMAP_NO_BUNDLE=1 always takes the TypeScript.
"use strict";
const fs = require("fs");
const path = require("path");

// CMAP_CLI_BUNDLE names another bundle file (tests).
const BUNDLE =
  process.env.CMAP_CLI_BUNDLE || path.join(__dirname, "..", "..", "build", "cli", "customer-map.cjs");

/** Latest modification time of the files under `dir` (recursive). */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The bundle, when it exists and no source is newer (an edited source must never be shadowed). */
function freshBundle() {
  if (process.env.CMAP_NO_BUNDLE === "1") return null;
  try {
    return fs.statSync(BUNDLE).mtimeMs >= newestUnder(path.join(__dirname, "..")) ? BUNDLE : null;
  } catch {
    return null;
  }
}

function load() {
  const bundle = freshBundle();
  if (bundle) return require(bundle);
  require("tsx/cjs");
  return require("./main.ts");
}

const { main } = load();

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`customer-map: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
