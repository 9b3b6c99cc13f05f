#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli/main.ts) through tsx's CommonJS loader; no build step needed.
"use strict";
require("tsx/cjs");
const { main } = require("./main.ts");

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`customer-map: ${error && error.message ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
