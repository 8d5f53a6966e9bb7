/**
 * One engine measurement in its own process (node --expose-gc --import tsx): one shape, one size,
 * so the peak memory it reports is this size's alone. Prints one JSON line (EngineSample). The
 * test suite calls measureEngine in-process instead (Profile.engineInProcess).
 */
import { summarizeAgencies } from '../src/domain/agencies';
import { checkTable, DEFAULT_TOLERANCE } from '../src/domain/check';
import { criteriaIndex, detectCriteriaSet, getCriteriaSet } from '../src/domain/criteria';
import { analyze } from '../src/domain/engine';
import type { Grid } from '../src/domain/grid';
import { buildStructure, scoreTable } from '../src/domain/score';
import { detectPlanYear, readTable } from '../src/domain/table';
import { buildWritePlan } from '../src/domain/plan/build';
import { translator } from '../src/i18n';
import { asGrid, generated, type Shape } from './sheets';

export interface EngineSample {
  readonly shape: Shape;
  readonly rows: number;
  readonly tableRows: number;
  readonly findings: number;
  readonly agencies: number;
  /** Rectangles the write plan holds (table columns, summary and agency sheets). */
  readonly planBlocks: number;
  /** Per measured run, milliseconds. */
  readonly analyzeWall: number[];
  readonly analyzeCpu: number[];
  readonly planWall: number[];
  readonly planCpu: number[];
  /** Where analyze's time goes: its stages run one by one, wall ms per measured run. */
  readonly stages: Record<Stage, number[]>;
  /** Bytes the heap grew during one analysis, garbage included (before any collection). */
  readonly heapGrowth: number[];
  /** Bytes the result still holds after a full collection (null without --expose-gc). */
  readonly retainedHeap: number | null;
  /** The process's peak resident memory, and what it was before the first analysis (grid built). */
  readonly maxRssBefore: number;
  readonly maxRssAfter: number;
}

export const STAGES = ['read', 'detect', 'check', 'score', 'agencies'] as const;
export type Stage = (typeof STAGES)[number];

/** The steps of analyze (src/domain/engine.ts) timed one by one, with its default options. */
function stageTimes(grid: Grid): Record<Stage, number> {
  const lap = (() => {
    let last = performance.now();
    return () => {
      const now = performance.now();
      const ms = now - last;
      last = now;
      return ms;
    };
  })();
  // Options of the fields analyze passes, so that these calls teach V8 no second options shape.
  const read = readTable(grid, { overrides: undefined, planYear: detectPlanYear(grid) });
  if (!read.ok) throw new Error('no table');
  const codes: string[] = [];
  const names: string[] = [];
  for (const row of read.table.rows) {
    codes.push(...row.code.codes);
    const name = row.name?.text || row.code.rest;
    if (name) names.push(name);
  }
  const t = { read: lap() } as Record<Stage, number>;
  const detected = detectCriteriaSet(codes, names);
  const index = criteriaIndex(getCriteriaSet(detected.id));
  t.detect = lap();
  // As analyze does: the structure is built once, in the check step, and handed to score.
  const structure = buildStructure(read.table.rows, index);
  checkTable(read.table, index, { tolerance: DEFAULT_TOLERANCE, mixedMethodology: detected.mixed, mixedKind: undefined, mixedWith: undefined }, structure);
  t.check = lap();
  const { lines } = scoreTable(read.table, index, structure);
  t.score = lap();
  summarizeAgencies(read.table, lines);
  t.agencies = lap();
  return t;
}

/** Without --expose-gc (in-process, in the test suite) memory figures include uncollected garbage. */
function canCollect(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** Two full collections: what the first one's weak processing frees goes too (for the retained-heap figure). */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

/** Idle time after the collection, for the work V8 finishes on its worker threads. */
const SETTLE_MS = 150;

/**
 * One full collection before a timed run, then a short idle wait: the heap holds the grid and
 * nothing of earlier runs, and V8 has finished on its worker threads what that collection left
 * them (sweeping the freed pages of the previous run and its write plan). Without the wait that
 * work ran during the next analysis and was counted in its CPU time (20-30 ms of worker-thread
 * time at 10,000 rows). A second collection in a row frees nothing more but hands the freed pages
 * back to the OS, and the run after it paid 20-40 ms of system time faulting them in again. Both
 * are costs of the measurement, not of the engine; a user's click, too, comes after idle time.
 */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** Measures one shape and size in this process (the parent spawns one process per call). */
export function measureEngine(shape: Shape, rows: number, runs: number, warmups: number): EngineSample {
  const grid = asGrid(generated(shape, rows));
  const t = translator('vi');
  collect();
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;

  const sample: { -readonly [K in keyof EngineSample]: EngineSample[K] } = {
    shape,
    rows,
    tableRows: 0,
    findings: 0,
    agencies: 0,
    planBlocks: 0,
    analyzeWall: [],
    analyzeCpu: [],
    planWall: [],
    planCpu: [],
    stages: { read: [], detect: [], check: [], score: [], agencies: [] },
    heapGrowth: [],
    retainedHeap: 0,
    maxRssBefore,
    maxRssAfter: 0,
  };
  for (let i = 0; i < warmups + runs; i++) {
    settle();
    const heap0 = process.memoryUsage().heapUsed;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = analyze(grid);
    const wall = performance.now() - t0;
    const cpu = cpuMs(cpu0);
    const heap1 = process.memoryUsage().heapUsed;
    if (!result.ok) throw new Error(`no table in the generated ${shape} sheet: ${JSON.stringify(result.failure)}`);
    const cpu1 = process.cpuUsage();
    const t1 = performance.now();
    const built = buildWritePlan(result.analysis, {
      grid,
      previous: null,
      existingSheets: [grid.sheet],
      t,
      lang: 'vi',
      include: { tableColumns: true, summary: true, agencySheets: true },
    });
    const planWall = performance.now() - t1;
    const planCpu = cpuMs(cpu1);
    if (!built.ok) throw new Error(`plan conflicts: ${JSON.stringify(built.conflicts)}`);
    if (i < warmups) continue;
    sample.analyzeWall.push(wall);
    sample.analyzeCpu.push(cpu);
    sample.planWall.push(planWall);
    sample.planCpu.push(planCpu);
    sample.heapGrowth.push(heap1 - heap0);
    // After the write plan's garbage is collected and swept, as for the measured run.
    settle();
    const stages = stageTimes(grid);
    for (const stage of STAGES) sample.stages[stage].push(stages[stage]);
    if (i === warmups + runs - 1) {
      const a = result.analysis;
      Object.assign(sample, {
        tableRows: a.table.rows.length,
        findings: a.findings.length,
        agencies: a.agencies.length,
        planBlocks: built.plan.sheets.reduce((n, s) => n + s.blocks.length, 0),
      });
    }
  }
  // What a result holds: the heap with one alive, minus the heap once it is dropped.
  let keep: unknown = analyze(grid);
  collect();
  const withResult = process.memoryUsage().heapUsed;
  if (keep === null) throw new Error('unreachable');
  keep = null;
  collect();
  sample.retainedHeap = canCollect() ? withResult - process.memoryUsage().heapUsed : null;
  sample.maxRssAfter = process.resourceUsage().maxRSS * 1024;
  return sample;
}

if (require.main === module) {
  const [shape, rows, runs, warmups] = process.argv.slice(2);
  if (shape !== 'score' && shape !== 'task') throw new Error(`shape? ${shape}`);
  process.stdout.write(`${JSON.stringify(measureEngine(shape, Number(rows), Number(runs), Number(warmups ?? 1)))}\n`);
}
