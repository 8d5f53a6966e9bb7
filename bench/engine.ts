/** Section 1: the engine (analyze: read + check + score + agency summary; then the write plan), one child process per size. */
import { runTs } from './child';
import { measureEngine, STAGES, type EngineSample, type Stage } from './engine-child';
import type { Profile } from './profiles';
import { SHAPES, type Shape } from './sheets';
import { spread, type Spread } from './stats';

export interface EngineFigure {
  readonly shape: Shape;
  readonly rows: number;
  readonly tableRows: number;
  readonly findings: number;
  readonly agencies: number;
  readonly planBlocks: number;
  readonly analyzeWall: Spread;
  readonly analyzeCpu: Spread;
  readonly planWall: Spread;
  readonly planCpu: Spread;
  readonly heapGrowth: Spread;
  /** Median wall ms of each step of analyze, timed one by one. */
  readonly stages: Readonly<Record<Stage, number>>;
  readonly retainedHeap: number | null;
  /** Peak RSS of the child above what it held once the grid was built. */
  readonly peakRssDelta: number;
  readonly peakRss: number;
}

export interface EngineResult {
  readonly figures: readonly EngineFigure[];
  /** Median time of the larger size over the smaller one, per shape (CPU and wall). */
  readonly ratios: readonly { readonly shape: Shape; readonly cpu: number; readonly wall: number; readonly sizes: readonly [number, number] }[];
}

async function inChild(shape: Shape, rows: number, profile: Profile): Promise<EngineSample> {
  const run = await runTs('engine-child.ts', [shape, String(rows), String(profile.engineRuns), String(profile.engineWarmups)], ['--expose-gc']);
  if (run.code !== 0) throw new Error(`engine child ${shape} ${rows} exited ${run.code}:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as EngineSample;
}

export async function runEngine(profile: Profile): Promise<EngineResult> {
  const figures: EngineFigure[] = [];
  for (const rows of profile.engineRows) {
    for (const shape of SHAPES) {
      const s = profile.engineInProcess
        ? measureEngine(shape, rows, profile.engineRuns, profile.engineWarmups)
        : await inChild(shape, rows, profile);
      figures.push({
        shape,
        rows,
        tableRows: s.tableRows,
        findings: s.findings,
        agencies: s.agencies,
        planBlocks: s.planBlocks,
        analyzeWall: spread(s.analyzeWall),
        analyzeCpu: spread(s.analyzeCpu),
        planWall: spread(s.planWall),
        planCpu: spread(s.planCpu),
        heapGrowth: spread(s.heapGrowth),
        stages: Object.fromEntries(STAGES.map((st) => [st, spread(s.stages[st]).median])) as Record<Stage, number>,
        retainedHeap: s.retainedHeap,
        peakRssDelta: s.maxRssAfter - s.maxRssBefore,
        peakRss: s.maxRssAfter,
      });
    }
  }
  const [big, small] = profile.engineRatio;
  const ratios = SHAPES.map((shape) => {
    const a = figures.find((f) => f.shape === shape && f.rows === big)!;
    const b = figures.find((f) => f.shape === shape && f.rows === small)!;
    return { shape, cpu: a.analyzeCpu.median / b.analyzeCpu.median, wall: a.analyzeWall.median / b.analyzeWall.median, sizes: [big, small] as const };
  });
  return { figures, ratios };
}
