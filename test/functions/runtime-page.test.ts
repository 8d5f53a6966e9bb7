/**
 * The shared runtime's page as built for production (dist/web/taskpane.html), in chromium: the
 * worksheet functions, the ribbon command and the pane run in one page. The CDN's office.js is
 * answered by the fake Office bundle plus a stand-in for the CustomFunctions global, which the real
 * shared runtime provides.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../../src/dev/paths';
import { serveStatic, type StaticServer } from '../../src/dev/static-server';
import { readExampleSpec } from '../../src/dev/xlsx-to-spec';
import { ensureBuilt } from '../browser/support/build';
import { OFFICE_JS_URL, launchChromium } from '../browser/support/chromium';

jest.setTimeout(240_000);

const EXAMPLE = path.join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx');

const CUSTOM_FUNCTIONS_STANDIN = `
window.__CF__ = { ids: [] , fns: {} };
window.CustomFunctions = {
  associate: function (id, fn) { window.__CF__.ids.push(id); window.__CF__.fns[id] = fn; },
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};`;

interface PageGlobals {
  __CF__: { ids: string[]; fns: Record<string, (...args: unknown[]) => unknown> };
  __PAR_OFFICE__: { actions: Map<string, unknown>; invokeAction(id: string): Promise<void>; taskpaneShows(): number };
}

let browser: Browser;
let server: StaticServer;
let webDir: string;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const [web, fakeDir, spec] = await Promise.all([ensureBuilt('web'), ensureBuilt('fake'), readExampleSpec(EXAMPLE)]);
  webDir = web;
  const bundle = await fs.readFile(path.join(fakeDir, 'fake-office.js'), 'utf8');
  const office = [
    bundle,
    CUSTOM_FUNCTIONS_STANDIN,
    '(function () {',
    '  var fake = window.__PAR_FAKE__;',
    `  fake.current = fake.createFakeWorkbook(${JSON.stringify(spec)});`,
    "  window.__PAR_OFFICE__ = fake.installFakeOffice(window, fake.current, { displayLanguage: 'vi-VN' });",
    '})();',
  ].join('\n');
  server = await serveStatic(webDir, { host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const origin = server.url.replace(/\/$/, '');
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, body: office, contentType: 'text/javascript; charset=utf-8' });
    return route.abort();
  });
  await page.goto(`${server.url}taskpane.html`);
  await page.locator('main').waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

describe('taskpane.html, the shared runtime', () => {
  it('serves functions.vi.json generated from the functions source, and its English functions.json', async () => {
    const config = require(path.join(ROOT, 'config', 'functions-metadata.js')) as {
      localize(metadataJson: string, texts: unknown): string;
      englishTexts(): unknown;
    };
    const fresh = await generateCustomFunctionsMetadata(path.join(ROOT, 'src', 'functions', 'functions.ts'));
    const builtVi = JSON.parse(await fs.readFile(path.join(webDir, 'functions.vi.json'), 'utf8')) as unknown;
    const builtEn = JSON.parse(await fs.readFile(path.join(webDir, 'functions.json'), 'utf8')) as unknown;
    expect(builtVi).toEqual(JSON.parse(fresh.metadataJson));
    expect(builtEn).toEqual(JSON.parse(config.localize(fresh.metadataJson, config.englishTexts())));
    const served = await page.evaluate(async () => Promise.all(['functions.json', 'functions.vi.json'].map(async (f) => (await fetch(f)).json())));
    expect(served).toEqual([builtEn, builtVi]);
  });

  it('registers the four worksheet functions, which answer in the page', async () => {
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__CF__.ids)).toEqual(['MAXPOINTS', 'NAME', 'PARENT', 'CHECK']);
    const results = await page.evaluate(() => {
      const { fns } = (window as unknown as PageGlobals).__CF__;
      const attempt = (call: () => unknown) => {
        try {
          return { value: call() };
        } catch (error) {
          return { error: { ...(error as object) } };
        }
      };
      return {
        max: attempt(() => fns.MAXPOINTS!('1')),
        name: attempt(() => fns.NAME!(1.1, 'par-2017')),
        parent: attempt(() => fns.PARENT!('2.1.1')),
        check: attempt(() => fns.CHECK!('1.1', 'Thực hiện Kế hoạch CCHC năm', 2, 'par-2017')),
        unknownMax: attempt(() => fns.MAXPOINTS!('1.1')),
      };
    });
    expect(results).toEqual({
      max: { value: 9.5 },
      name: { value: 'Thực hiện Kế hoạch CCHC năm' },
      parent: { value: '2.1' },
      check: { value: 'max-mismatch' },
      unknownMax: { error: { code: '#N/A', message: 'Bộ tiêu chí par-2022 chưa có điểm tối đa cho 1.1.' } },
    });
  });

  it('runs the ribbon command in the same page, and the pane shows its check', async () => {
    await page.waitForFunction(() => (window as unknown as PageGlobals).__PAR_OFFICE__.actions.has('checkTotals'), undefined, { timeout: 30_000 });
    await page.evaluate(() => (window as unknown as PageGlobals).__PAR_OFFICE__.invokeAction('checkTotals'));
    await page.getByTestId('summary').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__PAR_OFFICE__.taskpaneShows())).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
