/** RESULTS.md from one run's figures. */
import type { AddinResult } from './addin';
import type { CliFigure } from './cli';
import type { EngineResult } from './engine';
import type { Machine } from './machine';
import type { PaneResult } from './pane';
import type { Profile } from './profiles';
import { fmtSpread, kb, mb, spread, type Spread } from './stats';
import type { TargetCheck } from './targets';
import type { FloorFigure, PairFigure, XlsxResult } from './xlsx';

export interface BenchResult {
  readonly profile: Profile;
  readonly machine: Machine;
  readonly loadAfter: readonly number[];
  readonly durationMs: number;
  readonly engine?: EngineResult;
  readonly cli?: readonly CliFigure[];
  readonly addin?: AddinResult;
  readonly pane?: PaneResult;
  readonly xlsx?: XlsxResult;
  readonly targets: readonly TargetCheck[];
}

const ms = (s: Spread) => fmtSpread(s, 'ms');
const n = (v: number) => v.toLocaleString('en');
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function engineSection(e: EngineResult): string {
  const rows = e.figures.map((f) => [
    f.shape,
    n(f.rows),
    `${n(f.tableRows)} / ${n(f.findings)} / ${f.agencies}`,
    ms(f.analyzeCpu),
    ms(f.analyzeWall),
    ms(f.planCpu),
    fmtSpread({ ...f.heapGrowth, min: f.heapGrowth.min / 2 ** 20, median: f.heapGrowth.median / 2 ** 20, max: f.heapGrowth.max / 2 ** 20 }, 'MB'),
    f.retainedHeap === null ? 'n/a' : mb(f.retainedHeap),
    `${mb(f.peakRssDelta)} (${mb(f.peakRss)})`,
  ]);
  const stageRows = e.figures.map((f) => {
    const total = Object.values(f.stages).reduce((a, b) => a + b, 0);
    return [f.shape, n(f.rows), ...Object.values(f.stages).map((v) => `${v.toFixed(1)} (${((100 * v) / total).toFixed(0)}%)`)];
  });
  const ratios = e.ratios.map((r) => `- ${r.shape} table, ${n(r.sizes[0])} / ${n(r.sizes[1])} rows: **${r.cpu.toFixed(2)}** (CPU time), ${r.wall.toFixed(2)} (wall time)`);
  return [
    '## 1. Engine',
    '',
    '`analyze` (src/domain/engine.ts: read the table, detect the criteria set, check, score, agency summary) on generated sheets',
    '(test/support/generate-plan.ts: rows shaped like Kế hoạch Đắk Lắk 2020, Phụ lục I and II). The write plan (`buildWritePlan`: table columns,',
    'summary and agency sheets) is timed separately, after it. Each size and shape runs in its own child process',
    '(`node --expose-gc`), with warm-up runs first and one full GC before every run; memory: heap growth during one analysis (garbage included),',
    'heap a result keeps after a full GC, and the growth of the process peak RSS over the grid alone.',
    '',
    table(['table', 'rows', 'read rows / findings / agencies', 'analyze CPU', 'analyze wall', 'write plan CPU', 'heap growth', 'result heap', 'peak RSS Δ (peak)'], rows),
    '',
    'Growth:',
    ...ratios,
    '',
    'Where the time goes (wall ms, median; each step of `analyze` timed on its own after the measured run):',
    '',
    table(['table', 'rows', ...Object.keys(e.figures[0]?.stages ?? {})], stageRows),
  ].join('\n');
}

function cliSection(c: readonly CliFigure[]): string {
  return [
    '## 2. CLI end to end',
    '',
    'Whole processes: `node bin/par-scorer.js check FILE --json` and `score FILE -o OUT.xlsx` after `build:cli`, on a generated',
    '.xlsx written with exceljs (node start-up, exceljs load and parse, analysis, output included).',
    '',
    table(
      ['table', 'rows', 'file', 'command', 'wall', 'exit'],
      c.map((f) => [f.shape, n(f.rows), kb(f.fileBytes), f.command, ms(f.wall), String(f.exitCode)]),
    ),
    '',
    'Exit 1 means the table has errors: the generated score table does by design (areas past the real eight).',
  ].join('\n');
}

function addinSection(a: AddinResult): string {
  const rows = a.ours.flatMap((f) =>
    f.steps.map((s) => [
      f.shape,
      n(f.rows),
      s.step,
      s.step === 'check' ? `${s.syncs}` : `${s.syncs} (${s.checkSyncs} + ${s.writeSyncs} writing)`,
      s.bytesPerSync.map((b) => kb(b)).join(', '),
      kb(s.maxBytes),
      ms(s.simulatedMs),
      ms(s.sleptMs),
    ]),
  );
  const responses = [...new Map(a.ours.map((f) => [`${f.shape} ${f.rows}`, f.readResponseBytes])).entries()].map(([k, v]) => `${k} rows: ${kb(v)}`);
  return [
    '## 3. Add-in flow on the fake Excel',
    '',
    `src/excel/flows.ts against test/fakes, with ${a.latencyMs} ms per round trip, as the pane runs it: Check (\`checkSheet\`),`,
    'then "write the columns" and "create the agency sheets" (`writeOutput`; each first reads the sheet again to refuse a stale',
    'analysis, then one preflight request, then the writes). Bytes are the request sizes the fake counts (UTF-8 JSON of the',
    'queued operations). Simulated time = syncs × latency + local time (adapter, engine and the fake itself, run without',
    'latency); "slept" is the same step with the latency really slept.',
    '',
    table(['table', 'rows', 'step', 'syncs', 'bytes per sync', 'largest', 'simulated', 'slept'], rows),
    '',
    `What the one read brings back (values, text and value types as JSON; the fake counts requests only): ${responses.join('; ')}.`,
  ].join('\n');
}

function naiveSection(a: AddinResult): string {
  const rows = a.naive.map((v) => {
    const ours = a.ours.find((f) => f.shape === v.shape && f.rows === v.rows);
    const mine = ours?.steps.filter((s) => s.step !== 'write-agency-sheets');
    const syncs = mine?.reduce((x, s) => x + s.syncs, 0);
    const sim = mine?.reduce((x, s) => x + s.simulatedMs.median, 0);
    const bytes = mine?.reduce((x, s) => x + s.totalBytes, 0);
    return [
      v.shape,
      n(v.rows),
      v.measured ? 'measured' : 'per-row line',
      n(v.syncs),
      kb(v.totalBytes),
      `${(v.simulatedMs / 1000).toFixed(1)} s`,
      syncs === undefined ? '–' : `${syncs} (${(v.syncs / syncs).toFixed(0)}x fewer)`,
      sim === undefined ? '–' : `${(sim / 1000).toFixed(2)} s (${(v.simulatedMs / sim).toFixed(1)}x faster)`,
      bytes === undefined ? '–' : `${kb(bytes)} (${(bytes / v.totalBytes).toFixed(2)}x)`,
    ];
  });
  return [
    '## 4. Naive baseline',
    '',
    'bench/naive.ts, the way many add-in samples do it: one sync per row to read, float sums (`sum += value`, compared with `===`),',
    'one sync per row to write three cells. Same fake, same latency. It is run at two sizes; larger sizes follow the per-row line',
    'through them (running it at 20,000 rows would take hours on the fake: every sync copies the workbook). Compared with',
    'our Check + write the columns (the same job).',
    '',
    table(['table', 'rows', 'how', 'naive syncs', 'naive bytes', 'naive simulated', 'our syncs', 'our simulated', 'our bytes (share of naive)'], rows),
  ].join('\n');
}

function webSection(a: AddinResult): string {
  const rows = a.web.flatMap((f) => f.steps.map((s) => [f.shape, n(f.rows), s.step, String(s.syncs), String(s.refused), kb(s.maxRequestBytes), kb(s.maxResponseBytes)]));
  return [
    '## 3b. Excel on the web limits',
    '',
    'The same flow with the fake holding to Excel on the web: a request or a response over 5 MB is refused, and',
    '`getMergedAreasOrNullObject` fails above 512 areas. Check, then one write of the columns, the summary and the agency',
    'sheets. A sheet whose one-request read is over 5 MB is refused once and read again by parts (src/excel/read-bands.ts);',
    '"refused" counts that. Largest response counts only answered requests.',
    '',
    table(['shape', 'rows', 'step', 'syncs', 'refused', 'largest request', 'largest response'], rows),
  ].join('\n');
}

function paneSection(p: PaneResult): string {
  return [
    '## 5. Task pane',
    '',
    'Production bundle (`npm run build`, webpack production), what taskpane.html loads before the first render (office.js is the',
    'CDN\'s and not counted); gzip at level 9. Time to first render in headless Chromium (playwright-core, the browser and flags of',
    'test/browser: the @sparticuz/chromium package\'s unless CHROMIUM_PATH is set), the CDN\'s office.js answered by the fake Office bundle, a fresh browser context per load after one',
    'unmeasured load; measured from navigation start.',
    '',
    table(['file', 'raw', 'gzip'], [...p.firstRender.map((f) => [f.file, kb(f.raw), kb(f.gzip)]), ['**first render total**', `**${kb(p.firstRenderRaw)}**`, `**${kb(p.firstRenderGzip)}**`]]),
    '',
    `Not loaded by the pane: ${p.otherScripts.map((f) => `${f.file} ${kb(f.raw)} (${kb(f.gzip)} gzip)`).join(', ') || 'nothing'}.`,
    '',
    `- first contentful paint: ${ms(p.firstPaintMs)}`,
    `- pane rendered (its \`main\` in the DOM: Office ready, the pane app mounted): ${ms(p.paneReadyMs)}`,
  ].join('\n');
}

function xlsxSection(x: XlsxResult): string {
  const pairRows = x.pairs.map((p) => [p.a, p.b, ms(p.aCpu), ms(p.bCpu), `**${p.cpuRatio.toFixed(2)}**`, `${ms(p.aWall)} / ${ms(p.bWall)}`, p.wallRatio.toFixed(2)]);
  const libRows = x.libs.map((l) => [l.kind, l.candidate, `${l.loadMs.toFixed(1)} ms`, `${l.firstMs.toFixed(1)} ms`, `${l.warmMs.toFixed(1)} ms`, n(l.size)]);
  return [
    '## 6. The .xlsx path side by side (issue 12)',
    '',
    'Whole processes under bench/rusage.py (user + system CPU of the child and its threads, wall, peak RSS, from wait4 to the microsecond),',
    'after `build:cli`. Each pair runs interleaved, A B A B,',
    'after one warm-up of each; the ratio is the median of the pair-by-pair CPU ratios (wall ratio beside it). The openpyxl script is',
    'bench/openpyxl_read_sum.py (Debian python3 and openpyxl). Generated tables: bench/xlsx-fixtures.ts (exceljs streaming writer,',
    'shared strings).',
    '',
    table(['A', 'B', 'A CPU', 'B CPU', 'CPU ratio A/B', 'wall A / B', 'wall ratio'], pairRows),
    '',
    `Peak RSS of \`check --json\` on a ${n(x.rss.rows)}-row task table: ${fmtSpread({ ...x.rss.maxRssKb, min: x.rss.maxRssKb.min / 1024, median: x.rss.maxRssKb.median / 1024, max: x.rss.maxRssKb.max / 1024 }, 'MiB')}; the report is ${(x.rss.jsonBytes / 1e6).toFixed(1)} MB.`,
    '',
    `Report size: ${x.jsonGrowth.map((g) => `${n(g.rows)} task rows → ${(g.bytes / 1e6).toFixed(2)} MB (${(g.bytes / g.rows).toFixed(0)} B/row; agencies refer to tasks ${n(g.agencyRefs)} times)`).join('; ')}.`,
    '',
    `Libraries, each in its own process on the table sheet of ${x.libFile} (CPU ms; "load" is requiring the module, "first" the first`,
    'job in the process (what a command-line run pays), "warm" the median of five more). zip: inflate the sheet part from the',
    'file in memory; xml: scan the inflated sheet XML and count its start tags.',
    '',
    table(['kind', 'candidate', 'load', 'first', 'warm', 'bytes / tags / rows'], libRows),
    ...(x.floors && x.floors.length > 0 ? ['', floorSection(x.floors, x.pairs)] : []),
  ].join('\n');
}

/** The last runs of a warm process: V8 has optimised what it will by then. */
const warmOf = (runs: readonly number[]) => spread(runs.slice(-3)).median;

function floorSection(floors: readonly FloorFigure[], pairs: readonly PairFigure[]): string {
  const rows = floors.map((f) => {
    const check = pairs.find((p) => p.id === `check-openpyxl-${f.shape}-${f.rows}`);
    const openpyxl = f.read.bCpu.median;
    const read = f.read.aCpu.median;
    const analyzeWarm = warmOf(f.analyzeMs);
    const writeWarm = warmOf(f.writeMs);
    const checkCpu = check ? check.aCpu.median : NaN;
    return [
      f.shape,
      n(f.rows),
      `${openpyxl.toFixed(0)} ms`,
      check ? `${checkCpu.toFixed(0)} ms (${check.cpuRatio.toFixed(2)})` : 'n/a',
      `${read.toFixed(0)} ms (${f.read.cpuRatio.toFixed(2)})`,
      `${f.analyzeMs[0]!.toFixed(0)} / ${analyzeWarm.toFixed(0)} ms`,
      `**${((read + analyzeWarm) / openpyxl).toFixed(2)}**`,
      `${f.writeMs[0]!.toFixed(0)} / ${writeWarm.toFixed(0)} ms`,
      check ? `**${((checkCpu + writeWarm) / checkCpu).toFixed(2)}**` : 'n/a',
    ];
  });
  return [
    '### What the targets at 10,000 and 50,000 rows leave to the analysis and the writer',
    '',
    '"Before the analysis" is bench/floor-probe.js `read`: a process with the CLI\'s V8 flags that loads the bundle, opens the',
    'package and reads the marker, the criteria sheet and the grid, as `check` does first; timed in pairs with the openpyxl script',
    '(its CPU, and the median ratio of pairs). Analysis and write ("cold / warm"): CPU of `analyze` and of `score`\'s plan and',
    'package write in one process of `floor-probe.js warm`, its first run (what a command pays) and the median of its last',
    'three (V8 done optimising). "If warm" puts the warm figure in place of the cold one: `check` ÷ openpyxl with nothing but',
    'the read and a warm analysis (report and exit left out), and `score` ÷ `check` with only a warm write added.',
    '',
    table(['table', 'rows', 'openpyxl', '`check` (÷ openpyxl)', 'before the analysis (÷ openpyxl)', 'analysis cold / warm', '`check` ÷ openpyxl if warm', 'write cold / warm', '`score` ÷ `check` if warm'], rows),
  ].join('\n');
}

function targetSection(t: readonly TargetCheck[]): string {
  return [
    '## Targets',
    '',
    table(
      ['', 'target', 'measured'],
      t.map((c) => [c.passed ? 'pass' : c.enforced ? '**FAIL**' : c.conflict ? 'conflict' : 'miss (not enforced)', c.target, c.conflict ? `${c.measured} (${c.conflict})` : c.measured]),
    ),
  ].join('\n');
}

export function renderReport(r: BenchResult, notes: string): string {
  const m = r.machine;
  const parts = [
    '# Benchmarks',
    '',
    `Generated by \`npm run ${r.profile.name === 'full' ? 'bench' : 'bench:quick'}\` (bench/run.ts); do not edit by hand — notes come from bench/NOTES.md.`,
    '',
    `- date: ${m.date}, whole run ${(r.durationMs / 60000).toFixed(1)} min`,
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform}`,
    `- node ${m.node}`,
    `- load average (1, 5, 15 min) at start: ${m.loadAverage.join(', ')}; at the end: ${r.loadAfter.join(', ')}`,
    `- profile: ${r.profile.name}; figures are median (min–max, n runs)`,
    '',
    targetSection(r.targets),
    '',
  ];
  if (r.engine) parts.push(engineSection(r.engine), '');
  if (r.cli) parts.push(cliSection(r.cli), '');
  if (r.addin) parts.push(addinSection(r.addin), '', r.addin.web?.length ? webSection(r.addin) : '', '', naiveSection(r.addin), '');
  if (r.pane) parts.push(paneSection(r.pane), '');
  if (r.xlsx) parts.push(xlsxSection(r.xlsx), '');
  if (notes.trim() !== '') parts.push(notes.trim(), '');
  return parts.join('\n');
}
