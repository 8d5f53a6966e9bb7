#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/ by `npm run build:cli` (run automatically by `npm install`).
const { main } = require('../dist/cli/main.js');

// `par-scorer check ... | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
