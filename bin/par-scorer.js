#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/ by `npm run build:cli` (run automatically by `npm install`).
const { main } = require('../dist/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
