'use strict';
/*
 * What the 10,000- and 50,000-row targets of issue 12 leave to the analysis and the writer (bench/xlsx.ts,
 * "Floors"). Plain JavaScript on the built bundle, with the CLI's own V8 flags and a code cache of its own,
 * so that a process of it starts, loads and reads as `par-scorer check` does (no tsx loader in the way):
 *
 *   node bench/floor-probe.js read FILE   everything `check` does before the analysis: load the bundle,
 *                                         open the package, read the marker, the criteria sheet and the
 *                                         first sheet's grid. The process is timed from outside.
 *   node bench/floor-probe.js warm FILE   the same, then the analysis and `score`'s plan and package write
 *                                         run RUNS times each in this process; prints the CPU of each run
 *                                         (all threads, process.cpuUsage) as JSON. The first run is cold,
 *                                         as in a command; the last ones are what the code costs once V8
 *                                         has optimised it.
 */
require('../bin/v8-flags');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');
// Its own cache: the cache holds what its first run compiled, and `check`'s must stay `check`'s.
require(path.join(dist, 'cli', 'compile-cache.js')).useCompileCache(dist + path.sep, 'bundle-floor-probe');
const load = require(path.join(dist, 'cli.bundle.js'));

const RUNS = 7;

function cpuMs(run) {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main(mode, file) {
  const { translator } = load('i18n/index.js');
  const { openWorkbook, workbookMarker } = load('cli/workbook.js');
  const { resolveCriteria } = load('cli/criteria-source.js');
  const t = translator('vi');
  const workbook = await openWorkbook(file, t, mode === 'warm');
  const marker = await workbookMarker(workbook, file, t);
  const criteria = await resolveCriteria('auto', workbook, file, t);
  const grid = await workbook.grid(workbook.worksheets()[0].name);
  if (mode === 'read') return;

  const { analyze } = load('domain/engine.js');
  const { buildWritePlan } = load('domain/plan/build.js');
  const { applyPlanToPackage } = load('xlsx/package/apply-plan.js');
  let analysis = null;
  const analyzeMs = [];
  for (let i = 0; i < RUNS; i++) {
    analyzeMs.push(
      cpuMs(() => {
        const result = analyze(grid, { criteria: criteria.spec, ownedColumns: [] });
        if (!result.ok) throw new Error(`no table in ${file}`);
        analysis = result.analysis;
      }),
    );
  }
  const writeMs = [];
  for (let i = 0; i < RUNS; i++) {
    writeMs.push(
      cpuMs(() => {
        const built = buildWritePlan(analysis, {
          grid,
          previous: marker,
          existingSheets: workbook.sheets.map((ws) => ws.name),
          t,
          lang: 'vi',
          include: { tableColumns: true, summary: true, agencySheets: true },
        });
        if (!built.ok) throw new Error(`no plan for ${file}`);
        applyPlanToPackage(workbook.archive, built.plan, { sharedStrings: workbook.sharedStrings });
      }),
    );
  }
  process.stdout.write(`${JSON.stringify({ analyzeMs, writeMs })}\n`);
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'read' && mode !== 'warm') || !file) {
  process.stderr.write('usage: node bench/floor-probe.js read|warm FILE\n');
  process.exit(2);
}
main(mode, file).catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(2);
});
