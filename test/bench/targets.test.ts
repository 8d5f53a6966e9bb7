import type { AddinFigure, AddinResult, StepFigure, StepName } from '../../bench/addin';
import { QUICK } from '../../bench/profiles';
import { checkTargets, failedTargets } from '../../bench/targets';

const ms = { min: 0, median: 0, max: 0, runs: 1 };

function step(name: StepName, checkSyncs: number, writeSyncs: number, writeBytes: number): StepFigure {
  const syncs = name === 'check' ? 1 : checkSyncs + writeSyncs;
  const perSync = writeSyncs === 0 ? [] : Array<number>(writeSyncs).fill(writeBytes / writeSyncs);
  return {
    step: name,
    syncs,
    checkSyncs,
    writeSyncs,
    bytesPerSync: perSync,
    writeBytes,
    maxBytes: Math.max(0, ...perSync),
    totalBytes: writeBytes,
    localMs: ms,
    simulatedMs: ms,
    sleptMs: ms,
  };
}

function figure(rows: number, agencyWrite: { syncs: number; bytes: number }, checkSyncs = 2): AddinFigure {
  return {
    shape: 'score',
    rows,
    readResponseBytes: 0,
    steps: [step('check', 0, 0, 0), step('write-columns', checkSyncs, 1, 200_000), step('write-agency-sheets', checkSyncs, agencyWrite.syncs, agencyWrite.bytes)],
  };
}

function targets(small: AddinFigure, large: AddinFigure) {
  const addin: AddinResult = { latencyMs: 60, maxBytesPerSync: 5_000_000, ours: [small, large], naive: [], web: [] };
  const all = checkTargets({ ...QUICK, addinRows: [small.rows, large.rows] }, { addin });
  return { all, byId: (id: string) => all.find((t) => t.id === id)! };
}

describe('round-trip targets', () => {
  it('reports identical whole-flow counts as a conflict, not a failure, once a write must pass 1 MB', () => {
    const { all, byId } = targets(figure(1000, { syncs: 1, bytes: 300_000 }), figure(20000, { syncs: 3, bytes: 2_500_000 }));
    const same = byId('same-syncs-score');
    expect(same.passed).toBe(false);
    expect(same.enforced).toBe(false);
    expect(same.conflict).toContain('2.50 MB');
    expect(byId('same-fixed-syncs-score').passed).toBe(true);
    expect(failedTargets(all)).toEqual([]);
  });

  it('still fails differing counts when everything fits in one sync', () => {
    const { byId } = targets(figure(1000, { syncs: 1, bytes: 300_000 }), figure(20000, { syncs: 2, bytes: 900_000 }));
    const same = byId('same-syncs-score');
    expect(same.passed).toBe(false);
    expect(same.enforced).toBe(true);
    expect(same.conflict).toBeUndefined();
  });

  it('fails when the syncs before writing grow with the table', () => {
    const { all, byId } = targets(figure(1000, { syncs: 1, bytes: 300_000 }), figure(20000, { syncs: 3, bytes: 2_500_000 }, 3));
    expect(byId('same-fixed-syncs-score').passed).toBe(false);
    expect(failedTargets(all).map((t) => t.id)).toContain('same-fixed-syncs-score');
  });
});

describe('Excel on the web targets', () => {
  const web = (maxRequestBytes: number, maxResponseBytes: number, refused: number) => ({
    shape: 'task' as const,
    rows: 50_000,
    steps: [
      { step: 'check' as const, syncs: 5, refused, maxRequestBytes: 2_000, maxResponseBytes },
      { step: 'write-all' as const, syncs: 30, refused: 0, maxRequestBytes, maxResponseBytes: 1_000 },
    ],
  });
  const check = (figure: ReturnType<typeof web>) =>
    checkTargets(QUICK, { addin: { latencyMs: 60, maxBytesPerSync: 1_000_000, ours: [], naive: [], web: [figure] } }).find((t) => t.id === 'web-limits-task-50000')!;

  it('passes when every request and answer is within 5 MB and only the one-request read was refused', () => {
    expect(check(web(1_000_000, 3_600_000, 1)).passed).toBe(true);
  });

  it('fails on a request or an answer over 5 MB', () => {
    expect(check(web(5_300_000, 3_600_000, 1)).passed).toBe(false);
    expect(check(web(1_000_000, 5_300_000, 1)).passed).toBe(false);
  });
});
