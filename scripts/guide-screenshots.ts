/**
 * The task pane pictures of the installation guide (docs/huong-dan-cai-dat.md, docs/install-guide.md):
 * the production build in headless Chromium, office.js answered by the fake Office/Excel with the
 * Đắk Lắk example loaded, as the browser tests run it. `npm run docs:screenshots` writes docs/images/.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../src/dev/paths';
import { serveStatic } from '../src/dev/static-server';
import { readExampleSpec } from '../src/dev/xlsx-to-spec';
import { translator } from '../src/i18n';
import type { Lang } from '../src/i18n/types';
import { ensureBuilt } from '../test/browser/support/build';
import { OFFICE_JS_URL, launchChromium } from '../test/browser/support/chromium';
import { fakeOfficeScript } from '../test/browser/support/fake-office';
import { openPane, type OfficeAnswer } from '../test/browser/support/pane-page';

const OUT = path.join(ROOT, 'docs', 'images');
const EXAMPLE = path.join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx');
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const STEP_MS = 30_000;

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  process.stdout.write(`${path.relative(ROOT, file)}\n`);
}

async function inExcel(browser: Browser, serverUrl: string, fakeDir: string, lang: Lang): Promise<void> {
  const t = translator(lang);
  const script = await fakeOfficeScript(fakeDir, await readExampleSpec(EXAMPLE), lang === 'vi' ? 'vi-VN' : 'en-US');
  const office: OfficeAnswer = async (url) => (url === OFFICE_JS_URL ? { body: script, contentType: 'text/javascript; charset=utf-8' } : null);
  const page = await openPane(browser, serverUrl, office, { locale: lang === 'vi' ? 'vi-VN' : 'en-US', height: 640 });
  try {
    const check = page.getByRole('button', { name: t('pane.check'), exact: true });
    await check.waitFor({ timeout: STEP_MS });
    // The pane reads the sheet's name and criteria first; the button is enabled once that is done.
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: STEP_MS });
    // A trial click waits until the button is enabled without pressing it.
    await check.click({ trial: true, timeout: STEP_MS });
    await shoot(page, `pane-open-${lang}.png`);
    await check.click();
    await page.getByTestId('summary').waitFor({ timeout: STEP_MS });
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: STEP_MS });
    await page.setViewportSize({ width: 320, height: 900 });
    await shoot(page, `pane-checked-${lang}.png`);
    const finding = page.locator('[data-cell]').first();
    await finding.click();
    await page.getByRole('heading', { level: 2 }).last().scrollIntoViewIfNeeded();
    await finding.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -360));
    await shoot(page, `pane-findings-${lang}.png`);
  } finally {
    await page.close();
  }
}

async function outsideExcel(browser: Browser, serverUrl: string, lang: Lang): Promise<void> {
  const office: OfficeAnswer = async (url) => {
    const file = path.join(OFFICE_DIST, new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, ''));
    if (!file.startsWith(OFFICE_DIST + path.sep)) return null;
    const body = await fs.readFile(file).catch(() => null);
    return body ? { body, contentType: 'text/javascript; charset=utf-8' } : null;
  };
  const page = await openPane(browser, serverUrl, office, { locale: lang === 'vi' ? 'vi-VN' : 'en-US', height: 420 });
  try {
    await page.getByTestId('outside-office').waitFor({ timeout: STEP_MS });
    await shoot(page, `pane-outside-office-${lang}.png`);
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  const [webDir, fakeDir] = await Promise.all([ensureBuilt('web'), ensureBuilt('fake')]);
  const server = await serveStatic(webDir, { host: '127.0.0.1', port: 0 });
  const browser = await launchChromium();
  try {
    for (const lang of ['vi', 'en'] as const) {
      await inExcel(browser, server.url, fakeDir, lang);
      await outsideExcel(browser, server.url, lang);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
