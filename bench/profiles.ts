/** What one run measures: the full bench for RESULTS.md, or a quick one that only proves the script works. */
export interface Profile {
  readonly name: 'full' | 'quick';
  readonly engineRows: readonly number[];
  /** The two sizes whose time ratio shows how cost grows (the larger first). */
  readonly engineRatio: readonly [number, number];
  readonly engineRuns: number;
  readonly engineWarmups: number;
  /** In this process rather than one child per size (the test suite: no process start-ups; memory figures less clean). */
  readonly engineInProcess: boolean;
  readonly cliRows: number;
  readonly cliRuns: number;
  readonly addinRows: readonly [number, number];
  /** Rows at which the flow is measured with Excel on the web's request and response limits on. */
  readonly webRows: readonly number[];
  readonly addinRuns: number;
  /** Two sizes the naive flow is really run at; other sizes follow its per-row line. */
  readonly naiveRows: readonly [number, number];
  readonly latencyMs: number;
  readonly paneRuns: number;
  /** Timing targets fail the run only in the full profile (a quick run is too small to mean anything). */
  readonly enforceTiming: boolean;
}

export const FULL: Profile = {
  name: 'full',
  engineRows: [1000, 10000, 50000],
  engineRatio: [50000, 10000],
  engineRuns: 7,
  engineWarmups: 2,
  engineInProcess: false,
  cliRows: 10000,
  cliRuns: 3,
  addinRows: [1000, 20000],
  webRows: [1000, 20000, 50000],
  addinRuns: 3,
  naiveRows: [250, 1000],
  latencyMs: 60,
  paneRuns: 5,
  enforceTiming: true,
};

export const QUICK: Profile = {
  name: 'quick',
  engineRows: [200, 1000],
  engineRatio: [1000, 200],
  engineRuns: 2,
  engineWarmups: 1,
  engineInProcess: false,
  cliRows: 300,
  cliRuns: 1,
  addinRows: [200, 1000],
  webRows: [200, 1000],
  addinRuns: 1,
  naiveRows: [25, 100],
  latencyMs: 60,
  paneRuns: 1,
  enforceTiming: false,
};
