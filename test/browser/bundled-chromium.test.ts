/**
 * The browser the tests use on a machine with only Node.js: the one inside the @sparticuz/chromium
 * package, unpacked with its own libraries and fonts. Vietnamese must render with real glyphs, or
 * every screenshot of the pane would show boxes.
 */
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { brotliDecompressSync } from 'zlib';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { ROOT } from '../../src/dev/paths';
import { bundledChromium } from './support/bundled-chromium';
import { CHROMIUM_ARGS } from './support/chromium';
import { untar } from './support/untar';

jest.setTimeout(120_000);

const VIETNAMESE = 'Kiểm tra và tính điểm Chỉ số CCHC: Sở Nội vụ, Phụ lục I, Ủy ban nhân dân tỉnh Đắk Lắk, ữ ỹ ặ ộ';

describe('the browser shipped in the npm package', () => {
  let browser: Browser;

  beforeAll(async () => {
    // Started directly, not through launchChromium: this must pass whatever CHROMIUM_PATH says.
    const bundled = await bundledChromium();
    browser = await chromium.launch({ executablePath: bundled.executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...bundled.env } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is unpacked under node_modules/.cache, not a system path', async () => {
    const bundled = await bundledChromium();
    // node_modules by its real path: a checkout may reach it through a symbolic link.
    const cache = path.join(await fs.realpath(path.join(ROOT, 'node_modules')), '.cache');
    expect(bundled.executablePath.startsWith(cache + path.sep)).toBe(true);
    expect(browser.version()).toMatch(new RegExp(`^${bundled.version.split('.')[0]}\\.`));
  });

  it('renders every Vietnamese letter from one real font, with no fallback', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(`<p id="text" style="font-family: 'Segoe UI', sans-serif">${VIETNAMESE}</p>`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#text' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.map((f) => f.familyName)).toEqual(['Open Sans']);
      // Every character of the sentence (spaces and punctuation included) drawn from that font.
      expect(fonts[0]!.glyphCount).toBe([...VIETNAMESE].length);
    } finally {
      await page.close();
    }
  });
});

describe('untar', () => {
  it('extracts the package font archive as GNU tar lists it', async () => {
    const dir = await fs.mkdtemp(path.join(tmpdir(), 'par-untar-'));
    try {
      const entry = require.resolve('@sparticuz/chromium', { paths: [ROOT] });
      const archive = brotliDecompressSync(await fs.readFile(path.resolve(path.dirname(entry), '..', '..', 'bin', 'fonts.tar.br')));
      const written = await untar(archive, dir);
      // `tar tvf fonts.tar` of @sparticuz/chromium 143.0.4: a fonts.conf and three Open Sans files.
      expect(written.map((f) => path.relative(dir, f)).sort()).toEqual([
        'fonts.conf',
        'fonts/Open_Sans/OpenSans-Bold.ttf',
        'fonts/Open_Sans/OpenSans-Italic.ttf',
        'fonts/Open_Sans/OpenSans-Regular.ttf',
      ]);
      expect((await fs.stat(path.join(dir, 'fonts/Open_Sans/OpenSans-Regular.ttf'))).size).toBe(147528);
      expect((await fs.stat(path.join(dir, 'fonts.conf'))).size).toBe(259);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an entry that would land outside the target folder', async () => {
    const header = Buffer.alloc(512);
    header.write('../escape.txt', 0, 'utf8');
    header.write('0000644\0', 100, 'ascii');
    header.write('00000000000\0', 124, 'ascii');
    header.write('0', 156, 'ascii');
    const dir = await fs.mkdtemp(path.join(tmpdir(), 'par-untar-'));
    try {
      await expect(untar(Buffer.concat([header, Buffer.alloc(1024)]), dir)).rejects.toThrow(/outside the target folder/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
