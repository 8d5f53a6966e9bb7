import { existsSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { join, posix } from 'path';

/*
 * The built CLI as one file (run after tsc by `npm run build:cli`). A command loads about a hundred
 * of our modules, and Node resolves, stats, reads and compiles each on its own: 6-7% of a `check`'s
 * CPU on the example workbooks and at 10,000 rows (bench/NOTES.md, "Reader round 2"). Each module
 * keeps its own function in the bundle, which runs only when it is first required: what a command
 * loads lazily stays lazy. A request the bundle does not hold (Node's own modules, exceljs, zod, a
 * file that is not a module) is handed to Node's require as before.
 */

export const BUNDLE_NAME = 'cli.bundle.js';

/** The module loader at the head of the bundle: `__dist` is where the modules were built, so __dirname and __filename stay theirs. */
const PRELUDE = `'use strict';
const __path = require('path');
const __dist = __dirname;
const __defs = Object.create(null);
const __done = Object.create(null);
function __requireFrom(dir) {
  return function (id) {
    if (id[0] !== '.') return require(id);
    let name = __path.posix.join(dir, id);
    if (__defs[name + '.js'] !== undefined) name += '.js';
    else if (__defs[name + '/index.js'] !== undefined) name += '/index.js';
    else if (__defs[name] === undefined) return require(__path.join(__dist, name));
    return __load(name);
  };
}
function __load(name) {
  const done = __done[name];
  if (done !== undefined) return done.exports;
  const module = { exports: {} };
  __done[name] = module;
  const dir = __path.posix.dirname(name);
  __defs[name].call(module.exports, module.exports, __requireFrom(dir), module, __path.join(__dist, name), __path.join(__dist, dir));
  return module.exports;
}
`;

/** The CLI's entry, the one module the bin asks the bundle for. */
const ENTRY = 'cli/main.js';

/** A relative request written as a literal, as tsc emits `import` and our lazy `require` calls. */
const RELATIVE_REQUIRE = /\brequire\((['"])(\.\.?\/[^'"\n]*)\1\)/g;

/** The built module a relative request from `dir` names, as the bundle's loader resolves it; undefined when none. */
function resolveModule(dist: string, dir: string, id: string): string | undefined {
  const name = posix.join(dir, id);
  for (const candidate of [`${name}.js`, `${name}/index.js`, name]) {
    if (candidate.endsWith('.js') && existsSync(join(dist, ...candidate.split('/')))) return candidate;
  }
  return undefined;
}

/**
 * The modules the entry can load, following the relative requests written as literals. Only these
 * are bundled: dist/ also holds what the tests build there (the task pane and the fake Office for
 * the browser tests, 1.3 MB), and every byte of the bundle is read and checksummed by each run. A
 * request the walk cannot see (one not written as a literal) still works: the loader hands what
 * the bundle does not hold to Node's require.
 */
function reachableModules(dist: string, skip: ReadonlySet<string>): string[] {
  const seen = new Set<string>([ENTRY]);
  const queue = [ENTRY];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const text = readFileSync(join(dist, ...name.split('/')), 'utf8');
    for (const match of text.matchAll(RELATIVE_REQUIRE)) {
      const found = resolveModule(dist, posix.dirname(name), match[2]!);
      if (found === undefined || seen.has(found) || skip.has(found)) continue;
      seen.add(found);
      queue.push(found);
    }
  }
  return [...seen].sort();
}

/**
 * The bundle's text for the modules built in `dist` that the entry can load (names relative to it,
 * with '/'). Loading it gives a function that requires one of them by that name:
 * `require(bundle)('cli/main.js')`.
 */
function bundleText(dist: string, skip: ReadonlySet<string>): string {
  const parts = [PRELUDE];
  for (const name of reachableModules(dist, skip)) {
    // The source starts on a line of its own, so a "use strict" directive stays the first statement.
    parts.push(`__defs[${JSON.stringify(name)}] = function (exports, require, module, __filename, __dirname) {\n${readFileSync(join(dist, ...name.split('/')), 'utf8')}\n};\n`);
  }
  parts.push('module.exports = __load;\n');
  return parts.join('');
}

/** Writes the bundle beside the modules (through a temporary file: a run never sees half of it). */
export function writeBundle(dist: string): string {
  const out = join(dist, BUNDLE_NAME);
  // The loader and the bundler are not part of any command.
  const text = bundleText(dist, new Set(['cli/compile-cache.js', 'cli/bundle.js', BUNDLE_NAME]));
  writeFileSync(`${out}.tmp`, text);
  renameSync(`${out}.tmp`, out);
  return out;
}

if (require.main === module) writeBundle(join(__dirname, '..'));
