#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/ by `npm run build:cli` (run automatically by `npm install`).
const path = require('path');

// V8 flags for a short run (bin/v8-flags.js says why each).
require('./v8-flags');
const dist = path.join(__dirname, '..', 'dist');
const COMMANDS = ['check', 'score', 'criteria', 'check-dir', 'criteria-from-table'];
const command = COMMANDS.includes(process.argv[2]) ? process.argv[2] : 'other';
require('../dist/cli/compile-cache.js').useCompileCache(dist + path.sep, `bundle-${command}`);

/**
 * The modules bundled in one file (src/cli/bundle.ts), unless it is missing or older than the
 * modules (dist rebuilt by tsc alone): then the modules one by one, as tsc built them. Only
 * main.js's time is compared (one stat); `tsc --watch` re-emits only the files that changed, so
 * PAR_SCORER_NO_BUNDLE=1 runs the modules one by one whatever the bundle's time.
 */
function loadMain() {
  const fs = require('fs');
  if (process.env.PAR_SCORER_NO_BUNDLE !== '1') {
    try {
      const bundle = path.join(dist, 'cli.bundle.js');
      if (fs.statSync(bundle).mtimeMs >= fs.statSync(path.join(dist, 'cli', 'main.js')).mtimeMs) return require(bundle)('cli/main.js');
    } catch {
      // No bundle: the modules as built.
    }
  }
  return require('../dist/cli/main.js');
}

// The process ends once the output is written (src/cli/io.ts, exitWhenWritten, says why).
const { main, exitWhenWritten } = loadMain();

// `par-scorer check ... | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => exitWhenWritten(code),
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    exitWhenWritten(2);
  },
);
