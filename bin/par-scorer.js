#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/ by `npm run build:cli` (run automatically by `npm install`).
const path = require('path');

// A command-line run is short: V8 is asked to optimise only functions that stay hot four times as
// long as by default, and the compiled modules are kept in a per-user code cache. Both measured in
// bench/NOTES.md ("Start-up and the optimising compiler").
require('v8').setFlagsFromString('--interrupt-budget=270336');
// Nor does the optimising compiler inline callees: most of what it compiles in a run is compiled on
// a background thread while the run is ending, and inlining made that 1.5-2 times the work. 0.91-0.97x
// the CPU at 10,000 and 50,000 rows, the same at 200,000 and on the examples, wall time the same
// (bench/NOTES.md, "Reader round 2").
require('v8').setFlagsFromString('--no-turbo-inlining');
// Young-generation collections run on this thread alone: the young generation is at most a few MB
// here, and sharing each collection with helper threads cost more in handing over than it saved.
// Two rounds of pairs: 0.83-1.03x the CPU at 10,000 rows, 0.84-1.01x at 50,000, 0.85x at 200,000,
// wall time 0.90-1.02x (bench/NOTES.md, "Reader round 2").
require('v8').setFlagsFromString('--no-parallel-scavenge');
// The heap may grow to twice what was live after a full collection, not V8's default of up to about
// four times: whether one collection fell just before or just after the grid was read decided whether
// `check --json` on 200,000 rows peaked at 380 or 430 MB. It costs about 5% CPU at 50,000 rows
// (bench/NOTES.md, "Reader round").
require('v8').setFlagsFromString('--heap-growing-percent=100');
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
