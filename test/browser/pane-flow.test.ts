/**
 * The production build in headless Chromium: the CDN's office.js is answered by the fake
 * Office/Excel bundle, and the whole flow runs against the fake workbook, in both languages.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../../src/dev/paths';
import { viewSheets, type ViewSheet, type ViewValue } from '../../src/dev/snapshot-view';
import { serveStatic, type StaticServer } from '../../src/dev/static-server';
import { withUnlabelledHeader } from '../../src/dev/unlabelled-example';
import { readExampleSpec, type ExampleWorkbookSpec } from '../../src/dev/xlsx-to-spec';
import { translator } from '../../src/i18n';
import type { Lang } from '../../src/i18n/types';
import { ensureBuilt } from './support/build';
import { OFFICE_JS_URL, launchChromium } from './support/chromium';
import { fakeOfficeScript } from './support/fake-office';
import { openPane as openPaneAt, type OfficeAnswer } from './support/pane-page';

jest.setTimeout(240_000);

const EXAMPLE = path.join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const STEP_MS = 30_000;
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

let browser: Browser;
let server: StaticServer;
let fakeDir: string;
let spec: ExampleWorkbookSpec;

beforeAll(async () => {
  const [webDir, builtFake, example] = await Promise.all([ensureBuilt('web'), ensureBuilt('fake'), readExampleSpec(EXAMPLE)]);
  fakeDir = builtFake;
  spec = example;
  server = await serveStatic(webDir, { host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
  await fs.mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that can reach only our server; office.js comes from `office`. */
function openPane(office: OfficeAnswer, locale = 'en-US'): Promise<Page> {
  return openPaneAt(browser, server.url, office, { locale });
}

async function snapshot(page: Page): Promise<ViewSheet[]> {
  return viewSheets(await page.evaluate(() => (window as unknown as { __PAR_FAKE__: { current: { snapshot(): unknown } } }).__PAR_FAKE__.current.snapshot()));
}

/** Waits until the pane is idle again, and fails with the pane's own words if it shows an error. */
async function settled(page: Page): Promise<void> {
  await page.locator('main[aria-busy="false"]').waitFor({ timeout: STEP_MS });
  const error = page.getByTestId('error');
  if ((await error.count()) > 0) throw new Error(`The pane shows an error: ${await error.innerText()}`);
}

const blank = (v: ViewValue | undefined) => v === undefined || v === null || v === '';

const original = () => spec.sheets[0]!;
const originalWidth = () => Math.max(...original().cells.map((r) => r.length));

/** The example's own cells (within its width) that no longer hold what was loaded. */
function changedUserCells(sheets: readonly ViewSheet[]): string[] {
  const table = sheets.find((s) => s.name === original().name);
  if (!table) return ['sheet missing'];
  const changed: string[] = [];
  const rows = Math.max(table.values.length, original().cells.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < originalWidth(); c++) {
      const want = original().cells[r]?.[c];
      const got = table.values[r]?.[c];
      if (blank(want) ? !blank(got) : got !== want) changed.push(`R${r + 1}C${c + 1}: ${JSON.stringify(want)} -> ${JSON.stringify(got)}`);
    }
  }
  return changed;
}

/** Cells right of the example's columns (where the tool writes) that hold anything. */
function outputCells(sheets: readonly ViewSheet[]): ViewValue[] {
  const table = sheets.find((s) => s.name === original().name);
  return (table?.values ?? []).flatMap((row) => row.slice(originalWidth())).filter((v) => !blank(v));
}

describe.each(['vi', 'en'] as const)('task pane in %s, production build, fake Excel', (lang: Lang) => {
  const t = translator(lang);
  let page: Page;

  beforeAll(async () => {
    const script = await fakeOfficeScript(fakeDir, spec, lang === 'vi' ? 'vi-VN' : 'en-US');
    page = await openPane(async (url) =>
      url === OFFICE_JS_URL ? { body: script, contentType: 'text/javascript; charset=utf-8' } : null,
    );
  });

  afterAll(async () => {
    await page?.close();
  });

  it('checks the sheet and shows the summary, eight area bars and the findings', async () => {
    await page.getByRole('button', { name: t('pane.check'), exact: true }).click({ timeout: STEP_MS });
    await page.getByTestId('summary').waitFor({ timeout: STEP_MS });
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(t('app.name'));
    expect(await page.getByTestId('area-bars').locator('li').count()).toBe(8);
    expect(await page.locator('[data-cell]').count()).toBeGreaterThan(0);
    // Numbers in the UI language: a Vietnamese pane writes decimals with a comma.
    const stated = await page.getByTestId('summary-stated').innerText();
    expect(stated).toMatch(lang === 'vi' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/);
    // Nothing may overflow the 320 px pane sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, `pane-after-check-${lang}.png`), fullPage: true });
  });

  it('selects the cell of a finding in the sheet', async () => {
    const finding = page.locator('[data-cell]').first();
    const cell = await finding.getAttribute('data-cell');
    await finding.click();
    await page.waitForFunction(
      (address) => {
        const sel = (window as unknown as { __PAR_FAKE__: { current: { selection?: { address: string } } } }).__PAR_FAKE__.current.selection;
        return !!sel && sel.address.replace(/\$/g, '').split('!').pop() === address;
      },
      cell,
      { timeout: STEP_MS },
    );
    const selection = await page.evaluate(() => (window as unknown as { __PAR_FAKE__: { current: { selection: { sheet: string } } } }).__PAR_FAKE__.current.selection);
    expect(selection.sheet).toBe(original().name);
    expect(await finding.getAttribute('aria-current')).toBe('true');
  });

  it('writes the subtotal, gap and check columns next to the table', async () => {
    await page.getByRole('button', { name: t('pane.actions.write'), exact: true }).click();
    await page.getByTestId('notice').waitFor({ timeout: STEP_MS });
    await settled(page);
    const sheets = await snapshot(page);
    expect(outputCells(sheets)).toEqual(expect.arrayContaining([t('sheet.col.subtotal'), t('sheet.col.gap'), t('sheet.col.check')]));
    expect(changedUserCells(sheets)).toEqual([]);
    // Area 2 of the example states 8.67 while its criteria add up to 8.66: the written row says so.
    const table = sheets.find((sheet) => sheet.name === original().name)!;
    const headerRow = table.values.findIndex((row) => row.includes(t('sheet.col.subtotal')));
    const col = (key: string) => table.values[headerRow]!.indexOf(t(key));
    const area2 = table.values.findIndex((row) => row[0] === 2);
    expect(table.values[area2]![col('sheet.col.subtotal')]).toBe(8.66);
    expect(table.formulas[area2]![col('sheet.col.subtotal')]).toMatch(/^=SUM\(D\d+:D\d+\)$/);
    expect(table.values[area2]![col('sheet.col.lost')]).toBe(1.33);
    expect(String(table.values[area2]![col('sheet.col.notes')])).toMatch(/^D14: /);
  });

  it('lists the agency sheets before creating them, then creates exactly those', async () => {
    await page.getByRole('button', { name: t('pane.actions.agencies'), exact: true }).click();
    const preview = page.getByTestId('agency-preview');
    await preview.waitFor({ timeout: STEP_MS });
    const listed = await page.getByTestId('agency-create').locator('li').allInnerTexts();
    expect(listed).toContain(t('sheet.summary.name'));
    expect(listed.length).toBeGreaterThan(2);
    const before = (await snapshot(page)).map((s) => s.name);
    expect(before.filter((name) => listed.includes(name))).toEqual([]);

    await preview.getByRole('button', { name: t('pane.agencies.confirm'), exact: true }).click();
    await preview.waitFor({ state: 'detached', timeout: STEP_MS });
    await settled(page);
    const sheets = await snapshot(page);
    const after = sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
    expect(after).toEqual(expect.arrayContaining([...listed, original().name]));
    expect(after).toHaveLength(listed.length + 1);
    // The pane's sheet list, read again after the write, offers the table and none of the sheets just
    // created: they are the tool's output, never a table to check.
    const options = await page.getByRole('combobox', { name: t('pane.header.sheet') }).locator('option').allInnerTexts();
    expect(options).toContain(original().name);
    expect(options.filter((name) => listed.includes(name))).toEqual([]);
    // The summary lists the eight areas; an agency's sheet lists the criteria it leads.
    const summary = sheets.find((s) => s.name === t('sheet.summary.name'))!;
    const areaCodes = summary.values.map((row) => row[0]).filter((v) => typeof v === 'string' && /^[1-8]$/.test(v));
    expect(areaCodes).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const interior = sheets.find((s) => s.name === 'Sở Nội vụ')!;
    expect(interior.values.map((row) => row[0])).toEqual(expect.arrayContaining(['1.1', '1.2', '1.3']));
    expect(interior.values.flat()).not.toContain('2.1');
  });

  it('removes everything it wrote, leaving the workbook as it was loaded', async () => {
    await page.getByRole('button', { name: t('pane.actions.remove'), exact: true }).click();
    // It asks first, naming the sheets that go and the columns that are cleared.
    const dialog = page.getByTestId('removal-dialog');
    await dialog.waitFor({ timeout: STEP_MS });
    expect(await dialog.getByTestId('removal-sheets').locator('li').allInnerTexts()).toContain(t('sheet.summary.name'));
    expect(await dialog.getByTestId('removal-columns').innerText()).toContain(original().name);
    await dialog.getByRole('button', { name: t('pane.remove.confirm'), exact: true }).click();
    await page.getByTestId('notice').waitFor({ timeout: STEP_MS });
    await settled(page);
    const sheets = await snapshot(page);
    expect(sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(changedUserCells(sheets)).toEqual([]);
    expect(outputCells(sheets)).toEqual([]);
  });
});

describe('a table whose header row is not recognised, production build, fake Excel', () => {
  const t = translator('vi');

  it('asks for the columns, checks with them, and remembers them for the sheet', async () => {
    const script = await fakeOfficeScript(fakeDir, withUnlabelledHeader(spec), 'vi-VN');
    const page = await openPane(async (url) => (url === OFFICE_JS_URL ? { body: script, contentType: 'text/javascript; charset=utf-8' } : null));
    try {
      await page.getByRole('button', { name: t('pane.check'), exact: true }).click({ timeout: STEP_MS });
      const form = page.getByTestId('column-map');
      await form.waitFor({ timeout: STEP_MS });
      // The example's header is on Excel row 6, the widest row under its titles.
      expect(await form.getByRole('spinbutton').inputValue()).toBe('6');
      const roles = ['code', 'name', 'max', 'score', 'target', 'lead'] as const;
      for (const [col, role] of roles.entries()) {
        await form.getByRole('combobox', { name: t(`pane.role.${role}`), exact: true }).selectOption({ index: col + 1 });
      }
      await form.getByRole('button', { name: t('pane.map.submit'), exact: true }).click();
      await page.getByTestId('summary').waitFor({ timeout: STEP_MS });
      await settled(page);
      expect(await page.getByTestId('summary-stated').innerText()).toBe('79,53');
      const saved = await page.evaluate(() =>
        (window as unknown as { Office: { context: { document: { settings: { get(name: string): unknown } } } } }).Office.context.document.settings.get(
          'par-scorer.overrides:Phụ lục I',
        ),
      );
      expect(saved).toEqual({ headerRow: 5, columns: { code: 0, name: 1, max: 2, score: 3, target: 4, lead: 5 } });

      await page.getByRole('button', { name: t('pane.check'), exact: true }).click();
      await settled(page);
      expect(await page.getByTestId('column-map').count()).toBe(0);
      expect(await page.getByTestId('summary-recomputed').innerText()).toBe('79,53');
      await page.screenshot({ path: path.join(ARTIFACTS, 'pane-after-mapping-vi.png'), fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe('the real office.js outside Office', () => {
  it.each([
    ['en-US', 'en'],
    ['vi-VN', 'vi'],
  ] as const)('shows “open this in Excel” instead of spinning, in the browser’s language (%s)', async (locale, lang) => {
    const page = await openPane(async (url) => {
      const file = path.join(OFFICE_DIST, new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, ''));
      if (!file.startsWith(OFFICE_DIST + path.sep)) return null;
      const body = await fs.readFile(file).catch(() => null);
      return body ? { body, contentType: 'text/javascript; charset=utf-8' } : null;
    }, locale);
    try {
      await page.getByTestId('outside-office').waitFor({ timeout: STEP_MS });
      expect(await page.evaluate(() => document.body.dataset.paneState)).toMatch(/^outside-/);
      expect(await page.getByTestId('outside-office').innerText()).toContain(translator(lang)('pane.outside.title'));
      await page.screenshot({ path: path.join(ARTIFACTS, `pane-outside-office-${lang}.png`) });
    } finally {
      await page.close();
    }
  });
});
