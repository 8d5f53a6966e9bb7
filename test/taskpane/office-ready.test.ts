import { waitForExcel, type OfficeLike } from '../../src/taskpane/office-ready';

function office(onReady: () => Promise<{ host: unknown }>, displayLanguage?: string): OfficeLike {
  return { onReady, HostType: { Excel: 'Excel' }, context: displayLanguage === undefined ? {} : { displayLanguage } };
}

describe('waitForExcel', () => {
  it('reports Excel with its display language', async () => {
    await expect(waitForExcel(office(async () => ({ host: 'Excel' }), 'vi-VN'), 50)).resolves.toEqual({ kind: 'excel', displayLanguage: 'vi-VN' });
  });

  it('says when office.js did not load at all', async () => {
    await expect(waitForExcel(undefined, 50)).resolves.toEqual({ kind: 'outside', reason: 'no-office-js' });
  });

  it('gives up after the timeout when Office never answers (a plain browser tab)', async () => {
    const started = Date.now();
    await expect(waitForExcel(office(() => new Promise(() => undefined)), 60)).resolves.toEqual({ kind: 'outside', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses other hosts and a browser without a host', async () => {
    await expect(waitForExcel(office(async () => ({ host: 'Word' })), 50)).resolves.toEqual({ kind: 'outside', reason: 'other-host' });
    await expect(waitForExcel(office(async () => ({ host: null })), 50)).resolves.toEqual({ kind: 'outside', reason: 'other-host' });
  });

  it('treats a failing onReady as outside Office', async () => {
    await expect(waitForExcel(office(() => Promise.reject(new Error('boom'))), 50)).resolves.toEqual({ kind: 'outside', reason: 'failed' });
  });
});
