import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'fs';
import Module from 'module';
import { homedir } from 'os';
import { dirname, join } from 'path';
import { Script } from 'vm';
import * as zlib from 'zlib';

/*
 * A code cache for the CLI's own modules (Node 20 has no module.enableCompileCache). A command-line
 * run is short: parsing and compiling our modules, and compiling each function the first time it
 * runs, is a large part of it. V8 can serialise what it compiled after a run (vm.Script's
 * createCachedData) and take it back next time; it checks the source and its own version and flags,
 * and rejects data that does not match, in which case the module is compiled as usual and the cache
 * written again. Measured in bench/NOTES.md ("Start-up"); PAR_SCORER_NO_CODE_CACHE=1 turns it off.
 */

interface Loaded {
  readonly file: string;
  readonly sum: number;
  readonly script: Script;
}

interface ModuleStatics {
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: unknown): string;
}

interface ModuleInternals {
  _compile(content: string, filename: string): unknown;
}

/** A file name for the install and Node version (not a security measure: crypto is not loaded for it). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Per user, never shared: data in the cache is run as code. */
function cacheFile(root: string, variant: string): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const key = fnv1a(`${root}\0${process.version}\0${process.arch}${variant === '' ? '' : `\0${variant}`}`);
  return join(base, 'par-scorer', `code-${key}.bin`);
}

interface CachedModule {
  /** A checksum of the source the data was made from. */
  readonly sum: number;
  readonly data: Buffer;
}

/**
 * V8 checks only the source's length against the data, not its text: a module edited to the same
 * length would run its old code. The checksum of the source is kept beside the data and compared.
 */
function checksum(source: string | Uint8Array): number {
  const crc32 = (zlib as { crc32?: (data: string | Uint8Array) => number }).crc32;
  if (crc32) return crc32(source) >>> 0;
  let h = 0x811c9dc5;
  if (typeof source === 'string') for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193) >>> 0;
  else for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source[i]!, 0x01000193) >>> 0;
  return h;
}

/**
 * The cache file: a 4-byte length, a JSON index (file -> [start, end, source checksum, data
 * checksum]), then the data. V8 does not check the data itself: damaged data aborts the process
 * (a fatal error in its deserializer), so data whose checksum differs is never handed to it.
 */
function readCache(file: string): Map<string, CachedModule> {
  const out = new Map<string, CachedModule>();
  try {
    const fd = openSync(file, 'r');
    try {
      const stat = fstatSync(fd);
      // Only the user's own file: another user's could hold any code.
      if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return out;
    } finally {
      closeSync(fd);
    }
    const bytes = readFileSync(file);
    const length = bytes.readUInt32LE(0);
    const index = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Record<string, [number, number, number, number]>;
    const data = bytes.subarray(4 + length);
    for (const [name, [start, end, sum, dataSum]] of Object.entries(index)) {
      const moduleData = data.subarray(start, end);
      if (checksum(moduleData) === dataSum) out.set(name, { sum, data: moduleData });
    }
  } catch {
    // No cache yet, or an unreadable one: compile as usual.
  }
  return out;
}

function writeCache(file: string, entries: ReadonlyMap<string, CachedModule>): void {
  const index: Record<string, [number, number, number, number]> = {};
  const parts: Buffer[] = [];
  let at = 0;
  for (const [name, { sum, data }] of entries) {
    index[name] = [at, at + data.length, sum, checksum(data)];
    parts.push(data);
    at += data.length;
  }
  const head = Buffer.from(JSON.stringify(index), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([length, head, ...parts]), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs the next run its compile time.
  }
}

/**
 * Compiles the modules under `root` (the built CLI) through the cache from now on. At exit, when a
 * module was compiled without usable data, the cache is written again with what this run compiled
 * (functions compiled lazily included) and what it held for modules this run did not load.
 *
 * `variant` keeps a cache of its own: the CLI bundled in one file is one module, whose data holds the
 * functions the run that wrote it compiled, and is never written again while it is accepted; each
 * command keeps its own, so what `score` compiles is cached even when `check` ran first.
 */
export function useCompileCache(root: string, variant = ''): void {
  if (process.env.PAR_SCORER_NO_CODE_CACHE === '1') return;
  let file: string;
  try {
    file = cacheFile(root, variant);
  } catch {
    return; // No home folder to keep a cache in: compile as usual.
  }
  const cached = readCache(file);
  const loaded: Loaded[] = [];
  let stale = false;
  const proto = Module.prototype as unknown as ModuleInternals;
  const compile = proto._compile;
  proto._compile = function (this: Module, content: string, filename: string): unknown {
    if (!filename.startsWith(root)) return compile.call(this, content, filename);
    const sum = checksum(content);
    const entry = cached.get(filename);
    const cachedData = entry && entry.sum === sum ? entry.data : undefined;
    const script = new Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (!cachedData || script.cachedDataRejected) stale = true;
    loaded.push({ file: filename, sum, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const moduleRequire = Object.assign((id: string) => this.require(id), {
      resolve: (request: string, options?: { paths?: string[] }) => (Module as unknown as ModuleStatics)._resolveFilename(request, this, false, options),
      main: require.main,
      cache: require.cache,
    });
    return wrapper.call(this.exports, this.exports, moduleRequire, this, filename, dirname(filename));
  };
  process.once('exit', () => {
    if (!stale) return;
    const entries = new Map(cached);
    for (const { file: name, sum, script } of loaded) entries.set(name, { sum, data: script.createCachedData() });
    writeCache(file, entries);
  });
}
