import { execFileSync } from 'child_process';
import { rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/*
 * What a command loads, in a fresh process: `check` must not pay for exceljs (0.44 s to load) nor
 * for the schema library, and `--version` loads next to nothing (issue 12).
 */
const ROOT = join(__dirname, '..', '..');

function modulesLoadedBy(argv: readonly string[]): string[] {
  const script = `
    const { main } = require(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))});
    main(${JSON.stringify(argv)}, { stdout: () => {}, stderr: () => {} }).then(() => {
      process.stdout.write(JSON.stringify(Object.keys(require.cache)));
    });`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(out) as string[]).map((p) => p.replace(/\\/g, '/'));
}

describe('what each command loads', () => {
  it('check reads a workbook without exceljs or zod', () => {
    const loaded = modulesLoadedBy(['check', join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx')]);
    expect(loaded.some((p) => p.endsWith('/src/xlsx/read/package.ts'))).toBe(true);
    expect(loaded.filter((p) => /\/node_modules\/(exceljs|zod)\//.test(p))).toEqual([]);
  });

  it('score writes a first scored copy without exceljs, zod or fflate', () => {
    const out = join(tmpdir(), `par-lazy-${process.pid}.xlsx`);
    try {
      const loaded = modulesLoadedBy(['score', join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx'), '-o', out]);
      expect(loaded.some((p) => p.endsWith('/src/xlsx/package/apply-plan.ts'))).toBe(true);
      expect(loaded.filter((p) => /\/node_modules\/(exceljs|zod|fflate)\//.test(p))).toEqual([]);
    } finally {
      rmSync(out, { force: true });
    }
  });

  it('--version loads only the entry point and the argument parser', () => {
    const ours = modulesLoadedBy(['--version']).filter((p) => p.includes('/src/'));
    expect(ours.map((p) => p.slice(p.indexOf('/src/')))).toEqual(expect.arrayContaining(['/src/cli/main.ts', '/src/cli/args.ts']));
    expect(ours.length).toBeLessThanOrEqual(4);
  });
});
