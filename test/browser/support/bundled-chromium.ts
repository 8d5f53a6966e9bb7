import { createReadStream, createWriteStream, promises as fs } from 'fs';
import * as path from 'path';
import { pipeline } from 'stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'zlib';
import { ROOT } from '../../../src/dev/paths';
import { untar } from './untar';

/** What playwright needs to start the browser that ships inside the @sparticuz/chromium package. */
export interface BundledChromium {
  readonly executablePath: string;
  /** Its own NSS/expat libraries and a fontconfig file naming its own fonts (Open Sans, with Vietnamese). */
  readonly env: Readonly<Record<string, string>>;
  readonly version: string;
}

const PACKAGE = '@sparticuz/chromium';

/**
 * The package root. Its exports map lets only the entry point be resolved, which lies in build/cjs:
 * the compressed browser is in bin/ two folders up.
 */
function packageRoot(): string {
  let entry: string;
  try {
    entry = require.resolve(PACKAGE, { paths: [ROOT] });
  } catch {
    throw new Error(`${PACKAGE} is not installed: run npm install, or set CHROMIUM_PATH to a Chrome or Chromium`);
  }
  return path.resolve(path.dirname(entry), '..', '..');
}

function fontconfig(dir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${path.join(dir, 'fonts')}</dir>`,
    `  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Unpacks the browser into `partial`, written for its final place `dir`. The package's own
 * executablePath() is made for AWS Lambda: it unpacks into a fixed /tmp/chromium shared by every
 * caller and trusts whatever it finds there, so two test workers could start a half-written file.
 */
async function unpack(bin: string, partial: string, dir: string): Promise<void> {
  await fs.mkdir(partial, { recursive: true });
  await pipeline(createReadStream(path.join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(partial, 'chromium'), { mode: 0o755 }));
  // The Amazon Linux 2023 libraries: the binary links NSS and expat, which a bare Node machine may lack.
  await untar(brotliDecompressSync(await fs.readFile(path.join(bin, 'al2023.tar.br'))), partial);
  await untar(brotliDecompressSync(await fs.readFile(path.join(bin, 'fonts.tar.br'))), partial);
  await fs.writeFile(path.join(partial, 'fonts.conf'), fontconfig(dir));
}

let pending: Promise<BundledChromium> | undefined;

/**
 * The browser of the @sparticuz/chromium package (Linux x64 only), unpacked once per version into
 * node_modules/.cache. Jest's workers may race here: each unpacks into its own folder and renames
 * it into place, and a folder under the final name is always complete.
 */
export function bundledChromium(): Promise<BundledChromium> {
  pending ??= (async () => {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(`${PACKAGE} ships a browser for Linux x64 only; on ${process.platform}/${process.arch} set CHROMIUM_PATH to a Chrome or Chromium`);
    }
    const root = packageRoot();
    const { version } = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    // The real path: fonts.conf names its folders in full, and a node_modules reached through a
    // symbolic link (a git worktree sharing another checkout's) may later be reached by another.
    const modules = await fs.realpath(path.join(ROOT, 'node_modules'));
    const dir = path.join(modules, '.cache', 'par-scorer', `chromium-${version}`);
    const result: BundledChromium = {
      executablePath: path.join(dir, 'chromium'),
      env: { LD_LIBRARY_PATH: path.join(dir, 'lib'), FONTCONFIG_FILE: path.join(dir, 'fonts.conf') },
      version,
    };
    if (await fs.stat(dir).then(() => true, () => false)) {
      // A copy unpacked under another path would find no fonts: every page would crash drawing text.
      const conf = path.join(dir, 'fonts.conf');
      if ((await fs.readFile(conf, 'utf8').catch(() => '')) !== fontconfig(dir)) await fs.writeFile(conf, fontconfig(dir));
      return result;
    }
    const partial = `${dir}.partial-${process.pid}-${Date.now()}`;
    try {
      await unpack(path.join(root, 'bin'), partial, dir);
      await fs.rename(partial, dir).catch(async (error: NodeJS.ErrnoException) => {
        // Another worker got there first with a complete copy.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
    } finally {
      await fs.rm(partial, { recursive: true, force: true });
    }
    return result;
  })();
  return pending;
}
