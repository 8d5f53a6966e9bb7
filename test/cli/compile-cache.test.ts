import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/*
 * The CLI's code cache (src/cli/compile-cache.ts), in fresh processes: modules under the root run the
 * same with or without it, a cache is written once and then reused, and a damaged or foreign cache
 * is never trusted blindly: V8 rejects it and the modules are compiled as usual.
 */
const CACHE_MODULE = join(__dirname, '..', '..', 'src', 'cli', 'compile-cache.ts');

describe('the code cache', () => {
  let dir: string;
  let root: string;
  let cacheHome: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'par-code-cache-'));
    root = join(dir, 'dist') + '/';
    cacheHome = join(dir, 'cache');
    execFileSync('mkdir', ['-p', root]);
    writeFileSync(join(root, 'sum.js'), "const { double } = require('./double.js');\nexports.sum = (xs) => xs.reduce((a, x) => a + double(x), 0);\n");
    writeFileSync(join(root, 'double.js'), 'exports.double = (x) => x * 2;\nexports.where = __filename;\n');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function run(env: Record<string, string> = {}, variant = ''): string {
    const script = `
      require(${JSON.stringify(CACHE_MODULE)}).useCompileCache(${JSON.stringify(root)}, ${JSON.stringify(variant)});
      const { sum } = require(${JSON.stringify(join(root, 'sum.js'))});
      const { where } = require(${JSON.stringify(join(root, 'double.js'))});
      process.stdout.write(JSON.stringify({ sum: sum([1, 2, 3]), where, resolved: require.resolve(${JSON.stringify(join(root, 'sum.js'))}) }));`;
    return execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome, PAR_SCORER_NO_CODE_CACHE: '', ...env },
    });
  }

  const cacheFiles = (): string[] => readdirSync(join(cacheHome, 'par-scorer')).map((f) => join(cacheHome, 'par-scorer', f));

  it('runs the modules as without it, writes the cache once and reuses it', () => {
    const expected = { sum: 12, where: join(root, 'double.js'), resolved: join(root, 'sum.js') };
    expect(JSON.parse(run({ PAR_SCORER_NO_CODE_CACHE: '1' }))).toEqual(expected);
    expect(JSON.parse(run())).toEqual(expected);
    const [file] = cacheFiles();
    expect(cacheFiles()).toHaveLength(1);
    const written = statSync(file!).mtimeMs;
    const bytes = readFileSync(file!);
    expect(JSON.parse(run())).toEqual(expected);
    // Nothing was compiled without data the second time: the file is not written again.
    expect(statSync(file!).mtimeMs).toBe(written);
    expect(readFileSync(file!).equals(bytes)).toBe(true);
  });

  it('compiles as usual when the cache is damaged, and writes a good one', () => {
    run();
    const [file] = cacheFiles();
    const damaged = readFileSync(file!);
    // Keep the index, spoil the data V8 would take back.
    for (let i = damaged.length - 64; i < damaged.length; i++) damaged[i] = 0;
    writeFileSync(file!, damaged);
    expect(JSON.parse(run()).sum).toBe(12);
    expect(readFileSync(file!).equals(damaged)).toBe(false);
    writeFileSync(file!, 'not a cache');
    expect(JSON.parse(run()).sum).toBe(12);
  });

  it('recompiles a module whose source changed since the cache was written', () => {
    run();
    writeFileSync(join(root, 'double.js'), 'exports.double = (x) => x * 3;\nexports.where = __filename;\n');
    expect(JSON.parse(run()).sum).toBe(18);
  });

  it('keeps a cache per variant (each command of the bundled CLI), each written once', () => {
    expect(JSON.parse(run({}, 'bundle-check')).sum).toBe(12);
    expect(cacheFiles()).toHaveLength(1);
    expect(JSON.parse(run({}, 'bundle-score')).sum).toBe(12);
    expect(cacheFiles()).toHaveLength(2);
    const times = cacheFiles().map((f) => statSync(f).mtimeMs);
    expect(JSON.parse(run({}, 'bundle-check')).sum).toBe(12);
    expect(JSON.parse(run({}, 'bundle-score')).sum).toBe(12);
    expect(cacheFiles().map((f) => statSync(f).mtimeMs)).toEqual(times);
  });
});
