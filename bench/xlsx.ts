/**
 * Section 6: the .xlsx path of issue 12, as whole processes measured side by side. Each pair runs
 * interleaved (A B A B …) under bench/rusage.py, so both see the same machine; a ratio is the median
 * of the pair-by-pair ratios of CPU time (user + system). Also: the zip and XML libraries compared
 * on the same part, each in its own process.
 */
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, runProcess, runTs } from './child';
import { buildCli } from './cli';
import type { Profile } from './profiles';
import type { Shape } from './sheets';
import { spread, type Spread } from './stats';
import { tableXlsx } from './xlsx-fixtures';

const BIN = path.join(ROOT, 'bin', 'par-scorer.js');
const PYTHON = '/usr/bin/python3';
const OPENPYXL_SCRIPT = path.join(ROOT, 'bench', 'openpyxl_read_sum.py');
const FLOOR_PROBE = path.join(ROOT, 'bench', 'floor-probe.js');
const RUSAGE = path.join(ROOT, 'bench', 'rusage.py');
const EXAMPLES = ['daklak-2020-phu-luc-i.xlsx', 'daklak-2020-phu-luc-ii.xlsx', 'daklak-2020-with-criteria-sheet.xlsx', 'messy-score-table.xlsx'];

export interface ProcessFigure {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly maxRssKb: number;
  readonly code: number;
}

export interface PairFigure {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly aCpu: Spread;
  readonly bCpu: Spread;
  readonly aWall: Spread;
  readonly bWall: Spread;
  /** Median of the pair-by-pair ratios a / b. */
  readonly cpuRatio: number;
  readonly wallRatio: number;
}

export interface LibFigure {
  readonly kind: 'zip' | 'xml';
  readonly candidate: string;
  readonly size: number;
  readonly loadMs: number;
  readonly firstMs: number;
  readonly warmMs: number;
}

/**
 * What the 10,000- and 50,000-row targets leave to the analysis and the writer: a process doing all
 * that `check` does before the analysis, timed against the openpyxl script side by side, and the CPU
 * of the analysis and of `score`'s write, cold (a command's first run) and warm (V8 done optimising),
 * in one process of bench/floor-probe.js.
 */
export interface FloorFigure {
  readonly shape: Shape;
  readonly rows: number;
  /** A: floor-probe.js read; B: the openpyxl script. */
  readonly read: PairFigure;
  readonly analyzeMs: readonly number[];
  readonly writeMs: readonly number[];
}

export interface XlsxResult {
  readonly pairs: readonly PairFigure[];
  readonly floors?: readonly FloorFigure[];
  readonly rss: { readonly rows: number; readonly maxRssKb: Spread; readonly jsonBytes: number };
  readonly jsonGrowth: readonly { readonly rows: number; readonly bytes: number; readonly agencyRefs: number }[];
  readonly libs: readonly LibFigure[];
  readonly libFile: string;
}

/**
 * One run under bench/rusage.py (the child's CPU and peak RSS from wait4, to the microsecond, where
 * /usr/bin/time gives 10 ms steps); stdout goes to `stdoutFile` (or nowhere).
 */
async function timed(command: readonly string[], stdoutFile?: string): Promise<ProcessFigure> {
  const report = path.join(os.tmpdir(), `par-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const out = stdoutFile === undefined ? 'ignore' : await fs.open(stdoutFile, 'w');
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(PYTHON, [RUSAGE, report, ...command], {
        cwd: ROOT,
        stdio: ['ignore', out === 'ignore' ? 'ignore' : out.fd, 'pipe'],
      });
      let stderr = '';
      child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('error', reject);
      child.on('close', (c) => {
        if (c !== 0 && c !== 1) reject(new Error(`${command.join(' ')} exited ${c}:\n${stderr}`));
        else resolve(c);
      });
    });
    const [wall, user, sys, rss] = (await fs.readFile(report, 'utf8')).trim().split('\n').pop()!.split(' ').map(Number);
    return { cpuMs: (user! + sys!) * 1000, wallMs: wall! * 1000, maxRssKb: rss!, code };
  } finally {
    if (out !== 'ignore') await out.close();
    await fs.rm(report, { force: true });
  }
}

function median(values: readonly number[]): number {
  return spread(values).median;
}

async function pair(id: string, a: readonly string[], b: readonly string[], runs: number, label: [string, string]): Promise<PairFigure> {
  // One warm-up of each: the file cache and the interpreter's own caches, not the code measured.
  await timed(a);
  await timed(b);
  const as: ProcessFigure[] = [];
  const bs: ProcessFigure[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(await timed(a));
    bs.push(await timed(b));
  }
  return {
    id,
    a: label[0],
    b: label[1],
    aCpu: spread(as.map((f) => f.cpuMs)),
    bCpu: spread(bs.map((f) => f.cpuMs)),
    aWall: spread(as.map((f) => f.wallMs)),
    bWall: spread(bs.map((f) => f.wallMs)),
    cpuRatio: median(as.map((f, i) => f.cpuMs / bs[i]!.cpuMs)),
    wallRatio: median(as.map((f, i) => f.wallMs / bs[i]!.wallMs)),
  };
}

async function libFigures(file: string): Promise<LibFigure[]> {
  const out: LibFigure[] = [];
  const candidates: [LibFigure['kind'], string][] = [
    ['zip', 'zlib-stream'],
    ['zip', 'fflate-stream'],
    ['zip', 'fflate-unzipSync'],
    ['zip', 'yauzl'],
    ['xml', 'hand'],
    ['xml', 'saxes'],
    ['xml', 'sheet-reader'],
  ];
  for (const [kind, candidate] of candidates) {
    const run = await runTs('xlsx-libs-child.ts', [kind, candidate, file]);
    if (run.code !== 0) throw new Error(`xlsx-libs-child ${kind} ${candidate} failed:\n${run.stderr}`);
    out.push(JSON.parse(run.stdout.trim().split('\n').pop()!) as LibFigure);
  }
  return out;
}

/** Bytes of `check --json`, and how many task references the agencies make (what copies used to cost). */
async function jsonSize(file: string): Promise<{ bytes: number; agencyRefs: number }> {
  const out = path.join(os.tmpdir(), `par-bench-json-${process.pid}.json`);
  try {
    await timed([process.execPath, BIN, 'check', file, '--json'], out);
    const report = JSON.parse(await fs.readFile(out, 'utf8')) as { agencies: { tasks: unknown[]; coordinates: unknown[] }[] };
    const agencyRefs = report.agencies.reduce((n, a) => n + a.tasks.length + a.coordinates.length, 0);
    return { bytes: (await fs.stat(out)).size, agencyRefs };
  } finally {
    await fs.rm(out, { force: true });
  }
}

export async function runXlsx(profile: Profile): Promise<XlsxResult> {
  await buildCli();
  const full = profile.name === 'full';
  const runs = full ? 5 : 1;
  const sizes = full ? [10_000, 50_000] : [500];
  const rssRows = full ? 200_000 : 2_000;
  const node0 = [process.execPath, '-e', '0'];
  const check = (file: string) => [process.execPath, BIN, 'check', file];
  const scoreOut = path.join(os.tmpdir(), `par-bench-scored-${process.pid}.xlsx`);
  const score = (file: string) => [process.execPath, BIN, 'score', file, '-o', scoreOut];
  const openpyxl = (file: string) => [PYTHON, OPENPYXL_SCRIPT, file];

  const pairs: PairFigure[] = [];
  pairs.push(await pair('version', [process.execPath, BIN, '--version'], node0, runs, ['par-scorer --version', 'node -e 0']));
  for (const example of EXAMPLES) {
    const file = path.join(ROOT, 'examples', example);
    pairs.push(await pair(`check-example-${example}`, check(file), node0, runs, [`check ${example}`, 'node -e 0']));
  }
  const shapes: Shape[] = ['task', 'score'];
  for (const rows of sizes) {
    for (const shape of shapes) {
      const file = await tableXlsx(shape, rows);
      pairs.push(await pair(`check-openpyxl-${shape}-${rows}`, check(file), openpyxl(file), runs, [`check, ${shape} table ${rows} rows`, 'openpyxl read-and-sum']));
    }
  }
  // Both shapes at each size: "score <= 1.5x check at every size" holds for the score table too, whose
  // every row gets formulas and a line on the summary sheet (the task table's get a note at most).
  const tables = sizes.flatMap((rows) => shapes.map((shape) => ({ shape, rows })));
  const scoreFiles = [...EXAMPLES.map((e) => path.join(ROOT, 'examples', e)).slice(0, 2), ...(await Promise.all(tables.map((t) => tableXlsx(t.shape, t.rows))))];
  for (const file of scoreFiles) {
    pairs.push(await pair(`score-check-${path.basename(file)}`, score(file), check(file), runs, [`score ${path.basename(file)}`, 'check']));
  }
  await fs.rm(scoreOut, { force: true });

  const floors: FloorFigure[] = [];
  for (const rows of sizes) {
    for (const shape of shapes) {
      const file = await tableXlsx(shape, rows);
      const read = await pair(`floor-read-${shape}-${rows}`, [process.execPath, FLOOR_PROBE, 'read', file], openpyxl(file), runs, [`before the analysis, ${shape} table ${rows} rows`, 'openpyxl read-and-sum']);
      const warm = await runProcess(process.execPath, [FLOOR_PROBE, 'warm', file]);
      if (warm.code !== 0) throw new Error(`floor-probe warm ${file} failed:\n${warm.stderr}`);
      const { analyzeMs, writeMs } = JSON.parse(warm.stdout.trim().split('\n').pop()!) as { analyzeMs: number[]; writeMs: number[] };
      floors.push({ shape, rows, read, analyzeMs, writeMs });
    }
  }

  const big = await tableXlsx('task', rssRows);
  const rssRuns: number[] = [];
  let jsonBytes = 0;
  for (let i = 0; i < (full ? 3 : 1); i++) {
    const out = path.join(os.tmpdir(), `par-bench-rss-${process.pid}.json`);
    const f = await timed([process.execPath, BIN, 'check', big, '--json'], out);
    jsonBytes = (await fs.stat(out)).size;
    await fs.rm(out, { force: true });
    rssRuns.push(f.maxRssKb);
  }
  const growth = [];
  for (const rows of full ? [10_000, 50_000] : [500, 2_000]) growth.push({ rows, ...(await jsonSize(await tableXlsx('task', rows))) });

  const libFile = await tableXlsx('task', full ? 50_000 : 2_000);
  const libs = await libFigures(libFile);
  return { pairs, floors, rss: { rows: rssRows, maxRssKb: spread(rssRuns), jsonBytes }, jsonGrowth: growth, libs, libFile: path.relative(ROOT, libFile) };
}
