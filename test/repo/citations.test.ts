import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Code, tests, scripts and the bench cite the official documents by their short names in
 * docs/sources.md ("Kế hoạch Vĩnh Phúc 2024, Phụ lục", "QĐ 876/QĐ-BNV"), never a file that is not in
 * this repository: a reader of the repository has the documents, not our working copies of them.
 */
const ROOT = join(__dirname, '..', '..');
const SCANNED = ['src', 'test', 'scripts', 'bench'];
const THIS_FILE = relative(ROOT, __filename);

/** What a citation of an outside file looks like. Each is written so this list does not match itself. */
const OUTSIDE_CITATIONS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'the domain notes', pattern: new RegExp(['DOMAIN', 'md'].join('\\.')) },
  { what: 'a seed text by number', pattern: new RegExp(['seed', '?[ _-]?0\\d\\d'].join('s'), 'i') },
  { what: 'a seed text file', pattern: /\b\d{3}_[0-9a-f]{16}\.txt\b/ },
  { what: 'a transcription', pattern: new RegExp(['reference', '[\\w.-]+\\.(json|csv)'].join('/')) },
  { what: 'the shared folder', pattern: new RegExp(['\\.\\.', 'shared\\b'].join('/') + '|' + ['/work', 'shared'].join('/')) },
];

/** Text files only: fixtures such as .xlsx are binary. */
const TEXT = /\.(ts|tsx|js|cjs|mjs|json|md|py|csv|txt|html|css|sh|xml|yml|yaml)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path);
    return TEXT.test(entry.name) ? [path] : [];
  });
}

describe('citations', () => {
  const scanned = SCANNED.flatMap((dir) => files(join(ROOT, dir))).filter((path) => relative(ROOT, path) !== THIS_FILE);

  it('scans the source, test, script and bench files', () => {
    expect(scanned.length).toBeGreaterThan(300);
    expect(scanned.map((path) => relative(ROOT, path))).toContain('src/domain/criteria/data/par-2022.ts');
  });

  it('recognises each kind of outside citation', () => {
    const samples = [
      'see DOMAIN' + '.md:24',
      'seed ' + '003 prints',
      'Seeds ' + '000-004',
      '00' + '2_6c07113d2ed200cb.txt:528',
      'reference/' + 'criteria-2022.json',
      '/work/' + 'shared/domain',
      '../' + 'shared/seeds',
    ];
    for (const sample of samples) expect([sample, OUTSIDE_CITATIONS.some((c) => c.pattern.test(sample))]).toEqual([sample, true]);
    const fine = ['Kế hoạch Vĩnh Phúc 2024, Phụ lục', 'QĐ 876/QĐ-BNV', 'fc.assert(p, { seed: 12 })', 'shared strings'];
    for (const sample of fine) expect([sample, OUTSIDE_CITATIONS.some((c) => c.pattern.test(sample))]).toEqual([sample, false]);
  });

  it('cites no file outside the repository', () => {
    const found: string[] = [];
    for (const path of scanned) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const { what, pattern } of OUTSIDE_CITATIONS) {
            if (pattern.test(line)) found.push(`${relative(ROOT, path)}:${i + 1} cites ${what}: ${line.trim().slice(0, 120)}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
