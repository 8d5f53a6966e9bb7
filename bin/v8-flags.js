'use strict';
// V8 flags for a short command-line run, set before anything of ours is compiled. Required first by
// bin/par-scorer.js, and by bench/floor-probe.js so that what it measures runs as the CLI runs.
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
