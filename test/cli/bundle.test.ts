import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BUNDLE_NAME, writeBundle } from '../../src/cli/bundle';

/*
 * The CLI bundled in one file (src/cli/bundle.ts) must load its modules as Node loads them one by
 * one: the same exports, __filename and __dirname, relative and index requests, Node's own modules
 * and files that are not bundled, modules that require each other, and a module required only when
 * asked for runs only then. Each way runs in a fresh process, on the same built modules.
 */
describe('the bundled CLI', () => {
  let dist: string;

  beforeEach(() => {
    dist = join(mkdtempSync(join(tmpdir(), 'par-bundle-')), 'dist');
    const files: Record<string, string> = {
      'cli/main.js':
        '"use strict";\n' +
        "const { sum } = require('../domain/sum');\n" +
        "const shape = require('../domain/shape');\n" +
        "const { join } = require('path');\n" +
        "const data = require('../data.json');\n" +
        "const { a } = require('../domain/cycle-a');\n" +
        'exports.main = () => ({ sum: sum([1, 2, 3]), shape: shape.kind, data, a: a(), here: __filename, dir: __dirname, joined: join(__dirname, "x"),\n' +
        '  strict: (function () { return this === undefined; })(), lazyRanBefore: globalThis.lazyRan === true, lazy: require("./lazy").value, lazyRanAfter: globalThis.lazyRan === true });\n',
      'cli/lazy.js': 'globalThis.lazyRan = true;\nexports.value = "lazy";\n',
      'domain/sum.js': 'exports.sum = (xs) => xs.reduce((t, x) => t + x, 0);\n',
      'domain/shape/index.js': "exports.kind = 'index';\n",
      'domain/cycle-a.js': "exports.early = 1;\nconst b = require('./cycle-b');\nexports.a = () => b.b();\n",
      // Required while cycle-a is still running: it sees what cycle-a had exported by then.
      'domain/cycle-b.js': "const a = require('./cycle-a');\nconst seen = Object.keys(a).join(',');\nexports.b = () => `b saw ${seen}`;\n",
      'data.json': '{ "json": true }\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dist, name, '..'), { recursive: true });
      writeFileSync(join(dist, name), text);
    }
  });

  afterEach(() => rmSync(join(dist, '..'), { recursive: true, force: true }));

  function run(load: string): unknown {
    return JSON.parse(execFileSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify((${load}).main()))`], { encoding: 'utf8' }));
  }

  it('loads every module as Node does, each only when it is required', () => {
    const plain = run(`require(${JSON.stringify(join(dist, 'cli', 'main.js'))})`);
    const bundle = writeBundle(dist);
    expect(bundle).toBe(join(dist, BUNDLE_NAME));
    const bundled = run(`require(${JSON.stringify(bundle)})('cli/main.js')`);
    expect(bundled).toEqual(plain);
    expect(plain).toMatchObject({
      sum: 6,
      shape: 'index',
      data: { json: true },
      a: 'b saw early',
      here: join(dist, 'cli', 'main.js'),
      dir: join(dist, 'cli'),
      strict: true,
      lazyRanBefore: false,
      lazy: 'lazy',
      lazyRanAfter: true,
    });
  });

  it('does not bundle itself, the code cache or a bundle written before', () => {
    writeFileSync(join(dist, 'cli', 'compile-cache.js'), 'exports.cache = 1;\n');
    writeFileSync(join(dist, 'cli', 'bundle.js'), 'exports.bundle = 1;\n');
    const first = writeBundle(dist);
    const text = execFileSync(process.execPath, ['-e', `process.stdout.write(require('fs').readFileSync(${JSON.stringify(first)}, 'utf8'))`], { encoding: 'utf8' });
    expect(text).toContain('"cli/main.js"');
    expect(text).not.toContain('"cli/compile-cache.js"');
    expect(text).not.toContain('"cli/bundle.js"');
    writeBundle(dist);
    expect(run(`require(${JSON.stringify(first)})('cli/main.js')`)).toMatchObject({ sum: 6 });
  });

  it('holds only the modules the entry can load; one it reaches by a computed name still loads', () => {
    // What the browser tests build into dist/, and a module left behind by a deleted source file.
    mkdirSync(join(dist, 'test-web'), { recursive: true });
    writeFileSync(join(dist, 'test-web', 'taskpane.js'), 'exports.pane = 1;\n');
    writeFileSync(join(dist, 'domain', 'orphan.js'), 'exports.orphan = 1;\n');
    writeFileSync(
      join(dist, 'cli', 'computed.js'),
      "const which = ['hid', 'den'].join('');\nexports.main = () => ({ sum: require('../domain/' + which).hidden([2, 3]) });\n",
    );
    writeFileSync(join(dist, 'domain', 'hidden.js'), "exports.hidden = (xs) => require('./sum').sum(xs);\n");
    writeFileSync(join(dist, 'cli', 'main.js'), `${"exports.computed = () => require('./computed');\n"}${readFileSync(join(dist, 'cli', 'main.js'), 'utf8')}`);
    const bundle = writeBundle(dist);
    const names = [...readFileSync(bundle, 'utf8').matchAll(/^__defs\["([^"]+)"\]/gm)].map((m) => m[1]);
    expect(names).toEqual(['cli/computed.js', 'cli/lazy.js', 'cli/main.js', 'domain/cycle-a.js', 'domain/cycle-b.js', 'domain/shape/index.js', 'domain/sum.js']);
    expect(run(`require(${JSON.stringify(bundle)})('cli/main.js').computed()`)).toEqual({ sum: 5 });
    expect(names).not.toContain('domain/hidden.js');
  });
});

