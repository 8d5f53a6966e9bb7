/**
 * `npm start`'s page: the real pane in a frame beside the fake workbook view. A newcomer's first
 * clicks must work: check, then a finding selects its cell in the view.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../../src/dev/paths';
import { serveStatic, type StaticServer } from '../../src/dev/static-server';
import { translator } from '../../src/i18n';
import { ensureBuilt } from './support/build';
import { launchChromium } from './support/chromium';

jest.setTimeout(240_000);

const STEP_MS = 30_000;

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(await ensureBuilt('playground'), { host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const origin = server.url.replace(/\/$/, '');
  // The playground must work offline: anything but our own server is refused.
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('shows the pane beside the example workbook, and a finding clicked in the pane is selected in the view', async () => {
  const t = translator('en');
  await page.goto(`${server.url}?lang=en`);
  await page.getByRole('tab', { name: 'Phụ lục I' }).waitFor({ timeout: STEP_MS });
  const pane = page.frameLocator('iframe.pane');
  await pane.getByRole('button', { name: t('pane.check'), exact: true }).click({ timeout: STEP_MS });
  await pane.getByTestId('summary').waitFor({ timeout: STEP_MS });
  const finding = pane.locator('[data-cell]').first();
  const cell = await finding.getAttribute('data-cell');
  await finding.click();
  await page.locator(`td.selected[data-address="${cell}"]`).waitFor({ timeout: STEP_MS });
  expect(await page.locator('td.selected').count()).toBe(1);
  await fs.mkdir(path.join(ROOT, 'test-artifacts'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'test-artifacts', 'playground-en.png') });
});

it('writes results into the workbook shown beside the pane', async () => {
  const t = translator('en');
  const pane = page.frameLocator('iframe.pane');
  await pane.getByRole('button', { name: t('pane.actions.write'), exact: true }).click();
  await page.locator('td', { hasText: t('sheet.col.subtotal') }).first().waitFor({ timeout: STEP_MS });
});

it('runs the ribbon command, whose result the pane shows', async () => {
  const t = translator('en');
  await page.getByRole('button', { name: t('pane.dev.reset'), exact: true }).click();
  const pane = page.frameLocator('iframe.pane');
  await pane.getByRole('button', { name: t('pane.check'), exact: true }).waitFor({ timeout: STEP_MS });
  expect(await pane.getByTestId('findings').count()).toBe(0);
  await page.getByRole('button', { name: t('pane.dev.ribbon'), exact: true }).click();
  await pane.getByTestId('findings').waitFor({ timeout: STEP_MS });
  expect(await page.getByRole('alert').count()).toBe(0);
});

it('offers an example whose header must be mapped by hand', async () => {
  const t = translator('en');
  await page.getByTestId('example-picker').selectOption('unlabelled-columns');
  const pane = page.frameLocator('iframe.pane');
  await pane.getByRole('button', { name: t('pane.check'), exact: true }).click({ timeout: STEP_MS });
  await pane.getByTestId('column-map').waitFor({ timeout: STEP_MS });
  expect(await pane.getByTestId('column-map').getByRole('spinbutton').inputValue()).toBe('6');
});
