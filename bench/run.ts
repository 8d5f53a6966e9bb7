/**
 * npm run bench (full, writes bench/RESULTS.md) and npm run bench:quick (small sizes, writes
 * bench/out/RESULTS.quick.md). Exits 1 when an enforced target is missed.
 *
 *   tsx bench/run.ts [--quick] [--only engine,cli,addin,pane,xlsx]
 *   tsx bench/run.ts --report-only [--quick]   re-renders the report from the last run's JSON (after editing NOTES.md)
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runAddin } from './addin';
import { ROOT } from './child';
import { runCli } from './cli';
import { runEngine } from './engine';
import { describeMachine } from './machine';
import { runPane } from './pane';
import { runXlsx } from './xlsx';
import { FULL, QUICK, type Profile } from './profiles';
import { renderReport, type BenchResult } from './report';
import { checkTargets, failedTargets } from './targets';

export type Section = 'engine' | 'cli' | 'addin' | 'pane' | 'xlsx';
export const SECTIONS: readonly Section[] = ['engine', 'cli', 'addin', 'pane', 'xlsx'];

const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);

export async function runBench(profile: Profile, sections: readonly Section[] = SECTIONS): Promise<BenchResult> {
  const machine = describeMachine();
  const started = performance.now();
  const timed = async <T>(name: Section, fn: () => Promise<T>): Promise<T | undefined> => {
    if (!sections.includes(name)) return undefined;
    log(`${name}…`);
    const t0 = performance.now();
    const out = await fn();
    log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return out;
  };
  const engine = await timed('engine', () => runEngine(profile));
  const cli = await timed('cli', () => runCli(profile));
  const addin = await timed('addin', () => runAddin(profile));
  const pane = await timed('pane', () => runPane(profile));
  const xlsx = await timed('xlsx', () => runXlsx(profile));
  const targets = checkTargets(profile, { ...(engine ? { engine } : {}), ...(addin ? { addin } : {}), ...(pane ? { pane } : {}), ...(xlsx ? { xlsx } : {}) });
  return {
    profile,
    machine,
    loadAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
    durationMs: performance.now() - started,
    ...(engine ? { engine } : {}),
    ...(cli ? { cli } : {}),
    ...(addin ? { addin } : {}),
    ...(pane ? { pane } : {}),
    ...(xlsx ? { xlsx } : {}),
    targets,
  };
}

function parseSections(argv: readonly string[]): Section[] {
  const i = argv.indexOf('--only');
  if (i < 0) return [...SECTIONS];
  const wanted = (argv[i + 1] ?? '').split(',').filter((s) => s !== '');
  const unknown = wanted.filter((s) => !SECTIONS.includes(s as Section));
  if (unknown.length > 0 || wanted.length === 0) throw new Error(`--only takes ${SECTIONS.join(',')}; got ${argv[i + 1] ?? 'nothing'}`);
  return wanted as Section[];
}

const OUT_DIR = path.join(ROOT, 'bench', 'out');

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const profile = argv.includes('--quick') ? QUICK : FULL;
  const json = path.join(OUT_DIR, `results-${profile.name}.json`);
  let result: BenchResult & { readonly sections?: readonly Section[] };
  let sections: readonly Section[];
  if (argv.includes('--report-only')) {
    const saved = JSON.parse(await fs.readFile(json, 'utf8')) as BenchResult & { sections?: Section[] };
    sections = saved.sections ?? SECTIONS;
    // The same figures, the targets judged again (their wording may have changed since).
    const { engine, addin, pane, xlsx } = saved;
    result = { ...saved, targets: checkTargets(saved.profile, { ...(engine ? { engine } : {}), ...(addin ? { addin } : {}), ...(pane ? { pane } : {}), ...(xlsx ? { xlsx } : {}) }) };
  } else {
    sections = parseSections(argv);
    result = { ...(await runBench(profile, sections)), sections };
    await fs.mkdir(OUT_DIR, { recursive: true });
    await fs.writeFile(json, `${JSON.stringify(result, null, 2)}\n`);
  }
  const notes = await fs.readFile(path.join(ROOT, 'bench', 'NOTES.md'), 'utf8').catch(() => '');
  const outDir = OUT_DIR;
  // Only a full run of every section may replace the committed results.
  const complete = result.profile.name === 'full' && sections.length === SECTIONS.length;
  const report = complete ? path.join(ROOT, 'bench', 'RESULTS.md') : path.join(outDir, `RESULTS.${result.profile.name}.md`);
  await fs.writeFile(report, renderReport(result, notes));
  log(`wrote ${path.relative(ROOT, report)}`);
  for (const t of result.targets) log(`${t.passed ? 'pass' : t.enforced ? 'FAIL' : t.conflict ? 'conflict' : 'miss'}  ${t.target}: ${t.measured}${t.conflict ? ` (${t.conflict})` : ''}`);
  const failed = failedTargets(result.targets);
  if (failed.length > 0) log(`${failed.length} target(s) missed`);
  return failed.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
