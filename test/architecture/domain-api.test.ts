import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';
import * as ts from 'typescript';

/*
 * The adapters (excel, xlsx, cli, the pane, the worksheet functions, the ribbon commands) reach the
 * domain through its public API only: the entry points in src/domain/api/, one per use, so that the
 * command line still loads only what a command needs. Inside the domain nothing imports the API
 * (it sits on top). This scan fails on the first import that goes around it.
 */

const SRC = resolve(__dirname, '../../src');
const DOMAIN = join(SRC, 'domain');
const API = join(DOMAIN, 'api');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const inside = (path: string, dir: string): boolean => path === dir || path.startsWith(dir + sep);

/**
 * The imports of one file that break the rule, as "file -> target" (src-relative). Every form
 * counts: static and type-only imports, re-exports, `require(...)` and `import(...)`.
 */
function apiViolations(file: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const fromDomain = inside(file, DOMAIN);
  const fromApi = inside(file, API);
  const out: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = resolve(dirname(file), fileName);
    const toApi = inside(target, API);
    const wrong = fromDomain ? !fromApi && toApi : inside(target, DOMAIN) && (!toApi || dirname(target) !== API);
    if (wrong) out.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
  }
  return out;
}

describe('the public domain API', () => {
  const files = sourceFiles(SRC);
  const entries = readdirSync(API).filter((name) => name.endsWith('.ts'));

  it('is what every adapter imports from the domain', () => {
    expect(files.flatMap((file) => apiViolations(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('sees the adapters it is meant to judge importing through it', () => {
    const importers = files.filter((file) => !inside(file, DOMAIN) && /domain\/api\//.test(readFileSync(file, 'utf8')));
    const folders = new Set(importers.map((file) => relative(SRC, file).split(sep)[0]));
    expect([...folders]).toEqual(expect.arrayContaining(['cli', 'excel', 'xlsx', 'taskpane', 'functions']));
  });

  it('has entries that only re-export, each saying what it is for', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const entry of entries) {
      const text = readFileSync(join(API, entry), 'utf8');
      const source = ts.createSourceFile(entry, text, ts.ScriptTarget.Latest);
      const own = source.statements.filter((s) => !(ts.isExportDeclaration(s) && s.moduleSpecifier));
      expect([entry, own.length]).toEqual([entry, 0]);
      expect([entry, /^\/\*\n \* Public domain API: /.test(text)]).toEqual([entry, true]);
    }
  });

  it('exports each name from one entry only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const entry of entries) {
      const source = ts.createSourceFile(entry, readFileSync(join(API, entry), 'utf8'), ts.ScriptTarget.Latest);
      for (const s of source.statements) {
        if (!ts.isExportDeclaration(s) || !s.exportClause || !ts.isNamedExports(s.exportClause)) continue;
        for (const el of s.exportClause.elements) {
          const name = el.name.text;
          if (seen.has(name)) twice.push(`${name}: ${seen.get(name)} and ${entry}`);
          else seen.set(name, entry);
        }
      }
    }
    expect(twice).toEqual([]);
  });

  it('the scan does report imports that go around it', () => {
    const adapter = join(SRC, 'cli', 'example.ts');
    const text = [
      "import { analyze } from '../domain/api/analyze';",
      "import type { Finding } from '../domain/check/types';",
      "export { toPoints } from '../domain/fixed';",
      "const registry = () => require('../domain/criteria/registry');",
      "type Later = typeof import('../domain/engine');",
      "import { x } from '../domain/api/inner/deeper';",
    ].join('\n');
    expect(apiViolations(adapter, text)).toEqual([
      'cli/example.ts -> domain/check/types',
      'cli/example.ts -> domain/fixed',
      'cli/example.ts -> domain/criteria/registry',
      'cli/example.ts -> domain/engine',
      'cli/example.ts -> domain/api/inner/deeper',
    ]);
    const internal = join(DOMAIN, 'check', 'example.ts');
    expect(apiViolations(internal, "import { analyze } from '../api/analyze';\nimport { fixed } from '../fixed';")).toEqual([
      'domain/check/example.ts -> domain/api/analyze',
    ]);
  });
});
