/**
 * Section 5: the task pane's production bundle (npm run build = webpack --mode production) and its
 * time to first render in headless Chromium (the one test/browser launches), with the CDN's office.js answered by the fake
 * Office/Excel bundle (as test/browser does, through its support code).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../src/dev/static-server';
import { readExampleSpec } from '../src/dev/xlsx-to-spec';
import { ensureBuilt } from '../test/browser/support/build';
import { launchChromium, OFFICE_JS_URL } from '../test/browser/support/chromium';
import { fakeOfficeScript } from '../test/browser/support/fake-office';
import { ROOT } from './child';
import type { Profile } from './profiles';
import { spread, type Spread } from './stats';

export interface BundleFile {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface PaneResult {
  /** What taskpane.html loads before the first render: the page and its own scripts and styles. */
  readonly firstRender: readonly BundleFile[];
  readonly firstRenderRaw: number;
  readonly firstRenderGzip: number;
  /** Every other .js of dist/web (the ribbon commands page), for completeness. */
  readonly otherScripts: readonly BundleFile[];
  /** first-contentful-paint: the loading state painted. */
  readonly firstPaintMs: Spread;
  /** The pane itself (its main region) in the DOM, Office ready and the service connected. */
  readonly paneReadyMs: Spread;
}

const EXAMPLE = path.join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx');

async function sizeOf(dir: string, file: string): Promise<BundleFile> {
  const body = await fs.readFile(path.join(dir, file));
  // Level 9, as a static host precompresses; the default level (6) is within 1% on this bundle.
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Local scripts and stylesheets the page references (the CDN's office.js is not ours). */
function referencedAssets(html: string): string[] {
  // Minified HTML leaves attribute values unquoted.
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=("?)([^"\s>]+)\1/g)].map((m) => m[2]!);
  return refs.filter((r) => !/^[a-z]+:\/\//i.test(r) && !r.startsWith('//'));
}

export async function measureBundle(webDir: string): Promise<Omit<PaneResult, 'firstPaintMs' | 'paneReadyMs'>> {
  const html = await fs.readFile(path.join(webDir, 'taskpane.html'), 'utf8');
  const assets = referencedAssets(html);
  const firstRender = [await sizeOf(webDir, 'taskpane.html'), ...(await Promise.all(assets.map((a) => sizeOf(webDir, a))))];
  const others = (await fs.readdir(webDir)).filter((f) => f.endsWith('.js') && !assets.includes(f));
  return {
    firstRender,
    firstRenderRaw: firstRender.reduce((a, f) => a + f.raw, 0),
    firstRenderGzip: firstRender.reduce((a, f) => a + f.gzip, 0),
    otherScripts: await Promise.all(others.map((f) => sizeOf(webDir, f))),
  };
}

const INIT_SCRIPT = `
  window.__benchPaneReady = null;
  new MutationObserver(function (_, observer) {
    if (window.__benchPaneReady === null && document.querySelector('main[aria-busy]')) {
      window.__benchPaneReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

async function renderOnce(browser: Browser, url: string, origin: string, officeScript: string): Promise<{ firstPaint: number; paneReady: number }> {
  // A fresh context per run: nothing cached from the run before.
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(INIT_SCRIPT);
    await page.route('**/*', async (route) => {
      const requested = route.request().url();
      if (requested.startsWith(origin)) return route.continue();
      if (requested === OFFICE_JS_URL) return route.fulfill({ status: 200, body: officeScript, contentType: 'text/javascript; charset=utf-8' });
      return route.abort();
    });
    await page.goto(url);
    await page.locator('main[aria-busy]').waitFor({ timeout: 60_000 });
    const timings = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { firstPaint: paint ? paint.startTime : Number.NaN, paneReady: (window as unknown as { __benchPaneReady: number }).__benchPaneReady };
    });
    return timings;
  } finally {
    await context.close();
  }
}

export async function runPane(profile: Profile): Promise<PaneResult> {
  const [webDir, fakeDir, spec] = await Promise.all([ensureBuilt('web'), ensureBuilt('fake'), readExampleSpec(EXAMPLE)]);
  const bundle = await measureBundle(webDir);
  const officeScript = await fakeOfficeScript(fakeDir, spec, 'vi-VN');
  const server = await serveStatic(webDir, { host: '127.0.0.1', port: 0 });
  const browser = await launchChromium();
  try {
    const origin = server.url.replace(/\/$/, '');
    // One unmeasured load: chromium's own first start (profile, fonts) is not the pane's cost.
    await renderOnce(browser, `${server.url}taskpane.html`, origin, officeScript);
    const runs: { firstPaint: number; paneReady: number }[] = [];
    for (let i = 0; i < profile.paneRuns; i++) runs.push(await renderOnce(browser, `${server.url}taskpane.html`, origin, officeScript));
    return { ...bundle, firstPaintMs: spread(runs.map((r) => r.firstPaint)), paneReadyMs: spread(runs.map((r) => r.paneReady)) };
  } finally {
    await browser.close();
    await server.close();
  }
}
