/**
 * Proves the benchmark script works, on sizes small enough for the test suite: the sections run,
 * report figures of the right shape, the structural targets are checked (and hold), and the
 * report renders. The real figures come from `npm run bench` (bench/RESULTS.md).
 */
import { QUICK, type Profile } from '../../bench/profiles';
import { renderReport } from '../../bench/report';
import { runBench } from '../../bench/run';
import { failedTargets } from '../../bench/targets';
import { spread } from '../../bench/stats';

const TINY: Profile = {
  ...QUICK,
  engineRows: [60, 240],
  engineRatio: [240, 60],
  engineRuns: 2,
  engineWarmups: 0,
  engineInProcess: true,
  addinRows: [50, 1000],
  naiveRows: [10, 40],
};

describe('spread', () => {
  it('gives min, median and max of any order', () => {
    expect(spread([5, 1, 3])).toEqual({ min: 1, median: 3, max: 5, runs: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4, runs: 4 });
    expect(() => spread([])).toThrow();
  });
});

describe('the quick bench (engine and add-in sections)', () => {
  let result: Awaited<ReturnType<typeof runBench>>;

  beforeAll(async () => {
    result = await runBench(TINY, ['engine', 'addin']);
  }, 120_000);

  it('measures the engine per shape and size', () => {
    const engine = result.engine!;
    expect(engine.figures.map((f) => `${f.shape} ${f.rows}`)).toEqual(['score 60', 'task 60', 'score 240', 'task 240']);
    for (const f of engine.figures) {
      expect(f.tableRows).toBe(f.rows);
      expect(f.analyzeCpu.runs).toBe(2);
      expect(f.analyzeWall.min).toBeGreaterThan(0);
      expect(f.analyzeWall.min).toBeLessThanOrEqual(f.analyzeWall.median);
      expect(f.analyzeWall.median).toBeLessThanOrEqual(f.analyzeWall.max);
      // In-process, without --expose-gc, what a result retains cannot be told from garbage.
      expect(f.retainedHeap).toBeNull();
      // Heap growth without a forced GC first may even be negative (a collection mid-run): only its presence is checked.
      expect(f.heapGrowth.runs).toBe(2);
      expect(Number.isFinite(f.heapGrowth.median)).toBe(true);
      expect(f.planBlocks).toBeGreaterThan(0);
    }
    expect(engine.ratios.map((r) => r.shape)).toEqual(['score', 'task']);
    expect(engine.ratios.every((r) => r.cpu > 0 && Number.isFinite(r.cpu))).toBe(true);
    expect(result.cli).toBeUndefined();
    expect(result.pane).toBeUndefined();
  });

  it('counts the add-in syncs on the fake and the naive baseline on the same fake', () => {
    const addin = result.addin!;
    expect(addin.ours.map((f) => `${f.shape} ${f.rows}`)).toEqual(['score 50', 'score 1000', 'task 50', 'task 1000']);
    for (const f of addin.ours) {
      expect(f.steps.map((s) => s.step)).toEqual(['check', 'write-columns', 'write-agency-sheets']);
      expect(f.steps[0]!.syncs).toBe(1);
      for (const s of f.steps) {
        expect(s.bytesPerSync).toHaveLength(s.syncs);
        expect(s.simulatedMs.median).toBeGreaterThanOrEqual(s.syncs * addin.latencyMs);
      }
    }
    const naive = addin.naive.filter((n) => n.shape === 'score');
    expect(naive.map((n) => [n.rows, n.measured])).toEqual([
      [10, true],
      [40, true],
      [50, false],
      [1000, false],
    ]);
    // One sync per row each way: the syncs grow with the rows, and the line says so at 1,000.
    expect(naive[1]!.syncs - naive[0]!.syncs).toBe(2 * 30);
    expect(naive[3]!.syncs).toBeGreaterThan(2000);
  });

  it('checks the targets: the structural ones hold, timing is not enforced in a quick run', () => {
    const ids = result.targets.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['read-syncs-score-50', 'max-sync-task-1000', 'same-syncs-score', 'same-fixed-syncs-score', 'naive-score', 'naive-task', 'engine-ratio-score']));
    expect(result.targets.filter((t) => t.id.startsWith('engine')).every((t) => !t.enforced)).toBe(true);
    expect(failedTargets(result.targets)).toEqual([]);
  });

  it('renders a report with the machine, the targets and every section run', () => {
    const text = renderReport(result, '## Notes\n\nhand-written');
    expect(text).toContain(`node ${process.version}`);
    expect(text).toContain('## Targets');
    expect(text).toContain('## 1. Engine');
    expect(text).toContain('## 3. Add-in flow on the fake Excel');
    expect(text).toContain('## 4. Naive baseline');
    expect(text).not.toContain('## 5. Task pane');
    expect(text.trimEnd().endsWith('hand-written')).toBe(true);
  });
});
