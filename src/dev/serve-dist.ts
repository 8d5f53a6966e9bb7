import { promises as fs } from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { translator } from '../i18n';
import type { Lang, Translate } from '../i18n/types';
import { ROOT } from './paths';
import { serveStatic, type StaticServer } from './static-server';

/**
 * `npm run serve:dist`: serves a built dist/web over HTTPS with the certificate and key it is
 * given, so a province can pilot the add-in from one machine on its office network before it has a
 * web server. Office loads add-in pages over HTTPS only, from a certificate the officers' computers
 * trust.
 */

interface ServeDistOptions {
  readonly dir: string;
  readonly certFile: string;
  readonly keyFile: string;
  readonly port: number;
  readonly host: string;
}

export interface ServedDist {
  readonly server: StaticServer;
  /** Where the built manifest points (its SourceLocation's folder). */
  readonly manifestBase: string;
  /** What to tell whoever started it, in order: where it serves, the manifest, any warnings. */
  readonly lines: readonly string[];
}

export class ServeDistError extends Error {}

const DEV_BASE_URL: string = (require(path.join(ROOT, 'config', 'urls.js')) as { DEV_BASE_URL: string }).DEV_BASE_URL;

/**
 * Icons may be cached, as Office asks of every image URL of a manifest; pages and scripts are
 * revalidated, so an update of dist/web reaches the officers at their next start of Excel.
 */
function distCacheControl(file: string): string {
  return /\.(png|ico|svg)$/i.test(file) ? 'public, max-age=86400' : 'no-cache';
}

async function readOption(t: Translate, file: string, option: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new ServeDistError(t('serve.error.unreadable', { file, option, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}

/** The folder the built manifest's SourceLocation is in, e.g. https://cchc.example.vn/par-scorer. */
function manifestBase(xml: string): string {
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? '';
  return source.replace(/\/[^/]*$/, '');
}

function defaultPort(url: URL): number {
  return url.port ? Number(url.port) : 443;
}

export async function serveDist(options: ServeDistOptions, lang: Lang = 'en'): Promise<ServedDist> {
  const t = translator(lang);
  for (const file of ['manifest.xml', 'taskpane.html']) {
    const there = await fs.stat(path.join(options.dir, file)).then((s) => s.isFile(), () => false);
    if (!there) throw new ServeDistError(t('serve.error.notBuilt', { dir: options.dir, file }));
  }
  const [cert, key, manifest] = await Promise.all([
    readOption(t, options.certFile, '--cert'),
    readOption(t, options.keyFile, '--key'),
    fs.readFile(path.join(options.dir, 'manifest.xml'), 'utf8'),
  ]);
  let server: StaticServer;
  try {
    server = await serveStatic(options.dir, { host: options.host, port: options.port, tls: { cert, key }, cacheControl: distCacheControl });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ServeDistError(t('serve.error.portBusy', { port: options.port }));
    if (code === 'EACCES') throw new ServeDistError(t('serve.error.portDenied', { port: options.port }));
    // Node's TLS layer refuses a bad PEM or a key that does not match the certificate here.
    throw new ServeDistError(t('serve.error.badCertificate', { reason: (error as Error).message }));
  }
  const base = manifestBase(manifest);
  const lines = [
    t('serve.serving', { url: server.url, dir: options.dir }),
    t('serve.manifest', { manifest: path.join(options.dir, 'manifest.xml'), base }),
  ];
  if (base.startsWith(DEV_BASE_URL)) lines.push(t('serve.warn.devBuild', { base }));
  else if (/^https:\/\//.test(base) && defaultPort(new URL(base)) !== server.port) {
    lines.push(t('serve.warn.portMismatch', { expected: defaultPort(new URL(base)), port: server.port }));
  }
  return { server, manifestBase: base, lines };
}

function langOf(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const given = index === -1 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  const chosen = given ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return /^vi/i.test(chosen) ? 'vi' : 'en';
}

/** The options of a command line (without "node" and the script), or a ServeDistError saying what is wrong. */
export function parseServeArgs(argv: readonly string[], t: Translate): ServeDistOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        cert: { type: 'string' },
        key: { type: 'string' },
        port: { type: 'string', default: '8443' },
        host: { type: 'string', default: '0.0.0.0' },
        dir: { type: 'string', default: path.join(ROOT, 'dist', 'web') },
        lang: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new ServeDistError(`${t('serve.error.badOption', { detail: (error as Error).message })}\n\n${t('serve.usage')}`);
  }
  for (const option of ['cert', 'key'] as const) {
    if (typeof values[option] !== 'string') throw new ServeDistError(`${t('serve.error.missingOption', { option: `--${option}` })}\n\n${t('serve.usage')}`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ServeDistError(t('serve.error.badPort', { port: String(values.port) }));
  return {
    certFile: path.resolve(String(values.cert)),
    keyFile: path.resolve(String(values.key)),
    port,
    host: String(values.host),
    dir: path.resolve(String(values.dir)),
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const lang = langOf(argv);
  const t = translator(lang);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${t('serve.usage')}\n`);
    return;
  }
  const served = await serveDist(parseServeArgs(argv, t), lang);
  process.stdout.write(`${served.lines.join('\n')}\n`);
  const stop = () => {
    void served.server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
