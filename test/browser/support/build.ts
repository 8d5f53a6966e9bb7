import { promises as fs } from 'fs';
import * as path from 'path';
import { ROOT, runWebpack, type BuildTarget } from '../../../src/dev/build';

/** Inputs whose change makes a bundle stale. */
const SOURCES = ['src', 'test/fakes', 'webpack.config.js', 'package.json', 'manifest.xml', 'assets'];

const OUTPUTS: Readonly<Record<Exclude<BuildTarget, 'playground'>, string>> = {
  web: 'dist/web/taskpane.html',
  fake: 'dist/fake/fake-office.js',
};

async function newestMtime(entry: string): Promise<number> {
  const stat = await fs.stat(entry).catch(() => null);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const names = await fs.readdir(entry);
  const times = await Promise.all(names.map((name) => newestMtime(path.join(entry, name))));
  return Math.max(stat.mtimeMs, ...times);
}

/** Builds the production bundle (or the fake) unless the existing output is newer than every source. */
export async function ensureBuilt(target: Exclude<BuildTarget, 'playground'>): Promise<string> {
  const output = path.join(ROOT, OUTPUTS[target]);
  const built = await fs.stat(output).then((s) => s.mtimeMs).catch(() => 0);
  const sources = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(ROOT, s))))));
  if (built === 0 || sources > built) await runWebpack(target, 'production');
  return path.dirname(output);
}
