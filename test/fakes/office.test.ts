import { waitForExcel, type OfficeLike } from '../../src/taskpane/office-ready';
import { createFakeWorkbook, FakeOfficeError, installFakeOffice } from './index';

describe('installFakeOffice', () => {
  const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [['a']] }] });
  let handle: ReturnType<typeof installFakeOffice>;

  beforeEach(() => {
    handle = installFakeOffice(globalThis, fake, { displayLanguage: 'en-US', requirementSets: { ExcelApi: '1.12' } });
  });
  afterEach(() => handle.uninstall());

  it('answers onReady as Excel with the display language', async () => {
    const readiness = await waitForExcel(Office as unknown as OfficeLike, 1000);
    expect(readiness).toEqual({ kind: 'excel', displayLanguage: 'en-US' });
  });

  it('reports requirement sets up to the configured version', () => {
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('runs Excel.run against the fake and exposes OfficeExtension.Error', async () => {
    const value = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
      return r.values[0]![0];
    });
    expect(value).toBe('a');
    const failure = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('missing').load('name');
      await context.sync();
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OfficeExtension.Error);
    expect(failure).toBeInstanceOf(FakeOfficeError);
  });

  it('keeps document settings and saves them asynchronously', async () => {
    Office.context.document.settings.set('par-scorer.lang', 'vi');
    const status = await new Promise((resolve) => Office.context.document.settings.saveAsync((r) => resolve(r.status)));
    expect(status).toBe(Office.AsyncResultStatus.Succeeded);
    expect(Office.context.document.settings.get('par-scorer.lang')).toBe('vi');
    expect(handle.settings.get('par-scorer.lang')).toBe('vi');
  });

  it('registers ribbon commands and runs them until event.completed()', async () => {
    const order: string[] = [];
    Office.actions.associate('checkTotals', (event: { completed(): void }) => {
      order.push('run');
      void Office.addin.showAsTaskpane();
      event.completed();
    });
    await handle.invokeAction('checkTotals');
    expect(order).toEqual(['run']);
    expect(handle.taskpaneShows()).toBe(1);
    await expect(handle.invokeAction('nothing')).rejects.toThrow('nothing');
  });
});
