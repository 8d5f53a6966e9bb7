import { promises as fs } from 'fs';
import * as path from 'path';
import { execFile } from 'child_process';
import type { BuildTarget } from '../../../src/dev/build';
import { ROOT } from '../../../src/dev/paths';

/** Inputs whose change makes a bundle stale. */
const SOURCES = ['src', 'test/fakes', 'examples', 'webpack.config.js', 'config', 'package.json', 'manifest.xml', 'assets'];

/**
 * The add-in is built for the tests into a folder of their own: dist/web is what a developer's
 * `npm run build` made, perhaps for a province's address, and must be neither used nor replaced.
 */
const OUTPUTS: Readonly<Record<BuildTarget, string>> = {
  web: 'dist/test-web/taskpane.html',
  fake: 'dist/fake/fake-office.js',
  playground: 'dist/playground/index.html',
};

async function newestMtime(entry: string): Promise<number> {
  const stat = await fs.stat(entry).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const names = await fs.readdir(entry);
  const times = await Promise.all(names.map((name) => newestMtime(path.join(entry, name))));
  return Math.max(stat.mtimeMs, ...times);
}

/** In a child process: webpack inside Jest's module sandbox is slow and trips over realm checks. */
function runWebpackCli(target: BuildTarget): Promise<void> {
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  // The playground is built as `npm start` builds it; the add-in and the fake as shipped.
  const mode = target === 'playground' ? 'development' : 'production';
  const args = [cli, '--mode', mode, ...(target === 'web' ? ['--output-path', path.dirname(path.join(ROOT, OUTPUTS.web))] : ['--env', target])];
  // Built for the development address whatever the developer's shell says.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAR_SCORER_')));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`webpack (${target}) failed:\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

/**
 * One build per target at a time across Jest's worker processes: several test files (the pane
 * flow, the shared-runtime page) need the same bundle, and two webpack runs cleaning and writing
 * one dist folder at once would break each other. mkdir is atomic, so the lock is a directory.
 */
async function withBuildLock<T>(target: BuildTarget, body: () => Promise<T>): Promise<T> {
  const lock = path.join(ROOT, 'dist', `.building-${target}`);
  await fs.mkdir(path.dirname(lock), { recursive: true });
  const STALE_MS = 10 * 60_000;
  for (;;) {
    try {
      await fs.mkdir(lock);
      break;
    } catch {
      const since = await fs.stat(lock).then((s) => Date.now() - s.mtimeMs).catch(() => 0);
      // A run killed mid-build leaves its lock behind.
      if (since > STALE_MS) await fs.rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await body();
  } finally {
    await fs.rm(lock, { recursive: true, force: true });
  }
}

/**
 * Builds the production bundle (or the fake) unless the last build is newer than every source. A
 * stamp records when it ran: webpack leaves unchanged files untouched, so their dates say nothing.
 */
export async function ensureBuilt(target: BuildTarget): Promise<string> {
  const output = path.join(ROOT, OUTPUTS[target]);
  const stamp = path.join(ROOT, 'dist', `.built-${target}`);
  return withBuildLock(target, async () => {
    // Checked under the lock: another worker may have just built it.
    const outputThere = await fs.stat(output).then(() => true).catch(() => false);
    const built = outputThere ? await fs.stat(stamp).then((s) => s.mtimeMs).catch(() => 0) : 0;
    const sources = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(ROOT, s))))));
    if (built === 0 || sources > built) {
      const started = new Date();
      await runWebpackCli(target);
      // Dated when the build started: a source saved during the build makes the next run rebuild.
      await fs.writeFile(stamp, started.toISOString());
      await fs.utimes(stamp, started, started);
    }
    return path.dirname(output);
  });
}
